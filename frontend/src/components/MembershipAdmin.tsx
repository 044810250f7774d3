import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { graphql } from '../gql';
import type { MembershipRole, Participation } from '../gql/graphql';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { notify } from './notify';

const OrganisationOptionsQuery = graphql(`
  query OrganisationOptions {
    organisations(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const AddMembershipMutation = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      membership {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveMembershipMutation = graphql(`
  mutation RemoveMembership($input: RemoveMembershipInput!) {
    removeMembership(input: $input) {
      membership {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The form to add an organisation to a working group (shown to whoever may manage its
 * members); organisations already members are not offered. */
export function AddMemberForm({ workingGroupId, memberIds = [], onChanged }: { workingGroupId: string; memberIds?: readonly string[]; onChanged: () => void }) {
  const { t } = useTranslation(['network', 'workingGroups', 'common']);
  const [{ data }] = useQuery({ query: OrganisationOptionsQuery });
  const [, addMembership] = useMutation(AddMembershipMutation);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState<MembershipRole>('LEARNING');
  const [participation, setParticipation] = useState<Participation>('MANDATORY');
  const [note, setNote] = useState('');
  const problems = useMutationProblems({
    organisationId: t('network:organisations.name'),
    role: t('workingGroups:role'),
    participation: t('workingGroups:participation'),
    note: t('workingGroups:note'),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!organisationId) return;
    const result = await addMembership({ input: { workingGroupId, organisationId, role, participation, note: note || null } });
    if (problems.check(result, result.data?.addMembership.userErrors)) {
      setOrganisationId(null);
      setNote('');
      notify(t('common:saved'));
      onChanged();
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="add-member">
      <Stack gap="xs">
        <Title order={3} size="h5" id="add-member">
          {t('workingGroups:addMember')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <Group grow align="flex-end">
          <Select
            label={t('network:organisations.name')}
            data={data?.organisations.nodes.filter((o) => !memberIds.includes(o.id)).map((o) => ({ value: o.id, label: o.name })) ?? []}
            value={organisationId}
            onChange={setOrganisationId}
            searchable
            required
            error={problems.field('organisationId')}
          />
          <Select
            label={t('workingGroups:role')}
            data={[
              { value: 'LEADING', label: t('workingGroups:leading') },
              { value: 'LEARNING', label: t('workingGroups:learning') },
            ]}
            value={role}
            onChange={(value) => value && setRole(value as MembershipRole)}
            allowDeselect={false}
          />
          <Select
            label={t('workingGroups:participation')}
            data={[
              { value: 'MANDATORY', label: t('workingGroups:MANDATORY') },
              { value: 'OPTIONAL', label: t('workingGroups:OPTIONAL') },
            ]}
            value={participation}
            onChange={(value) => value && setParticipation(value as Participation)}
            allowDeselect={false}
          />
          <TextInput label={t('workingGroups:note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={problems.field('note')} />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" disabled={!organisationId}>
            {t('workingGroups:addMember')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
