import type { Arm, PixelEventType } from '../../domain/event.js';
import type { CheckoutsTable } from '../database/schema.js';
import type {
  CheckoutFact,
  CheckoutOutcome,
  FunnelCount,
  MeasurementStore,
} from '../ports/measurement-store.js';
import { chunk } from '../shared/collections.js';
import { countFunnel, mergeFunnelCounts } from '../shared/funnel-counts.js';
import { yieldToEventLoop } from '../shared/yield.js';
import { checkShop } from '../validation/index.js';
import {
  dayBounds,
  validateCheckoutFacts,
  validateDay,
  validateFunnelRules,
  validateHashes,
  validatePurgeCutoffs,
} from '../validation/measurement-facts.js';
import { bulkWrite } from './bulk.js';
import type { SqlContext } from './context.js';
import { DAY_PAGE, IN_CHUNK, byText, firstOrders } from './measurement-day-reads.js';

const CHECKOUT_COLUMNS = [
  'shop',
  'checkout_hash',
  'created_at',
  'arm',
  'eligible',
  'source',
] as const satisfies readonly (keyof CheckoutsTable)[];

/** Checkouts whose events one funnel query reads (about ten events each). */
const FUNNEL_CHUNK = 100;

const factFromRow = (row: CheckoutsTable): CheckoutFact => ({
  checkoutHash: row.checkout_hash,
  createdAt: row.created_at,
  arm: row.arm as Arm,
  eligible: Number(row.eligible) === 1,
  source: row.source as CheckoutFact['source'],
});

/** The checkouts Shopify reported, and the outcome and funnel reads built on them. */
export function createSqlCheckoutFacts(
  context: SqlContext,
): Pick<
  MeasurementStore,
  'recordCheckouts' | 'getCheckouts' | 'checkoutsOfDay' | 'funnelOfDay' | 'checkoutDays' | 'purgeEvents'
> {
  const { db, dialect } = context;

  /** The day's checkouts, page by page in (created_at, hash) order, letting other requests in between pages. */
  async function createdOn(shop: string, day: string, eligibleOnly: boolean) {
    const { from, to } = dayBounds(validateDay(day));
    const facts: CheckoutFact[] = [];
    type Cursor = { readonly createdAt: string; readonly hash: string } | null;
    let after = null as Cursor;
    for (;;) {
      let query = db
        .selectFrom('checkouts')
        .selectAll()
        .where('shop', '=', shop)
        .where('created_at', '<', to)
        .orderBy('created_at')
        .orderBy('checkout_hash')
        .limit(DAY_PAGE);
      const last: Cursor = after;
      // The lower bound stands alone too, so the index range starts there rather than at the shop's first checkout.
      query =
        last === null
          ? query.where('created_at', '>=', from)
          : query
              .where('created_at', '>=', last.createdAt)
              .where((eb) =>
                eb.or([
                  eb('created_at', '>', last.createdAt),
                  eb.and([eb('created_at', '=', last.createdAt), eb('checkout_hash', '>', last.hash)]),
                ]),
              );
      if (eligibleOnly) query = query.where('eligible', '=', 1);
      const rows = await query.execute();
      facts.push(...rows.map(factFromRow));
      const end = rows.at(-1);
      if (end === undefined || rows.length < DAY_PAGE) return facts;
      after = { createdAt: end.created_at, hash: end.checkout_hash };
      await yieldToEventLoop();
    }
  }

  return {
    async recordCheckouts(shop, checkouts) {
      checkShop(shop);
      const rows = validateCheckoutFacts(checkouts).map((fact) => ({
        shop,
        checkout_hash: fact.checkoutHash,
        created_at: fact.createdAt,
        arm: fact.arm,
        eligible: fact.eligible ? 1 : 0,
        source: fact.source,
      }));
      if (rows.length === 0) return 0;
      const { changed } = await db.transaction().execute((trx) =>
        bulkWrite(
          trx,
          dialect,
          {
            table: 'checkouts',
            columns: CHECKOUT_COLUMNS,
            conflict: ['shop', 'checkout_hash'],
            onConflict: 'nothing',
          },
          rows,
        ),
      );
      return changed;
    },

    async getCheckouts(shop, checkoutHashes) {
      checkShop(shop);
      const facts: CheckoutFact[] = [];
      for (const part of chunk(validateHashes(checkoutHashes, 'checkout'), IN_CHUNK)) {
        const rows = await db
          .selectFrom('checkouts')
          .selectAll()
          .where('shop', '=', shop)
          .where('checkout_hash', 'in', part)
          .execute();
        facts.push(...rows.map(factFromRow));
      }
      return facts.sort((a, b) => byText(a.checkoutHash, b.checkoutHash));
    },

    async checkoutsOfDay(shop, day) {
      checkShop(shop);
      const checkouts = await createdOn(shop, day, true);
      const orders = await firstOrders(
        db,
        shop,
        checkouts.map((checkout) => checkout.checkoutHash),
      );
      return checkouts
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
      const checkouts = await createdOn(shop, day, false);
      const { from, to } = dayBounds(validateDay(day));
      // Bounds every checkout's window shares; countFunnel applies each one's own.
      const earliest = new Date(Date.parse(from) - Math.max(clean.earlyMs, clean.windowMs)).toISOString();
      const latest = new Date(Date.parse(to) + clean.windowMs).toISOString();
      // Chunk by chunk of checkouts (a checkout's events all fall in its chunk, so the counts add up), letting
      // other requests in between: a busy day holds a million events.
      const parts: FunnelCount[][] = [];
      for (const part of chunk(checkouts, FUNNEL_CHUNK)) {
        const rows = await db
          .selectFrom('events')
          .select(['checkout_token', 'type', 'offer_id', 'placement', 'occurred_at'])
          .where('shop', '=', shop)
          .where(
            'checkout_token',
            'in',
            part.map((checkout) => checkout.checkoutHash),
          )
          .where('occurred_at', '>=', earliest)
          .where('occurred_at', '<=', latest)
          .execute();
        const events = rows.map((row) => ({
          checkoutHash: row.checkout_token,
          type: row.type as PixelEventType,
          offerId: row.offer_id,
          placement: row.placement,
          occurredAt: row.occurred_at,
        }));
        parts.push(countFunnel(part, events, clean));
        await yieldToEventLoop();
      }
      return mergeFunnelCounts(parts);
    },

    async purgeEvents(shop, cutoffs) {
      checkShop(shop);
      const { before, unverifiedBefore } = validatePurgeCutoffs(cutoffs);
      const old = await db
        .deleteFrom('events')
        .where('shop', '=', shop)
        .where('occurred_at', '<', before)
        .executeTakeFirst();
      const unverified = await db
        .deleteFrom('events')
        .where('shop', '=', shop)
        .where('occurred_at', '<', unverifiedBefore)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('checkouts as c')
                .select('c.checkout_hash')
                .where('c.shop', '=', shop)
                .whereRef('c.checkout_hash', '=', 'events.checkout_token'),
            ),
          ),
        )
        .executeTakeFirst();
      return Number(old.numDeletedRows) + Number(unverified.numDeletedRows);
    },

    async checkoutDays(shop, checkoutHashes) {
      checkShop(shop);
      const days = new Set<string>();
      for (const part of chunk(validateHashes(checkoutHashes, 'checkout'), IN_CHUNK)) {
        const rows = await db
          .selectFrom('checkouts')
          .select('created_at')
          .where('shop', '=', shop)
          .where('checkout_hash', 'in', part)
          .execute();
        for (const row of rows) days.add(row.created_at.slice(0, 10));
      }
      return [...days].sort(byText);
    },
  };
}
