import { describe, expect, it } from '@jest/globals';
import { IdInterner } from '../interner.js';
import { buildCrossSellLists } from '../lists/build-offer-lists.js';
import { syntheticTargets } from '../lists/offer-targets.js';
import { mineBaskets } from '../mining/mine-baskets.js';
import { minePairContexts } from '../mining/pair-context.js';
import { basketLog } from '../testing/builders.js';
import type { MerchantRules, PairingSettings } from '../types.js';
import { pairVotes } from './pair-votes.js';
import { PartnerScorer } from './partner-scorer.js';
import { DEFAULT_SCORING } from './types.js';

const repeat = <T>(times: number, value: T): T[] => Array.from({ length: times }, () => value);
const DAY = 86_400_000;

// Pasta (0) and tomatoes (1) go together; basil (2) comes with both, rarely with either alone; cheese (3) goes
// with each of them alone as often as basil, but never with both; bread (4) fills baskets.
const history = [
  ...repeat(12, [0, 1, 2]),
  ...repeat(8, [0, 1, 4]),
  ...repeat(10, [0, 3]),
  ...repeat(10, [1, 3]),
  ...repeat(4, [0, 2]),
  ...repeat(4, [1, 2]),
  ...repeat(30, [4]),
  ...repeat(6, [2, 4]),
];

function mined(baskets: readonly (readonly number[])[], dated = false) {
  const log = basketLog(baskets, dated);
  const range = { from: 0, to: log.count };
  return { log, range, counts: mineBaskets(log, range, 5, { minPairCount: 2 }) };
}

describe('minePairContexts', () => {
  it('gives each frequent pair the distribution of what else its baskets hold', () => {
    const { log, range, counts } = mined([...history, [0, 1, 3], ...repeat(4, [3, 4])]);
    const contexts = minePairContexts({ log, ...range }, counts, 0);
    // Pairs bought together in ≥ 5 baskets only: not cheese and bread (4)
    const pairs = Array.from(contexts.a, (a, at) => `${a}-${contexts.c[at]}`);
    expect([...pairs].sort()).toEqual(['0-1', '0-2', '0-3', '0-4', '1-2', '1-3', '1-4', '2-4']);
    const at = pairs.indexOf('0-1');
    expect(contexts.together[at]).toBe(21);
    expect(contexts.mass[at]).toBe(21);
    const [from, to] = [contexts.start[at], contexts.start[at + 1]];
    const thirds = new Map(
      Array.from(contexts.thirds.subarray(from, to), (third, k) => [third, contexts.shares[(from ?? 0) + k]]),
    );
    // Basil 12, bread 8; cheese, seen with the pair once, is under the support floor
    expect(thirds).toEqual(
      new Map([
        [2, 12],
        [4, 8],
      ]),
    );
  });

  it('weighs baskets by the same time decay as the pairs, relative to the newest order', () => {
    const { log, range, counts } = mined(repeat(12, [0, 1, 2]), true);
    const halfLife = 5;
    const contexts = minePairContexts({ log, ...range }, counts, halfLife);
    const expected = Array.from({ length: 12 }, (_, age) => 2 ** (-age / halfLife)).reduce((x, y) => x + y);
    expect(contexts.mass[0]).toBeCloseTo(expected, 5);
    // An explicit newest order a half-life later halves everything
    const later = minePairContexts({ log, ...range, newest: 11 * DAY + halfLife * DAY }, counts, halfLife);
    expect(later.mass[0]).toBeCloseTo(expected / 2, 5);
  });
});

describe('pairVotes', () => {
  it('votes for what goes with the pair itself, not for what goes with each product apart', () => {
    // Given cheese in two of the pair's baskets: far less than its share with pasta or tomatoes alone
    const { log, range, counts } = mined([...history, ...repeat(2, [0, 1, 3])]);
    const scorer = new PartnerScorer(counts, DEFAULT_SCORING, Uint32Array.from([0, 1, 2, 3, 4]));
    const votes = pairVotes(
      minePairContexts({ log, ...range }, counts, 0),
      scorer,
      DEFAULT_SCORING.priorWeight,
    );
    const pasta = votes.find((vote) => vote.a === 0 && vote.c === 1);
    expect(pasta?.together).toBe(22);
    expect(pasta?.votes.map((vote) => vote.product)).toContain(2);
    expect(pasta?.votes.map((vote) => vote.product)).not.toContain(3);
    for (const vote of pasta?.votes ?? []) expect(vote.raw).toBeGreaterThan(0);
  });
});

describe('pair votes in the published lists', () => {
  const ids = ['pasta', 'tomatoes', 'basil', 'cheese', 'bread'];
  function build(settings: Partial<PairingSettings> = {}, rules: MerchantRules = {}) {
    const { log, range, counts } = mined(history);
    const products = new IdInterner();
    for (const id of ids) products.intern(id);
    const gidOf = (product: number) => `gid://shopify/Product/${product + 1}`;
    return buildCrossSellLists({
      counts,
      products,
      targets: syntheticTargets(),
      settings,
      rules,
      baskets: { log, ...range },
      cartGid: gidOf,
    });
  }

  it('puts each pair on one of its two lists, naming the other, scaled like the offers', () => {
    const lists = build();
    const carried = lists.flatMap((list) =>
      (list.votes.pairs ?? []).map(([partner]) => [list.product, partner]),
    );
    // (pasta, tomatoes) once, on one of the two
    const pastaTomatoes = carried.filter(
      ([host, partner]) =>
        (host === 0 && partner === 'gid://shopify/Product/2') ||
        (host === 1 && partner === 'gid://shopify/Product/1'),
    );
    expect(pastaTomatoes).toHaveLength(1);
    for (const list of lists)
      for (const [, votes] of list.votes.pairs ?? [])
        for (const [, score] of votes) expect(score).toBeGreaterThan(0);
    expect(build({ pairVoteWeight: 0 }).every((list) => list.votes.pairs === undefined)).toBe(true);
  });

  it('never votes for an excluded product or one never to go with either product of the pair', () => {
    const basil = 'gid://shopify/Product/3';
    const voted = (rules: MerchantRules) =>
      build({}, rules).flatMap((list) =>
        (list.votes.pairs ?? []).flatMap(([, votes]) => votes.map(([product]) => product)),
      );
    expect(voted({})).toContain(basil);
    expect(voted({ excludes: ['basil'] })).not.toContain(basil);
    expect(voted({ neverTogether: [['tomatoes', 'basil']] })).not.toContain(basil);
  });

  it('publishes the next partners past the offers as votes, none when the merchant caps a list at 0', () => {
    const lists = build({ maxOffers: 1, voteDepth: 2 });
    const pasta = lists.find((list) => list.product === 0);
    expect(pasta?.offers).toHaveLength(1);
    expect(pasta?.votes.partners).toHaveLength(2);
    expect(pasta?.votes.partners?.map(([product]) => product)).not.toContain(pasta?.offers[0]?.productId);
    const capped = build({ maxOffers: 1, voteDepth: 2 }, { maxOffers: [{ productId: 'pasta', max: 0 }] });
    expect(capped.find((list) => list.product === 0)?.votes.partners).toBeUndefined();
  });
});
