import { Button, Group, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { notify } from '../components/notify';
import { cancelOnEscape } from '../components/cancelOnEscape';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { CreateProposedActionMutation, UpdateProposedActionMutation } from './mutations';

export interface ProposedActionValues {
  id: string;
  title: string;
  description: string;
  guidingQuestions: readonly string[];
  guidingQuestionsContext: readonly string[];
  section?: string | null;
  organisation: { id: string; name: string };
}

interface ProposeActionFormProps {
  workingGroupId: string;
  /** The action to correct; none to propose a new one. */
  action?: ProposedActionValues;
  /** The group's members, who may present an action. */
  members: { value: string; label: string }[];
  /** The viewer's own organisation, presenting by default. */
  ownOrganisationId: string | null;
  onDone: () => void;
  onCancel: () => void;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** Proposes an action to the group's experts, or corrects one: title, description, and
 * the guiding questions with the statements that go with them (one per line). */
export function ProposeActionForm({ workingGroupId, action, members, ownOrganisationId, onDone, onCancel }: ProposeActionFormProps) {
  const { t } = useTranslation(['proposedActions', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [creating, create] = useMutation(CreateProposedActionMutation);
  const [updating, update] = useMutation(UpdateProposedActionMutation);
  const ownIsMember = members.some((m) => m.value === ownOrganisationId);
  const [organisationId, setOrganisationId] = useState<string | null>(action?.organisation.id ?? (ownIsMember ? ownOrganisationId : null));
  const [title, setTitle] = useState(action?.title ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [questions, setQuestions] = useState(action?.guidingQuestions.join('\n') ?? '');
  const [context, setContext] = useState(action?.guidingQuestionsContext.join('\n') ?? '');
  const problems = useMutationProblems({
    organisationId: t('proposedActions:organisation'),
    title: t('proposedActions:titleField'),
    description: t('proposedActions:description'),
    guidingQuestions: t('proposedActions:questions'),
    guidingQuestionsContext: t('proposedActions:context'),
  });

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!organisationId) return;
    const fields = {
      workingGroupId,
      title,
      description,
      guidingQuestions: lines(questions),
      guidingQuestionsContext: lines(context),
      section: action?.section ?? null,
    };
    if (action) {
      const result = await update({ input: { id: action.id, proposedAction: fields } });
      if (!problems.check(result, result.data?.updateProposedAction.userErrors)) return;
    } else {
      const result = await create({ input: { organisationId, proposedAction: fields } });
      if (!problems.check(result, result.data?.createProposedAction.userErrors)) return;
    }
    notify(t('common:saved'));
    onDone();
  }

  const organisationName = members.find((m) => m.value === organisationId)?.label ?? action?.organisation.name;
  // The presenting organisation is chosen only by someone proposing for another member.
  const choosesOrganisation = !action && !ownIsMember;

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={titleId}>
          {action ? t('proposedActions:editTitle', { title: action.title }) : t('proposedActions:proposeTitle')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        {choosesOrganisation ? (
          <Select
            label={t('proposedActions:organisation')}
            data={members}
            value={organisationId}
            onChange={setOrganisationId}
            searchable
            required
            error={problems.field('organisationId')}
          />
        ) : (
          organisationName && (
            <Text size="sm" c="dimmed">
              {t('proposedActions:presentedBy', { organisation: organisationName })}
            </Text>
          )
        )}
        <TextInput ref={first} label={t('proposedActions:titleField')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} error={problems.field('title')} />
        <Textarea
          label={t('proposedActions:description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          required
          autosize
          minRows={3}
          maxLength={10_000}
          error={problems.field('description')}
        />
        <Textarea
          label={t('proposedActions:questions')}
          description={t('proposedActions:onePerLine')}
          value={questions}
          onChange={(e) => setQuestions(e.currentTarget.value)}
          autosize
          minRows={2}
          error={problems.field('guidingQuestions')}
        />
        <Textarea
          label={t('proposedActions:context')}
          description={t('proposedActions:contextHelp')}
          value={context}
          onChange={(e) => setContext(e.currentTarget.value)}
          autosize
          minRows={2}
          error={problems.field('guidingQuestionsContext')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.fetching || updating.fetching} disabled={!organisationId || !title.trim() || !description.trim()}>
            {action ? t('proposedActions:save') : t('proposedActions:propose')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
