/** The daily chart's drawing in numbers, apart from React so it can be checked without a browser. */
export const CHART = { width: 640, height: 180, pad: 24 } as const;

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Where each day's value sits (null for days without data). A single day is drawn in the middle: with one point
 * there is no step between days, and a line needs two points, so the chart marks every point as well.
 */
export function chartPoints(values: readonly (number | null)[], max: number): (ChartPoint | null)[] {
  const { width, height, pad } = CHART;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  return values.map((value, index) => {
    if (value === null) return null;
    const x = values.length === 1 ? width / 2 : pad + index * step;
    const y = height - pad - (max > 0 ? (value / max) * (height - 2 * pad) : 0);
    return { x, y };
  });
}

/** An SVG path through the points, broken at days without data. */
export function chartPath(points: readonly (ChartPoint | null)[]): string {
  let d = '';
  let drawing = false;
  for (const point of points) {
    if (point === null) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${point.x.toFixed(1)},${point.y.toFixed(1)}`;
    drawing = true;
  }
  return d;
}
