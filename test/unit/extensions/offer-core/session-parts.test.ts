import { describe, expect, it } from '@jest/globals';
import {
  cappedOffers,
  EMPTY_STORAGE_STATE,
  isDismissed,
  isFrequencyCapped,
  keepAccepted,
  parseOfferEvent,
  parseStorageState,
  sampleOffer,
  withDismissal,
  withOfferDismissals,
  withShown,
  type ShownOffer,
} from '@tandem/offer-core';

const DAY = 24 * 60 * 60 * 1000;
const offer = (offerId: string): ShownOffer => ({ ...sampleOffer('EUR'), offerId });

describe('storage state', () => {
  it('remembers dismissals per checkout', () => {
    const state = withDismissal(EMPTY_STORAGE_STATE, 'a');
    expect(isDismissed(state, 'a')).toBe(true);
    expect(isDismissed(state, 'b')).toBe(false);
    expect(parseStorageState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('caps how many checkouts a day show offers, counting each checkout once', () => {
    let state = withShown(EMPTY_STORAGE_STATE, 'a', 0);
    state = withShown(state, 'a', 1_000);
    state = withShown(state, 'b', 2_000);
    expect(state.shown).toHaveLength(2);
    expect(isFrequencyCapped(state, 'c', 2, 3_000)).toBe(true);
    expect(isFrequencyCapped(state, 'b', 2, 3_000)).toBe(false);
    expect(isFrequencyCapped(state, 'c', 0, 3_000)).toBe(false);
    expect(isFrequencyCapped(state, 'c', 2, DAY + 1_000)).toBe(false);
  });

  it('caps offers dismissed in enough checkouts, for a number of days after the last dismissal', () => {
    // Given two offers dismissed in checkout a, and one of them again in checkout b a day later
    let state = withOfferDismissals(EMPTY_STORAGE_STATE, 'a', ['v1', 'v2'], 0);
    state = withOfferDismissals(state, 'a', ['v1', 'v2'], 1_000);
    state = withOfferDismissals(state, 'b', ['v1'], DAY);
    const cap = { limit: 2, days: 30 };
    // Then only v1 (dismissed in two checkouts) is capped, for 30 days after the last dismissal
    expect([...cappedOffers(state, cap, DAY + 1)]).toEqual(['v1']);
    expect([...cappedOffers(state, cap, 31 * DAY - 1)]).toEqual(['v1']);
    expect([...cappedOffers(state, cap, 31 * DAY + 1)]).toEqual([]);
    // And a limit of 0 turns the cap off
    expect([...cappedOffers(state, { limit: 0, days: 30 }, DAY + 1)]).toEqual([]);
    expect(parseStorageState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('starts fresh from anything unreadable', () => {
    for (const value of [null, 'x', { v: 2 }, { v: 1, dismissed: 'a', shown: [] }])
      expect(parseStorageState(value)).toEqual(EMPTY_STORAGE_STATE);
  });
});

describe('keeping accepted offers on screen', () => {
  it('keeps an added offer in place, refreshes others and does not grow the block', () => {
    const result = keepAccepted([offer('a'), offer('b')], [offer('b'), offer('c')], { a: 'added' });
    expect(result.map(({ offerId }) => offerId)).toEqual(['a', 'b']);
  });

  it('drops offers that are no longer eligible unless accepted', () => {
    expect(keepAccepted([offer('a'), offer('b')], [offer('c')], {}).map(({ offerId }) => offerId)).toEqual([
      'c',
    ]);
  });
});

describe('offer events', () => {
  const data = {
    v: 1,
    event: 'add',
    offerId: '1-2',
    arm: 'treatment',
    target: 'block',
    checkoutToken: 't',
    ts: 5,
  };

  it('reads back what the views publish', () => {
    expect(parseOfferEvent('tandem:add', data)).toEqual(data);
  });

  it.each([
    ['other:add', data],
    ['tandem:add', { ...data, event: 'dismiss' }],
    ['tandem:add', { ...data, arm: 'both' }],
    ['tandem:add', { ...data, checkoutToken: '' }],
    ['tandem:add', { ...data, offerId: 3 }],
    ['tandem:add', null],
  ])('ignores %s %j', (name, value) => {
    expect(parseOfferEvent(name, value)).toBeUndefined();
  });
});
