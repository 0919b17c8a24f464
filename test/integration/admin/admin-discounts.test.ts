import { afterEach, describe, expect, it } from '@jest/globals';
import type { ApiPage, DiscountInput, DiscountView } from '@tandem/web/api-contract/index';
import { MetafieldsSetDocument } from '@tandem/web/shopify/admin/generated/graphql';
import { startAdminFixture, type AdminFixture } from './admin-fixture.js';
import { pickProducts } from './offer-lists.js';

type ErrorAnswer = { error: { code: string; message: string; issues: { path: string; message: string }[] } };

async function bundle(fixture: AdminFixture): Promise<DiscountInput> {
  const { anchor, others } = await pickProducts(fixture.harness.app.stores, fixture.shop);
  return {
    title: 'Bundle: 20% off the second item',
    buyProductId: anchor.id,
    getProductId: others[0]?.id ?? '',
    buyQuantity: 1,
    getQuantity: 1,
    percentOff: 20,
    combinesWith: { productDiscounts: false, orderDiscounts: true, shippingDiscounts: true },
    startsAt: '2026-01-01T00:00:00Z',
    endsAt: null,
  };
}

const discountsIn = async (fixture: AdminFixture) =>
  (await fixture.harness.emulator.control.snapshot(fixture.shop)).discounts;
const registry = (fixture: AdminFixture) =>
  fixture.harness.emulator.control.metafield({
    shop: fixture.shop,
    ownerId: fixture.seed.shop.id,
    namespace: '$app:tandem',
    key: 'discounts',
  });

describe('admin discounts API', () => {
  let fixture: AdminFixture | undefined;
  afterEach(async () => fixture?.close());

  it('creates a BXGY discount in Shopify, lists it, and deletes it when removed', async () => {
    // Given a shop without discounts
    fixture = await startAdminFixture();
    const { call } = fixture;
    const input = await bundle(fixture);

    // When the merchant creates "buy X, get Y at 20% off"
    const created = await call<{ discount: DiscountView }>('POST', '/api/discounts', input);

    // Then Shopify has one automatic discount, and Tandem lists it with its pair, stacking and status
    expect(created.status).toBe(201);
    expect(await discountsIn(fixture)).toBe(1);
    expect(created.body.discount).toMatchObject({
      title: input.title,
      percentOff: 20,
      status: 'active',
      combinesWith: input.combinesWith,
      buyProductId: input.buyProductId,
      getProductId: input.getProductId,
    });
    expect(created.body.discount.getProductTitle).toEqual(expect.any(String));
    const listed = await call<ApiPage<DiscountView>>('GET', '/api/discounts');
    expect(listed.body.items.map((discount) => discount.discountGid)).toEqual([
      created.body.discount.discountGid,
    ]);
    expect(JSON.parse((await registry(fixture))?.value ?? '{}').discounts).toHaveLength(1);

    // When it is removed, it is gone from Shopify and from the list; removing it again is a 404
    expect((await call('DELETE', `/api/discounts/${created.body.discount.id}`)).status).toBe(204);
    expect(await discountsIn(fixture)).toBe(0);
    expect((await call<ApiPage<DiscountView>>('GET', '/api/discounts')).body.items).toEqual([]);
    expect((await call('DELETE', `/api/discounts/${created.body.discount.id}`)).status).toBe(404);
    expect(
      (await call('DELETE', `/api/discounts/${created.body.discount.id}`, undefined, fixture.otherShop))
        .status,
    ).toBe(404);
  });

  it('rejects bad input by field, and shows Shopify’s userErrors in plain words with nothing created', async () => {
    // Given a product Shopify deleted but whose webhook never reached the app
    fixture = await startAdminFixture();
    const { call, harness, shop } = fixture;
    const input = await bundle(fixture);
    await harness.emulator.control.injectFault({ kind: 'drop-webhook', topic: 'products/delete' });
    await harness.emulator.control.deleteProduct({ shop, productId: input.getProductId });

    // When the merchant sends an end before the start, then a discount on the deleted product
    const invalid = await call<ErrorAnswer>('POST', '/api/discounts', {
      ...input,
      endsAt: '2025-12-01T00:00:00Z',
      percentOff: 0,
    });
    const rejected = await call<ErrorAnswer>('POST', '/api/discounts', input);

    // Then our own check names both fields, Shopify's rejection names the product field, and nothing exists
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['endsAt', 'percentOff']),
    );
    expect(rejected.status).toBe(422);
    expect(rejected.body.error.message).toBe('Shopify did not accept this discount; nothing was created');
    expect(rejected.body.error.issues).toEqual([
      { path: 'getProductId', message: `${input.getProductId} does not exist.` },
    ]);
    expect(await discountsIn(fixture)).toBe(0);
    expect(await registry(fixture)).toBeUndefined();
  });

  it('deletes the new discount again when it cannot be listed, so nothing is half-created', async () => {
    // Given a discounts metafield Tandem cannot read (written by hand)
    fixture = await startAdminFixture();
    const { call, harness, shop, seed } = fixture;
    const client = await harness.app.adminClient(shop);
    await client.request(MetafieldsSetDocument, {
      metafields: [
        { ownerId: seed.shop.id, namespace: '$app:tandem', key: 'discounts', type: 'json', value: '{"v":2}' },
      ],
    });

    // When the merchant creates a discount
    const answer = await call<ErrorAnswer>('POST', '/api/discounts', await bundle(fixture));

    // Then the request fails and Shopify holds no discount, and the unreadable list is left as it was
    expect(answer.status).toBe(500);
    expect(await discountsIn(fixture)).toBe(0);
    expect((await registry(fixture))?.value).toBe('{"v":2}');
  });
});
