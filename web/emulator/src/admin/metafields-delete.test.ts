import { describe, expect, it } from '@jest/globals';
import { ALL_SCOPES, dataOf, harness } from '../engine/__fixtures__/harness.js';

const SET = `mutation($metafields: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $metafields) {
  userErrors { field message } } }`;
const DELETE = `mutation($metafields: [MetafieldIdentifierInput!]!) { metafieldsDelete(metafields: $metafields) {
  deletedMetafields { ownerId namespace key } userErrors { field message } } }`;
const CUSTOMER = 'gid://shopify/Customer/70000';
// Customer metafields are written and deleted with write_customers.
const SCOPES = [...ALL_SCOPES, 'write_customers'];

describe('metafieldsDelete', () => {
  it('deletes a customer’s app metafield, and answers null for one that does not exist', async () => {
    const h = harness();
    const profile = { ownerId: CUSTOMER, namespace: '$app:tandem', key: 'profile' };
    expect(
      dataOf(await h.admin(SET, { metafields: [{ ...profile, type: 'json', value: '{"ver":1}' }] }, SCOPES)),
    ).toEqual({ metafieldsSet: { userErrors: [] } });
    const deleted = dataOf(
      await h.admin(
        DELETE,
        {
          metafields: [profile, { ...profile, ownerId: 'gid://shopify/Customer/70001' }],
        },
        SCOPES,
      ),
    );
    expect(deleted).toEqual({
      metafieldsDelete: {
        deletedMetafields: [{ ownerId: CUSTOMER, namespace: 'app--4242--tandem', key: 'profile' }, null],
        userErrors: [],
      },
    });
    expect(h.engine.metafield('test-shop.myshopify.com', CUSTOMER, '$app:tandem', 'profile')).toBeUndefined();
  });

  it('refuses a customer’s metafield without write_customers', async () => {
    const h = harness();
    const result = dataOf(
      await h.admin(DELETE, {
        metafields: [{ ownerId: CUSTOMER, namespace: '$app:tandem', key: 'profile' }],
      }),
    );
    expect((result['metafieldsDelete'] as { userErrors: unknown[] }).userErrors).toHaveLength(1);
  });

  it('refuses another app’s namespace and deletes nothing', async () => {
    const h = harness();
    const result = dataOf(
      await h.admin(DELETE, {
        metafields: [{ ownerId: CUSTOMER, namespace: 'app--1--other', key: 'profile' }],
      }),
    );
    expect(result).toEqual({
      metafieldsDelete: {
        deletedMetafields: null,
        userErrors: [
          {
            field: ['metafields', '0', 'namespace'],
            message: 'Access to this namespace and key on Metafields for this resource type is not allowed.',
          },
        ],
      },
    });
  });
});
