import { Box, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../components/format';
import { TableScroll } from '../components/TableScroll';
import { BarChart } from './BarChart';

export interface ChartSeries {
  /** Key of the series (e.g. a status code). */
  key: string;
  /** Its name in the legend and the table's column header (translated). */
  label: string;
  color: string;
}

export interface ChartCategory {
  /** Key of the category (e.g. a working group's ID). */
  key: string;
  /** The table's row header (may be a link). */
  label: ReactNode;
  /** Short plain text for the chart's axis. */
  axisLabel: string;
}

interface ChartTableProps {
  /** The chart's title: its heading, the chart's accessible name and the table's caption. */
  title: string;
  /** Header of the table's first column (what the categories are). */
  categoryHeader: string;
  categories: ChartCategory[];
  series: ChartSeries[];
  /** The figure of one category in one series. */
  value: (category: string, series: string) => number;
  /** Stack the series in one bar per category. */
  stacked?: boolean;
  /** Add a "Total" column to the table. */
  withTotal?: boolean;
  testId?: string;
  /** Level of the chart's heading. */
  order?: 3 | 4;
}

/** A bar chart with the same figures beside it as a real table, so that they can be read
 * without seeing the chart (screen readers, keyboard, print). */
export function ChartTable({ title, categoryHeader, categories, series, value, stacked = false, withTotal = false, testId, order = 3 }: ChartTableProps) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const headingId = useId();
  const tableId = useId();
  const longLabels = categories.some((c) => c.axisLabel.length > 12);
  const data = categories.map((category) => ({
    category: category.axisLabel,
    values: Object.fromEntries(series.map((s) => [s.key, value(category.key, s.key)])),
  }));
  return (
    <Box component="section" aria-labelledby={headingId} data-testid={testId}>
      <Title order={order} size="h5" id={headingId} mb="xs">
        {title}
      </Title>
      {categories.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('dashboard:noData')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Box role="img" aria-label={t('dashboard:chartLabel', { title })} aria-describedby={tableId} data-testid="chart">
            <BarChart
              height={longLabels ? Math.max(160, categories.length * 56 + 70) : 220}
              rows={data}
              series={series}
              stacked={stacked}
              orientation={longLabels ? 'across' : 'up'}
              format={format.number}
            />
          </Box>
          <TableScroll>
            <Table id={tableId} withTableBorder withColumnBorders data-testid={testId ? `${testId}-table` : undefined}>
              <caption className="visually-hidden">{t('dashboard:tableCaption', { title })}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{categoryHeader}</Table.Th>
                  {series.map((s) => (
                    <Table.Th scope="col" key={s.key} ta="right">
                      {s.label}
                    </Table.Th>
                  ))}
                  {withTotal && (
                    <Table.Th scope="col" ta="right">
                      {t('dashboard:total')}
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {categories.map((category) => (
                  <Table.Tr key={category.key} data-category={category.key}>
                    <Table.Th scope="row" fw={500}>
                      {category.label}
                    </Table.Th>
                    {series.map((s) => (
                      <Table.Td key={s.key} ta="right" data-series={s.key}>
                        {format.number(value(category.key, s.key))}
                      </Table.Td>
                    ))}
                    {withTotal && (
                      <Table.Td ta="right" data-series="total">
                        {format.number(series.reduce((sum, s) => sum + value(category.key, s.key), 0))}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </SimpleGrid>
      )}
    </Box>
  );
}
