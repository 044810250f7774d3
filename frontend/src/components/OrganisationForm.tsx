import { Alert, Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import type { OrganisationKind } from '../gql/graphql';

const KINDS: OrganisationKind[] = [
  'MUNICIPALITY',
  'CHAMBER_OF_COMMERCE',
  'BUSINESS_ORGANISATION',
  'IMMIGRANT_ORGANISATION',
  'NGO',
  'DEVELOPMENT_AGENCY',
  'COORDINATOR',
  'OTHER',
];

const TerritoryOptionsQuery = graphql(`
  query TerritoryOptions {
    territories(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export interface OrganisationValues {
  name: string;
  shortName: string;
  kind: OrganisationKind;
  territoryId: string | null;
  consortiumPartner: boolean;
}

interface OrganisationFormProps {
  initial: OrganisationValues;
  /** Saves; resolves to the user errors to show (empty on success). */
  onSubmit: (values: OrganisationValues) => Promise<string[]>;
  onCancel: () => void;
}

/** Create or edit an organisation (coordinator). */
export function OrganisationForm({ initial, onSubmit, onCancel }: OrganisationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [{ data }] = useQuery({ query: TerritoryOptionsQuery });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(await onSubmit(values));
  }

  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack>
        {errors.length > 0 && (
          <Alert color="red.9" role="alert">
            {errors.join(' ')}
          </Alert>
        )}
        <TextInput label={t('organisations.name')} required value={values.name} onChange={(e) => setValues({ ...values, name: e.currentTarget.value })} />
        <TextInput label={t('organisations.shortName')} value={values.shortName} onChange={(e) => setValues({ ...values, shortName: e.currentTarget.value })} />
        <Select
          label={t('organisations.kind')}
          data={KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          value={values.kind}
          onChange={(value) => value && setValues({ ...values, kind: value as OrganisationKind })}
          allowDeselect={false}
        />
        <Select
          label={t('organisations.territory')}
          data={data?.territories.nodes.map((territory) => ({ value: territory.id, label: territory.name })) ?? []}
          value={values.territoryId}
          onChange={(value) => setValues({ ...values, territoryId: value })}
          clearable
        />
        <Checkbox
          label={t('organisations.consortiumPartner')}
          checked={values.consortiumPartner}
          onChange={(e) => setValues({ ...values, consortiumPartner: e.currentTarget.checked })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
