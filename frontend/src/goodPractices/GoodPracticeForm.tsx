import { Button, Group, Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { notify } from '../components/notify';
import { cancelOnEscape } from '../components/cancelOnEscape';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { CreateGoodPracticeMutation, PracticeOrganisationOptionsQuery, UpdateGoodPracticeMutation } from './queries';

export interface GoodPracticeValues {
  id: string;
  title: string;
  description: string;
  source: string;
  organisation?: { id: string } | null;
  thematicArea?: { id: string } | null;
}

interface GoodPracticeFormProps {
  /** The practice to correct; none to add one. */
  practice?: GoodPracticeValues;
  /** The thematic areas the viewer may add practices in (`viewerCanAddGoodPractice`). */
  areas: { value: string; label: string }[];
  onDone: () => void;
  onCancel: () => void;
}

/** Adds a good practice to the library, or corrects one: title, thematic area, organisation,
 * description and source. */
export function GoodPracticeForm({ practice, areas, onDone, onCancel }: GoodPracticeFormProps) {
  const { t } = useTranslation(['library', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [{ data: organisations }] = useQuery({ query: PracticeOrganisationOptionsQuery });
  const [creating, create] = useMutation(CreateGoodPracticeMutation);
  const [updating, update] = useMutation(UpdateGoodPracticeMutation);
  const [title, setTitle] = useState(practice?.title ?? '');
  const [thematicAreaId, setThematicAreaId] = useState<string | null>(practice?.thematicArea?.id ?? (areas.length === 1 ? (areas[0]?.value ?? null) : null));
  const [organisationId, setOrganisationId] = useState<string | null>(practice?.organisation?.id ?? null);
  const [description, setDescription] = useState(practice?.description ?? '');
  const [source, setSource] = useState(practice?.source ?? '');
  const problems = useMutationProblems({
    title: t('library:goodPractices.titleField'),
    thematicAreaId: t('library:goodPractices.area'),
    organisationId: t('library:goodPractices.organisation'),
    description: t('library:goodPractices.description'),
    source: t('library:goodPractices.source'),
  });

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const goodPractice = { title, thematicAreaId, organisationId, description, source };
    if (practice) {
      const result = await update({ input: { id: practice.id, goodPractice } });
      if (!problems.check(result, result.data?.updateGoodPractice.userErrors)) return;
    } else {
      const result = await create({ input: { goodPractice } });
      if (!problems.check(result, result.data?.createGoodPractice.userErrors)) return;
    }
    notify(t('common:saved'));
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={2} size="h5" id={titleId}>
          {practice ? t('library:goodPractices.editTitle', { title: practice.title }) : t('library:goodPractices.addTitle')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <TextInput ref={first} label={t('library:goodPractices.titleField')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} error={problems.field('title')} />
        <Group grow align="flex-start">
          <Select
            label={t('library:goodPractices.area')}
            data={areas}
            value={thematicAreaId}
            onChange={setThematicAreaId}
            required
            allowDeselect={false}
            error={problems.field('thematicAreaId')}
          />
          <Select
            label={t('library:goodPractices.organisation')}
            data={organisations?.organisations.nodes.map((o) => ({ value: o.id, label: o.name })) ?? []}
            value={organisationId}
            onChange={setOrganisationId}
            searchable
            clearable
            error={problems.field('organisationId')}
          />
        </Group>
        <Textarea
          label={t('library:goodPractices.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          required
          autosize
          minRows={3}
          maxLength={10_000}
          error={problems.field('description')}
        />
        <TextInput
          label={t('library:goodPractices.source')}
          description={t('library:goodPractices.sourceHelp')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          required
          maxLength={2_000}
          error={problems.field('source')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.fetching || updating.fetching} disabled={!title.trim() || !thematicAreaId || !description.trim() || !source.trim()}>
            {practice ? t('library:goodPractices.save') : t('library:goodPractices.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
