import { afterEach, describe, expect, it } from '@jest/globals';
import type { ApiPage, FamilyView, RuleView, UpgradesResponse } from '@tandem/web/api-contract/index';
import { familyId } from '@tandem/web/api-contract/index';
import { startAdminFixture, type AdminFixture } from './admin-fixture.js';
import { pickProducts } from './offer-lists.js';

const familyOf = (response: UpgradesResponse, id: string) =>
  response.families.find((family) => family.id === id);

describe('admin upgrades API', () => {
  let fixture: AdminFixture | undefined;
  afterEach(async () => fixture?.close());

  it('lists a declared tier family with its steps, then disables, enables and edits it', async () => {
    // Given a family the merchant declared (A upgrades to B)
    fixture = await startAdminFixture();
    const { call, harness, shop, foreignProductId } = fixture;
    const { others } = await pickProducts(harness.app.stores, shop);
    const [a, b, c] = others;
    if (!a || !b || !c) throw new Error('demo catalog too small');
    await call('POST', '/api/rules', {
      kind: 'manual',
      productId: a.id,
      targetProductId: b.id,
      targetVariantId: null,
      offerKind: 'upgrade',
    });
    const id = familyId([a.id, b.id]);

    // When the merchant opens Upgrades
    const listed = await call<UpgradesResponse>('GET', '/api/upgrades?limit=100');

    // Then the family is there, confirmed, with the price step from A to B against the budget
    expect(listed.status).toBe(200);
    const family = familyOf(listed.body, id);
    expect(family).toMatchObject({
      source: 'merchant',
      enabled: true,
      members: [{ productId: a.id, stepPct: null }, { productId: b.id }],
    });
    expect(family?.members[1]?.stepPct).toEqual(expect.any(Number));
    expect(listed.body.upgradeBudgetPct).toBe(35);

    // When it is disabled (twice: PUT is idempotent), its step is excluded
    const disable = { productIds: [a.id, b.id], enabled: false };
    expect(
      (await call<{ family: FamilyView }>('PUT', `/api/upgrades/families/${id}`, disable)).body.family
        .enabled,
    ).toBe(false);
    await call('PUT', `/api/upgrades/families/${id}`, disable);
    const rules = (await call<ApiPage<RuleView>>('GET', '/api/rules?limit=100')).body.items;
    expect(rules.map((rule) => [rule.kind, rule.productId, rule.targetProductId]).sort()).toEqual([
      ['exclude', a.id, b.id],
      ['manual', a.id, b.id],
    ]);

    // When it is enabled again and then edited to three tiers, the old steps give way to the new ones
    expect(
      (
        await call<{ family: FamilyView }>('PUT', `/api/upgrades/families/${id}`, {
          productIds: [a.id, b.id],
          enabled: true,
        })
      ).body.family.enabled,
    ).toBe(true);
    const edited = await call<{ family: FamilyView }>('PUT', `/api/upgrades/families/${id}`, {
      productIds: [a.id, b.id, c.id],
      enabled: true,
    });
    expect(edited.body.family).toMatchObject({
      id: familyId([a.id, b.id, c.id]),
      source: 'merchant',
      enabled: true,
    });
    const after = (await call<ApiPage<RuleView>>('GET', '/api/rules?limit=100')).body.items;
    expect(after.map((rule) => [rule.kind, rule.productId, rule.targetProductId]).sort()).toEqual([
      ['manual', a.id, b.id],
      ['manual', b.id, c.id],
    ]);

    // And bad edits are refused: an unknown family, a repeated product, a product of another shop
    expect(
      (await call('PUT', '/api/upgrades/families/1-2', { productIds: [a.id, b.id], enabled: true })).status,
    ).toBe(404);
    expect(
      (
        await call('PUT', `/api/upgrades/families/${edited.body.family.id}`, {
          productIds: [a.id, a.id],
          enabled: true,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('PUT', `/api/upgrades/families/${edited.body.family.id}`, {
          productIds: [a.id, foreignProductId],
          enabled: true,
        })
      ).status,
    ).toBe(404);
  });
});
