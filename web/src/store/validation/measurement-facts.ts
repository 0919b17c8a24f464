import { ARMS } from '../../domain/event.js';
import type { JsonValue } from '../../domain/json.js';
import type { CheckoutFact, DayRange, DirtyDay, FunnelRules, OrderFact } from '../ports/measurement-store.js';
import type { Checker } from './checker.js';
import { CUSTOMER_HASH } from './orders.js';
import { validate } from './validate.js';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** The checkout-token hash the measurement module writes (hex or base64url); never the raw token's shape. */
const CHECKOUT_HASH = /^[A-Za-z0-9_-]{16,128}$/;

function day(check: Checker, path: string, value: unknown): string {
  return check.matches(path, value, DAY, 'a UTC day like 2025-03-01');
}

export function validateDays(days: readonly string[]): string[] {
  return validate('days', (check) =>
    check.array('days', days, (value, path) => day(check, path, value), 10_000),
  );
}

export function validateDay(value: string): string {
  return validate('day', (check) => day(check, 'day', value));
}

export function validateDayRange(range: DayRange): DayRange {
  return validate('day range', (check) => {
    const from = day(check, 'from', range.from);
    const to = day(check, 'to', range.to);
    if (from > to) check.fail('to', 'must not be before from');
    return { from, to };
  });
}

export function validateHashes(hashes: readonly string[], kind: 'checkout' | 'customer'): string[] {
  const pattern = kind === 'checkout' ? CHECKOUT_HASH : CUSTOMER_HASH;
  return validate(`${kind} hashes`, (check) =>
    check.array(
      'hashes',
      hashes,
      (value, path) => check.matches(path, value, pattern, `a ${kind} hash`),
      100_000,
    ),
  );
}

export function validateLimit(limit: number): number {
  return validate('limit', (check) => check.int('limit', limit, { min: 1, max: 10_000 }));
}

export function validateVariantIds(ids: readonly string[]): string[] {
  return validate('variant ids', (check) =>
    check.array('variantIds', ids, (value, path) => check.gid(path, value, 'ProductVariant'), 100_000),
  );
}

const CHECKOUT_SOURCES = ['checkout', 'order'] as const;

/** Checks checkout facts; a checkout may appear once per call. */
export function validateCheckoutFacts(checkouts: readonly CheckoutFact[]): CheckoutFact[] {
  return validate('checkouts', (check) => {
    const seen = new Set<string>();
    return check.array(
      'checkouts',
      checkouts,
      (item, path) => {
        const value = (item ?? {}) as CheckoutFact;
        const checkoutHash = check.matches(
          `${path}.checkoutHash`,
          value.checkoutHash,
          CHECKOUT_HASH,
          'a checkout hash',
        );
        if (seen.has(checkoutHash)) check.fail(`${path}.checkoutHash`, 'repeats a checkout');
        seen.add(checkoutHash);
        return {
          checkoutHash,
          createdAt: check.timestamp(`${path}.createdAt`, value.createdAt),
          arm: check.oneOf(`${path}.arm`, value.arm, ARMS),
          eligible: check.bool(`${path}.eligible`, value.eligible),
          source: check.oneOf(`${path}.source`, value.source, CHECKOUT_SOURCES),
        };
      },
      100_000,
    );
  });
}

export function validatePurgeCutoffs(cutoffs: {
  readonly before: string;
  readonly unverifiedBefore: string;
}): { readonly before: string; readonly unverifiedBefore: string } {
  return validate('purge cutoffs', (check) => ({
    before: check.timestamp('before', cutoffs.before),
    unverifiedBefore: check.timestamp('unverifiedBefore', cutoffs.unverifiedBefore),
  }));
}

export function validateFunnelRules(rules: FunnelRules): FunnelRules {
  return validate('funnel rules', (check) => ({
    earlyMs: check.int('earlyMs', rules.earlyMs, { min: 0, max: 7 * 86_400_000 }),
    windowMs: check.int('windowMs', rules.windowMs, { min: 1, max: 30 * 86_400_000 }),
    eventsPerType: check.int('eventsPerType', rules.eventsPerType, { min: 1, max: 10_000 }),
  }));
}

/** Checks facts; an order may appear once per call. */
export function validateOrderFacts(facts: readonly OrderFact[]): OrderFact[] {
  return validate('order facts', (check) => {
    const seen = new Set<string>();
    return check.array(
      'facts',
      facts,
      (item, path) => {
        const value = (item ?? {}) as OrderFact;
        const orderId = check.gid(`${path}.orderId`, value.orderId, 'Order');
        if (seen.has(orderId)) check.fail(`${path}.orderId`, `repeats ${orderId}`);
        seen.add(orderId);
        const count = (field: keyof OrderFact) => check.int(`${path}.${field}`, value[field], { min: 0 });
        return {
          orderId,
          createdAt: check.timestamp(`${path}.createdAt`, value.createdAt),
          sourceUpdatedAt: check.timestamp(`${path}.sourceUpdatedAt`, value.sourceUpdatedAt),
          checkoutHash:
            value.checkoutHash === null
              ? null
              : check.matches(`${path}.checkoutHash`, value.checkoutHash, CHECKOUT_HASH, 'a checkout hash'),
          arm: value.arm === null ? null : check.oneOf(`${path}.arm`, value.arm, ARMS),
          currency: check.matches(`${path}.currency`, value.currency, /^[A-Z]{3}$/, 'an ISO 4217 code'),
          cancelled: check.bool(`${path}.cancelled`, value.cancelled),
          revenueMinor: check.money(`${path}.revenueMinor`, value.revenueMinor),
          // Upgrades to a cheaper line can credit less than nothing; the sum may be negative.
          attributedMinor: check.int(`${path}.attributedMinor`, value.attributedMinor),
          offerLines: count('offerLines'),
          malformedLines: count('malformedLines'),
          armMismatches: count('armMismatches'),
          unpricedUpgrades: count('unpricedUpgrades'),
        };
      },
      100_000,
    );
  });
}

export function validateRollups(
  rollups: readonly { readonly day: string; readonly payload: JsonValue }[],
  done: readonly DirtyDay[],
) {
  return validate('rollups', (check) => ({
    rollups: check.array(
      'rollups',
      rollups,
      (item, path) => {
        const value = (item ?? {}) as { day: string; payload: JsonValue };
        return {
          day: day(check, `${path}.day`, value.day),
          payload: check.json(`${path}.payload`, value.payload),
        };
      },
      10_000,
    ),
    done: check.array(
      'done',
      done,
      (item, path) => {
        const value = (item ?? {}) as DirtyDay;
        return {
          day: day(check, `${path}.day`, value.day),
          mark: check.string(`${path}.mark`, value.mark, { max: 64 }),
        };
      },
      10_000,
    ),
  }));
}

/** [start, end) ISO timestamps of a UTC day. */
export function dayBounds(value: string): { readonly from: string; readonly to: string } {
  const start = Date.parse(`${value}T00:00:00.000Z`);
  return { from: new Date(start).toISOString(), to: new Date(start + 86_400_000).toISOString() };
}
