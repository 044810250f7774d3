import { Button, Card, Group, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { ProgrammePhaseFieldsFragment } from '../gql/graphql';
import { CreateProgrammePhaseMutation, UpdateProgrammePhaseMutation } from './programmeQueries';

interface ProgrammePhaseFormProps {
  /** The phase or stage to correct; none to create one. */
  phase?: ProgrammePhaseFieldsFragment;
  /** When creating: the phase the new stage belongs to (none for a new phase). */
  parent?: ProgrammePhaseFieldsFragment;
  /** The form's heading (its accessible name). */
  title: string;
  onDone: () => void;
  onCancel: () => void;
}

/** An optional text: blank is none. */
const optional = (value: string) => (value.trim() ? value.trim() : null);

/** Corrects a phase or stage of the programme, or adds one; every field is replaced. The
 * API's problems are shown next to their fields by code; Esc cancels. */
export function ProgrammePhaseForm({ phase, parent, title, onDone, onCancel }: ProgrammePhaseFormProps) {
  const { t } = useTranslation(['dashboard', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState({
    reference: phase?.reference ?? '',
    title: phase?.title ?? '',
    summary: phase?.summary ?? '',
    start: phase?.start ?? '',
    end: phase?.end ?? '',
    startText: phase?.startText ?? '',
    endText: phase?.endText ?? '',
  });
  const [updated, update] = useMutation(UpdateProgrammePhaseMutation);
  const [created, create] = useMutation(CreateProgrammePhaseMutation);
  const labels = {
    reference: t('dashboard:programme.fields.reference'),
    title: t('dashboard:programme.fields.title'),
    summary: t('dashboard:programme.fields.summary'),
    start: t('dashboard:programme.fields.start'),
    end: t('dashboard:programme.fields.end'),
    startText: t('dashboard:programme.fields.startText'),
    endText: t('dashboard:programme.fields.endText'),
  };
  const problems = useMutationProblems(labels);

  useEffect(() => {
    first.current?.focus();
  }, []);

  const set = (name: keyof typeof values) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [name]: value }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      reference: optional(values.reference),
      title: values.title.trim(),
      summary: optional(values.summary),
      start: optional(values.start),
      end: optional(values.end),
      startText: optional(values.startText),
      endText: optional(values.endText),
    };
    if (phase) {
      const result = await update({ input: { id: phase.id, ...input } });
      if (!problems.check(result, result.data?.updateProgrammePhase.userErrors)) return;
    } else {
      const result = await create({ input: { ...(parent ? { parentId: parent.id } : {}), ...input } });
      if (!problems.check(result, result.data?.createProgrammePhase.userErrors)) return;
    }
    notify(t('common:saved'));
    onDone();
  }

  return (
    <Card withBorder p="sm" data-testid="programme-phase-form">
      <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
        <Stack gap="xs">
          <Title order={4} size="h5" id={titleId}>
            {title}
          </Title>
          <ProblemsAlert messages={problems.page} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <TextInput ref={first} label={labels.title} value={values.title} onChange={set('title')} required maxLength={200} error={problems.field('title')} />
            <TextInput
              label={labels.reference}
              description={t('dashboard:programme.fields.referenceHelp')}
              value={values.reference}
              onChange={set('reference')}
              maxLength={8}
              autoComplete="off"
              error={problems.field('reference')}
            />
          </SimpleGrid>
          <Textarea label={labels.summary} value={values.summary} onChange={set('summary')} autosize minRows={2} maxLength={2000} error={problems.field('summary')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <TextInput label={labels.start} description={t('dashboard:programme.fields.dateHelp')} value={values.start} onChange={set('start')} autoComplete="off" error={problems.field('start')} />
            <TextInput label={labels.end} description={t('dashboard:programme.fields.dateHelp')} value={values.end} onChange={set('end')} autoComplete="off" error={problems.field('end')} />
            <TextInput
              label={labels.startText}
              description={t('dashboard:programme.fields.textHelp')}
              value={values.startText}
              onChange={set('startText')}
              maxLength={200}
              error={problems.field('startText')}
            />
            <TextInput label={labels.endText} description={t('dashboard:programme.fields.textHelp')} value={values.endText} onChange={set('endText')} maxLength={200} error={problems.field('endText')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={created.fetching || updated.fetching} disabled={!values.title.trim()}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
