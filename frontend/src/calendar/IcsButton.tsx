import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { downloadErrorCode, downloadFile } from '../components/download';
import { notify } from '../components/notify';
import { describeCode } from '../errors/problems';

interface IcsButtonProps {
  /** What the file holds. */
  kind: 'calls' | 'webinars' | 'events';
  /** Its global ID. */
  id: string;
  /** Names the entry for screen readers ("Add to calendar: …"). */
  name: string;
}

/** Downloads one call, webinar or event as an `.ics` file to add to a calendar. */
export function IcsButton({ kind, id, name }: IcsButtonProps) {
  const { t } = useTranslation(['calendar', 'common']);
  async function download() {
    try {
      await downloadFile(`/api/calendar/${kind}/${id}.ics`, `${kind.slice(0, -1)}.ics`);
    } catch (error) {
      notify(describeCode(t, downloadErrorCode(error)), { color: 'red.9', title: t('common:error') });
    }
  }
  return (
    <Button size="compact-sm" variant="default" onClick={() => void download()} aria-label={t('calendar:addNamed', { name })}>
      {t('calendar:add')}
    </Button>
  );
}
