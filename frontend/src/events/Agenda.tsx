import { Anchor, Button, Group, List, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';

import { useFormat } from '../components/format';
import { notify } from '../components/notify';
import { TableScroll } from '../components/TableScroll';
import { allMessages, problemsOf } from '../errors/problems';
import type { AgendaItemFieldsFragment } from '../gql/graphql';
import { AgendaItemForm } from './AgendaItemForm';
import { agendaDays } from './days';
import { RemoveAgendaItemMutation } from './mutations';

interface AgendaProps {
  eventId: string;
  startDate: string;
  endDate: string;
  days: readonly string[];
  agenda: readonly AgendaItemFieldsFragment[];
  /** Whether the viewer may edit the agenda (`Event.viewerCanUpdate`). */
  editable: boolean;
  onChanged: () => void;
}

function SlotContent({ item }: { item: AgendaItemFieldsFragment }) {
  const { t } = useTranslation(['events']);
  return (
    <>
      <Text fw={600}>{item.title}</Text>
      {item.workingGroup && (
        <Anchor component={Link} to={`/working-groups/${item.workingGroup.id}`} size="sm">
          {item.workingGroup.title}
        </Anchor>
      )}
      {item.description && <Text size="sm">{item.description}</Text>}
      {(item.presentations.length > 0 || item.expertFeedbackMinutes != null) && (
        <List size="sm">
          {item.presentations.map((p, index) => (
            <List.Item key={index}>
              {t('events:presentation', {
                organisation: p.organisation.shortName ?? p.organisation.name,
                minutes: p.minutes,
                actions: p.actions,
              })}
            </List.Item>
          ))}
          {item.expertFeedbackMinutes != null && (
            <List.Item>{t('events:expertFeedback', { text: item.expertFeedbackText ?? t('events:slot.feedbackTextPlaceholder'), minutes: item.expertFeedbackMinutes })}</List.Item>
          )}
        </List>
      )}
    </>
  );
}

function DayPanel({ day, items, eventId, editable, onChanged }: { day: string; items: AgendaItemFieldsFragment[]; eventId: string; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation(['events', 'common', 'errors']);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [, remove] = useMutation(RemoveAgendaItemMutation);
  const columns = editable ? 4 : 3;

  async function removeItem(item: AgendaItemFieldsFragment) {
    if (!window.confirm(t('events:slot.confirmRemove', { title: item.title }))) return;
    const result = await remove({ input: { id: item.id } });
    const problems = allMessages(problemsOf(t, result, result.data?.removeAgendaItem.userErrors));
    if (problems.length > 0) {
      notify(problems.join(' '), { color: 'red.9' });
      return;
    }
    notify(t('events:slot.removed'));
    onChanged();
  }

  return (
    <>
      <TableScroll>
        <Table data-testid={`agenda-${day}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('events:time')}</Table.Th>
              <Table.Th scope="col">{t('events:item')}</Table.Th>
              <Table.Th scope="col">{t('events:session')}</Table.Th>
              {editable && <Table.Th scope="col">{t('events:actionsColumn')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns}>
                  <Text c="dimmed" size="sm">
                    {t('events:slot.none')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {items.map((item) =>
              editing === item.id ? (
                <Table.Tr key={item.id}>
                  <Table.Td colSpan={columns}>
                    <AgendaItemForm
                      eventId={eventId}
                      item={item}
                      date={day}
                      onCancel={() => setEditing(null)}
                      onDone={() => {
                        setEditing(null);
                        onChanged();
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ) : (
                <Table.Tr key={item.id} data-testid="agenda-item">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.start ? `${item.start}${item.end ? `–${item.end}` : ''}` : (item.timeText ?? '')}</Table.Td>
                  <Table.Td>
                    <SlotContent item={item} />
                  </Table.Td>
                  <Table.Td>{item.session ?? ''}</Table.Td>
                  {editable && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" aria-label={t('events:slot.editNamed', { title: item.title })} onClick={() => setEditing(item.id)}>
                          {t('events:edit')}
                        </Button>
                        <Button size="xs" variant="default" color="red.9" aria-label={t('events:slot.removeNamed', { title: item.title })} onClick={() => void removeItem(item)}>
                          {t('events:remove')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {editable &&
        (adding ? (
          <AgendaItemForm
            eventId={eventId}
            date={day}
            onCancel={() => setAdding(false)}
            onDone={() => {
              setAdding(false);
              onChanged();
            }}
          />
        ) : (
          <Group mt="xs">
            <Button size="xs" onClick={() => setAdding(true)}>
              {t('events:slot.addHeading')}
            </Button>
          </Group>
        ))}
    </>
  );
}

/** An event's agenda as a day-by-day timetable; an editor adds, edits and removes slots on
 * each day of the event. */
export function Agenda({ eventId, startDate, endDate, days, agenda, editable, onChanged }: AgendaProps) {
  const { t } = useTranslation(['events']);
  const format = useFormat();
  const shown = agendaDays(days, startDate, endDate, editable);
  const [day, setDay] = useState<string | null>(shown[0] ?? null);
  const current = day && shown.includes(day) ? day : (shown[0] ?? null);
  return (
    <section aria-labelledby="agenda">
      <Title order={2} size="h4" id="agenda" mb="xs">
        {t('events:agenda')}
      </Title>
      {shown.length === 0 ? (
        <Text c="dimmed">{t('events:slot.noAgenda')}</Text>
      ) : (
        <Tabs value={current} onChange={setDay}>
          <Tabs.List>
            {shown.map((d, index) => (
              <Tabs.Tab key={d} value={d}>
                {t('events:day', { n: index + 1, date: format.longDay(d) })}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {shown.map((d) => (
            <Tabs.Panel key={d} value={d} pt="sm">
              <DayPanel day={d} items={agenda.filter((item) => item.date === d)} eventId={eventId} editable={editable} onChanged={onChanged} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </section>
  );
}
