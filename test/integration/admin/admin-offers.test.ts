import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  ApiPage,
  PreviewResponse,
  ProductDetail,
  ProductSummary,
  RuleView,
} from '@tandem/web/api-contract/index';
import { numericIdOf } from '@tandem/web/api-contract/index';
import type { SqlBackend } from '../../support/db.js';
import { startAdminFixture, type AdminFixture } from './admin-fixture.js';
import { anchorWithList, pickProducts } from './offer-lists.js';

describe.each<SqlBackend>(['sqlite', 'postgres'])('admin offers, rules and preview API [%s]', (backend) => {
  describe('reading', () => {
    // One booted app for the tests that only read through the API (the preview writes its anchor's list to the
    // store first, which searching does not look at); tests that write rules boot their own below.
    let reading: AdminFixture;
    beforeAll(async () => {
      reading = await startAdminFixture(backend);
    });
    afterAll(async () => reading.close());

    it('searches the catalog page by page', async () => {
      // Given a synced shop of 40 products
      const { call } = reading;

      // When the merchant pages through all products 15 at a time, and searches one title
      const first = await call<ApiPage<ProductSummary>>('GET', '/api/products?limit=15');
      const second = await call<ApiPage<ProductSummary>>(
        'GET',
        `/api/products?limit=15&after=${first.body.nextCursor ?? ''}`,
      );
      const third = await call<ApiPage<ProductSummary>>(
        'GET',
        `/api/products?limit=15&after=${second.body.nextCursor ?? ''}`,
      );
      const title = first.body.items[3]?.title ?? '';
      const found = await call<ApiPage<ProductSummary>>(
        'GET',
        `/api/products?q=${encodeURIComponent(title.toUpperCase())}`,
      );

      // Then the pages hold every product once, and the search finds the title whatever its case
      const ids = [...first.body.items, ...second.body.items, ...third.body.items].map(
        (product) => product.id,
      );
      expect(new Set(ids).size).toBe(40);
      expect(third.body.nextCursor).toBeNull();
      expect(found.body.items.map((product) => product.title)).toContain(title);
      expect((await call('GET', '/api/products?after=not-a-cursor')).status).toBe(400);
    });

    it('previews the checkout block and upgrade prompt for a sample cart with the offer core', async () => {
      // Given a list for the anchor: two cross-sells and its next tier
      const { call, harness, shop } = reading;
      const { anchor, b, c } = await anchorWithList(harness.app.stores, shop);
      const from = anchor.variants[0];

      // When the merchant previews a cart of ten of the anchor's first variant
      const preview = await call<PreviewResponse>('POST', '/api/preview', {
        lines: [{ productId: anchor.id, variantId: from?.id, quantity: 10 }],
      });

      // Then the block shows the cheapest-ranked offers first, within the price cap, and the line offers the next tier
      expect(preview.status).toBe(200);
      expect(preview.body.offers.map((offer) => offer.productTitle)).toEqual([b.title, c.title]);
      expect(preview.body.offers[0]).toMatchObject({
        kind: 'xsell',
        reason: 'bought_together',
        copyKey: 'reason.bought_together',
        copyParams: { count: 7, product: anchor.title },
      });
      expect(preview.body.lines[0]?.upgrade).toMatchObject({
        kind: 'upgrade',
        variantTitle: anchor.variants[1]?.title,
      });
      expect(preview.body.holdoutPct).toBe(10);

      // And a variant that is not the product's is a 404, an empty cart a 400
      expect(
        (
          await call('POST', '/api/preview', {
            lines: [{ productId: anchor.id, variantId: b.variants[0]?.id }],
          })
        ).status,
      ).toBe(404);
      expect((await call('POST', '/api/preview', { lines: [] })).status).toBe(400);
    });
  });

  let fixture: AdminFixture | undefined;
  afterEach(async () => fixture?.close());

  it('shows a product’s ranked offers with reasons, and pins, excludes and unpins them', async () => {
    // Given a product whose list offers two cross-sells and one upgrade
    fixture = await startAdminFixture(backend);
    const { call, harness, shop } = fixture;
    const { anchor, b, c } = await anchorWithList(harness.app.stores, shop, 'popular');
    const path = `/api/products/${numericIdOf(anchor.id)}`;

    // When the merchant opens it
    const detail = await call<ProductDetail>('GET', path);

    // Then the offers come in rank order with titles, reasons and the upgrade's step, not yet published
    expect(detail.status).toBe(200);
    expect(
      detail.body.offers.map((offer) => [offer.kind, offer.rank, offer.productTitle, offer.reason]),
    ).toEqual([
      ['xsell', 1, b.title, 'bought_together'],
      ['xsell', 2, c.title, 'popular'],
      ['upgrade', 1, anchor.title, 'next_tier'],
    ]);
    expect(detail.body.offers[0]?.supportCount).toBe(7);
    expect(detail.body.offers[2]?.stepPct).toBeGreaterThan(0);
    expect(detail.body.publish.kind).toBe('queued');

    // When the merchant pins the second offer
    const pinned = await call<{ rule: RuleView }>('POST', '/api/rules', {
      kind: 'pin',
      productId: anchor.id,
      targetProductId: c.id,
      targetVariantId: null,
    });
    expect(pinned.status).toBe(201);
    expect(pinned.body.rule).toMatchObject({ kind: 'pin', productTitle: anchor.title, targetTitle: c.title });
    const afterPin = await call<ProductDetail>('GET', path);
    expect(afterPin.body.offers.find((offer) => offer.productId === c.id)?.ruleId).toBe(pinned.body.rule.id);
    expect(afterPin.body.rules.map((rule) => rule.kind)).toEqual(['pin']);

    // And then excludes it: the exclusion replaces the pin (the latest intent wins)
    await call('POST', '/api/rules', {
      kind: 'exclude',
      productId: anchor.id,
      targetProductId: c.id,
      targetVariantId: null,
    });
    const rules = await call<ApiPage<RuleView>>(
      'GET',
      `/api/rules?productId=${encodeURIComponent(anchor.id)}`,
    );
    expect(rules.body.items.map((rule) => rule.kind)).toEqual(['exclude']);

    // And removing it twice answers 204 then 404
    const id = rules.body.items[0]?.id ?? '';
    expect((await call('DELETE', `/api/rules/${id}`)).status).toBe(204);
    expect((await call('DELETE', `/api/rules/${id}`)).status).toBe(404);
  });

  it('answers 404 for another shop’s products and rules, and for a deleted product', async () => {
    // Given a rule in the main shop and a product of the other shop
    fixture = await startAdminFixture(backend);
    const { call, harness, shop, otherShop, foreignProductId } = fixture;
    const { anchor, others } = await pickProducts(harness.app.stores, shop);
    const foreign = await harness.app.stores.catalog.getProduct(otherShop, foreignProductId);
    expect(foreign).toBeDefined();
    const rule = await call<{ rule: RuleView }>('POST', '/api/rules', {
      kind: 'never_together',
      productId: anchor.id,
      targetProductId: others[0]?.id,
    });

    // Then the other shop can neither read the product nor delete the rule, and a pin of a gone product names it
    expect((await call('GET', `/api/products/${numericIdOf(foreign?.id ?? '')}`)).status).toBe(404);
    expect((await call('GET', '/api/products/not-a-number')).status).toBe(404);
    expect((await call('DELETE', `/api/rules/${rule.body.rule.id}`, undefined, otherShop)).status).toBe(404);
    const gone = await call<{ error: { message: string } }>('POST', '/api/rules', {
      kind: 'pin',
      productId: anchor.id,
      targetProductId: foreign?.id,
      targetVariantId: null,
    });
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toContain(`${foreign?.id ?? ''} is not in this shop's catalog`);
    const self = await call<{ error: { issues: { path: string }[] } }>('POST', '/api/rules', {
      kind: 'pin',
      productId: anchor.id,
      targetProductId: anchor.id,
      targetVariantId: null,
    });
    expect(self.status).toBe(400);
    expect(self.body.error.issues.map((issue) => issue.path)).toContain('targetProductId');
  });
});
