import { describe, expect, it } from '@jest/globals';
import type { FixtureFactory } from '../../support/db.js';
import { buildLine, buildOrder, buildProduct, buildVariant, orderGid, productGid } from './builders.js';

// Shopify text can hold what our databases refuse: Postgres text cannot store U+0000, and a lone UTF-16 surrogate
// has no UTF-8 form (SQLite and the Postgres driver would each replace it their own way). One product title or
// `_tandem` property with either used to fail every full sync on Postgres while SQLite took it. The store's
// validation is the one boundary that cleans them: NUL dropped, a lone surrogate replaced by U+FFFD, the same on
// every backend.

const HOSTILE = 'Kettle\u0000 \uD83D pro \uDE00 🙂';
const CLEAN = 'Kettle \uFFFD pro \uFFFD 🙂';

export function describeStorableTextContract(name: string, fixture: FixtureFactory): void {
  describe(`storable text [${name}]`, () => {
    it('cleans NUL and lone surrogates in synced product text, the same on every backend', async () => {
      const { stores, shop } = fixture();
      await stores.catalog.upsertProducts(shop, [
        buildProduct(1, {
          title: HOSTILE,
          vendor: HOSTILE,
          tags: [HOSTILE],
          options: [{ name: 'Size', values: [HOSTILE] }],
          variants: [
            buildVariant(1, 1, { title: HOSTILE, selectedOptions: [{ name: 'Size', value: HOSTILE }] }),
          ],
        }),
      ]);
      const product = await stores.catalog.getProduct(shop, productGid(1));
      expect([product?.title, product?.vendor, product?.tags, product?.options[0]?.values]).toEqual([
        CLEAN,
        CLEAN,
        [CLEAN],
        [CLEAN],
      ]);
      expect(product?.variants.map((v) => [v.title, v.selectedOptions[0]?.value])).toEqual([[CLEAN, CLEAN]]);
    });

    it("cleans an order line's _tandem attribute", async () => {
      const { stores, shop } = fixture();
      await stores.orders.upsertOrders(shop, [
        buildOrder(1, { lines: [buildLine(11, { tandemAttribute: `o1.t.x${HOSTILE}` })] }),
      ]);
      const order = await stores.orders.getOrder(shop, orderGid(1));
      expect(order?.lines.map((line) => line.tandemAttribute)).toEqual([`o1.t.x${CLEAN}`]);
    });
  });
}
