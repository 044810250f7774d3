import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { SetBaselineMutation } from './mutations';

interface SetBaselineButtonProps {
  plan: { id: string; version: number; baselines: readonly { number: number }[] };
  onChanged: () => void;
}

/** "Set new baseline" (the coordinator, on an adopted or implementing plan): the steps'
 * current dates become the next baseline, with an optional note. */
export function SetBaselineButton({ plan, onChanged }: SetBaselineButtonProps) {
  const { t } = useTranslation(['plans', 'common']);
  const [opened, { open, close }] = useDisclosure();
  const [note, setNote] = useState('');
  const [state, setBaseline] = useMutation(SetBaselineMutation);
  const problems = useMutationProblems({ note: t('plans:baseline.note') });
  const number = (plan.baselines.at(-1)?.number ?? 0) + 1;

  function ask() {
    setNote('');
    problems.clear();
    open();
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    const result = await setBaseline({ input: { actionPlanId: plan.id, expectedVersion: plan.version, note: note.trim() || null } });
    if (problems.check(result, result.data?.setPlanBaseline.userErrors)) {
      close();
      notify(t('plans:baseline.done', { number }));
      onChanged();
    }
  }

  return (
    <>
      <Button variant="default" onClick={ask} data-testid="set-baseline">
        {t('plans:baseline.set')}
      </Button>
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common:close') }} title={t('plans:baseline.setTitle', { number })}>
        <form onSubmit={(e) => void confirm(e)} aria-label={t('plans:baseline.setTitle', { number })}>
          <Stack gap="sm">
            <Text size="sm">{t('plans:baseline.setIntro', { number })}</Text>
            <ProblemsAlert messages={problems.page} />
            <Textarea
              label={t('plans:baseline.note')}
              description={t('plans:baseline.noteHint')}
              autosize
              minRows={2}
              data-autofocus
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={problems.field('note')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:cancel')}
              </Button>
              <Button type="submit" loading={state.fetching}>
                {t('plans:baseline.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
