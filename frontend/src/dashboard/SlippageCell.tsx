import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useSlippageTexts } from '../plans/slippage';

/** A late-steps table cell under an "Overdue" or a "Drift" heading: the slippage in words
 * ("Due 3 weeks ago, not done", "Moved 4 months later than the baseline"), none when zero.
 * `data-days` keeps the exact count for anything that sorts or compares. */
export function SlippageCell({ kind, days }: { kind: 'overdue' | 'drift'; days: number }) {
  const { t } = useTranslation('common');
  const texts = useSlippageTexts();
  const text = kind === 'overdue' ? texts.overdue(days) : texts.drift(days);
  if (!text)
    return (
      <Text size="sm" c="dimmed" data-testid={`${kind}-cell`} data-days={days}>
        {t('common:none')}
      </Text>
    );
  return (
    <Text size="sm" fw={600} c={kind === 'overdue' ? 'red.9' : 'grape.9'} data-testid={`${kind}-cell`} data-days={days}>
      {text}
    </Text>
  );
}
