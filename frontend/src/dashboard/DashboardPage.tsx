import { Anchor, Badge, Box, Button, Group, List, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { DataTable } from '../components/DataTable';
import { TableScroll } from '../components/TableScroll';
import { useFormat } from '../components/format';
import { ProgressValue } from '../components/ProgressValue';
import { Loading, PageTitle, QueryError } from '../components/states';
import { STATUS_COLORS, STEP_STATUSES, StatusBadge } from '../components/status';
import { PracticeTransfersCard } from '../transfers/PracticeTransfersCard';
import type { ActionPlanStage, DashboardLedGroupQuery, DashboardQuery as DashboardData, StepStatus } from '../gql/graphql';
import { actionHeading, dateCell } from '../plans/PlanTables';
import { AwaitingAdoption } from './AwaitingAdoption';
import { ChartTable } from './ChartTable';
import { ExpertSection } from './ExpertSection';
import { groupName } from './groupName';
import { LateStepsPanel } from './LateStepsPanel';
import { ProgrammeTimeline } from './ProgrammeTimeline';
import { DashboardQuery, LedGroupQuery, NetworkReportQuery } from './queries';
import { Section } from './Section';
import { SlippageCell } from './SlippageCell';
import { StepsCsvButton } from './StepsCsvButton';

type Organisation = NonNullable<DashboardData['viewer']['organisation']>;
type StatusRow = { status: StepStatus; count: number };

const STAGES: ActionPlanStage[] = ['DRAFT', 'SUBMITTED', 'ADOPTED', 'IMPLEMENTING', 'COMPLETED'];

/** Steps per status, as a chart with its table. */
function StatusChart({ title, rows, testId, order }: { title: string; rows: StatusRow[]; testId: string; order?: 3 | 4 }) {
  const { t } = useTranslation(['dashboard', 'plans', 'progress', 'common']);
  const count = (status: string) => rows.filter((r) => r.status === status).reduce((sum, r) => sum + r.count, 0);
  return (
    <ChartTable
      title={title}
      order={order}
      testId={testId}
      categoryHeader={t('dashboard:status')}
      categories={STEP_STATUSES.map((status) => ({ key: status, label: t(`progress:statuses.${status}`), axisLabel: t(`progress:statuses.${status}`) }))}
      series={[{ key: 'count', label: t('dashboard:steps'), color: 'indigo.8' }]}
      value={(status) => count(status)}
    />
  );
}

/** For a partner organisation: its plan's progress, its late steps, its groups' next calls. */
function PartnerSection({ organisation, stepsByStatus }: { organisation: Organisation; stepsByStatus: StatusRow[] }) {
  const { t } = useTranslation(['dashboard', 'plans', 'progress', 'common']);
  const format = useFormat();
  const plan = organisation.actionPlan;
  const name = organisation.shortName ?? organisation.name;
  const late = plan
    ? plan.actions.flatMap((action) => action.steps.filter((step) => step.slippage.late).map((step) => ({ ...step, action })))
    : [];
  return (
    <Section title={t('dashboard:yourOrganisation', { name })} testId="partner-dashboard">
      {plan ? (
        <>
          <Group gap="md" align="center" data-testid="plan-progress">
            <Text fw={600}>{t('dashboard:planProgress')}</Text>
            <Box w={260}>
              <ProgressValue value={plan.progress} name={t('dashboard:planOf', { name })} />
            </Box>
            <Badge miw="max-content" color="indigo">{t(`plans:stages.${plan.stage}`)}</Badge>
            <Anchor component={Link} to={`/plans/${plan.id}`}>
              {t('dashboard:openPlan')}
            </Anchor>
          </Group>
          <Section title={t('dashboard:actionProgress')} order={3}>
            <DataTable
              testId="action-progress"
              rows={plan.actions}
              columns={[
                { header: t('dashboard:action'), cell: (action) => actionHeading(action) },
                { header: t('dashboard:progress'), cell: (action) => <ProgressValue value={action.progress} name={actionHeading(action)} /> },
              ]}
            />
          </Section>
          <StatusChart title={t('dashboard:ownStepsByStatus')} rows={stepsByStatus} testId="own-steps-by-status" />
          <Section title={t('dashboard:lateSteps')} order={3}>
            {late.length === 0 ? (
              <Text c="dimmed">{t('dashboard:noLateSteps')}</Text>
            ) : (
              <DataTable
                testId="late-steps"
                rows={late}
                columns={[
                  { header: t('dashboard:action'), cell: (step) => actionHeading(step.action) },
                  {
                    header: t('dashboard:step'),
                    cell: (step) => (
                      <Text size="sm">
                        <strong>{step.number}</strong> {step.title}
                      </Text>
                    ),
                  },
                  { header: t('dashboard:status'), cell: (step) => <StatusBadge status={step.status} /> },
                  { header: t('dashboard:plannedEnd'), cell: (step) => dateCell(step.end, step.endText) },
                  { header: t('dashboard:baselineEnd'), cell: (step) => step.baselineEnd ?? t('common:none') },
                  { header: t('progress:overdue'), cell: (step) => <SlippageCell kind="overdue" days={step.slippage.daysOverdue} /> },
                  { header: t('progress:drift'), cell: (step) => <SlippageCell kind="drift" days={step.slippage.daysBehindBaseline} /> },
                ]}
              />
            )}
            {late.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('dashboard:slippageHint')}
              </Text>
            )}
          </Section>
        </>
      ) : (
        <Text c="dimmed">{t('dashboard:noPlan')}</Text>
      )}
      <Section title={t('dashboard:nextCalls')} order={3}>
        {organisation.memberships.length === 0 ? (
          <Text c="dimmed">{t('dashboard:noGroups')}</Text>
        ) : (
          <DataTable
            testId="next-calls"
            rows={organisation.memberships}
            columns={[
              {
                header: t('dashboard:workingGroup'),
                cell: (m) => (
                  <Anchor component={Link} to={`/working-groups/${m.workingGroup.id}`}>
                    {groupName(m.workingGroup)}
                  </Anchor>
                ),
              },
              { header: t('dashboard:role'), cell: (m) => (m.role === 'LEADING' ? t('dashboard:leading') : t('dashboard:learning')) },
              { header: t('dashboard:lastCall'), cell: (m) => (m.workingGroup.lastCallOn ? format.day(m.workingGroup.lastCallOn) : t('dashboard:noCall')) },
              {
                header: t('dashboard:nextCall'),
                cell: (m) => (m.workingGroup.nextScheduledCallOn ? format.day(m.workingGroup.nextScheduledCallOn) : t('dashboard:notScheduled')),
              },
              { header: t('dashboard:due'), cell: (m) => (m.workingGroup.nextCallDue ? format.day(m.workingGroup.nextCallDue) : t('common:none')) },
              {
                header: t('dashboard:callState'),
                cell: (m) =>
                  m.workingGroup.callOverdue ? (
                    <Badge miw="max-content" color="red.9" data-testid="call-overdue">
                      {t('dashboard:overdue')}
                    </Badge>
                  ) : (
                    <Badge miw="max-content" color="teal.9">{t('dashboard:onSchedule')}</Badge>
                  ),
              },
            ]}
          />
        )}
      </Section>
    </Section>
  );
}

