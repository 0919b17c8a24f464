import { dayNumber, readProfile } from '@tandem/offer-core';
import type { EmulatorLink } from './emulator-link.js';
import type { PreviewCustomer, PreviewDeps } from './types.js';

/** Customers with a published profile the preview looks through for the buyer switch. */
const SCANNED = 300;

/**
 * A few of the shop's returning customers for the preview's buyer switch: those whose published profile, read as
 * checkout reads it today, holds the most repeat purchases checkout may offer as "Buy again", then the most orders.
 */
export async function returningCustomers(
  deps: Pick<PreviewDeps, 'stores'>,
  link: EmulatorLink,
  count: number,
  today: number = dayNumber(Date.now()),
): Promise<PreviewCustomer[]> {
  const { domain } = await link.shop();
  const page = await deps.stores.profiles.list(domain, { limit: SCANNED });
  const found: PreviewCustomer[] = [];
  for (const customer of page.items) {
    if (customer.publishedHash === null) continue;
    const value = await link.profile(customer.customerId);
    const read = value === undefined ? undefined : readProfile(value, { shop: domain, today });
    if (read?.kind !== 'ok') continue;
    const { orders, bought } = read.profile;
    const repeatProducts = bought.filter((item) => item.intervalDays > 0 && item.variantId).length;
    if (repeatProducts === 0) continue;
    const number = customer.customerId.split('/').pop() ?? customer.customerId;
    found.push({
      id: customer.customerId,
      label: `Returning customer #${number} · ${orders} orders · buys ${repeatProducts} again`,
      orders,
      repeatProducts,
    });
  }
  return found
    .sort((a, b) => b.repeatProducts - a.repeatProducts || b.orders - a.orders || (a.id < b.id ? -1 : 1))
    .slice(0, count);
}
