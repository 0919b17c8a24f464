import { describe, expect, it } from '@jest/globals';
import { PROFILE_MAX_AGE_DAYS, readProfile, serializeProfile, type PublishedProfile } from './profile.js';

const SHOP = 'shop.myshopify.com';
const profile: PublishedProfile = {
  ver: 1,
  shop: SHOP,
  at: 20_000,
  n: 3,
  i: [
    [7, 70, 3, 2, 30],
    [8, 0, 10, 1, 0],
  ],
  h: [[9, 1]],
};

describe('readProfile', () => {
  it('reads the wire format back with days counted to today', () => {
    // Given a profile written 5 days ago, as checkout gets it (a JSON string)
    const read = readProfile(serializeProfile(profile), { shop: SHOP, today: 20_005 });
    // Then its items have GIDs, days since purchase grown by 5, and an unknown variant stays unknown
    expect(read).toEqual({
      kind: 'ok',
      profile: {
        orders: 3,
        bought: [
          {
            productId: 'gid://shopify/Product/7',
            variantId: 'gid://shopify/ProductVariant/70',
            daysSince: 8,
            count: 2,
            intervalDays: 30,
          },
          {
            productId: 'gid://shopify/Product/8',
            variantId: undefined,
            daysSince: 15,
            count: 1,
            intervalDays: 0,
          },
        ],
        votes: new Map([['gid://shopify/Product/9', 1]]),
      },
    });
  });

  it.each([
    [undefined, 'no profile'],
    ['{', 'profile is not JSON'],
    [{ ...profile, ver: 2 }, 'profile version 2 unknown'],
    [{ ...profile, shop: 'other.myshopify.com' }, 'profile is of another shop (other.myshopify.com)'],
    [{ ...profile, at: 20_010 }, 'profile is dated 10 days in the future'],
    [{ ...profile, at: 20_000 - PROFILE_MAX_AGE_DAYS - 1 }, `profile is stale (121 days old, at most 120)`],
    [{ ...profile, i: [[7, 70, -1, 2, 30]] }, 'profile item 0 has bad days, count or interval'],
    [{ ...profile, i: [['x', 70, 1, 2, 30]] }, 'profile item 0 has no product id'],
    [{ ...profile, h: [[9, 1.5]] }, 'profile vote 0 has a score outside (0, 1]'],
    [{ ...profile, n: 1 }, 'profile item 0 has more orders than the profile'],
    [{ ...profile, n: undefined }, 'profile has no order count (n)'],
    [{ ...profile, h: undefined }, 'profile has no items (i) or votes (h)'],
  ])('ignores %j with the reason', (value, reason) => {
    expect(readProfile(value, { shop: SHOP, today: 20_000 })).toEqual({ kind: 'ignored', reason });
  });
});
