import type { ShopIdentity } from '../state/types.js';
import type { StaffUser } from './types.js';

/**
 * Two staff members per shop: the account owner and one regular staff member, so tests can
 * tell online sessions of different users apart. Ids are derived from the shop id to stay stable.
 */
export function staffOf(shop: ShopIdentity): readonly StaffUser[] {
  const base = Number(/(\d+)$/.exec(shop.id)?.[1] ?? '1') % 1_000_000;
  const domainPart = shop.email.split('@')[1] ?? 'example.com';
  return [
    {
      id: 70_000_000 + base * 10 + 1,
      firstName: 'Sam',
      lastName: 'Owner',
      email: shop.email,
      accountOwner: true,
      locale: shop.primaryLocale,
    },
    {
      id: 70_000_000 + base * 10 + 2,
      firstName: 'Robin',
      lastName: 'Staff',
      email: `staff@${domainPart}`,
      accountOwner: false,
      locale: shop.primaryLocale,
    },
  ];
}

/** The REST-shaped `associated_user` of an online access token response. */
export function associatedUser(user: StaffUser): Record<string, unknown> {
  return {
    id: user.id,
    first_name: user.firstName,
    last_name: user.lastName,
    email: user.email,
    email_verified: true,
    account_owner: user.accountOwner,
    locale: user.locale,
    collaborator: false,
  };
}
