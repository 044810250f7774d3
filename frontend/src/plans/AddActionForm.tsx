import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { graphql } from '../gql';
import type { ActionOrigin } from '../gql/graphql';
import { AddActionMutation } from './mutations';

const PlanAreaOptionsQuery = graphql(`
  query PlanAreaOptions {
    thematicAreas(first: 100) {
      nodes {
        id
        number
        title
      }
    }
  }
`);

/** Adds an objective (action) to a plan. */
export function AddActionForm({ planId, onAdded }: { planId: string; onAdded: () => void }) {
  const { t } = useTranslation(['library', 'plans', 'common']);
  const [{ data }] = useQuery({ query: PlanAreaOptionsQuery });
  const [, addAction] = useMutation(AddActionMutation);
  const [reference, setReference] = useState('');
  const [title, setTitle] = useState('');
  const [area, setArea] = useState<string | null>(null);
  const [origin, setOrigin] = useState<ActionOrigin>('MUTUAL_LEARNING');
  const problems = useMutationProblems({
    ref: t('plans:reference'),
    title: t('plans:objective'),
    thematicAreaId: t('library:goodPractices.area'),
    origin: t('plans:origin'),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await addAction({
      input: { actionPlanId: planId, action: { ref: reference || null, title: title || null, thematicAreaId: area, origin } },
    });
    if (problems.check(result, result.data?.addAction.userErrors)) {
      setReference('');
      setTitle('');
      notify(t('common:saved'));
      onAdded();
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="add-action">
      <Stack gap="xs" mt="lg">
        <Title order={2} size="h5" id="add-action">
          {t('plans:addAction')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <Group grow align="flex-start">
          <TextInput
            label={t('plans:reference')}
            placeholder={t('plans:referencePlaceholder')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={problems.field('ref')}
          />
          <TextInput label={t('plans:objective')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={problems.field('title')} />
          <Select
            label={t('library:goodPractices.area')}
            data={data?.thematicAreas.nodes.map((a) => ({ value: a.id, label: `${a.number}. ${a.title}` })) ?? []}
            value={area}
            onChange={setArea}
            clearable
          />
          <Select
            label={t('plans:origin')}
            data={(['MUTUAL_LEARNING', 'OTHER_OPPORTUNITY'] as const).map((o) => ({ value: o, label: t(`plans:origins.${o}`) }))}
            value={origin}
            onChange={(value) => value && setOrigin(value as ActionOrigin)}
            allowDeselect={false}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit">{t('plans:addAction')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
