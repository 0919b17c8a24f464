import type { JsonValue } from '../../domain/json.js';
import type { ModelReport } from '../../domain/model-report.js';
import { validate } from './validate.js';

/** A freshly computed list; the store derives its content hash. */
export interface OfferListInput {
  readonly productId: string;
  readonly offers: readonly JsonValue[];
  /** What the list adds to a cart's merge beyond its offers (`t`, `x` of the published value); opaque JSON. */
  readonly votes?: JsonValue | undefined;
  readonly computedAt: string;
}

export interface PublishedList {
  readonly productId: string;
  readonly contentHash: string;
}

/** Stays far below the 128 KB metafield limit, which also bounds the JSON we store per product. */
export const MAX_OFFERS_PER_LIST = 100;

export function validateOfferLists(lists: readonly OfferListInput[]): OfferListInput[] {
  return validate('offer lists', (check) => {
    const seen = new Set<string>();
    return check.array(
      'lists',
      lists,
      (item, path) => {
        const value = (item ?? {}) as OfferListInput;
        const productId = check.gid(`${path}.productId`, value.productId, 'Product');
        if (seen.has(productId)) check.fail(`${path}.productId`, `repeats ${productId}`);
        seen.add(productId);
        return {
          productId,
          offers: check.array(
            `${path}.offers`,
            value.offers,
            (offer, p) => check.json(p, offer),
            MAX_OFFERS_PER_LIST,
          ),
          ...(value.votes === undefined ? {} : { votes: check.json(`${path}.votes`, value.votes) }),
          computedAt: check.timestamp(`${path}.computedAt`, value.computedAt),
        };
      },
      100_000,
    );
  });
}

/** A recompute's model report: counts and a timestamp checked, the selection kept as opaque JSON. */
export function validateModelReport(report: ModelReport): ModelReport {
  return validate('model report', (check) => {
    const value = (report ?? {}) as ModelReport;
    return {
      computedAt: check.timestamp('computedAt', value.computedAt),
      orders: check.int('orders', value.orders, { min: 0 }),
      selection: check.json('selection', value.selection),
    };
  });
}

export function validatePublished(published: readonly PublishedList[]): PublishedList[] {
  return validate('published lists', (check) =>
    check.array(
      'published',
      published,
      (item, path) => {
        const value = (item ?? {}) as PublishedList;
        return {
          productId: check.gid(`${path}.productId`, value.productId, 'Product'),
          contentHash: check.matches(
            `${path}.contentHash`,
            value.contentHash,
            /^[a-f0-9]{64}$/,
            'a sha256 hex digest',
          ),
        };
      },
      100_000,
    ),
  );
}

export function validateProductIds(ids: readonly string[]): string[] {
  return validate('product ids', (check) =>
    check.array('productIds', ids, (id, path) => check.gid(path, id, 'Product'), 100_000),
  );
}

export function validateOrderIds(ids: readonly string[]): string[] {
  return validate('order ids', (check) =>
    check.array('orderIds', ids, (id, path) => check.gid(path, id, 'Order'), 100_000),
  );
}
