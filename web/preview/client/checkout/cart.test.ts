import { describe, expect, it } from '@jest/globals';
import { applyCartChange, type CartLineState } from './cart.js';

const tandem = [{ key: '_tandem', value: '1:xsell:treatment:1-2' }];
const line = (
  id: string,
  variantId: string,
  quantity = 1,
  attributes: CartLineState['attributes'] = [],
): CartLineState => ({ id, variantId, quantity, attributes });
const ids = () => {
  let next = 0;
  return () => `line-new-${(next += 1)}`;
};

describe('applyCartChange', () => {
  it('adds a new line, or merges into the line with the same variant and attributes', () => {
    // Given a cart with one plain line
    const cart = [line('a', 'v1')];
    // When the same variant is added plainly, and then from an offer (with its attribute)
    const merged = applyCartChange(cart, { type: 'addCartLine', merchandiseId: 'v1', quantity: 2 }, ids());
    const separate = applyCartChange(
      cart,
      { type: 'addCartLine', merchandiseId: 'v1', quantity: 1, attributes: tandem },
      ids(),
    );
    // Then the first merges and the second is its own line, attribute kept
    expect(merged).toEqual({ kind: 'ok', lines: [line('a', 'v1', 3)] });
    expect(separate).toEqual({ kind: 'ok', lines: [line('a', 'v1'), line('line-new-1', 'v1', 1, tandem)] });
  });

  it('changes a line in place on update, keeping what the change does not name', () => {
    // Given a line with quantity 2 and an attribute
    const cart = [line('a', 'v1', 2, tandem)];
    // When it is upgraded to another variant
    const upgraded = applyCartChange(cart, { type: 'updateCartLine', id: 'a', merchandiseId: 'v2' }, ids());
    // Then the same line holds the new variant, quantity and attribute unchanged
    expect(upgraded).toEqual({ kind: 'ok', lines: [line('a', 'v2', 2, tandem)] });
  });

  it('removes part or all of a line, and refuses unknown lines and bad quantities', () => {
    // Given a line of three
    const cart = [line('a', 'v1', 3)];
    // When quantities are removed, or a change names nothing real
    // Then the line shrinks, disappears, or the change is an error that says why
    expect(applyCartChange(cart, { type: 'removeCartLine', id: 'a', quantity: 1 }, ids())).toEqual({
      kind: 'ok',
      lines: [line('a', 'v1', 2)],
    });
    expect(applyCartChange(cart, { type: 'removeCartLine', id: 'a', quantity: 3 }, ids())).toEqual({
      kind: 'ok',
      lines: [],
    });
    expect(applyCartChange(cart, { type: 'updateCartLine', id: 'zz', quantity: 1 }, ids())).toEqual({
      kind: 'error',
      message: 'no cart line zz',
    });
    expect(applyCartChange(cart, { type: 'addCartLine', merchandiseId: 'v2', quantity: 0 }, ids())).toEqual({
      kind: 'error',
      message: 'quantity must be a whole number of at least 1',
    });
    expect(applyCartChange(cart, { type: 'updateCartLine', id: 'a', quantity: 1.5 }, ids())).toMatchObject({
      kind: 'error',
    });
  });
});
