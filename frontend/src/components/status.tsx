// Step statuses: their order, colours and badge.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { StepStatus } from '../gql/graphql';

/** The statuses in the order a step goes through them (CANCELLED last). */
export const STEP_STATUSES: StepStatus[] = ['NOT_STARTED', 'ON_TRACK', 'DELAYED', 'DONE', 'CANCELLED'];

/** Dark shades: white badge text and chart bars keep WCAG AA contrast. */
export const STATUS_COLORS: Record<StepStatus, string> = {
  NOT_STARTED: 'gray.7',
  ON_TRACK: 'blue.8',
  // Darker than Mantine's orange.9, which is below 4.5:1 under white text.
  DELAYED: '#a63b00',
  DONE: 'teal.9',
  CANCELLED: 'grape.9',
};

export function StatusBadge({ status }: { status: StepStatus }) {
  const { t } = useTranslation('progress');
  return (
    <Badge color={STATUS_COLORS[status]} miw="max-content" data-testid="step-status">
      {t(`progress:statuses.${status}`)}
    </Badge>
  );
}
