/** Turn a validated BxgyInput into a stored discount (create) or patch one in place (update). */
import type { BxgyDiscountRecord, DiscountCombinesWith } from '../state/records.js';
import type { AdminContext } from './context.js';
import {
  parseItems,
  positiveQuantity,
  type BxgyInput,
  type DiscountUserError,
  type Fail,
} from './bxgy-input.js';

const ROOT = 'automaticBxgyDiscount';

export function applyBxgy(
  input: BxgyInput,
  ctx: AdminContext,
  existing?: BxgyDiscountRecord,
): { record?: BxgyDiscountRecord; userErrors: DiscountUserError[] } {
  const userErrors: DiscountUserError[] = [];
  const fail: Fail = (path, code, message) => userErrors.push({ field: [ROOT, ...path], message, code });
  const creating = existing === undefined;
  const title = input.title ?? existing?.title ?? '';
  if ((creating || input.title !== undefined) && title.trim() === '')
    fail(['title'], 'BLANK', "Title can't be blank");
  const startsAt = input.startsAt ?? existing?.startsAt;
  if (!startsAt || Number.isNaN(Date.parse(startsAt)))
    fail(['startsAt'], 'BLANK', "Starts at can't be blank");
  const endsAt = input.endsAt === undefined ? (existing?.endsAt ?? null) : input.endsAt;
  if (startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt))
    fail(['endsAt'], 'END_DATE_BEFORE_START_DATE', 'Ends at needs to be after starts at');
  const limit =
    input.usesPerOrderLimit === undefined
      ? (existing?.usesPerOrderLimit ?? null)
      : input.usesPerOrderLimit === null
        ? null
        : Number(input.usesPerOrderLimit);
  if (limit !== null && !(Number.isInteger(limit) && limit >= 1))
    fail(['usesPerOrderLimit'], 'GREATER_THAN', 'Uses per order limit must be greater than 0');

  let buys = existing?.buys;
  if (creating || input.customerBuys) {
    const value = input.customerBuys?.value;
    const items = parseItems(input.customerBuys?.items, ['customerBuys', 'items'], ctx.shop, fail);
    const hasQuantity = value?.quantity != null;
    const hasAmount = value?.amount != null;
    if (hasQuantity === hasAmount)
      fail(
        ['customerBuys', 'value'],
        hasQuantity ? 'INVALID' : 'BLANK',
        'Set exactly one of quantity or amount for the items the customer buys.',
      );
    const quantity = hasQuantity
      ? positiveQuantity(value?.quantity, ['customerBuys', 'value', 'quantity'], fail)
      : null;
    const amount = hasAmount && Number(value?.amount) > 0 ? String(value?.amount) : null;
    if (hasAmount && amount === null)
      fail(['customerBuys', 'value', 'amount'], 'GREATER_THAN', 'Amount must be greater than 0');
    if (items) buys = { items, quantity: quantity ?? null, amount };
  }

  let gets = existing?.gets;
  if (creating || input.customerGets) {
    const onQuantity = input.customerGets?.value?.discountOnQuantity;
    const items = parseItems(input.customerGets?.items, ['customerGets', 'items'], ctx.shop, fail);
    if (!onQuantity)
      fail(
        ['customerGets', 'value'],
        'INVALID',
        'Buy X get Y discounts need customerGets.value.discountOnQuantity.',
      );
    const quantity = onQuantity
      ? positiveQuantity(
          onQuantity.quantity,
          ['customerGets', 'value', 'discountOnQuantity', 'quantity'],
          fail,
        )
      : undefined;
    const effect = onQuantity?.effect;
    const percentage = effect?.percentage ?? null;
    const amount = effect?.amount == null ? null : String(effect.amount);
    const effectPath = ['customerGets', 'value', 'discountOnQuantity', 'effect'];
    if ((percentage === null) === (amount === null))
      fail(effectPath, 'INVALID', 'Set exactly one of percentage or amount as the effect.');
    else if (percentage !== null && !(percentage > 0 && percentage <= 1))
      fail(
        [...effectPath, 'percentage'],
        'VALUE_OUTSIDE_RANGE',
        'Percentage must be between 0 and 1 (1 = free).',
      );
    else if (amount !== null && !(Number(amount) > 0))
      fail([...effectPath, 'amount'], 'GREATER_THAN', 'Amount must be greater than 0');
    if (items && quantity) gets = { items, quantity, percentage, amount };
  }

  // DiscountCombinesWithInput: every class defaults to false (GraphQL fills the defaults in, so an update that
  // sends combinesWith replaces it); an update without combinesWith keeps the stored one.
  const combinesWith: DiscountCombinesWith = {
    orderDiscounts: false,
    productDiscounts: false,
    shippingDiscounts: false,
    ...existing?.combinesWith,
  };
  for (const key of ['orderDiscounts', 'productDiscounts', 'shippingDiscounts'] as const) {
    const value = input.combinesWith?.[key];
    if (typeof value === 'boolean') combinesWith[key] = value;
  }

  if (userErrors.length > 0 || !buys || !gets || !startsAt) return { userErrors };
  const now = ctx.nowIso();
  if (existing) {
    Object.assign(existing, {
      title,
      startsAt,
      endsAt,
      buys,
      gets,
      usesPerOrderLimit: limit,
      combinesWith,
      updatedAt: now,
    });
    return { record: existing, userErrors };
  }
  const nodeId = ctx.shop.newId('DiscountAutomaticNode');
  const record: BxgyDiscountRecord = {
    id: nodeId.replace('DiscountAutomaticNode', 'DiscountAutomaticBxgy'),
    nodeId,
    title,
    startsAt,
    endsAt,
    buys,
    gets,
    usesPerOrderLimit: limit,
    combinesWith,
    createdAt: now,
    updatedAt: now,
  };
  ctx.shop.discounts.set(nodeId, record);
  return { record, userErrors };
}
