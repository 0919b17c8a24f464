import { z } from 'zod';
import type { JsonValue } from '../../domain/json.js';
import { EMPTY_ARM_DAY, EMPTY_DATA_QUALITY, EMPTY_KIND_DAY, type KpiDay } from './types.js';

const counts = <T extends object>(shape: T) =>
  z.object(
    Object.fromEntries(Object.keys(shape).map((key) => [key, z.number().finite()])) as Record<
      keyof T,
      z.ZodNumber
    >,
  );

const kpiDaySchema = z.object({
  version: z.literal(2),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  currency: z.string().nullable(),
  arms: z.object({ treatment: counts(EMPTY_ARM_DAY), control: counts(EMPTY_ARM_DAY) }),
  unassigned: counts({ orders: 0, orderRevenueMinor: 0, attributedRevenueMinor: 0 }),
  byKind: z.object({ xsell: counts(EMPTY_KIND_DAY), upgrade: counts(EMPTY_KIND_DAY) }),
  dataQuality: counts(EMPTY_DATA_QUALITY),
});

/** The stored form of a rollup (plain JSON). */
export function encodeKpiDay(day: KpiDay): JsonValue {
  return JSON.parse(JSON.stringify(day)) as JsonValue;
}

/**
 * Reads a stored rollup back; undefined for one written by an older shape, which the caller recomputes
 * rather than misreads.
 */
export function decodeKpiDay(payload: JsonValue): KpiDay | undefined {
  const parsed = kpiDaySchema.safeParse(payload);
  return parsed.success ? (parsed.data as KpiDay) : undefined;
}
