import { Box, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../components/format';

interface StepDecision {
  text: string;
  coordinationCall: { id: string; heldOn: string };
}

/** The decisions of coordination calls that concern a step, each with the day of its call. */
export function StepDecisions({ decisions }: { decisions: readonly StepDecision[] }) {
  const { t } = useTranslation('calls');
  const format = useFormat();
  if (decisions.length === 0) return null;
  return (
    <Box data-testid="step-decisions">
      <Text size="sm" fw={600}>
        {t('calls:stepDecisions')}
      </Text>
      <List size="sm">
        {decisions.map((d, index) => (
          <List.Item key={`${d.coordinationCall.id}-${index}`}>
            {d.text}{' '}
            <Text span size="xs" c="dimmed">
              ({t('calls:decidedAt', { date: format.day(d.coordinationCall.heldOn) })})
            </Text>
          </List.Item>
        ))}
      </List>
    </Box>
  );
}
