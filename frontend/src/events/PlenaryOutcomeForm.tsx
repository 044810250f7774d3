import { Button, Group, MultiSelect, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { PlenaryOutcomeFieldsFragment } from '../gql/graphql';
import { CreatePlenaryOutcomeMutation, UpdatePlenaryOutcomeMutation } from './mutations';
import { EventOptionsQuery } from './queries';

/** The non-empty lines of a text area, one entry each. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Records or edits what a plenary session concluded: its section and heading, a note, the
 * points of the discussion and the recommendations (one per line) and the groups concerned. */
export function PlenaryOutcomeForm({ eventId, outcome, onDone, onCancel }: { eventId: string; outcome?: PlenaryOutcomeFieldsFragment; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['events', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [{ data: options }] = useQuery({ query: EventOptionsQuery });
  const [creating, create] = useMutation(CreatePlenaryOutcomeMutation);
  const [updating, update] = useMutation(UpdatePlenaryOutcomeMutation);
  const [section, setSection] = useState(outcome?.section ?? '');
  const [heading, setHeading] = useState(outcome?.heading ?? '');
  const [note, setNote] = useState(outcome?.note ?? '');
  const [summaryPoints, setSummaryPoints] = useState(outcome?.summaryPoints.join('\n') ?? '');
  const [recommendations, setRecommendations] = useState(outcome?.recommendations.join('\n') ?? '');
  const [workingGroupIds, setWorkingGroupIds] = useState<string[]>(outcome?.workingGroups.map((g) => g.id) ?? []);
  const problems = useMutationProblems({
    section: t('events:outcome.section'),
    heading: t('events:outcome.heading'),
    note: t('events:outcome.note'),
    summaryPoints: t('events:outcome.summaryPoints'),
    recommendations: t('events:outcome.recommendations'),
    workingGroupIds: t('events:outcome.workingGroups'),
  });

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      section,
      heading,
      note: note.trim() || null,
      summaryPoints: linesOf(summaryPoints),
      recommendations: linesOf(recommendations),
      workingGroupIds,
    };
    if (outcome) {
      const result = await update({ input: { id: outcome.id, plenaryOutcome: fields } });
      if (!problems.check(result, result.data?.updatePlenaryOutcome.userErrors)) return;
    } else {
      const result = await create({ input: { eventId, plenaryOutcome: fields } });
      if (!problems.check(result, result.data?.createPlenaryOutcome.userErrors)) return;
    }
    notify(t('common:saved'));
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={3} size="h6" id={titleId}>
          {outcome ? t('events:outcome.editHeading', { heading: outcome.heading }) : t('events:outcome.addHeading')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <Group grow align="flex-start">
          <TextInput
            ref={first}
            label={t('events:outcome.section')}
            description={t('events:outcome.sectionHelp')}
            value={section}
            onChange={(e) => setSection(e.currentTarget.value)}
            required
            maxLength={300}
            error={problems.field('section')}
          />
          <TextInput label={t('events:outcome.heading')} value={heading} onChange={(e) => setHeading(e.currentTarget.value)} required maxLength={300} error={problems.field('heading')} />
        </Group>
        <TextInput label={t('events:outcome.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} error={problems.field('note')} />
        <Textarea
          label={t('events:outcome.summaryPoints')}
          description={t('events:outcome.oneALine')}
          value={summaryPoints}
          onChange={(e) => setSummaryPoints(e.currentTarget.value)}
          autosize
          minRows={3}
          error={problems.field('summaryPoints')}
        />
        <Textarea
          label={t('events:outcome.recommendations')}
          description={t('events:outcome.oneALine')}
          value={recommendations}
          onChange={(e) => setRecommendations(e.currentTarget.value)}
          autosize
          minRows={2}
          error={problems.field('recommendations')}
        />
        <MultiSelect
          label={t('events:outcome.workingGroups')}
          data={options?.workingGroups.nodes.map((g) => ({ value: g.id, label: g.title })) ?? []}
          value={workingGroupIds}
          onChange={setWorkingGroupIds}
          searchable
          error={problems.field('workingGroupIds')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.fetching || updating.fetching} disabled={!section.trim() || !heading.trim()}>
            {outcome ? t('events:outcome.save') : t('events:outcome.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
