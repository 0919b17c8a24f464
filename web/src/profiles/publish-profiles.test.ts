import { describe, expect, it } from '@jest/globals';
import type { PublishedProfile } from '@tandem/offer-core';
import { profileHash } from './publish-profiles.js';

const profile = (at: number, lastDay: number, count = 2): PublishedProfile => ({
  ver: 1,
  shop: 'shop.myshopify.com',
  at,
  n: 3,
  i: [[7, 70, at - lastDay, count, 30]],
  h: [[9, 1]],
});

describe('profileHash', () => {
  it('stays the same while only the day it is written on moves (no daily rewrite of every customer)', () => {
    expect(profileHash(profile(20_401, 20_390))).toBe(profileHash(profile(20_405, 20_390)));
  });

  it('changes with a purchase, and at least every 30 days so checkout never finds it stale', () => {
    const base = profileHash(profile(20_401, 20_390));
    expect(profileHash(profile(20_401, 20_400))).not.toBe(base);
    expect(profileHash(profile(20_401, 20_390, 3))).not.toBe(base);
    expect(profileHash(profile(20_431, 20_390))).not.toBe(base);
  });
});
