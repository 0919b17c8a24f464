import { describe, expect, it } from '@jest/globals';
import { dataOf, harness } from '../engine/__fixtures__/harness.js';

describe('webhook subscriptions', () => {
  it('stores subscriptions, lists them as shopify-api reads them and hands them to emu-http', async () => {
    const h = harness();
    // Given the inline style @shopify/shopify-api uses
    const created = dataOf(
      await h.admin(`mutation { webhookSubscriptionCreate(topic: ORDERS_CREATE, webhookSubscription: {callbackUrl: "https://app.example/webhooks", format: JSON}) {
      webhookSubscription { id topic uri } userErrors { field message } } }`),
    )['webhookSubscriptionCreate'] as { webhookSubscription: { id: string } };
    const listed = dataOf(
      await h.admin(
        `{ webhookSubscriptions(first: 10) { edges { node { id topic includeFields endpoint { __typename ... on WebhookHttpEndpoint { callbackUrl } } } } } }`,
      ),
    );
    expect(listed).toEqual({
      webhookSubscriptions: {
        edges: [
          {
            node: {
              id: created.webhookSubscription.id,
              topic: 'ORDERS_CREATE',
              includeFields: [],
              endpoint: { __typename: 'WebhookHttpEndpoint', callbackUrl: 'https://app.example/webhooks' },
            },
          },
        ],
      },
    });
    expect(h.engine.webhookSubscriptions('test-shop.myshopify.com')).toEqual([
      {
        id: created.webhookSubscription.id,
        topic: 'orders/create',
        uri: 'https://app.example/webhooks',
        format: 'JSON',
        includeFields: [],
      },
    ]);
  });

  it('refuses invalid and duplicate addresses, and deletes', async () => {
    const h = harness();
    const create = (uri: string) =>
      h.admin(
        `mutation { webhookSubscriptionCreate(topic: PRODUCTS_UPDATE, webhookSubscription: {uri: "${uri}"}) { webhookSubscription { id } userErrors { field message } } }`,
      );
    const invalid = dataOf(await create('ftp://nope'))['webhookSubscriptionCreate'];
    expect(invalid).toEqual({
      webhookSubscription: null,
      userErrors: [{ field: ['webhookSubscription', 'callbackUrl'], message: 'Address is invalid' }],
    });
    const ok = dataOf(await create('http://127.0.0.1:4000/hooks'))['webhookSubscriptionCreate'] as {
      webhookSubscription: { id: string };
    };
    const duplicate = dataOf(await create('http://127.0.0.1:4000/hooks'))['webhookSubscriptionCreate'] as {
      userErrors: { message: string }[];
    };
    expect(duplicate.userErrors[0]?.message).toBe('Address for this topic has already been taken');
    const deleted = dataOf(
      await h.admin(
        `mutation { webhookSubscriptionDelete(id: "${ok.webhookSubscription.id}") { deletedWebhookSubscriptionId userErrors { message } } }`,
      ),
    );
    expect(deleted).toEqual({
      webhookSubscriptionDelete: { deletedWebhookSubscriptionId: ok.webhookSubscription.id, userErrors: [] },
    });
    expect(h.engine.webhookSubscriptions('test-shop.myshopify.com')).toEqual([]);
  });
});
