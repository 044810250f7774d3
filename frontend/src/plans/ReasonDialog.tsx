import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemsAlert } from '../errors/ProblemsAlert';
import { type MutationOutcome, useMutationProblems } from '../errors/useMutationProblems';

interface ReasonDialogProps {
  opened: boolean;
  title: string;
  /** What confirming does, in words. */
  message: string;
  /** The confirm button's text. */
  confirmLabel: string;
  /** Does the change with the reason given; the dialog shows its problems, or closes. */
  onConfirm: (reason: string) => Promise<MutationOutcome>;
  onClose: (done: boolean) => void;
}

/** A change of an agreed plan confirmed with its reason (removing a step or an objective):
 * the reason is required, and the API's problems are shown next to it. */
export function ReasonDialog({ opened, title, ...props }: ReasonDialogProps) {
  const { t } = useTranslation('common');
  return (
    <Modal opened={opened} onClose={() => props.onClose(false)} closeButtonProps={{ 'aria-label': t('common:close') }} title={title}>
      {opened && <ReasonForm title={title} {...props} />}
    </Modal>
  );
}

function ReasonForm({ title, message, confirmLabel, onConfirm, onClose }: Omit<ReasonDialogProps, 'opened'>) {
  const { t } = useTranslation(['plans', 'common']);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const problems = useMutationProblems({ reason: t('plans:replan.reason') });

  async function confirm(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const outcome = await onConfirm(reason.trim());
    setBusy(false);
    if (problems.check(outcome.result, outcome.userErrors)) onClose(true);
  }

  return (
    <form onSubmit={(e) => void confirm(e)} aria-label={title}>
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        <ProblemsAlert messages={problems.page} />
        <Textarea
          label={t('plans:replan.reason')}
          description={t('plans:replan.reasonHint')}
          required
          autosize
          minRows={2}
          data-autofocus
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={problems.field('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
