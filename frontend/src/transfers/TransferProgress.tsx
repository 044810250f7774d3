import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ProgressValue } from '../components/ProgressValue';
import { stepCounts } from './model';

/** An adopting action's progress: its bar and figure, and how many of its steps are done. */
export function TransferProgress({ progress, steps, name }: { progress: number | null | undefined; steps: Parameters<typeof stepCounts>[0]; name: string }) {
  const { t } = useTranslation('transfers');
  const { done, total } = stepCounts(steps);
  return (
    <Stack gap={2} miw={160}>
      <ProgressValue value={progress} name={name} />
      <Text size="xs" c="dimmed" data-testid="step-counts">
        {total === 0 ? t('transfers:noSteps') : t('transfers:steps', { count: total, done })}
      </Text>
    </Stack>
  );
}
