/** discountAutomaticBxgyCreate / Update, discountAutomaticDelete, automaticDiscountNode and the BXGY types. */
import type { BxgyDiscountRecord, BxgyItems } from '../state/records.js';
import type { ResolverMap } from '../engine/field-resolver.js';
import { assertRootAccess } from './access-scopes.js';
import { applyBxgy } from './bxgy-apply.js';
import type { BxgyInput } from './bxgy-input.js';
import { paginate, type ConnectionArgs } from './connection.js';
import type { AdminContext } from './context.js';
import { withTypename } from './lookup.js';
import { discountStatus } from '../state/discount-status.js';
import { numericId } from '../state/gid.js';

const node = (record: BxgyDiscountRecord | undefined): object | null =>
  record ? { id: record.nodeId, record } : null;
const recordOf = (source: unknown): BxgyDiscountRecord => source as BxgyDiscountRecord;

function items(value: BxgyItems): object {
  return value.collectionIds.length > 0 && value.productIds.length + value.variantIds.length === 0
    ? withTypename({ collectionIds: value.collectionIds }, 'DiscountCollections')
    : withTypename({ productIds: value.productIds, variantIds: value.variantIds }, 'DiscountProducts');
}

export const discountResolvers: ResolverMap<AdminContext> = {
  Mutation: {
    discountAutomaticBxgyCreate: (_s, args, ctx) => {
      assertRootAccess('discountAutomaticBxgyCreate', ctx);
      const { record, userErrors } = applyBxgy(args['automaticBxgyDiscount'] as BxgyInput, ctx);
      return { automaticDiscountNode: node(record), userErrors };
    },
    discountAutomaticBxgyUpdate: (_s, args, ctx) => {
      assertRootAccess('discountAutomaticBxgyUpdate', ctx);
      const existing = ctx.shop.discounts.get(String(args['id']));
      if (!existing)
        return {
          automaticDiscountNode: null,
          userErrors: [{ field: ['id'], message: 'Discount does not exist', code: 'INVALID' }],
        };
      const { record, userErrors } = applyBxgy(args['automaticBxgyDiscount'] as BxgyInput, ctx, existing);
      return { automaticDiscountNode: node(record), userErrors };
    },
    discountAutomaticDelete: (_s, args, ctx) => {
      assertRootAccess('discountAutomaticDelete', ctx);
      const id = String(args['id']);
      if (!ctx.shop.discounts.delete(id))
        return {
          deletedAutomaticDiscountId: null,
          userErrors: [{ field: ['id'], message: 'Discount does not exist', code: 'INVALID' }],
        };
      return { deletedAutomaticDiscountId: id, userErrors: [] };
    },
  },
  QueryRoot: {
    automaticDiscountNode: (_s, args, ctx) => {
      assertRootAccess('automaticDiscountNode', ctx);
      return node(ctx.shop.discounts.get(String(args['id'])));
    },
  },
  DiscountAutomaticNode: {
    id: (s) => (s as { id: string }).id,
    automaticDiscount: (s) =>
      withTypename((s as { record: BxgyDiscountRecord }).record, 'DiscountAutomaticBxgy'),
  },
  DiscountAutomaticBxgy: {
    status: (s, _a, ctx) => discountStatus(recordOf(s), ctx.nowMs()),
    summary: (s) => {
      const { buys, gets } = recordOf(s);
      const effect =
        gets.percentage !== null
          ? gets.percentage === 1
            ? 'free'
            : `${Math.round(gets.percentage * 100)}% off`
          : `${gets.amount} off`;
      return `Buy ${buys.quantity ?? `items worth ${buys.amount}`}, get ${gets.quantity} ${effect}`;
    },
    discountClass: () => 'PRODUCT',
    discountClasses: () => ['PRODUCT'],
    combinesWith: (s) => ({ ...recordOf(s).combinesWith }),
    asyncUsageCount: () => 0,
    usageCount: () => 0,
    customerBuys: (s) => {
      const { buys } = recordOf(s);
      const value =
        buys.quantity !== null
          ? withTypename({ quantity: String(buys.quantity) }, 'DiscountQuantity')
          : withTypename({ amount: buys.amount }, 'DiscountPurchaseAmount');
      return { isOneTimePurchase: true, isSubscription: false, items: items(buys.items), value };
    },
    customerGets: (s, _a, ctx) => {
      const { gets } = recordOf(s);
      const effect =
        gets.percentage !== null
          ? withTypename({ percentage: gets.percentage }, 'DiscountPercentage')
          : withTypename(
              {
                amount: { amount: gets.amount, currencyCode: ctx.shop.shop.currencyCode },
                appliesOnEachItem: false,
              },
              'DiscountAmount',
            );
      const value = withTypename(
        { quantity: { quantity: String(gets.quantity) }, effect },
        'DiscountOnQuantity',
      );
      return {
        appliesOnOneTimePurchase: true,
        appliesOnSubscription: false,
        items: items(gets.items),
        value,
      };
    },
  },
  DiscountProducts: {
    products: (s, args, ctx) =>
      paginate(
        (s as { productIds: string[] }).productIds.flatMap((id) => ctx.shop.products.get(id) ?? []),
        args as ConnectionArgs,
        (p) => numericId(p.id),
        ctx,
      ),
    productVariants: (s, args, ctx) =>
      paginate(
        (s as { variantIds: string[] }).variantIds.flatMap((id) => ctx.shop.variants.get(id) ?? []),
        args as ConnectionArgs,
        (v) => numericId(v.id),
        ctx,
      ),
  },
  DiscountCollections: {
    collections: (s, args, ctx) =>
      paginate(
        (s as { collectionIds: string[] }).collectionIds.flatMap((id) => ctx.shop.collections.get(id) ?? []),
        args as ConnectionArgs,
        (c) => numericId(c.id),
        ctx,
      ),
  },
};
