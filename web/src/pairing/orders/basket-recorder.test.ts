import { describe, expect, it } from '@jest/globals';
import { BasketRecorder } from './basket-recorder.js';

describe('BasketRecorder', () => {
  it('keeps the baskets within its size range as a log, and the newest time of every basket seen', () => {
    // Given baskets of 1 to 4 products, the newest of them too small to keep
    const recorder = new BasketRecorder(2, 3);
    recorder.add([1, 2], 10);
    recorder.add([3, 4, 5, 6], 20);
    recorder.add([7, 8, 9], Number.NaN);
    recorder.add([1], 30);
    // Then the log holds the 2- and 3-product baskets, in order, and the reference time is 30
    const log = recorder.log();
    expect(log.count).toBe(2);
    expect([...log.start]).toEqual([0, 2, 5]);
    expect([...log.items]).toEqual([1, 2, 7, 8, 9]);
    expect([...log.createdAt]).toEqual([10, Number.NaN]);
    expect(recorder.newest).toBe(30);
  });
});
