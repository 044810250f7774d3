import { Group, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { firstDay, parsePartialDate } from './partialDate';

type Precision = 'year' | 'month' | 'day';
const PRECISIONS: Precision[] = ['year', 'month', 'day'];

/** The precision of a well-formed partial date, else null. */
export function precisionOf(value: string): Precision | null {
  const parsed = parsePartialDate(value);
  if (!parsed) return null;
  return parsed.day !== undefined ? 'day' : parsed.month !== undefined ? 'month' : 'year';
}

/** `day` (YYYY-MM-DD) cut to `precision`. */
export function atPrecision(day: string, precision: Precision): string {
  return precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day;
}

interface PartialDateFieldProps {
  label: string;
  /** The calendar's label. */
  pickLabel: string;
  /** The precision switch's label. */
  precisionLabel: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** A step date: typed as YYYY, YYYY-MM or YYYY-MM-DD, or picked on a calendar; the precision
 * switch keeps a year or a month when the plan says no more (picking a day keeps it). */
export function PartialDateField({ label, pickLabel, precisionLabel, value, onChange, error }: PartialDateFieldProps) {
  const { t } = useTranslation('plans');
  const precision = precisionOf(value);
  return (
    <Stack gap={4}>
      <TextInput label={label} description={t('plans:dateFormat')} value={value} onChange={(e) => onChange(e.currentTarget.value)} error={error} />
      <Group gap="xs" align="flex-end">
        <TextInput
          type="date"
          size="xs"
          label={pickLabel}
          value={precision ? (firstDay(value) ?? '') : ''}
          onChange={(e) => e.currentTarget.value && onChange(atPrecision(e.currentTarget.value, precision ?? 'day'))}
        />
        <div role="group" aria-label={precisionLabel}>
          <SegmentedControl
            size="xs"
            disabled={!precision}
            value={precision ?? 'day'}
            onChange={(next) => {
              const day = firstDay(value);
              if (day) onChange(atPrecision(day, next as Precision));
            }}
            data={PRECISIONS.map((p) => ({ value: p, label: t(`plans:precision.${p}`) }))}
          />
        </div>
      </Group>
    </Stack>
  );
}
