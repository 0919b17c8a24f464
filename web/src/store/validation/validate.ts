import { isShopDomain, type ShopDomain } from '../../domain/shop.js';
import { ValidationError } from '../../errors.js';
import { Checker } from './checker.js';
import { show } from './values.js';

/** Every store method's first check: the tenant key. */
export function checkShop(shop: unknown): ShopDomain {
  if (!isShopDomain(shop)) {
    throw new ValidationError(`Invalid shop: must be a name.myshopify.com domain (got ${show(shop)})`, [
      { path: 'shop', message: 'must be a name.myshopify.com domain' },
    ]);
  }
  return shop;
}

/** Validates with a fresh Checker and throws on any issue. */
export function validate<T>(subject: string, build: (check: Checker) => T): T {
  const check = new Checker(subject);
  const result = build(check);
  check.done();
  return result;
}