type LedGroup = NonNullable<DashboardLedGroupQuery['workingGroup']>;

/** The reports on steps in the group's area that nobody has answered yet (the API filters
 * them, newest first), each with the action it belongs to from the learning members' plans. */
function awaitingFeedback(group: LedGroup, reports: DashboardLedGroupQuery['awaiting']['nodes']) {
  const actions = group.memberships.flatMap((m) => m.organisation.actionPlan?.actions ?? []);
  return reports.flatMap((report) => {
    const { step, organisation } = report;
    const action = step && actions.find((a) => a.steps.some((s) => s.id === step.id));
    return step && action && organisation ? [{ id: report.id, report, step, action, plan: { id: report.actionPlanId }, organisation }] : [];
  });
}

/** How many of a led group's reports awaiting feedback the panel lists before "Show all": the
 * newest, enough to act on from the start page without making it a long read. */
const AWAITING_SHOWN = 5;

/** One group the viewer's organisation leads. */
function LedGroupPanel({ id }: { id: string }) {
  const { t } = useTranslation(['dashboard', 'plans', 'progress', 'common']);
  const format = useFormat();
  const [showAll, setShowAll] = useState(false);
  const [{ data, error }] = useQuery({ query: LedGroupQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  if (error) return <QueryError error={error} />;
  if (!data) return <Loading />;
  const group = data.workingGroup;
  if (!group) return null;
  const areaId = group.thematicArea.id;
  const title = groupName(group);
  const statusRows = data.report.stepsByStatus.filter((row) => row.workingGroup?.id === group.id);
  const awaiting = awaitingFeedback(group, data.awaiting.nodes);
  return (
    <Section title={title} order={3} testId="led-group">
      <Anchor component={Link} to={`/working-groups/${group.id}`} size="sm">
        {t('dashboard:openGroup', { title })}
      </Anchor>
      <Section title={t('dashboard:learningMembers')} order={4}>
        {group.memberships.length === 0 ? (
          <Text c="dimmed">{t('dashboard:noLearningMembers')}</Text>
        ) : (
          <DataTable
            testId="learning-members"
            rows={group.memberships}
            columns={[
              {
                header: t('dashboard:organisation'),
                cell: (m) => (
                  <Anchor component={Link} to={`/organisations/${m.organisation.id}`}>
                    {m.organisation.name}
                  </Anchor>
                ),
              },
              {
                header: t('dashboard:stage'),
                cell: (m) => (m.organisation.actionPlan ? t(`plans:stages.${m.organisation.actionPlan.stage}`) : t('dashboard:noPlanShort')),
              },
              {
                header: t('dashboard:planProgressShort'),
                cell: (m) =>
                  m.organisation.actionPlan ? (
                    <ProgressValue value={m.organisation.actionPlan.progress} name={t('dashboard:planOf', { name: m.organisation.shortName ?? m.organisation.name })} />
                  ) : (
                    t('common:none')
                  ),
              },
              {
                header: t('dashboard:areaActions'),
                cell: (m) => {
                  const actions = m.organisation.actionPlan?.actions.filter((a) => a.thematicArea?.id === areaId) ?? [];
                  if (actions.length === 0) return t('common:none');
                  return (
                    <List size="sm" listStyleType="none" spacing={4}>
                      {actions.map((action) => (
                        <List.Item key={action.id}>
                          <Text size="xs">{actionHeading(action)}</Text>
                          <ProgressValue value={action.progress} name={`${m.organisation.shortName ?? m.organisation.name}: ${actionHeading(action)}`} />
                        </List.Item>
                      ))}
                    </List>
                  );
                },
              },
              {
                header: <VisuallyHidden>{t('dashboard:links')}</VisuallyHidden>,
                cell: (m) =>
                  m.organisation.actionPlan && (
                    <Anchor component={Link} to={`/plans/${m.organisation.actionPlan.id}`} size="sm">
                      {t('dashboard:openPlanOf', { name: m.organisation.shortName ?? m.organisation.name })}
                    </Anchor>
                  ),
              },
            ]}
          />
        )}
      </Section>
      <StatusChart title={t('dashboard:groupStepsByStatus', { title })} rows={statusRows} testId="group-steps-by-status" order={4} />
      <Section title={t('dashboard:awaiting', { count: awaiting.length })} order={4} testId="awaiting-feedback">
        {awaiting.length === 0 ? (
          <Text c="dimmed">{t('dashboard:noneAwaiting')}</Text>
        ) : (
          <DataTable
            testId="awaiting-reports"
            rows={showAll ? awaiting : awaiting.slice(0, AWAITING_SHOWN)}
            columns={[
              { header: t('dashboard:reported'), cell: (row) => format.time(row.report.createdAt) },
              { header: t('dashboard:organisation'), cell: (row) => row.organisation.shortName ?? row.organisation.name },
              {
                header: t('dashboard:step'),
                cell: (row) => (
                  <Text size="sm">
                    {actionHeading(row.action)} · <strong>{row.step.number}</strong> {row.step.title}
                  </Text>
                ),
              },
              { header: t('dashboard:status'), cell: (row) => <StatusBadge status={row.report.status} /> },
              { header: t('dashboard:percent'), cell: (row) => format.percent(row.report.percentComplete) },
              {
                header: t('dashboard:narrative'),
                cell: (row) => (
                  <Text size="sm" lineClamp={2} maw={360}>
                    {row.report.narrative ?? t('common:none')}
                  </Text>
                ),
              },
              {
                header: <VisuallyHidden>{t('dashboard:links')}</VisuallyHidden>,
                cell: (row) => (
                  <Anchor component={Link} to={`/plans/${row.plan.id}?step=${encodeURIComponent(row.step.id)}`} data-testid="reply-link">
                    {t('dashboard:reply')}
                    <VisuallyHidden>
                      {' '}
                      {t('dashboard:replyTo', { organisation: row.organisation.shortName ?? row.organisation.name, step: `${actionHeading(row.action)} ${row.step.number}` })}
                    </VisuallyHidden>
                  </Anchor>
                ),
              },
            ]}
          />
        )}
        {awaiting.length > AWAITING_SHOWN && (
          <Group>
            <Button variant="default" size="xs" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
              {showAll ? t('dashboard:showFewer', { count: AWAITING_SHOWN }) : t('dashboard:showAll', { count: awaiting.length })}
            </Button>
          </Group>
        )}
      </Section>
    </Section>
  );
}

/** For the coordinator: the whole network. */
function NetworkSection() {
  const { t } = useTranslation(['dashboard', 'plans', 'progress', 'common']);
  const format = useFormat();
  const [{ data, error }] = useQuery({ query: NetworkReportQuery, requestPolicy: 'cache-and-network' });
  if (error) return <QueryError error={error} />;
  if (!data) return <Loading />;
  const report = data.report;
  const groups = new Map<string, { id: string; title: string; thematicArea: { number: number } }>();
  for (const row of report.stepsByStatus) if (row.workingGroup) groups.set(row.workingGroup.id, row.workingGroup);
  const sortedGroups = [...groups.values()].sort((a, b) => a.thematicArea.number - b.thematicArea.number);
  const stepCount = (group: string, status: string) =>
    report.stepsByStatus.filter((r) => r.workingGroup?.id === group && r.status === status).reduce((sum, r) => sum + r.count, 0);
  const planCount = (stage: string) => report.plansByStage.find((r) => r.stage === stage)?.count ?? 0;
  return (
    <Section title={t('dashboard:network')} testId="network-dashboard">
      <ChartTable
        title={t('dashboard:plansByStage')}
        testId="plans-by-stage"
        categoryHeader={t('dashboard:stage')}
        categories={STAGES.map((stage) => ({ key: stage, label: t(`plans:stages.${stage}`), axisLabel: t(`plans:stages.${stage}`) }))}
        series={[{ key: 'count', label: t('dashboard:plans'), color: 'indigo.8' }]}
        value={(stage) => planCount(stage)}
      />
      <ChartTable
        title={t('dashboard:stepsByStatusPerGroup')}
        testId="steps-by-status"
        stacked
        withTotal
        categoryHeader={t('dashboard:workingGroup')}
        categories={sortedGroups.map((group) => ({
          key: group.id,
          label: groupName(group),
          axisLabel: groupName(group).length > 24 ? `${groupName(group).slice(0, 23)}…` : groupName(group),
        }))}
        series={STEP_STATUSES.map((status) => ({ key: status, label: t(`progress:statuses.${status}`), color: STATUS_COLORS[status] }))}
        value={stepCount}
      />
      <Section title={t('dashboard:overdueCalls')} order={3}>
        {report.overdueCalls.length === 0 ? (
          <Text c="dimmed">{t('dashboard:noOverdueCalls')}</Text>
        ) : (
          <DataTable
            testId="overdue-calls"
            rows={report.overdueCalls.map((row, index) => ({ ...row, id: row.workingGroup?.id ?? String(index) }))}
            columns={[
              {
                header: t('dashboard:workingGroup'),
                cell: (row) =>
                  row.workingGroup ? (
                    <Anchor component={Link} to={`/working-groups/${row.workingGroup.id}`}>
                      {groupName(row.workingGroup)}
                    </Anchor>
                  ) : (
                    t('common:none')
                  ),
              },
              { header: t('dashboard:lastCall'), cell: (row) => format.day(row.lastCallOn) },
              { header: t('dashboard:due'), cell: (row) => format.day(row.nextCallDue) },
              {
                header: t('dashboard:daysOverdue'),
                cell: (row) => (
                  <Badge miw="max-content" color="red.9" data-testid="days-overdue">
                    {t('dashboard:daysCount', { count: row.daysOverdue, formatted: format.number(row.daysOverdue) })}
                  </Badge>
                ),
              },
              {
                header: t('dashboard:scheduleColumn'),
                cell: (row) =>
                  row.workingGroup?.viewerCanScheduleCall ? (
                    <Anchor component={Link} to={`/working-groups/${row.workingGroup.id}?schedule=call`}>
                      {t('dashboard:scheduleNextCall', { group: groupName(row.workingGroup) })}
                    </Anchor>
                  ) : (
                    t('common:none')
                  ),
              },
            ]}
          />
        )}
      </Section>
      <LateStepsPanel />
      <Section title={t('dashboard:missingReports')} order={3}>
        {report.missingProgressReports.length === 0 ? (
          <Text c="dimmed">{t('dashboard:noMissingReports')}</Text>
        ) : (
          <TableScroll>
            <Table striped data-testid="missing-reports">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dashboard:workingGroup')}</Table.Th>
                  <Table.Th scope="col">{t('dashboard:organisation')}</Table.Th>
                  <Table.Th scope="col">{t('dashboard:callOf')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.missingProgressReports.map((row, index) => (
                  <Table.Tr key={`${row.workingGroup?.id}-${row.organisation?.id}-${index}`}>
                    <Table.Td>
                      {row.workingGroup ? (
                        <Anchor component={Link} to={`/working-groups/${row.workingGroup.id}`}>
                          {groupName(row.workingGroup)}
                        </Anchor>
                      ) : (
                        t('common:none')
                      )}
                    </Table.Td>
                    <Table.Td>
                      {row.organisation ? (
                        <Anchor component={Link} to={`/organisations/${row.organisation.id}`}>
                          {row.organisation.name}
                        </Anchor>
                      ) : (
                        t('common:none')
                      )}
                    </Table.Td>
                    <Table.Td>{row.coordinationCall ? format.day(row.coordinationCall.heldOn) : t('common:none')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Section>
    </Section>
  );
}

/** The start page, by role: a partner's own plan and calls; a leading member's learning
 * members and the reports awaiting its feedback; an expert's groups and the proposed actions
 * awaiting its feedback; the coordinator's whole network. */
export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'plans', 'progress', 'common']);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DashboardQuery, requestPolicy: 'cache-and-network' });
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  const { viewer } = data;
  const organisation = viewer.organisation;
  // The network overview counts every plan: for whoever the API lets see every plan.
  const network = data.viewerCapabilities.readEveryPlan;
  const led = organisation?.memberships.filter((m) => m.role === 'LEADING') ?? [];
  const isPartner = !!organisation && (!!organisation.actionPlan || organisation.memberships.length > 0);
  const ownStatus = organisation ? data.report.stepsByStatus.filter((row) => row.organisation?.id === organisation.id) : [];
  return (
    <>
      <PageTitle subtitle={t('dashboard:intro')}>{t('dashboard:title')}</PageTitle>
      <Stack gap="xl">
        {(isPartner || led.length > 0 || network) && <StepsCsvButton />}
        <ProgrammeTimeline data={data} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
        {organisation && isPartner && <PartnerSection organisation={organisation} stepsByStatus={ownStatus} />}
        {led.length > 0 && (
          <Section title={t('dashboard:ledGroups')} testId="leading-dashboard">
            {led.map((m) => (
              <LedGroupPanel key={m.workingGroup.id} id={m.workingGroup.id} />
            ))}
          </Section>
        )}
        {viewer.expertGroups.length > 0 && <ExpertSection viewerId={viewer.id} groups={viewer.expertGroups} />}
        {network && <AwaitingAdoption />}
        {network && <NetworkSection />}
        {network && <PracticeTransfersCard />}
        {!isPartner && !network && viewer.expertGroups.length === 0 && <Text c="dimmed">{t('dashboard:nothing')}</Text>}
      </Stack>
    </>
  );
}
