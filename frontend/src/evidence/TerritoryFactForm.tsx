import { Button, Group, NumberInput, Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { TerritoryFactFieldsFragment } from '../gql/graphql';
import { optionalNumber } from './numbers';
import { CreateTerritoryFactMutation, TerritoryOptionsQuery, UpdateTerritoryFactMutation } from './queries';

/** A fact as its buttons name it: the figure, then where and when, e.g. "Businesses run by
 * migrants (Hamburg, 2017)". */
export function factTitle(fact: Pick<TerritoryFactFieldsFragment, 'figure' | 'year' | 'country' | 'territory'>): string {
  const about = [fact.territory?.name ?? fact.country, fact.year].filter((part) => part != null && part !== '');
  return about.length > 0 ? `${fact.figure} (${about.join(', ')})` : fact.figure;
}

/** Records a figure quoted as evidence: what is counted, the number with its qualifier and
 * unit, the territory or country it is about, the year, and the sentence quoted; given
 * `fact`, edits it. */
export function TerritoryFactForm({ fact, onDone, onCancel }: { fact?: TerritoryFactFieldsFragment; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['evidence', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [{ data: territories }] = useQuery({ query: TerritoryOptionsQuery });
  const [creating, create] = useMutation(CreateTerritoryFactMutation);
  const [updating, update] = useMutation(UpdateTerritoryFactMutation);
  const [figure, setFigure] = useState(fact?.figure ?? '');
  const [qualifier, setQualifier] = useState(fact?.qualifier ?? '');
  const [value, setValue] = useState<number | string>(fact?.value ?? '');
  const [unit, setUnit] = useState(fact?.unit ?? '');
  const [territoryId, setTerritoryId] = useState<string | null>(fact?.territory?.id ?? null);
  const [country, setCountry] = useState(fact?.country ?? '');
  const [year, setYear] = useState<number | string>(fact?.year ?? '');
  const [sourceText, setSourceText] = useState(fact?.sourceText ?? '');
  const [section, setSection] = useState(fact?.section ?? '');
  const problems = useMutationProblems({
    figure: t('evidence:figure'),
    qualifier: t('evidence:qualifier'),
    value: t('evidence:value'),
    unit: t('evidence:unit'),
    territoryId: t('evidence:territory'),
    country: t('evidence:country'),
    year: t('evidence:year'),
    sourceText: t('evidence:sourceText'),
    section: t('evidence:section'),
  });

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
        figure,
        qualifier: qualifier.trim() || null,
        value: Number(value),
        unit,
        territoryId,
        country: country.trim().toUpperCase() || null,
        year: optionalNumber(year),
        sourceText,
        section: section.trim() || null,
    };
    if (fact) {
      const result = await update({ input: { id: fact.id, ...fields } });
      if (!problems.check(result, result.data?.updateTerritoryFact.userErrors)) return;
      notify(t('evidence:factUpdated'));
    } else {
      const result = await create({ input: fields });
      if (!problems.check(result, result.data?.createTerritoryFact.userErrors)) return;
      notify(t('evidence:factRecorded'));
    }
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={titleId}>
          {fact ? t('evidence:editFactTitle', { fact: factTitle(fact) }) : t('evidence:newFact')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <TextInput ref={first} label={t('evidence:figure')} description={t('evidence:figureHelp')} value={figure} onChange={(e) => setFigure(e.currentTarget.value)} required maxLength={300} error={problems.field('figure')} />
        <Group grow align="flex-start">
          <TextInput label={t('evidence:qualifier')} description={t('evidence:qualifierHelp')} value={qualifier} onChange={(e) => setQualifier(e.currentTarget.value)} maxLength={100} error={problems.field('qualifier')} />
          <NumberInput label={t('evidence:value')} value={value} onChange={setValue} required error={problems.field('value')} />
          <TextInput label={t('evidence:unit')} description={t('evidence:unitHelp')} value={unit} onChange={(e) => setUnit(e.currentTarget.value)} required maxLength={100} error={problems.field('unit')} />
        </Group>
        <Group grow align="flex-start">
          <Select
            label={t('evidence:territory')}
            data={territories?.territories.nodes.map((n) => ({ value: n.id, label: n.name })) ?? []}
            value={territoryId}
            onChange={setTerritoryId}
            searchable
            clearable
            error={problems.field('territoryId')}
          />
          <TextInput label={t('evidence:country')} description={t('evidence:countryHelp')} value={country} onChange={(e) => setCountry(e.currentTarget.value)} maxLength={2} error={problems.field('country')} />
          <NumberInput label={t('evidence:year')} value={year} onChange={setYear} allowDecimal={false} allowNegative={false} error={problems.field('year')} />
        </Group>
        <Textarea label={t('evidence:sourceText')} description={t('evidence:sourceTextHelp')} value={sourceText} onChange={(e) => setSourceText(e.currentTarget.value)} required autosize minRows={2} maxLength={2000} error={problems.field('sourceText')} />
        <TextInput label={t('evidence:section')} description={t('evidence:sectionHelp')} value={section} onChange={(e) => setSection(e.currentTarget.value)} maxLength={300} error={problems.field('section')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.fetching || updating.fetching} disabled={!figure.trim() || value === '' || !unit.trim() || !sourceText.trim()}>
            {fact ? t('common:save') : t('evidence:recordFact')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
