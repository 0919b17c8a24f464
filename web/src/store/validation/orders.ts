import type { OrderLine, OrderWithLines } from '../../domain/order.js';
import type { Checker } from './checker.js';
import { validate } from './validate.js';

/** A one-way hash (hex or base64), never an email or name: the characters alone rule raw PII out. */
export const CUSTOMER_HASH = /^[A-Za-z0-9+/=_-]{16,128}$/;
const CURRENCY = /^[A-Z]{3}$/;

function line(check: Checker, value: OrderLine, path: string): OrderLine {
  return {
    lineId: check.string(`${path}.lineId`, value.lineId, { max: 255 }),
    productId: check.nullableGid(`${path}.productId`, value.productId, 'Product'),
    variantId: check.nullableGid(`${path}.variantId`, value.variantId, 'ProductVariant'),
    quantity: check.int(`${path}.quantity`, value.quantity, { min: 0 }),
    unitPriceMinor: check.money(`${path}.unitPriceMinor`, value.unitPriceMinor),
    discountedTotalMinor: check.money(`${path}.discountedTotalMinor`, value.discountedTotalMinor),
    tandemAttribute: check.nullableString(`${path}.tandemAttribute`, value.tandemAttribute, {
      max: 1_000,
      empty: true,
    }),
  };
}

export function checkCustomerHash(check: Checker, path: string, value: unknown): string {
  return check.matches(path, value, CUSTOMER_HASH, 'a one-way hash (16–128 characters of [A-Za-z0-9+/=_-])');
}

/** Checks orders with their lines; line ids must be unique within an order. */
export function validateOrders(orders: readonly OrderWithLines[]): OrderWithLines[] {
  return validate('orders', (check) =>
    check.array(
      'orders',
      orders,
      (item, path) => {
        const value = (item ?? {}) as OrderWithLines;
        const seen = new Set<string>();
        const lines = check.array(`${path}.lines`, value.lines, (l, linePath) => {
          const clean = line(check, (l ?? {}) as OrderLine, linePath);
          if (seen.has(clean.lineId)) check.fail(`${linePath}.lineId`, `repeats line ${clean.lineId}`);
          seen.add(clean.lineId);
          return clean;
        });
        return {
          id: check.gid(`${path}.id`, value.id, 'Order'),
          createdAt: check.timestamp(`${path}.createdAt`, value.createdAt),
          currency: check.matches(
            `${path}.currency`,
            value.currency,
            CURRENCY,
            'an ISO 4217 code like "EUR"',
          ),
          customerHash:
            value.customerHash === null
              ? null
              : checkCustomerHash(check, `${path}.customerHash`, value.customerHash),
          checkoutToken: check.nullableString(`${path}.checkoutToken`, value.checkoutToken, { max: 255 }),
          subtotalMinor: check.money(`${path}.subtotalMinor`, value.subtotalMinor),
          totalMinor: check.money(`${path}.totalMinor`, value.totalMinor),
          refundedMinor: check.money(`${path}.refundedMinor`, value.refundedMinor),
          cancelledAt: check.nullableTimestamp(`${path}.cancelledAt`, value.cancelledAt),
          updatedAt: check.timestamp(`${path}.updatedAt`, value.updatedAt),
          lines,
        };
      },
      1_000_000,
    ),
  );
}
