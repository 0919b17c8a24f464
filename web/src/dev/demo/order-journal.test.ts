import { appendFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import type { EmulatedOrder, EmulatedProduct, ShopSeed } from '@tandem/emulator';
import { orderJournal, withPreviewOrders } from './order-journal.js';
import { useTempDirs } from './testing/temp-dirs.js';

const SHOP = 'journal-test.myshopify.com';

function order(id: number, variantId: string, quantity = 1): EmulatedOrder {
  return {
    id: `gid://shopify/Order/${id}`,
    name: `#${id}`,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    processedAt: '2026-11-20T10:00:00.000Z',
    cancelledAt: null,
    currencyCode: 'EUR',
    customerId: null,
    checkoutToken: `token-${id}`,
    subtotalPrice: '10.00',
    totalPrice: '10.00',
    totalRefunded: '0.00',
    lineItems: [
      {
        id: `gid://shopify/LineItem/${id}1`,
        productId: 'gid://shopify/Product/1',
        variantId,
        title: 'Tea',
        quantity,
        originalUnitPrice: '10.00',
        discountedTotal: '10.00',
        customAttributes: [{ key: '_tandem', value: '1:xsell:treatment:1-2' }],
      },
    ],
  };
}

function seedWith(orders: EmulatedOrder[]): ShopSeed {
  const product = {
    id: 'gid://shopify/Product/1',
    variants: [
      { id: 'gid://shopify/ProductVariant/11', inventoryQuantity: 10 },
      { id: 'gid://shopify/ProductVariant/12', inventoryQuantity: 5 },
    ],
  } as unknown as EmulatedProduct;
  return {
    shop: { domain: SHOP } as ShopSeed['shop'],
    collections: [],
    customers: [],
    products: [product],
    orders,
  };
}

describe('the preview order journal', () => {
  const tempDir = useTempDirs('tandem-journal-');

  it('reads back the orders of one shop in the order they were placed', async () => {
    // Given a journal with orders of two shops
    const dir = await tempDir();
    const journal = orderJournal(dir);
    await journal.append(SHOP, order(1, 'gid://shopify/ProductVariant/11'));
    await journal.append('other.myshopify.com', order(2, 'gid://shopify/ProductVariant/11'));
    await journal.append(SHOP, order(3, 'gid://shopify/ProductVariant/12'));

    // When the shop's orders are read
    const read = await journal.read(SHOP);

    // Then they come back whole, attributes included, without the other shop's
    expect(read.map((placed) => placed.id)).toEqual(['gid://shopify/Order/1', 'gid://shopify/Order/3']);
    expect(read[0]).toEqual(order(1, 'gid://shopify/ProductVariant/11'));
  });

  it('has nothing to replay before the first order', async () => {
    // Given an empty data directory
    const dir = await tempDir();
    // When it is read
    // Then there is nothing, and no error
    expect(await orderJournal(dir).read(SHOP)).toEqual([]);
  });

  it('names the file and line of a damaged entry', async () => {
    // Given a journal whose second line is not an order
    const dir = await tempDir();
    const journal = orderJournal(dir);
    await journal.append(SHOP, order(1, 'gid://shopify/ProductVariant/11'));
    await appendFile(journal.file, '{"shop":"x"}\n');

    // When it is read
    // Then the error says where, and how to recover
    await expect(journal.read(SHOP)).rejects.toThrow(
      `${journal.file}:2: not an order written by the checkout preview; remove the line or start with --reset`,
    );
  });

  it('replays orders into the seed and takes their quantities from stock, once', () => {
    // Given a seed and two journal orders, one of which the seed already holds
    const existing = order(1, 'gid://shopify/ProductVariant/11', 2);
    const seed = seedWith([existing]);

    // When the journal is replayed
    const replayed = withPreviewOrders(seed, [existing, order(2, 'gid://shopify/ProductVariant/12', 3)]);

    // Then only the new order is added and the stock of both lines' variants goes down
    expect(replayed.orders.map((placed) => placed.id)).toEqual([
      'gid://shopify/Order/1',
      'gid://shopify/Order/2',
    ]);
    expect(replayed.products[0]?.variants.map((variant) => variant.inventoryQuantity)).toEqual([8, 2]);
    expect(seed.products[0]?.variants.map((variant) => variant.inventoryQuantity)).toEqual([10, 5]);
    expect(withPreviewOrders(seed, [])).toBe(seed);
  });
});
