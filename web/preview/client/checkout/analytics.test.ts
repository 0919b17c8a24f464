import { describe, expect, it } from '@jest/globals';
import { AnalyticsBus } from './analytics.js';

describe('AnalyticsBus', () => {
  it('delivers events by name, also those published before the subscriber arrived, as copies', () => {
    // Given an event published before the pixel loaded
    const bus = new AnalyticsBus();
    const data = { offerId: 'a' };
    bus.publish('tandem:impression', data);
    const seen: unknown[] = [];

    // When the pixel subscribes and another event follows
    bus.subscribe('tandem:impression', (event) => seen.push(event.customData));
    bus.subscribe('tandem:add', (event) => seen.push(event.customData));
    bus.publish('tandem:add', { offerId: 'b' });

    // Then it got both, in order, and never the publisher's own object
    expect(seen).toEqual([{ offerId: 'a' }, { offerId: 'b' }]);
    expect(seen[0]).not.toBe(data);
  });
});
