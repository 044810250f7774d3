import { Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { CreateTerritoryMutation, UpdateTerritoryMutation } from './mutations';

export interface TerritoryValues {
  id: string;
  name: string;
  country: string;
}

interface TerritoryFormProps {
  /** The territory to edit; none to create one. */
  territory?: TerritoryValues;
  onDone: () => void;
  onCancel: () => void;
}

/** Creates a territory or corrects one in place; the API's problems are shown next to their
 * fields, Esc cancels. */
export function TerritoryForm({ territory, onDone, onCancel }: TerritoryFormProps) {
  const { t } = useTranslation(['network', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(territory?.name ?? '');
  const [country, setCountry] = useState(territory?.country ?? '');
  const [created, create] = useMutation(CreateTerritoryMutation);
  const [updated, update] = useMutation(UpdateTerritoryMutation);
  const problems = useMutationProblems({ name: t('network:territories.name'), country: t('network:territories.country') });

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const values = { name, country: country.trim().toUpperCase() };
    if (territory) {
      const result = await update({ input: { id: territory.id, ...values } });
      if (!problems.check(result, result.data?.updateTerritory.userErrors)) return;
    } else {
      const result = await create({ input: values });
      if (!problems.check(result, result.data?.createTerritory.userErrors)) return;
    }
    notify(t('common:saved'));
    onDone();
  }

  return (
    <Card withBorder mb="md" p="sm">
      <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
        <Stack gap="xs">
          <Title order={2} size="h5" id={titleId}>
            {territory ? t('network:territories.edit', { name: territory.name }) : t('network:territories.new')}
          </Title>
          <ProblemsAlert messages={problems.page} />
          <Group grow align="flex-start">
            <TextInput ref={first} label={t('network:territories.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={200} error={problems.field('name')} />
            <TextInput
              label={t('network:territories.country')}
              description={t('network:territories.countryHelp')}
              value={country}
              onChange={(e) => setCountry(e.currentTarget.value)}
              required
              maxLength={2}
              autoComplete="off"
              error={problems.field('country')}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={created.fetching || updated.fetching} disabled={!name.trim() || !country.trim()}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
