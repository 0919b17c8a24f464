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
  const summary = series.map((line) => seriesSummary(line, format)).join('; ');
  const withData = days.flatMap((day, index) =>
    series.some((line) => line.values[index] != null) ? [{ day, index }] : [],
  );
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
      {/* The chart's text equivalent, for screen readers and anyone who wants the numbers. */}
      <details>
        <summary>
          <Text as="span" variant="bodySm">
            {`Show the figures (${withData.length} ${withData.length === 1 ? 'day' : 'days'} with data)`}
          </Text>
        </summary>
        <table
          style={{
            width: '100%',
            textAlign: 'left',
            fontSize: '0.8125rem',
            fontVariantNumeric: 'tabular-nums',
          }}
        >
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {series.map((line) => (
                <th key={line.label} scope="col">
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {withData.map(({ day, index }) => (
              <tr key={day}>
                <th scope="row">{day}</th>
                {series.map((line) => {
                  const value = line.values[index];
                  return <td key={line.label}>{value == null ? '—' : format(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </BlockStack>
  );
}

/** "Shown offers: 12 days with data, latest €1.20, highest €2.10": what the drawn line says, in words. */
function seriesSummary(line: ChartSeries, format: (value: number) => string): string {
  const values = line.values.filter((value): value is number => value !== null);
  const latest = values.at(-1);
  if (latest === undefined) return `${line.label}: no data yet`;
  return `${line.label}: ${values.length} ${values.length === 1 ? 'day' : 'days'} with data, latest ${format(latest)}, highest ${format(Math.max(...values))}`;
}
