import { describe, expect, it } from '@jest/globals';
import { dataOf, harness } from '../engine/__fixtures__/harness.js';

const CREATE = `mutation($input: DiscountAutomaticBxgyInput!) { discountAutomaticBxgyCreate(automaticBxgyDiscount: $input) {
  automaticDiscountNode { id automaticDiscount { __typename ... on DiscountAutomaticBxgy { title status startsAt endsAt summary
    customerBuys { value { ... on DiscountQuantity { quantity } } items { ... on DiscountProducts { products(first: 5) { nodes { id } } } } }
    customerGets { value { ... on DiscountOnQuantity { quantity { quantity } effect { ... on DiscountPercentage { percentage } } } } } } } }
  userErrors { field code message } } }`;

const valid = {
  title: 'Grinder + filters',
  startsAt: '2025-01-01T00:00:00Z',
  customerBuys: {
    items: { products: { productsToAdd: ['gid://shopify/Product/101'] } },
    value: { quantity: '1' },
  },
  customerGets: {
    items: { products: { productsToAdd: ['gid://shopify/Product/102'] } },
    value: { discountOnQuantity: { quantity: '1', effect: { percentage: 0.2 } } },
  },
};

type Payload = {
  automaticDiscountNode: { id: string; automaticDiscount: Record<string, unknown> } | null;
  userErrors: { field: string[]; code: string }[];
};

describe('automatic BXGY discounts', () => {
  it('creates a discount and reads it back', async () => {
    const h = harness();
    const payload = dataOf(await h.admin(CREATE, { input: valid }))['discountAutomaticBxgyCreate'] as Payload;
    expect(payload.userErrors).toEqual([]);
    expect(payload.automaticDiscountNode?.automaticDiscount).toEqual({
      __typename: 'DiscountAutomaticBxgy',
      title: 'Grinder + filters',
      status: 'ACTIVE',
      startsAt: '2025-01-01T00:00:00Z',
      endsAt: null,
      summary: 'Buy 1, get 1 20% off',
      customerBuys: {
        value: { quantity: '1' },
        items: { products: { nodes: [{ id: 'gid://shopify/Product/101' }] } },
      },
      customerGets: { value: { quantity: { quantity: '1' }, effect: { percentage: 0.2 } } },
    });
    expect(h.engine.snapshot('test-shop.myshopify.com').discounts).toBe(1);
  });

  it('validates the input with DiscountErrorCode user errors', async () => {
    const h = harness();
    const payload = dataOf(
      await h.admin(CREATE, {
        input: {
          ...valid,
          title: ' ',
          endsAt: '2024-12-31T00:00:00Z',
          customerBuys: { items: { all: true }, value: { quantity: '0' } },
          customerGets: {
            items: { products: { productsToAdd: ['gid://shopify/Product/999'] } },
            value: { discountOnQuantity: { quantity: '1', effect: { percentage: 1.5 } } },
          },
        },
      }),
    )['discountAutomaticBxgyCreate'] as Payload;
    expect(payload.automaticDiscountNode).toBeNull();
    expect(payload.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['automaticBxgyDiscount.title', 'BLANK'],
      ['automaticBxgyDiscount.endsAt', 'END_DATE_BEFORE_START_DATE'],
      ['automaticBxgyDiscount.customerBuys.items.all', 'INVALID'],
      ['automaticBxgyDiscount.customerBuys.value.quantity', 'GREATER_THAN'],
      ['automaticBxgyDiscount.customerGets.items', 'INVALID'],
      [
        'automaticBxgyDiscount.customerGets.value.discountOnQuantity.effect.percentage',
        'VALUE_OUTSIDE_RANGE',
      ],
    ]);
    expect(h.engine.snapshot('test-shop.myshopify.com').discounts).toBe(0);
  });

  it('updates and deletes, and needs write_discounts', async () => {
    const h = harness();
    const id = (dataOf(await h.admin(CREATE, { input: valid }))['discountAutomaticBxgyCreate'] as Payload)
      .automaticDiscountNode?.id;
    const update =
      await h.admin(`mutation { discountAutomaticBxgyUpdate(id: "${id}", automaticBxgyDiscount: { title: "Renamed", endsAt: "2025-01-15T00:00:00Z" }) {
      automaticDiscountNode { automaticDiscount { ... on DiscountAutomaticBxgy { title status } } } userErrors { code } } }`);
    expect(dataOf(update)['discountAutomaticBxgyUpdate']).toEqual({
      automaticDiscountNode: { automaticDiscount: { title: 'Renamed', status: 'EXPIRED' } },
      userErrors: [],
    });
    const denied = await h.admin(
      `mutation { discountAutomaticDelete(id: "${id}") { deletedAutomaticDiscountId } }`,
      {},
      ['read_products'],
    );
    expect(denied.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
    const deleted = dataOf(
      await h.admin(
        `mutation { discountAutomaticDelete(id: "${id}") { deletedAutomaticDiscountId userErrors { code } } }`,
      ),
    );
    expect(deleted['discountAutomaticDelete']).toEqual({ deletedAutomaticDiscountId: id, userErrors: [] });
    expect(h.engine.snapshot('test-shop.myshopify.com').discounts).toBe(0);
  });

  it('applies an active discount to orders created through the engine', async () => {
    // Given buy 1 of product 101, get 1 of product 102 at 20% off
    const h = harness();
    await h.admin(CREATE, { input: valid });
    // When a buyer orders both
    const order = h.engine.createOrder('test-shop.myshopify.com', {
      lines: [
        { variantId: 'gid://shopify/ProductVariant/10010', quantity: 1 },
        { variantId: 'gid://shopify/ProductVariant/10020', quantity: 2 },
      ],
    });
    // Then one unit of 102 (12.00) is 20% off: 24.00 − 2.40
    expect(order.lineItems.map((line) => line.discountedTotal)).toEqual(['11.00', '21.60']);
    expect(order.subtotalPrice).toBe('32.60');
  });
});

