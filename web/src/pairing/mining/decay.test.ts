import { describe, expect, it } from '@jest/globals';
import type { OrderLine } from '../csv/order-lines.js';
import { OrderLog } from '../orders/order-log.js';
import { DEFAULT_PAIRING_SETTINGS } from '../types.js';
import { decayOptions, decayWeight } from './decay.js';
import { HistoryMiner } from './history-miner.js';
import { mineBaskets } from './mine-baskets.js';
import type { CooccurrenceCounts, DecayOptions } from './types.js';

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 0, 1);

function line(order: number, day: number, product: number): OrderLine {
  return {
    line: order,
    orderId: String(order),
    orderNumber: order,
    customerId: '',
    createdAt: START + day * DAY_MS,
    productId: String(product),
    productNumber: product,
    variantId: '',
    variantNumber: Number.NaN,
    quantity: 1,
    unitPrice: undefined,
  };
}

/** 150 orders over 300 days: product 1 in every one, 2 in the early ones, 3 in the late ones. */
const lines = Array.from({ length: 150 }, (_, order) => {
  const day = order * 2;
  return [line(order, day, 1), line(order, day, day < 150 ? 2 : 3)];
}).flat();

/** Masses of products 1–3 and of the pair (1, 3), by product id. */
function masses(counts: CooccurrenceCounts, indexOf: (id: string) => number | undefined) {
  const at = (id: string) => indexOf(id) ?? -1;
  const [one, three] = [at('1'), at('3')];
  let pair = 0;
  for (let i = counts.rowStart[one] ?? 0; i < (counts.rowStart[one + 1] ?? 0); i++)
    if (counts.partners[i] === three) pair = counts.pairMasses[i] ?? 0;
  return {
    item: ['1', '2', '3'].map((id) => counts.itemMass[at(id)] ?? Number.NaN),
    recent: ['1', '2', '3'].map((id) => counts.recentItemMass[at(id)] ?? Number.NaN),
    pair,
  };
}

function streamed(options: DecayOptions) {
  const miner = new HistoryMiner('orders.csv', options);
  for (const each of lines) miner.add(each);
  const counts = miner.finish();
  return masses(counts, (id) => miner.products.indexOf(id));
}

function inMemory(options: DecayOptions) {
  const log = new OrderLog();
  for (const each of lines) log.add(each);
  const { log: baskets } = log.baskets();
  const counts = mineBaskets(baskets, { from: 0, to: baskets.count }, log.products.size, options);
  return masses(counts, (id) => log.products.indexOf(id));
}

describe('time decay', () => {
  it('weighs each order by its age from the newest one, streamed or in memory, for both half-lives', () => {
    // Given 300 days of orders and half-lives short enough that the streaming clock must re-base (2^40 reached)
    const options = { halfLifeDays: 6, trendHalfLifeDays: 3 };
    // When mined in one streaming pass and from memory
    const stream = streamed(options);
    const memory = inMemory(options);
    // Then both equal the sum of 2^(−age / half-life) over the orders holding each product
    const expected = (halfLife: number, holds: (day: number) => boolean) =>
      Array.from({ length: 150 }, (_, order) => order * 2)
        .filter(holds)
        .reduce((sum, day) => sum + decayWeight((298 - day) * DAY_MS, halfLife), 0);
    const every = () => true;
    const late = (day: number) => day >= 150;
    const early = (day: number) => !late(day);
    for (const result of [stream, memory]) {
      expect(result.item[0]).toBeCloseTo(expected(6, every), 9);
      expect(result.item[2]).toBeCloseTo(expected(6, late), 9);
      expect(result.recent[0]).toBeCloseTo(expected(3, every), 9);
      expect(result.recent[1]).toBeCloseTo(expected(3, early), 12);
      expect(result.recent[2]).toBeCloseTo(expected(3, late), 9);
      expect(result.pair).toBeCloseTo(expected(6, late), 5);
    }
  });

  it('gives the recent masses the main decay when the trend is off, so no product looks like it is moving', () => {
    const off = decayOptions({ ...DEFAULT_PAIRING_SETTINGS, halfLifeDays: 30, trendHalfLifeDays: 0 });
    expect(off).toEqual({ halfLifeDays: 30, trendHalfLifeDays: 30 });
    const result = streamed(off);
    result.recent.forEach((mass, product) => expect(mass).toBeCloseTo(result.item[product] ?? Number.NaN, 9));
  });
});
