import type { QuantityUnit } from '@tandem/offer-core';

/** A measurable size normalised to a base unit, so "1 kg" and "250 g" compare. */
export interface Quantity {
  /** Amount in the base unit (grams, millilitres, pieces, gigabytes). */
  readonly amount: number;
  readonly unit: QuantityUnit;
  /** The text it was read from, e.g. "250 g", for copy. */
  readonly label: string;
}

const UNIT_FACTORS: Readonly<Record<string, readonly [QuantityUnit, number]>> = {
  mg: ['g', 0.001],
  g: ['g', 1],
  gr: ['g', 1],
  gram: ['g', 1],
  grams: ['g', 1],
  gramm: ['g', 1],
  kg: ['g', 1000],
  kilo: ['g', 1000],
  kilos: ['g', 1000],
  kilogram: ['g', 1000],
  kilograms: ['g', 1000],
  kilogramm: ['g', 1000],
  oz: ['g', 28.3495],
  lb: ['g', 453.592],
  lbs: ['g', 453.592],
  pound: ['g', 453.592],
  pounds: ['g', 453.592],
  ml: ['ml', 1],
  cl: ['ml', 10],
  dl: ['ml', 100],
  l: ['ml', 1000],
  ltr: ['ml', 1000],
  liter: ['ml', 1000],
  litre: ['ml', 1000],
  liters: ['ml', 1000],
  litres: ['ml', 1000],
  'fl oz': ['ml', 29.5735],
  floz: ['ml', 29.5735],
  gal: ['ml', 3785.41],
  mb: ['gb', 1 / 1024],
  gb: ['gb', 1],
  tb: ['gb', 1024],
};

const COUNT_WORDS =
  'pack|pk|pcs|pc|pieces?|count|ct|stk|stück|stueck|stuks?|st|capsules?|pods?|tabs?|tablets?|bags?|rolls?|bottles?|cans?|units?|pakke|pakning|er-pack|er pack|erpack';
const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const UNIT = Object.keys(UNIT_FACTORS)
  .sort((a, b) => b.length - a.length)
  .map((unit) => unit.replace(' ', String.raw`\s*`))
  .join('|');
const MULTIPLE = new RegExp(String.raw`(\d+)\s*[x×]\s*${NUMBER}\s*(${UNIT})(?![a-zäöüß])`, 'i');
const MEASURE = new RegExp(String.raw`${NUMBER}\s*(${UNIT})(?![a-zäöüß])`, 'i');
const COUNT_AFTER = new RegExp(String.raw`(\d+)\s*[-\s]?\s*(?:${COUNT_WORDS})(?![a-zäöüß])`, 'i');
const COUNT_BEFORE = /(?:pack|set|box|case|pakke|packung|doos|pak) (?:of |mit |med |van )?(\d+)(?![\d])/i;
const TIMES = /(?:^|\s)(\d+)\s*[x×](?:\s|$)|(?:^|\s)[x×]\s*(\d+)(?:\s|$)/i;

/** Reads a quantity such as "250 g", "1,5 l", "2 x 500 ml", "6-pack", "pack of 12" or "128 GB"; undefined if none. */
export function parseQuantity(text: string): Quantity | undefined {
  const multiple = MULTIPLE.exec(text);
  if (multiple) {
    const [label, times = '', amount = '', unitText = ''] = multiple;
    const unit = measured(unitText, toNumber(amount));
    if (unit) return { amount: Number(times) * unit.amount, unit: unit.unit, label: label.trim() };
  }
  const measure = MEASURE.exec(text);
  if (measure) {
    const [label, amount = '', unitText = ''] = measure;
    const unit = measured(unitText, toNumber(amount));
    if (unit) return { ...unit, label: label.trim() };
  }
  const count = COUNT_AFTER.exec(text) ?? COUNT_BEFORE.exec(text);
  if (count) return { amount: Number(count[1]), unit: 'pc', label: count[0].trim() };
  const times = TIMES.exec(text);
  if (times) return { amount: Number(times[1] ?? times[2]), unit: 'pc', label: times[0].trim() };
  return undefined;
}

function measured(unitText: string, value: number): Omit<Quantity, 'label'> | undefined {
  const factor =
    UNIT_FACTORS[unitText.toLowerCase().replace(/\s+/g, ' ')] ??
    UNIT_FACTORS[unitText.toLowerCase().replace(/\s+/g, '')];
  if (!factor || !(value > 0)) return undefined;
  return { amount: value * factor[1], unit: factor[0] };
}

/** Decimal comma or point: "1,5" and "1.5" are both one and a half. */
function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}
