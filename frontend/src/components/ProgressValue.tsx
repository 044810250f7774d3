import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from './format';

/** A 0–100 progress as a named progress bar with its figure beside it; "—" when null. */
export function ProgressValue({ value, name, miw = 120 }: { value: number | null | undefined; name: string; miw?: number }) {
  const { t } = useTranslation(['dashboard', 'common']);
  const format = useFormat();
  if (value === null || value === undefined) return <Text size="sm">{t('common:none')}</Text>;
  return (
    <Group gap="xs" wrap="nowrap" miw={miw}>
      <Progress value={value} aria-label={t('dashboard:progressOf', { name })} color="indigo.8" style={{ flex: 1 }} />
      <Text size="sm" fw={500} miw="3.5em" ta="right">
        {format.percent(value)}
      </Text>
    </Group>
  );
}
