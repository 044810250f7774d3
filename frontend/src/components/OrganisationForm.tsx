import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import type { OrganisationKind } from '../gql/graphql';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { type MutationOutcome, useMutationProblems } from '../errors/useMutationProblems';

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
  /** Saves; resolves to what the mutation answered (the form shows its problems). */
  onSubmit: (values: OrganisationValues) => Promise<MutationOutcome>;
  onCancel: () => void;
}

/** Create or edit an organisation (coordinator). */
export function OrganisationForm({ initial, onSubmit, onCancel }: OrganisationFormProps) {
  const { t } = useTranslation(['network', 'common']);
  const [values, setValues] = useState(initial);
  const problems = useMutationProblems({
    name: t('network:organisations.name'),
    shortName: t('network:organisations.shortName'),
    kind: t('network:organisations.kind'),
    territoryId: t('network:organisations.territory'),
  });
  const [{ data }] = useQuery({ query: TerritoryOptionsQuery });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { result, userErrors } = await onSubmit(values);
    problems.check(result, userErrors);
  }

  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack>
        <ProblemsAlert messages={problems.page} />
        <TextInput
          label={t('network:organisations.name')}
          required
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
          error={problems.field('name')}
        />
        <TextInput
          label={t('network:organisations.shortName')}
          value={values.shortName}
          onChange={(e) => setValues({ ...values, shortName: e.currentTarget.value })}
          error={problems.field('shortName')}
        />
        <Select
          label={t('network:organisations.kind')}
          data={KINDS.map((kind) => ({ value: kind, label: t(`network:kinds.${kind}`) }))}
          value={values.kind}
          onChange={(value) => value && setValues({ ...values, kind: value as OrganisationKind })}
          allowDeselect={false}
        />
        <Select
          label={t('network:organisations.territory')}
          data={data?.territories.nodes.map((territory) => ({ value: territory.id, label: territory.name })) ?? []}
          value={values.territoryId}
          onChange={(value) => setValues({ ...values, territoryId: value })}
          clearable
          error={problems.field('territoryId')}
        />
        <Checkbox
          label={t('network:organisations.consortiumPartner')}
          checked={values.consortiumPartner}
          onChange={(e) => setValues({ ...values, consortiumPartner: e.currentTarget.checked })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit">{t('common:save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
