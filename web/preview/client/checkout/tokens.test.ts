import { describe, expect, it } from '@jest/globals';
import { armForCheckout } from '@tandem/offer-core';
import { checkoutTokenFor } from './tokens.js';

describe('checkoutTokenFor', () => {
  it('draws tokens whose hash puts them in the asked arm, as the backend will recompute', () => {
    // Given the shop's holdout share and salt
    const config = { holdoutShare: 0.1, salt: 'tandem-demo.myshopify.com' };
    // When tokens are drawn for each arm
    const control = checkoutTokenFor('control', config);
    const treatment = checkoutTokenFor('treatment', config);
    // Then the shared hash function agrees with the arm asked for
    if (control.kind !== 'token' || treatment.kind !== 'token') throw new Error('no token drawn');
    expect(armForCheckout(control.token, config)).toBe('control');
    expect(armForCheckout(treatment.token, config)).toBe('treatment');
    expect(control.token).toMatch(/^[0-9a-f]{32}$/);
  });

  it('says why no checkout can be held out when the holdout share is 0', () => {
    // Given a shop that holds out nothing
    // When a control checkout is asked for
    // Then there is none, with the reason
    expect(checkoutTokenFor('control', { holdoutShare: 0, salt: 's' })).toEqual({
      kind: 'impossible',
      reason: 'The holdout share is 0% (Settings), so no checkout is held out.',
    });
  });
});
