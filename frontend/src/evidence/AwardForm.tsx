import { Button, Group, NumberInput, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { AwardFieldsFragment } from '../gql/graphql';
import { optionalNumber } from './numbers';
import { CreateAwardMutation, UpdateAwardMutation } from './queries';
import { type WinnerValues, WinnersFieldset } from './WinnersFieldset';

/** An award as its list and its buttons name it, e.g. "Phoenix Award 2018". */
export function awardTitle(award: Pick<AwardFieldsFragment, 'name' | 'year'>): string {
  return `${award.name} ${award.year}`;
}

/** Records an award edition: name, year, edition, applications, criteria (one a line) and
 * its winners; given `award`, edits it (its fields and winners are replaced). */
export function AwardForm({ award, onDone, onCancel }: { award?: AwardFieldsFragment; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['evidence', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [creating, create] = useMutation(CreateAwardMutation);
  const [updating, update] = useMutation(UpdateAwardMutation);
  const [name, setName] = useState(award?.name ?? '');
  const [year, setYear] = useState<number | string>(award?.year ?? '');
  const [edition, setEdition] = useState<number | string>(award?.edition ?? '');
  const [applications, setApplications] = useState<number | string>(award?.applications ?? '');
  const [criteria, setCriteria] = useState(award?.criteria.join('\n') ?? '');
  const [winners, setWinners] = useState<WinnerValues[]>(
    award?.winners.map((w) => ({ name: w.name, activity: w.activity, organisationId: w.organisation?.id ?? null })) ?? [],
  );
  const problems = useMutationProblems({
    name: t('evidence:awardName'),
    year: t('evidence:year'),
    edition: t('evidence:edition'),
    applications: t('evidence:applications'),
    criteria: t('evidence:criteria'),
    winners: t('evidence:winners'),
  });

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
        name,
        year: Number(year),
        edition: optionalNumber(edition),
        applications: optionalNumber(applications),
        criteria: criteria
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        winners: winners.map((w) => ({ name: w.name, activity: w.activity, organisationId: w.organisationId })),
    };
    if (award) {
      const result = await update({ input: { id: award.id, ...fields } });
      if (!problems.check(result, result.data?.updateAward.userErrors)) return;
      notify(t('evidence:awardUpdated'));
    } else {
      const result = await create({ input: fields });
      if (!problems.check(result, result.data?.createAward.userErrors)) return;
      notify(t('evidence:awardRecorded'));
    }
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={titleId}>
          {award ? t('evidence:editAwardTitle', { award: awardTitle(award) }) : t('evidence:newAward')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <TextInput ref={first} label={t('evidence:awardName')} description={t('evidence:awardNameHelp')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={200} error={problems.field('name')} />
        <Group grow align="flex-start">
          <NumberInput label={t('evidence:year')} value={year} onChange={setYear} required allowDecimal={false} allowNegative={false} error={problems.field('year')} />
          <NumberInput label={t('evidence:edition')} value={edition} onChange={setEdition} allowDecimal={false} allowNegative={false} error={problems.field('edition')} />
          <NumberInput label={t('evidence:applications')} value={applications} onChange={setApplications} allowDecimal={false} allowNegative={false} error={problems.field('applications')} />
        </Group>
        <Textarea label={t('evidence:criteria')} description={t('evidence:criteriaHelp')} value={criteria} onChange={(e) => setCriteria(e.currentTarget.value)} autosize minRows={2} error={problems.field('criteria')} />
        <WinnersFieldset winners={winners} onChange={setWinners} error={problems.field('winners')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.fetching || updating.fetching} disabled={!name.trim() || year === ''}>
            {award ? t('common:save') : t('evidence:recordAward')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
