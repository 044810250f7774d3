import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { downloadErrorCode, downloadFile } from '../components/download';
import { notify } from '../components/notify';
import { describeCode } from '../errors/problems';

/** Downloads `/api/reports/steps.csv`: every step of the plans the viewer may read, with its
 * status and lateness (everyone signed in may; the server picks the plans). */
export function StepsCsvButton() {
  const { t } = useTranslation(['dashboard', 'common']);
  const today = new Date().toISOString().slice(0, 10);
  const fail = (error: unknown) => notify(describeCode(t, downloadErrorCode(error)), { color: 'red.9', title: t('common:error') });
  return (
    <Group gap="xs" data-testid="steps-csv">
      <Button size="xs" variant="default" onClick={() => void downloadFile('/api/reports/steps.csv', `steps-${today}.csv`).catch(fail)}>
        {t('dashboard:downloadSteps')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('dashboard:downloadStepsHint')}
      </Text>
    </Group>
  );
}
