// A small SVG bar chart (grouped or stacked, bars up or across), drawn by hand: the charting
// libraries weigh more than the rest of the dashboard together. The figures are also in the
// table beside the chart (ChartTable), so the drawing is hidden from screen readers.
import { Box, Group, Text, getThemeColor, useMantineTheme } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';

export interface BarSeries {
  key: string;
  label: string;
  /** A Mantine colour (`indigo.8`) or a CSS colour. */
  color: string;
}

export interface BarRow {
  /** Short text for the axis. */
  category: string;
  values: Record<string, number>;
}

interface BarChartProps {
  rows: BarRow[];
  series: BarSeries[];
  height: number;
  /** One bar per category with the series on top of each other. */
  stacked?: boolean;
  /** `across`: categories down the left, bars growing to the right (for long labels). */
  orientation?: 'up' | 'across';
  /** Width of the category labels when the bars go across. */
  labelWidth?: number;
  format: (value: number) => string;
}

/** Round ticks from 0 to at least `max`: steps of 1, 2 or 5 × 10ⁿ, whole numbers only. */
export function ticks(max: number, wanted = 4): number[] {
  const raw = Math.max(1, max) / wanted;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? power * 10);
  const top = Math.max(step, Math.ceil(Math.max(1, max) / step) * step);
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

const AXIS = 28;
const GAP = 0.25;

export function BarChart({ rows, series, height, stacked = false, orientation = 'up', labelWidth = 170, format }: BarChartProps) {
  const theme = useMantineTheme();
  const { ref, width } = useElementSize();
  const color = (s: BarSeries) => getThemeColor(s.color, theme);
  const totals = rows.map((row) => (stacked ? series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0) : Math.max(0, ...series.map((s) => row.values[s.key] ?? 0))));
  const scale = ticks(Math.max(0, ...totals));
  const top = scale[scale.length - 1] ?? 1;
  const across = orientation === 'across';
  const left = across ? labelWidth : 40;
  const plotWidth = Math.max(0, width - left - 8);
  const plotHeight = height - AXIS - 8;
  const band = (across ? plotHeight : plotWidth) / Math.max(1, rows.length);
  const length = (value: number) => (value / top) * (across ? plotWidth : plotHeight);

  const bars = rows.flatMap((row, index) => {
    const start = index * band + (band * GAP) / 2;
    const thickness = band * (1 - GAP);
    let offset = 0;
    return series.map((s, sIndex) => {
      const value = row.values[s.key] ?? 0;
      const size = length(value);
      const each = stacked ? thickness : thickness / series.length;
      const at = stacked ? start : start + sIndex * each;
      const base = stacked ? offset : 0;
      offset += size;
      const rect = across
        ? { x: left + base, y: 8 + at, width: size, height: each }
        : { x: left + at, y: 8 + plotHeight - base - size, width: each, height: size };
      return <rect key={`${row.category}-${s.key}`} {...rect} fill={color(s)} />;
    });
  });

  return (
    <Box>
      <Box ref={ref} h={height} data-testid="bar-chart">
        {width > 0 && (
          <svg width={width} height={height} aria-hidden="true" focusable="false" style={{ display: 'block' }}>
            {scale.map((tick) => {
              const at = length(tick);
              return across ? (
                <g key={tick}>
                  <line x1={left + at} x2={left + at} y1={8} y2={8 + plotHeight} stroke="var(--mantine-color-gray-3)" />
                  <text x={left + at} y={height - 10} textAnchor="middle" fontSize={12} fill="var(--mantine-color-dark-6)">
                    {format(tick)}
                  </text>
                </g>
              ) : (
                <g key={tick}>
                  <line x1={left} x2={left + plotWidth} y1={8 + plotHeight - at} y2={8 + plotHeight - at} stroke="var(--mantine-color-gray-3)" />
                  <text x={left - 6} y={8 + plotHeight - at + 4} textAnchor="end" fontSize={12} fill="var(--mantine-color-dark-6)">
                    {format(tick)}
                  </text>
                </g>
              );
            })}
            {bars}
            {rows.map((row, index) =>
              across ? (
                <text key={row.category} x={left - 6} y={8 + index * band + band / 2 + 4} textAnchor="end" fontSize={12} fill="var(--mantine-color-dark-6)">
                  {row.category}
                </text>
              ) : (
                <text key={row.category} x={left + index * band + band / 2} y={height - 10} textAnchor="middle" fontSize={12} fill="var(--mantine-color-dark-6)">
                  {row.category}
                </text>
              ),
            )}
          </svg>
        )}
      </Box>
      {series.length > 1 && (
        <Group gap="sm" justify="center" mt={4} aria-hidden="true">
          {series.map((s) => (
            <Group key={s.key} gap={4} wrap="nowrap">
              <Box w={10} h={10} bg={color(s)} style={{ borderRadius: 2 }} />
              <Text size="xs" c="dark.6">
                {s.label}
              </Text>
            </Group>
          ))}
        </Group>
      )}
    </Box>
  );
}
