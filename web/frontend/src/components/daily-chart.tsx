import { BlockStack, InlineStack, Text } from '@shopify/polaris';
import { CHART, chartPath, chartPoints } from './chart-geometry.js';

export interface ChartSeries {
  readonly label: string;
  readonly color: string;
  /** One value per day; null where there is no data (a gap, not a zero). */
  readonly values: readonly (number | null)[];
}

const { width: WIDTH, height: HEIGHT, pad: PAD } = CHART;

/**
 * A daily line chart in plain SVG at a fixed aspect ratio (no chart library: the admin stays small, and the
 * reserved box means no layout shift when data arrives). `format` labels the top of the scale.
 */
export function DailyChart({
  title,
  days,
  series,
  format,
}: {
  title: string;
  days: readonly string[];
  series: readonly ChartSeries[];
  format: (value: number) => string;
}) {
  const max = Math.max(
    0,
    ...series.flatMap((line) => line.values.filter((value): value is number => value !== null)),
  );
  const summary = series
    .map((line) => `${line.label}: ${line.values.filter((value) => value !== null).length} days with data`)
    .join('; ');
  return (
    <BlockStack gap="200">
      <InlineStack align="space-between" blockAlign="center">
        <Text as="h3" variant="headingSm">
          {title}
        </Text>
        <InlineStack gap="300">
          {series.map((line) => (
            <InlineStack key={line.label} gap="100" blockAlign="center">
              <svg width="12" height="12" aria-hidden="true">
                <rect width="12" height="12" rx="2" fill={line.color} />
              </svg>
              <Text as="span" variant="bodySm">
                {line.label}
              </Text>
            </InlineStack>
          ))}
        </InlineStack>
      </InlineStack>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ aspectRatio: `${WIDTH} / ${HEIGHT}`, display: 'block' }}
        role="img"
        aria-label={`${title}. ${summary}`}
      >
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} stroke="#d4d4d4" />
        <text x={PAD} y={PAD - 8} fontSize="11" fill="#616161">
          {format(max)}
        </text>
        <text x={PAD} y={HEIGHT - 6} fontSize="11" fill="#616161">
          {days[0] ?? ''}
        </text>
        <text x={WIDTH - PAD} y={HEIGHT - 6} fontSize="11" fill="#616161" textAnchor="end">
          {days.at(-1) ?? ''}
        </text>
        {series.map((line) => {
          const points = chartPoints(line.values, max);
          return (
            <g key={line.label}>
              <path d={chartPath(points)} fill="none" stroke={line.color} strokeWidth="2" />
              {points.map((point, index) =>
                point === null ? null : (
                  <circle key={days[index] ?? index} cx={point.x} cy={point.y} r="3" fill={line.color} />
                ),
              )}
            </g>
          );
        })}
      </svg>
    </BlockStack>
  );
}
