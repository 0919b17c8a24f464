import { describe, expect, it } from '@jest/globals';
import { CHART, chartPath, chartPoints } from './chart-geometry.js';

describe('daily chart geometry', () => {
  it('draws one day of data as a point in the middle, not an empty chart', () => {
    const points = chartPoints([1_500], 1_500);
    expect(points).toEqual([{ x: CHART.width / 2, y: CHART.pad }]);
  });

  it('spreads days over the width and breaks the line where a day has no data', () => {
    const points = chartPoints([100, null, 50], 100);
    expect(points.map((point) => point?.x ?? null)).toEqual([CHART.pad, null, CHART.width - CHART.pad]);
    expect(points[2]?.y).toBe(CHART.height - CHART.pad - (CHART.height - 2 * CHART.pad) / 2);
    // Two separate starts (M), no segment across the gap
    expect(chartPath(points).match(/M/g)).toHaveLength(2);
    expect(chartPath(points)).not.toContain('L');
  });
});
