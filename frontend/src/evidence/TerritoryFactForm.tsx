import { Button, Group, NumberInput, Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { optionalNumber } from './numbers';
import { CreateTerritoryFactMutation, TerritoryOptionsQuery } from './queries';

/** Records a figure quoted as evidence: what is counted, the number with its qualifier and
 * unit, the territory or country it is about, the year, and the sentence quoted. */
export function TerritoryFactForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['evidence', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [{ data: territories }] = useQuery({ query: TerritoryOptionsQuery });
  const [creating, create] = useMutation(CreateTerritoryFactMutation);
  const [figure, setFigure] = useState('');
  const [qualifier, setQualifier] = useState('');
  const [value, setValue] = useState<number | string>('');
  const [unit, setUnit] = useState('');
  const [territoryId, setTerritoryId] = useState<string | null>(null);
  const [country, setCountry] = useState('');
  const [year, setYear] = useState<number | string>('');
  const [sourceText, setSourceText] = useState('');
  const [section, setSection] = useState('');
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
    const result = await create({
      input: {
        figure,
        qualifier: qualifier.trim() || null,
        value: Number(value),
        unit,
        territoryId,
        country: country.trim().toUpperCase() || null,
        year: optionalNumber(year),
        sourceText,
        section: section.trim() || null,
      },
    });
    if (!problems.check(result, result.data?.createTerritoryFact.userErrors)) return;
    notify(t('evidence:factRecorded'));
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={titleId}>
          {t('evidence:newFact')}
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
          <Button type="submit" loading={creating.fetching} disabled={!figure.trim() || value === '' || !unit.trim() || !sourceText.trim()}>
            {t('evidence:recordFact')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
