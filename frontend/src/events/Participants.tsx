import { Button, Card, Group, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { notify } from '../components/notify';
import { PAGE_SIZE, Pager, useCursorPages } from '../components/Pager';
import { Loading, QueryError } from '../components/states';
import { TableScroll } from '../components/TableScroll';
import { allMessages, problemsOf } from '../errors/problems';
import { RemoveEventParticipantMutation } from './mutations';
import { ParticipantForm } from './ParticipantForm';
import { ParticipantsQuery } from './queries';

/** The people who attended an event, page by page; an editor (`Event.viewerCanUpdate`) adds
 * and removes them. */
export function Participants({ eventId }: { eventId: string }) {
  const { t } = useTranslation(['events', 'common', 'errors']);
  const pages = useCursorPages();
  const [{ data, error }, refetch] = useQuery({ query: ParticipantsQuery, variables: { id: eventId, first: PAGE_SIZE, after: pages.after } });
  const [, remove] = useMutation(RemoveEventParticipantMutation);
  const [adding, setAdding] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error) return <QueryError error={error} />;
  const event = data?.event;
  const participants = event?.participants;
  if (!event || !participants) return <Loading />;
  const editable = event.viewerCanUpdate;

  async function removeParticipant(id: string, name: string) {
    if (!window.confirm(t('events:participant.confirmRemove', { name }))) return;
    const result = await remove({ input: { id } });
    const problems = allMessages(problemsOf(t, result, result.data?.removeEventParticipant.userErrors));
    if (problems.length > 0) {
      notify(problems.join(' '), { color: 'red.9' });
      return;
    }
    notify(t('events:participant.removed'));
    reload();
  }

  return (
    <>
      {editable &&
        (adding ? (
          <Card withBorder p="sm" mb="sm">
            <ParticipantForm
              eventId={eventId}
              onCancel={() => setAdding(false)}
              onDone={() => {
                setAdding(false);
                reload();
              }}
            />
          </Card>
        ) : (
          <Group mb="sm">
            <Button size="xs" onClick={() => setAdding(true)}>
              {t('events:participant.addHeading')}
            </Button>
          </Group>
        ))}
      <TableScroll>
        <Table striped data-testid="participants">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('events:name')}</Table.Th>
              <Table.Th scope="col">{t('events:organisation')}</Table.Th>
              <Table.Th scope="col">{t('events:country')}</Table.Th>
              {editable && <Table.Th scope="col">{t('events:actionsColumn')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {participants.nodes.map((p) => {
              const name = `${p.firstName} ${p.lastName}`;
              return (
                <Table.Tr key={p.id}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>{p.organisationText}</Table.Td>
                  <Table.Td>{p.country}</Table.Td>
                  {editable && (
                    <Table.Td>
                      <Button size="xs" variant="default" aria-label={t('events:participant.removeNamed', { name })} onClick={() => void removeParticipant(p.id, name)}>
                        {t('events:remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Pager pageInfo={participants.pageInfo} totalCount={participants.totalCount} pages={pages} />
    </>
  );
}
