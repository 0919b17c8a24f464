import { randomUUID } from 'node:crypto';
import type { JsonValue } from '../../domain/json.js';
import type { MeasurementStore, OrderFact } from '../ports/measurement-store.js';
import { chunk } from '../shared/collections.js';
import { checkShop, validateOrderIds } from '../validation/index.js';
import {
  validateDayRange,
  validateDays,
  validateOrderFacts,
  validateRollups,
} from '../validation/measurement-facts.js';
import { bulkWrite, deleteIn, type BulkWrite } from './bulk.js';
import type { SqlContext } from './context.js';
import { byText, IN_CHUNK } from './measurement-day-reads.js';
import { createSqlMeasurementReads } from './measurement-reads.js';
import { FACT_COLUMNS, factFromRow, factRow } from './rows/fact-rows.js';

export function createSqlMeasurementStore(context: SqlContext): MeasurementStore {
  const { db, dialect } = context;

  /** One chunked multi-row upsert in its own transaction. */
  const upsert = <T extends 'order_facts' | 'kpi_dirty_days'>(
    spec: BulkWrite<T>,
    rows: Parameters<typeof bulkWrite<T>>[3],
  ) => db.transaction().execute((trx) => bulkWrite(trx, dialect, spec, rows));

  return {
    ...createSqlMeasurementReads(context),
    async putOrderFacts(shop, facts) {
      checkShop(shop);
      const rows = validateOrderFacts(facts).map((fact) => factRow(shop, fact));
      await upsert({ table: 'order_facts', columns: FACT_COLUMNS, conflict: ['shop', 'order_id'] }, rows);
    },

    async getOrderFacts(shop, orderIds) {
      checkShop(shop);
      const facts: OrderFact[] = [];
      for (const part of chunk(validateOrderIds(orderIds), IN_CHUNK)) {
        const rows = await db
          .selectFrom('order_facts')
          .selectAll()
          .where('shop', '=', shop)
          .where('order_id', 'in', part)
          .execute();
        facts.push(...rows.map(factFromRow));
      }
      return facts.sort((a, b) => byText(a.orderId, b.orderId));
    },

    async deleteOrderFacts(shop, orderIds) {
      checkShop(shop);
      const ids = validateOrderIds(orderIds);
      return db.transaction().execute((trx) => deleteIn(trx, dialect, 'order_facts', shop, 'order_id', ids));
    },

    async markDirty(shop, days) {
      checkShop(shop);
      const rows = [...new Set(validateDays(days))].map((day) => ({ shop, day, mark: randomUUID() }));
      await upsert(
        { table: 'kpi_dirty_days', columns: ['shop', 'day', 'mark'], conflict: ['shop', 'day'] },
        rows,
      );
    },

    async dirtyDays(shop, range) {
      checkShop(shop);
      let query = db.selectFrom('kpi_dirty_days').select(['day', 'mark']).where('shop', '=', shop);
      if (range !== undefined) {
        const { from, to } = validateDayRange(range);
        query = query.where('day', '>=', from).where('day', '<=', to);
      }
      return (await query.execute()).sort((a, b) => byText(a.day, b.day));
    },

    async putRollups(shop, rollups, done) {
      checkShop(shop);
      const clean = validateRollups(rollups, done);
      const computedAt = context.clock().toISOString();
      const rows = clean.rollups.map(({ day, payload }) => ({
        shop,
        day,
        payload: JSON.stringify(payload),
        computed_at: computedAt,
      }));
      await db.transaction().execute(async (trx) => {
        await bulkWrite(
          trx,
          dialect,
          {
            table: 'kpi_days',
            columns: ['shop', 'day', 'payload', 'computed_at'],
            conflict: ['shop', 'day'],
          },
          rows,
        );
        for (const { day, mark } of clean.done) {
          await trx
            .deleteFrom('kpi_dirty_days')
            .where('shop', '=', shop)
            .where('day', '=', day)
            .where('mark', '=', mark)
            .execute();
        }
      });
    },

    async rollups(shop, range) {
      checkShop(shop);
      const { from, to } = validateDayRange(range);
      const rows = await db
        .selectFrom('kpi_days')
        .selectAll()
        .where('shop', '=', shop)
        .where('day', '>=', from)
        .where('day', '<=', to)
        .execute();
      return rows
        .map((row) => ({
          day: row.day,
          payload: JSON.parse(row.payload) as JsonValue,
          computedAt: row.computed_at,
        }))
        .sort((a, b) => byText(a.day, b.day));
    },
  };
}
