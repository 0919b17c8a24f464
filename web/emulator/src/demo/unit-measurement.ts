import type { UnitPriceMeasurement } from '../state/types.js';

type Unit = UnitPriceMeasurement['quantityUnit'];

const UNITS: Readonly<Record<string, readonly [UnitPriceMeasurement['measuredType'], Unit, number]>> = {
  g: ['WEIGHT', 'G', 1],
  kg: ['WEIGHT', 'KG', 1000],
  ml: ['VOLUME', 'ML', 1],
  l: ['VOLUME', 'L', 1000],
  pcs: ['COUNT', 'ITEM', 1],
};

function read(
  value: string,
): { type: UnitPriceMeasurement['measuredType']; unit: Unit; amount: number; base: number } | undefined {
  const pack = /^Pack of (\d+)$/.exec(value);
  if (pack) return { type: 'COUNT', unit: 'ITEM', amount: Number(pack[1]), base: Number(pack[1]) };
  const match = /^(\d+(?:\.\d+)?) (g|kg|ml|l|pcs)$/i.exec(value);
  const unit = match ? UNITS[match[2]?.toLowerCase() ?? ''] : undefined;
  if (!match || !unit) return undefined;
  return { type: unit[0], unit: unit[1], amount: Number(match[1]), base: Number(match[1]) * unit[2] };
}

/**
 * The unit-price measurements a merchant selling these tiers by measure sets in Shopify, one per tier value, with
 * one reference for the whole product (per 100 g / 100 ml when every pack is small, else per 1 kg / 1 l; per item
 * for packs). Undefined when a value is not a measure.
 */
export function unitMeasurements(values: readonly string[]): UnitPriceMeasurement[] | undefined {
  const read_ = values.map(read);
  if (read_.length === 0 || read_.some((entry) => entry === undefined)) return undefined;
  const entries = read_ as NonNullable<ReturnType<typeof read>>[];
  const type = entries[0]?.type;
  if (entries.some((entry) => entry.type !== type)) return undefined;
  const small = Math.max(...entries.map((entry) => entry.base)) <= 250;
  const reference: [number, Unit] =
    type === 'COUNT'
      ? [1, 'ITEM']
      : type === 'WEIGHT'
        ? small
          ? [100, 'G']
          : [1, 'KG']
        : small
          ? [100, 'ML']
          : [1, 'L'];
  return entries.map((entry) => ({
    measuredType: entry.type,
    quantityValue: entry.amount,
    quantityUnit: entry.unit,
    referenceValue: reference[0],
    referenceUnit: reference[1],
  }));
}
