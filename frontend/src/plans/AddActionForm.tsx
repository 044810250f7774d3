import { Alert, Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { notify } from '../components/notify';
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
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: PlanAreaOptionsQuery });
  const [, addAction] = useMutation(AddActionMutation);
  const [reference, setReference] = useState('');
  const [title, setTitle] = useState('');
  const [area, setArea] = useState<string | null>(null);
  const [origin, setOrigin] = useState<ActionOrigin>('MUTUAL_LEARNING');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await addAction({
      input: { actionPlanId: planId, action: { ref: reference || null, title: title || null, thematicAreaId: area, origin } },
    });
    const message = result.error?.message ?? result.data?.addAction.userErrors[0]?.message;
    setProblem(message ?? null);
    if (!message) {
      setReference('');
      setTitle('');
      notify(t('common.saved'));
      onAdded();
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="add-action">
      <Stack gap="xs" mt="lg">
        <Title order={2} size="h5" id="add-action">
          {t('plans.addAction')}
        </Title>
        {problem && (
          <Alert color="red.9" role="alert">
            {problem}
          </Alert>
        )}
        <Group grow align="flex-end">
          <TextInput label={t('plans.reference')} placeholder="Objective #3" value={reference} onChange={(e) => setReference(e.currentTarget.value)} />
          <TextInput label={t('plans.objective')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Select
            label={t('goodPractices.area')}
            data={data?.thematicAreas.nodes.map((a) => ({ value: a.id, label: `${a.number}. ${a.title}` })) ?? []}
            value={area}
            onChange={setArea}
            clearable
          />
          <Select
            label={t('plans.origin')}
            data={(['MUTUAL_LEARNING', 'OTHER_OPPORTUNITY'] as const).map((o) => ({ value: o, label: t(`plans.origins.${o}`) }))}
            value={origin}
            onChange={(value) => value && setOrigin(value as ActionOrigin)}
            allowDeselect={false}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit">{t('plans.addAction')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
