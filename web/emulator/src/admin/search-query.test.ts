import { describe, expect, it } from '@jest/globals';
import { parseSearchQuery } from './search-query.js';

describe('parseSearchQuery', () => {
  it('reads fields, comparators, quotes, negation and OR groups', () => {
    // Given the forms Shopify's search syntax documents; When parsed; Then each term keeps its parts
    expect(parseSearchQuery("updated_at:>'2025-01-01T00:00:00Z' status:active,draft")).toEqual([
      [
        { field: 'updated_at', comparator: '>', value: '2025-01-01T00:00:00Z', negated: false },
        { field: 'status', comparator: ':', value: 'active,draft', negated: false },
      ],
    ]);
    expect(parseSearchQuery('created_at:>=2025-01-01 AND NOT tag:sale OR -id:5 shirt')).toEqual([
      [
        { field: 'created_at', comparator: '>=', value: '2025-01-01', negated: false },
        { field: 'tag', comparator: ':', value: 'sale', negated: true },
      ],
      [
        { field: 'id', comparator: ':', value: '5', negated: true },
        { field: null, comparator: ':', value: 'shirt', negated: false },
      ],
    ]);
  });

  it('returns no groups for an empty query', () => {
    expect(parseSearchQuery('   ')).toEqual([]);
  });
});