describe('discount combinations and how BXGY applies', () => {
  const SHOP = 'test-shop.myshopify.com';
  const variant = (id: number) => `gid://shopify/ProductVariant/${id}`;
  const bxgy = (gets: number, percentage: number, combinesWith?: Record<string, boolean>) => ({
    ...valid,
    title: `Buy 101, get ${gets}`,
    ...(combinesWith && { combinesWith }),
    customerGets: {
      items: { products: { productsToAdd: [`gid://shopify/Product/${gets}`] } },
      value: { discountOnQuantity: { quantity: '1', effect: { percentage } } },
    },
  });
  const COMBINES = `query($id: ID!) { automaticDiscountNode(id: $id) { automaticDiscount { ... on DiscountAutomaticBxgy {
    combinesWith { orderDiscounts productDiscounts shippingDiscounts } } } } }`;
  const combinesOf = async (h: ReturnType<typeof harness>, id: string) =>
    (
      dataOf(await h.admin(COMBINES, { id }))['automaticDiscountNode'] as {
        automaticDiscount: { combinesWith: Record<string, boolean> };
      }
    ).automaticDiscount.combinesWith;

  it('stores the combination settings and reports them back, all off by default', async () => {
    const h = harness();
    const created = async (input: unknown) =>
      (dataOf(await h.admin(CREATE, { input }))['discountAutomaticBxgyCreate'] as Payload)
        .automaticDiscountNode?.id ?? '';
    const plain = await created(valid);
    const stacking = await created(bxgy(103, 0.5, { productDiscounts: true, shippingDiscounts: true }));
    expect(await combinesOf(h, plain)).toEqual({
      orderDiscounts: false,
      productDiscounts: false,
      shippingDiscounts: false,
    });
    expect(await combinesOf(h, stacking)).toEqual({
      orderDiscounts: false,
      productDiscounts: true,
      shippingDiscounts: true,
    });
    // An update's combinesWith replaces the stored one: the input's fields default to false in the schema
    await h.admin(
      `mutation { discountAutomaticBxgyUpdate(id: "${stacking}", automaticBxgyDiscount: { combinesWith: { orderDiscounts: true } }) { userErrors { message } } }`,
    );
    expect(await combinesOf(h, stacking)).toEqual({
      orderDiscounts: true,
      productDiscounts: false,
      shippingDiscounts: false,
    });
  });

  it('discounts the cheapest qualifying unit', async () => {
    // Given buy 1 of product 101, get 1 of product 102 at 20% off
    const h = harness();
    await h.admin(CREATE, { input: valid });
    // When the cart holds 102 at 17.00 (listed first) and at 12.00
    const order = h.engine.createOrder(SHOP, {
      lines: [
        { variantId: variant(10010), quantity: 1 },
        { variantId: variant(10021), quantity: 1 },
        { variantId: variant(10020), quantity: 1 },
      ],
    });
    // Then the 12.00 unit gets the 20%
    expect(order.lineItems.map((line) => line.discountedTotal)).toEqual(['11.00', '17.00', '9.60']);
  });

  it('applies only the bigger saving when two discounts do not combine, both when they do', async () => {
    const lines = [10010, 10020, 10030].map((id) => ({ variantId: variant(id), quantity: 1 }));
    // Given two discounts on the same purchase: 20% off 102 (12.00) and 50% off 103 (13.00), not combining
    const apart = harness();
    await apart.admin(CREATE, { input: bxgy(102, 0.2) });
    await apart.admin(CREATE, { input: bxgy(103, 0.5) });
    // Then only the 50% applies
    expect(apart.engine.createOrder(SHOP, { lines }).lineItems.map((line) => line.discountedTotal)).toEqual([
      '11.00',
      '12.00',
      '6.50',
    ]);
    // Given the same two set to combine with product discounts
    const together = harness();
    await together.admin(CREATE, { input: bxgy(102, 0.2, { productDiscounts: true }) });
    await together.admin(CREATE, { input: bxgy(103, 0.5, { productDiscounts: true }) });
    // Then both apply, each to its own line
    const checkout = together.engine.upsertCheckout(SHOP, { token: 'stacked', lines });
    expect(checkout.lineItems.map((line) => line.discountedTotal)).toEqual(['11.00', '9.60', '6.50']);
  });
});
