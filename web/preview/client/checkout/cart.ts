/** The cart as checkout holds it, and the cart changes extensions may ask for (applyCartLinesChange). */
export interface Attribute {
  readonly key: string;
  readonly value: string;
}

export interface CartLineState {
  readonly id: string;
  readonly variantId: string;
  readonly quantity: number;
  readonly attributes: readonly Attribute[];
}

export type CartChange =
  | {
      readonly type: 'addCartLine';
      readonly merchandiseId: string;
      readonly quantity: number;
      readonly attributes?: readonly Attribute[];
    }
  | {
      readonly type: 'updateCartLine';
      readonly id: string;
      readonly merchandiseId?: string;
      readonly quantity?: number;
      readonly attributes?: readonly Attribute[];
    }
  | { readonly type: 'removeCartLine'; readonly id: string; readonly quantity: number };

export type ChangeOutcome =
  | { readonly kind: 'ok'; readonly lines: readonly CartLineState[] }
  | { readonly kind: 'error'; readonly message: string };

const sameAttributes = (a: readonly Attribute[], b: readonly Attribute[]): boolean =>
  a.length === b.length &&
  a.every((attribute, index) => attribute.key === b[index]?.key && attribute.value === b[index]?.value);

const positive = (quantity: unknown): quantity is number =>
  typeof quantity === 'number' && Number.isInteger(quantity) && quantity > 0;

/**
 * Applies one change as Shopify's cart does: adding a variant already in the cart with the same attributes
 * merges into that line; an update keeps what it does not name; removing the whole quantity drops the line.
 * Unknown lines and bad quantities are errors, as in checkout.
 */
export function applyCartChange(
  lines: readonly CartLineState[],
  change: CartChange,
  newLineId: () => string,
): ChangeOutcome {
  if (change.type === 'addCartLine') {
    if (!positive(change.quantity))
      return { kind: 'error', message: 'quantity must be a whole number of at least 1' };
    const attributes = change.attributes ?? [];
    const same = lines.find(
      (line) => line.variantId === change.merchandiseId && sameAttributes(line.attributes, attributes),
    );
    if (same)
      return {
        kind: 'ok',
        lines: lines.map((line) =>
          line === same ? { ...line, quantity: line.quantity + change.quantity } : line,
        ),
      };
    return {
      kind: 'ok',
      lines: [
        ...lines,
        { id: newLineId(), variantId: change.merchandiseId, quantity: change.quantity, attributes },
      ],
    };
  }
  const target = lines.find((line) => line.id === change.id);
  if (!target) return { kind: 'error', message: `no cart line ${change.id}` };
  if (change.type === 'removeCartLine') {
    if (!positive(change.quantity))
      return { kind: 'error', message: 'quantity must be a whole number of at least 1' };
    const left = target.quantity - change.quantity;
    return {
      kind: 'ok',
      lines:
        left > 0
          ? lines.map((line) => (line === target ? { ...line, quantity: left } : line))
          : lines.filter((line) => line !== target),
    };
  }
  if (change.quantity !== undefined && !positive(change.quantity))
    return { kind: 'error', message: 'quantity must be a whole number of at least 1' };
  const updated: CartLineState = {
    id: target.id,
    variantId: change.merchandiseId ?? target.variantId,
    quantity: change.quantity ?? target.quantity,
    attributes: change.attributes ?? target.attributes,
  };
  return { kind: 'ok', lines: lines.map((line) => (line === target ? updated : line)) };
}
