import { describe, expect, it } from '@jest/globals';
import { OrderIdLedger } from './order-id-ledger.js';

describe('OrderIdLedger', () => {
  it('remembers ascending ids, then any order after the first id out of order, and text ids apart', () => {
    const ledger = new OrderIdLedger();
    for (const id of [10, 20, 30]) ledger.add(id);
    expect([ledger.has(20), ledger.has(25), ledger.has(40)]).toEqual([true, false, false]);
    // An id below the last one switches to hashing; everything seen stays known
    ledger.add(15);
    ledger.add(5);
    expect([10, 15, 20, 30, 5].every((id) => ledger.has(id))).toBe(true);
    expect(ledger.has(25)).toBe(false);
    // Text ids (not plain numbers) are their own keys
    ledger.add('A-7');
    expect([ledger.has('A-7'), ledger.has('A-8'), ledger.has('10')]).toEqual([true, false, false]);
  });
});
