import type {
  CheckoutFact,
  CheckoutOutcome,
  DayOrderFact,
  MeasurementStore,
  OrderFact,
} from '../ports/measurement-store.js';
import { checkShop } from '../validation/index.js';
import { countFunnel } from '../shared/funnel-counts.js';
import {
  dayBounds,
  validateCheckoutFacts,
  validateDay,
  validateFunnelRules,
  validateHashes,
  validatePurgeCutoffs,
} from '../validation/measurement-facts.js';
import { byText, type MemoryTables } from './tables.js';

const earlier = (a: OrderFact, b: OrderFact) =>
  byText(a.createdAt, b.createdAt) || byText(a.orderId, b.orderId);

/** The day reads of the memory measurement store: the joins the SQL version does over checkouts, facts and orders. */
export function createMemoryDayReads(
  tables: MemoryTables,
): Pick<
  MeasurementStore,
  | 'recordCheckouts'
  | 'getCheckouts'
  | 'checkoutsOfDay'
  | 'funnelOfDay'
  | 'ordersOfDay'
  | 'checkoutDays'
  | 'offerDaysOfCustomers'
  | 'purgeEvents'
> {
  function createdOn(shop: string, day: string): CheckoutFact[] {
    const { from, to } = dayBounds(validateDay(day));
    return [...tables.checkouts.of(shop).values()].filter(
      (checkout) => checkout.createdAt >= from && checkout.createdAt < to,
    );
  }

  return {
    async recordCheckouts(shop, checkouts) {
      checkShop(shop);
      const rows = tables.checkouts.of(shop);
      let added = 0;
      for (const fact of validateCheckoutFacts(checkouts)) {
        if (rows.has(fact.checkoutHash)) continue;
        rows.set(fact.checkoutHash, { ...fact });
        added += 1;
      }
      return added;
    },

    async getCheckouts(shop, checkoutHashes) {
      checkShop(shop);
      const rows = tables.checkouts.of(shop);
      return validateHashes(checkoutHashes, 'checkout')
        .flatMap((hash) => {
          const fact = rows.get(hash);
          return fact ? [{ ...fact }] : [];
        })
        .sort((a, b) => byText(a.checkoutHash, b.checkoutHash));
    },

    async checkoutsOfDay(shop, day) {
      checkShop(shop);
      const orders = new Map<string, OrderFact>();
      for (const fact of tables.orderFacts.of(shop).values()) {
        if (fact.checkoutHash === null) continue;
        const current = orders.get(fact.checkoutHash);
        if (current === undefined || earlier(fact, current) < 0) orders.set(fact.checkoutHash, fact);
      }
      return createdOn(shop, day)
        .filter((checkout) => checkout.eligible)
        .map((checkout): CheckoutOutcome => ({
          checkoutHash: checkout.checkoutHash,
          arm: checkout.arm,
          order: orders.get(checkout.checkoutHash) ?? null,
        }))
        .sort((a, b) => byText(a.checkoutHash, b.checkoutHash));
    },

    async funnelOfDay(shop, day, rules) {
      checkShop(shop);
      const clean = validateFunnelRules(rules);
      const checkouts = createdOn(shop, day);
      const hashes = new Set(checkouts.map((checkout) => checkout.checkoutHash));
      const events = [...tables.events.of(shop).values()]
        .filter((event) => hashes.has(event.checkoutToken))
        .map((event) => ({
          checkoutHash: event.checkoutToken,
          type: event.type,
          offerId: event.offerId,
          placement: event.placement,
          occurredAt: event.occurredAt,
        }));
      return countFunnel(checkouts, events, clean);
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

    async purgeEvents(shop, cutoffs) {
      checkShop(shop);
      const { before, unverifiedBefore } = validatePurgeCutoffs(cutoffs);
      const events = tables.events.of(shop);
      const checkouts = tables.checkouts.of(shop);
      let deleted = 0;
      for (const [id, event] of events) {
        const unverified = event.occurredAt < unverifiedBefore && !checkouts.has(event.checkoutToken);
        if (event.occurredAt < before || unverified) {
          events.delete(id);
          deleted += 1;
        }
      }
      return deleted;
    },

    async checkoutDays(shop, checkoutHashes) {
      checkShop(shop);
      const rows = tables.checkouts.of(shop);
      const days = new Set<string>();
      for (const hash of validateHashes(checkoutHashes, 'checkout')) {
        const fact = rows.get(hash);
        if (fact) days.add(fact.createdAt.slice(0, 10));
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
