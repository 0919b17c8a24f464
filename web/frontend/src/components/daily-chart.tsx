import { BlockStack, InlineStack, Text } from '@shopify/polaris';

export interface ChartSeries {
  readonly label: string;
  readonly color: string;
  /** One value per day; null where there is no data (a gap, not a zero). */
  readonly values: readonly (number | null)[];
}

const WIDTH = 640;
const HEIGHT = 180;
const PAD = 24;

function path(values: readonly (number | null)[], max: number): string {
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  let d = '';
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    const x = PAD + index * step;
    const y = HEIGHT - PAD - (max > 0 ? (value / max) * (HEIGHT - 2 * PAD) : 0);
    d += `${drawing ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
    drawing = true;
  });
  return d;
}

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
        {series.map((line) => (
          <path key={line.label} d={path(line.values, max)} fill="none" stroke={line.color} strokeWidth="2" />
        ))}
      </svg>
    </BlockStack>
  );
}
