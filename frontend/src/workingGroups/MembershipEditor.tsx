import { Button, Group, Select, Table, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { notify } from '../components/notify';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { MembershipRole, Participation } from '../gql/graphql';
import { UpdateMembershipMutation } from './mutations';

interface MembershipValues {
  id: string;
  role: MembershipRole;
  participation: Participation;
  note?: string | null;
  organisation: { name: string };
}

/** A member's row turned into its editor: role, participation and note, saved in place. */
export function MembershipEditor({ membership, onDone, onCancel }: { membership: MembershipValues; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['workingGroups', 'common']);
  const [saving, update] = useMutation(UpdateMembershipMutation);
  const [role, setRole] = useState<MembershipRole>(membership.role);
  const [participation, setParticipation] = useState<Participation>(membership.participation);
  const [note, setNote] = useState(membership.note ?? '');
  const first = useRef<HTMLInputElement>(null);
  const formId = `membership-${membership.id}`;
  const problems = useMutationProblems({ role: t('workingGroups:role'), participation: t('workingGroups:participation'), note: t('workingGroups:note') });

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await update({ input: { id: membership.id, role, participation, note: note || null } });
    if (!problems.check(result, result.data?.updateMembership.userErrors)) return;
    notify(t('common:saved'));
    onDone();
  }

  const name = membership.organisation.name;
  return (
    <Table.Tr data-testid="membership-editor">
      <Table.Td>
        <form id={formId} onSubmit={(e) => void submit(e)} aria-label={t('workingGroups:editMember', { name })} />
        {name}
        {problems.page.length > 0 && (
          <div role="alert" style={{ color: 'var(--mantine-color-red-9)' }}>
            {problems.page.join(' ')}
          </div>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Select
            ref={first}
            form={formId}
            aria-label={t('workingGroups:roleOf', { name })}
            data={[
              { value: 'LEADING', label: t('workingGroups:leading') },
              { value: 'LEARNING', label: t('workingGroups:learning') },
            ]}
            value={role}
            onChange={(value) => value && setRole(value as MembershipRole)}
            allowDeselect={false}
            error={problems.field('role')}
          />
          <Select
            form={formId}
            aria-label={t('workingGroups:participationOf', { name })}
            data={[
              { value: 'MANDATORY', label: t('workingGroups:MANDATORY') },
              { value: 'OPTIONAL', label: t('workingGroups:OPTIONAL') },
            ]}
            value={participation}
            onChange={(value) => value && setParticipation(value as Participation)}
            allowDeselect={false}
            error={problems.field('participation')}
          />
        </Group>
      </Table.Td>
      <Table.Td>
        <TextInput
          form={formId}
          aria-label={t('workingGroups:noteOf', { name })}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
          maxLength={500}
          error={problems.field('note')}
        />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" type="submit" form={formId} loading={saving.fetching}>
            {t('common:save')}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
