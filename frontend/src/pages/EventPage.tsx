import { Anchor, Card, List, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { useFormat } from '../components/format';
import { TableScroll } from '../components/TableScroll';
import { PAGE_SIZE, Pager, useCursorPages } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { graphql } from '../gql';

const EventQuery = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      id
      title
      venue
      city
      startDate
      endDate
      datesText
      days
      plenaryOutcomes {
        id
        section
        heading
        summaryPoints
        recommendations
        workingGroups {
          id
          title
        }
      }
      agenda {
        id
        date
        start
        end
        timeText
        title
        session
        track
        description
        expertFeedbackMinutes
        expertFeedbackText
        workingGroup {
          id
          title
        }
        presentations {
          minutes
          actions
          organisation {
            id
            name
            shortName
          }
        }
      }
    }
  }
`);

const ParticipantsQuery = graphql(`
  query EventParticipants($id: ID!, $first: Int, $after: String) {
    event(id: $id) {
      id
      participants(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          firstName
          lastName
          organisationText
          country
        }
      }
    }
  }
`);

function Participants({ eventId }: { eventId: string }) {
  const { t } = useTranslation(['events', 'common']);
  const pages = useCursorPages();
  const [{ data, error }] = useQuery({ query: ParticipantsQuery, variables: { id: eventId, first: PAGE_SIZE, after: pages.after } });
  if (error) return <QueryError error={error} />;
  const participants = data?.event?.participants;
  if (!participants) return <Loading />;
  return (
    <>
      <TableScroll>
        <Table striped data-testid="participants">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('events:name')}</Table.Th>
              <Table.Th scope="col">{t('events:organisation')}</Table.Th>
              <Table.Th scope="col">{t('events:country')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {participants.nodes.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  {p.firstName} {p.lastName}
                </Table.Td>
                <Table.Td>{p.organisationText}</Table.Td>
                <Table.Td>{p.country}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Pager pageInfo={participants.pageInfo} totalCount={participants.totalCount} pages={pages} />
    </>
  );
}

/** An event: the agenda as a day-by-day timetable, and its participants. */
export function EventPage() {
  const { t } = useTranslation(['events', 'common']);
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: EventQuery, variables: { id } });
  const format = useFormat();
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  const event = data?.event;
  if (!event) return <Text>{t('common:notFound')}</Text>;
  return (
    <Stack>
      <PageTitle subtitle={`${event.venue}, ${event.city} · ${event.datesText ?? `${format.day(event.startDate)} – ${format.day(event.endDate)}`}`}>{event.title}</PageTitle>
      <section aria-labelledby="agenda">
        <Title order={2} size="h4" id="agenda" mb="xs">
          {t('events:agenda')}
        </Title>
        <Tabs defaultValue={event.days[0] ?? ''}>
          <Tabs.List>
            {event.days.map((day, index) => (
              <Tabs.Tab key={day} value={day}>
                {t('events:day', { n: index + 1, date: format.longDay(day) })}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {event.days.map((day) => (
            <Tabs.Panel key={day} value={day} pt="sm">
              <TableScroll>
                <Table data-testid={`agenda-${day}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('events:time')}</Table.Th>
                      <Table.Th scope="col">{t('events:item')}</Table.Th>
                      <Table.Th scope="col">{t('events:session')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {event.agenda
                      .filter((item) => item.date === day)
                      .map((item) => (
                        <Table.Tr key={item.id}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {item.start ? `${item.start}${item.end ? `–${item.end}` : ''}` : (item.timeText ?? '')}
                          </Table.Td>
                          <Table.Td>
                            <Text fw={600}>{item.title}</Text>
                            {item.workingGroup && (
                              <Anchor component={Link} to={`/working-groups/${item.workingGroup.id}`} size="sm">
                                {item.workingGroup.title}
                              </Anchor>
                            )}
                            {item.description && <Text size="sm">{item.description}</Text>}
                            {item.presentations.length > 0 && (
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
                                  <List.Item>
                                    {t('events:expertFeedback', { text: item.expertFeedbackText ?? '', minutes: item.expertFeedbackMinutes })}
                                  </List.Item>
                                )}
                              </List>
                            )}
                          </Table.Td>
                          <Table.Td>{item.session ?? ''}</Table.Td>
                        </Table.Tr>
                      ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </Tabs.Panel>
          ))}
        </Tabs>
      </section>
      <section aria-labelledby="plenary">
        <Title order={2} size="h4" id="plenary" mb="xs">
          {t('events:plenary')}
        </Title>
        <Stack>
          {event.plenaryOutcomes.map((outcome) => (
            <Card withBorder key={outcome.id} component="article" aria-label={outcome.heading} data-testid="plenary-outcome">
              <Title order={3} size="h5">
                {outcome.heading}
              </Title>
              <Text size="xs" c="dimmed">
                {outcome.section}
                {outcome.workingGroups.length > 0 ? ` · ${outcome.workingGroups.map((g) => g.title).join(', ')}` : ''}
              </Text>
              <Text size="sm" fw={600} mt="xs">
                {t('events:summary')}
              </Text>
              <List size="sm">
                {outcome.summaryPoints.map((point, index) => (
                  <List.Item key={index}>{point}</List.Item>
                ))}
              </List>
              {outcome.recommendations.length > 0 && (
                <>
                  <Text size="sm" fw={600} mt="xs">
                    {t('events:recommendations')}
                  </Text>
                  <List size="sm">
                    {outcome.recommendations.map((recommendation, index) => (
                      <List.Item key={index}>{recommendation}</List.Item>
                    ))}
                  </List>
                </>
              )}
            </Card>
          ))}
        </Stack>
      </section>
      <section aria-labelledby="participants">
        <Title order={2} size="h4" id="participants" mb="xs">
          {t('events:participants')}
        </Title>
        <Participants eventId={event.id} />
      </section>
    </Stack>
  );
}
