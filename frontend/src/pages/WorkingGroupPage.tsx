import { Alert, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { CoordinationCalls } from '../calls/CoordinationCalls';
import { Experts } from '../experts/Experts';
import { Webinars } from '../webinars/Webinars';
import { MembershipEditor } from '../workingGroups/MembershipEditor';
import { RenameGroup } from '../workingGroups/RenameGroup';
import { AskTheExpert } from '../components/AskTheExpert';
import { TableScroll } from '../components/TableScroll';
import { AddMemberForm, RemoveMembershipMutation } from '../components/MembershipAdmin';
import { GroupTimeline } from '../plans/GroupTimeline';
import { Loading, PageTitle, QueryError } from '../components/states';
import { graphql } from '../gql';
import { notify } from '../components/notify';
import { allMessages, problemsOf } from '../errors/problems';

const WorkingGroupQuery = graphql(`
  query WorkingGroup($id: ID!) {
    workingGroup(id: $id) {
      id
      title
      viewerCanUpdate
      thematicArea {
        id
        number
        description
      }
      memberships {
        id
        role
        participation
        note
        viewerCanUpdate
        organisation {
          id
          name
          shortName
        }
      }
      missingMandatoryMembers {
        id
        name
      }
    }
  }
`);

const AddMissingMutation = graphql(`
  mutation AddMissingMandatoryMembers($input: AddMissingMandatoryMembersInput!) {
    addMissingMandatoryMembers(input: $input) {
      added {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** One working group: members grouped by role with their participation, experts (invited and
 * withdrawn by whoever the API lets, see `Experts`), and the
 * benchmark-driven missing members. Whoever may manage the members (the group's
 * `viewerCanUpdate`) adds, removes and adds the missing ones in one step. */
export function WorkingGroupPage() {
  const { t } = useTranslation(['network', 'workingGroups', 'common']);
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: WorkingGroupQuery, variables: { id } });
  const [adding, addMissing] = useMutation(AddMissingMutation);
  const [, removeMembership] = useMutation(RemoveMembershipMutation);
  const [editingMember, setEditingMember] = useState<string | null>(null);
  const group = data?.workingGroup;
  const manages = group?.viewerCanUpdate ?? false;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  /** Tells about the problems of an action on the page; true when there were none. */
  function report(result: Parameters<typeof problemsOf>[1], userErrors: Parameters<typeof problemsOf>[2]): boolean {
    const messages = allMessages(problemsOf(t, result, userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    return messages.length === 0;
  }

  async function remove(membershipId: string, name: string) {
    if (!window.confirm(t('workingGroups:confirmRemove', { name }))) return;
    const result = await removeMembership({ input: { id: membershipId } });
    report(result, result.data?.removeMembership.userErrors);
    reload();
  }

  async function add() {
    const result = await addMissing({ input: { workingGroupId: id } });
    const payload = result.data?.addMissingMandatoryMembers;
    if (!report(result, payload?.userErrors)) return;
    notify(t('workingGroups:added', { count: payload?.added.length ?? 0 }));
    reload();
  }

  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!group) return <Text>{t('common:notFound')}</Text>;
  return (
    <Stack>
      <PageTitle subtitle={group.thematicArea.description}>{`${group.thematicArea.number}. ${group.title}`}</PageTitle>
      {manages && <RenameGroup id={group.id} title={group.title} onDone={reload} />}
      {(['LEADING', 'LEARNING'] as const).map((role) => (
        <section key={role} aria-labelledby={`members-${role}`}>
          <Title order={2} size="h4" id={`members-${role}`} mb="xs">
            {role === 'LEADING' ? t('workingGroups:leading') : t('workingGroups:learning')}
          </Title>
          <TableScroll>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('network:organisations.name')}</Table.Th>
                  <Table.Th scope="col">{t('workingGroups:participation')}</Table.Th>
                  <Table.Th scope="col">{t('workingGroups:note')}</Table.Th>
                  {manages && <Table.Th scope="col">{t('workingGroups:actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {group.memberships
                  .filter((m) => m.role === role)
                  .map((m) =>
                    editingMember === m.id ? (
                      <MembershipEditor
                        key={m.id}
                        membership={m}
                        onCancel={() => setEditingMember(null)}
                        onDone={() => {
                          setEditingMember(null);
                          reload();
                        }}
                      />
                    ) : (
                      <Table.Tr key={m.id}>
                        <Table.Td>{m.organisation.name}</Table.Td>
                        <Table.Td>{t(`workingGroups:${m.participation}`)}</Table.Td>
                        <Table.Td>{m.note ?? t('common:none')}</Table.Td>
                        {manages && (
                          <Table.Td>
                            {m.viewerCanUpdate && (
                              <Group gap="xs" wrap="nowrap">
                                <Button size="xs" variant="light" onClick={() => setEditingMember(m.id)}>
                                  {t('workingGroups:edit')}
                                </Button>
                                <Button size="xs" color="red.9" variant="outline" onClick={() => void remove(m.id, m.organisation.name)}>
                                  {t('workingGroups:remove')}
                                </Button>
                              </Group>
                            )}
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ),
                  )}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </section>
      ))}
      {manages && <AddMemberForm workingGroupId={group.id} memberIds={group.memberships.map((m) => m.organisation.id)} onChanged={reload} />}
      <Experts workingGroupId={group.id} />
      <section aria-labelledby="missing">
        <Title order={2} size="h4" id="missing" mb="xs">
          {t('workingGroups:missing')}
        </Title>
        {group.missingMandatoryMembers.length === 0 ? (
          <Text c="dimmed" data-testid="none-missing">
            {t('workingGroups:noneMissing')}
          </Text>
        ) : (
          <Alert color="indigo" title={t('workingGroups:missingHelp')}>
            <List data-testid="missing-members">
              {group.missingMandatoryMembers.map((org) => (
                <List.Item key={org.id}>{org.name}</List.Item>
              ))}
            </List>
            {manages && (
              <Button mt="sm" onClick={() => void add()} loading={adding.fetching}>
                {t('workingGroups:addMissing')}
              </Button>
            )}
          </Alert>
        )}
      </section>
      <Webinars workingGroupId={group.id} />
      <CoordinationCalls workingGroupId={group.id} />
      <AskTheExpert workingGroupId={group.id} />
      <GroupTimeline workingGroupId={group.id} thematicAreaId={group.thematicArea.id} />
    </Stack>
  );
}
