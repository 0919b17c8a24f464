import type { Arm } from '../../domain/event.js';
import type {
  CheckoutOutcome,
  DayOrderFact,
  MeasurementStore,
  OrderFact,
} from '../ports/measurement-store.js';
import { checkShop } from '../validation/index.js';
import { dayBounds, validateDay, validateHashes } from '../validation/measurement-facts.js';
import { byText, type MemoryTables } from './tables.js';

const earlier = (a: OrderFact, b: OrderFact) =>
  byText(a.createdAt, b.createdAt) || byText(a.orderId, b.orderId);

/** The day reads of the memory measurement store: the joins the SQL version does over events, facts and orders. */
export function createMemoryDayReads(
  tables: MemoryTables,
): Pick<MeasurementStore, 'checkoutsOfDay' | 'ordersOfDay' | 'checkoutDays' | 'offerDaysOfCustomers'> {
  /** Per checkout token: the time of its first eligible event and the arms named on that first day. */
  function firstEligible(shop: string): Map<string, { at: string; arms: Set<Arm> }> {
    const first = new Map<string, { at: string; arms: Set<Arm> }>();
    const events = [...tables.events.of(shop).values()].filter((event) => event.type === 'eligible');
    for (const event of events) {
      const seen = first.get(event.checkoutToken);
      if (seen === undefined || event.occurredAt < seen.at)
        first.set(event.checkoutToken, { at: event.occurredAt, arms: new Set() });
    }
    for (const event of events) {
      const seen = first.get(event.checkoutToken);
      if (seen && event.occurredAt.slice(0, 10) === seen.at.slice(0, 10)) seen.arms.add(event.arm);
    }
    return first;
  }

  return {
    async checkoutsOfDay(shop, day) {
      checkShop(shop);
      const wanted = validateDay(day);
      const orders = new Map<string, OrderFact>();
      for (const fact of tables.orderFacts.of(shop).values()) {
        if (fact.checkoutHash === null) continue;
        const current = orders.get(fact.checkoutHash);
        if (current === undefined || earlier(fact, current) < 0) orders.set(fact.checkoutHash, fact);
      }
      const outcomes: CheckoutOutcome[] = [];
      for (const [checkoutHash, { at, arms }] of firstEligible(shop)) {
        if (at.slice(0, 10) !== wanted) continue;
        const arm = [...arms].sort(byText)[0] as Arm;
        outcomes.push({ checkoutHash, arm, arms: arms.size, order: orders.get(checkoutHash) ?? null });
      }
      return outcomes.sort((a, b) => byText(a.checkoutHash, b.checkoutHash));
    },

    async ordersOfDay(shop, day) {
      checkShop(shop);
      const { from, to } = dayBounds(validateDay(day));
      const orders = [...tables.orders.of(shop).values()];
      const result: DayOrderFact[] = [];
      for (const fact of tables.orderFacts.of(shop).values()) {
        if (fact.createdAt < from || fact.createdAt >= to) continue;
        const customerHash = tables.orders.of(shop).get(fact.orderId)?.customerHash ?? null;
        const orderedAgain =
          customerHash !== null &&
          orders.some((order) => order.customerHash === customerHash && order.createdAt > fact.createdAt);
        result.push({ ...fact, customerHash, orderedAgain });
      }
      return result.sort((a, b) => byText(a.orderId, b.orderId));
    },

    async checkoutDays(shop, checkoutHashes) {
      checkShop(shop);
      const first = firstEligible(shop);
      const days = new Set<string>();
      for (const hash of validateHashes(checkoutHashes, 'checkout')) {
        const seen = first.get(hash);
        if (seen) days.add(seen.at.slice(0, 10));
      }
      return [...days].sort(byText);
    },

    async offerDaysOfCustomers(shop, customerHashes) {
      checkShop(shop);
      const customers = new Set(validateHashes(customerHashes, 'customer'));
      const days = new Set<string>();
      for (const fact of tables.orderFacts.of(shop).values()) {
        const customerHash = tables.orders.of(shop).get(fact.orderId)?.customerHash;
        if (fact.offerLines > 0 && customerHash && customers.has(customerHash))
          days.add(fact.createdAt.slice(0, 10));
      }
      return [...days].sort(byText);
    },
  };
}
