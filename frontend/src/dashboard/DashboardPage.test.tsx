import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { ChartTable } from './ChartTable';
import { DashboardPage } from './DashboardPage';

// happy-dom lays nothing out: charts have no size (their tables are what is checked).
beforeAll(() => {
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
  });
});

const group = (id: string, number: number, title: string) => ({
  __typename: 'WorkingGroup',
  id,
  title,
  thematicArea: { __typename: 'ThematicArea', id: `area-${number}`, number },
});
const CITY = group('wg-1', 1, 'City leadership');
const PROCUREMENT = group('wg-4', 4, 'Socially responsible procurement');

const statusCount = (workingGroup: unknown, status: string, count: number) => ({ __typename: 'StatusCount', workingGroup, status, count });

const network = {
  report: {
    __typename: 'Report',
    plansByStage: [
      { __typename: 'StageCount', stage: 'DRAFT', count: 1 },
      { __typename: 'StageCount', stage: 'IMPLEMENTING', count: 5 },
    ],
    stepsByStatus: [
      statusCount(PROCUREMENT, 'DONE', 8),
      statusCount(CITY, 'DELAYED', 4),
      statusCount(CITY, 'DONE', 15),
      statusCount(CITY, 'ON_TRACK', 12),
    ],
    overdueCalls: [{ __typename: 'OverdueCall', workingGroup: PROCUREMENT, lastCallOn: '2026-05-29', nextCallDue: '2026-09-29', daysOverdue: 61 }],
    missingProgressReports: [
      {
        __typename: 'MissingReport',
        workingGroup: CITY,
        coordinationCall: { __typename: 'CoordinationCall', id: 'call-1', heldOn: '2026-10-29' },
        organisation: { __typename: 'Organisation', id: 'org-uog', name: 'Unternehmer ohne Grenzen e.V.' },
      },
    ],
  },
};

/** The programme's phases, part of the Dashboard answer: the coordinator may correct them. */
const programmePhases = (canUpdate: boolean) => [
  {
    __typename: 'ProgrammePhase',
    id: 'p-2',
    reference: '2',
    title: 'Mutual learning phase',
    summary: null,
    start: '2018-09',
    end: '2018-12',
    startText: null,
    endText: null,
    viewerCanUpdate: canUpdate,
    stages: [],
  },
];

const coordinator = {
  viewerCapabilities: { __typename: 'NetworkCapabilities', readEveryPlan: true, manageProgramme: true },
  programmePhases: programmePhases(true),
  viewer: {
    __typename: 'User',
    id: 'u-coordinator',
    expertGroups: [],
    organisation: { __typename: 'Organisation', id: 'org-mpg', name: 'Migration Policy Group', shortName: 'MPG', memberships: [], actionPlan: null },
  },
  report: { __typename: 'Report', stepsByStatus: [] },
};

/** The figures of a table row, by column header. */
function rowValues(table: HTMLElement, rowHeader: string): Record<string, string> {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((th) => th.textContent ?? '');
  const row = within(table).getByRole('rowheader', { name: rowHeader }).closest('tr') as HTMLElement;
  const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
  return Object.fromEntries(headers.map((header, index) => [header, cells[index] ?? '']));
}

describe('ChartTable', () => {
  it('renders the chart with an accessible name and the same figures as a real table', () => {
    renderWithProviders(
      <ChartTable
        title="Steps by status"
        categoryHeader="Working group"
        categories={[
          { key: 'a', label: 'Group A', axisLabel: 'A' },
          { key: 'b', label: 'Group B', axisLabel: 'B' },
        ]}
        series={[
          { key: 'DONE', label: 'Done', color: 'teal.9' },
          { key: 'DELAYED', label: 'Delayed', color: 'orange.9' },
        ]}
        value={(category, series) => (category === 'a' ? (series === 'DONE' ? 3 : 1) : series === 'DONE' ? 0 : 2)}
        stacked
        withTotal
      />,
    );
    const section = screen.getByRole('region', { name: 'Steps by status' });
    expect(within(section).getByRole('img', { name: 'Bar chart: Steps by status. The table beside it gives the same figures.' })).toBeInTheDocument();
    const table = within(section).getByRole('table', { name: 'Steps by status (table)' });
    expect(table.tagName).toBe('TABLE');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Working group', 'Done', 'Delayed', 'Total']);
    expect(rowValues(table, 'Group A')).toEqual({ 'Working group': 'Group A', Done: '3', Delayed: '1', Total: '4' });
    expect(rowValues(table, 'Group B')).toEqual({ 'Working group': 'Group B', Done: '0', Delayed: '2', Total: '2' });
    // The chart's description points at the table.
    expect(screen.getByRole('img').getAttribute('aria-describedby')).toBe(table.id);
  });

  it('says so instead of drawing an empty chart', () => {
    renderWithProviders(<ChartTable title="Nothing" categoryHeader="Group" categories={[]} series={[]} value={() => 0} />);
    expect(screen.getByText('Nothing to count yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('DashboardPage', () => {
  it('shows the coordinator the network charts as tables, the overdue calls and the missing reports', async () => {
    const client = mockClient((_query, _variables, operation) => (operation === 'Dashboard' ? coordinator : operation === 'DashboardNetwork' ? network : undefined));
    renderWithProviders(<DashboardPage />, { client, route: '/dashboard' });

    const steps = await screen.findByRole('table', { name: 'Steps by status per working group (table)' });
    expect(rowValues(steps, '1. City leadership')).toEqual({
      'Working group': '1. City leadership',
      'Not started': '0',
      'On track': '12',
      Delayed: '4',
      Done: '15',
      Cancelled: '0',
      Total: '31',
    });
    expect(rowValues(steps, '4. Socially responsible procurement').Done).toBe('8');
    // Groups in the order of their thematic areas.
    expect(within(steps).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['1. City leadership', '4. Socially responsible procurement']);
    expect(screen.getByRole('img', { name: /^Bar chart: Steps by status per working group/ })).toBeInTheDocument();

    const stages = screen.getByRole('table', { name: 'Action plans by stage (table)' });
    expect(rowValues(stages, 'Implementing').Plans).toBe('5');
    expect(rowValues(stages, 'Draft').Plans).toBe('1');
    expect(rowValues(stages, 'Completed').Plans).toBe('0');

    expect(screen.getByTestId('overdue-calls')).toHaveTextContent('4. Socially responsible procurement');
    expect(screen.getByTestId('overdue-calls')).toHaveTextContent('61 days');
    expect(screen.getByTestId('missing-reports')).toHaveTextContent('Unternehmer ohne Grenzen e.V.');
    expect(screen.queryByTestId('partner-dashboard')).toBeNull();
    expect(screen.queryByTestId('expert-dashboard')).toBeNull();

    // The programme's timeline, which the coordinator may correct.
    const timeline = screen.getByRole('region', { name: 'Programme' });
    expect(timeline).toHaveTextContent('Sep 2018 to Dec 2018');
    expect(within(timeline).getByRole('button', { name: 'Edit 2 Mutual learning phase' })).toBeInTheDocument();
  });

  it('shows a leading member the reports of its learning members that await feedback', async () => {
    const step = (id: string, number: string) => ({ __typename: 'ActionStep', id, number, title: `Step ${id}` });
    const grdr = { __typename: 'Organisation', id: 'org-grdr', name: 'GRDR', shortName: 'GRDR' };
    // What the API answers for `progressReports(filter: { workingGroupId, awaitingFeedback })`.
    const report = (id: string, stepId: string, number: string) => ({
      __typename: 'ProgressReport',
      id,
      createdAt: '2026-11-01T10:00:00Z',
      status: 'DELAYED',
      percentComplete: 30,
      narrative: `Narrative ${id}`,
      actionPlanId: 'plan-grdr',
      organisation: grdr,
      step: step(stepId, number),
    });
    const munich = {
      viewerCapabilities: { __typename: 'NetworkCapabilities', readEveryPlan: false, manageProgramme: false },
      programmePhases: programmePhases(false),
      viewer: {
        __typename: 'User',
        id: 'u-munich',
        expertGroups: [],
        organisation: {
          __typename: 'Organisation',
          id: 'org-munich',
          name: 'City of Munich',
          shortName: 'Munich',
          memberships: [
            {
              __typename: 'Membership',
              id: 'm-1',
              role: 'LEADING',
              workingGroup: { ...CITY, lastCallOn: '2026-10-29', nextScheduledCallOn: '2027-02-28', nextCallDue: '2027-02-28', callOverdue: false },
            },
          ],
          actionPlan: null,
        },
      },
      report: { __typename: 'Report', stepsByStatus: [] },
    };
    const led = {
      workingGroup: {
        ...CITY,
        memberships: [
          {
            __typename: 'Membership',
            id: 'm-grdr',
            organisation: {
              __typename: 'Organisation',
              id: 'org-grdr',
              name: 'GRDR',
              shortName: 'GRDR',
              actionPlan: {
                __typename: 'ActionPlan',
                id: 'plan-grdr',
                stage: 'IMPLEMENTING',
                progress: 72.4,
                actions: [
                  {
                    __typename: 'Action',
                    id: 'a-1',
                    ref: 'Objective #1',
                    title: 'Sensibilise',
                    position: 0,
                    progress: 85,
                    thematicArea: { __typename: 'ThematicArea', id: 'area-1' },
                    steps: [step('s-1', '1'), step('s-2', '2'), step('s-3', '3')],
                  },
                  {
                    __typename: 'Action',
                    id: 'a-2',
                    ref: 'Objective #9',
                    title: 'Elsewhere',
                    position: 1,
                    progress: 10,
                    thematicArea: { __typename: 'ThematicArea', id: 'area-2' },
                    steps: [step('s-9', '1')],
                  },
                ],
              },
            },
          },
        ],
      },
      // One unanswered report, plus one on a step the learning members' plans do not show
      // (it cannot be placed, so it is left out).
      awaiting: { __typename: 'ProgressReportConnection', totalCount: 2, nodes: [report('r-1', 's-1', '1'), report('r-x', 's-unknown', '7')] },
      report: { __typename: 'Report', stepsByStatus: [statusCount({ __typename: 'WorkingGroup', id: 'wg-1' }, 'DELAYED', 4)] },
    };
    const client = mockClient((_query, variables, operation) =>
      operation === 'Dashboard' ? munich : operation === 'DashboardLedGroup' && variables.id === CITY.id ? led : undefined,
    );
    renderWithProviders(<DashboardPage />, { client, route: '/dashboard' });

    const awaiting = await screen.findByRole('region', { name: '1 progress report awaiting your feedback' });
    expect(awaiting).toHaveTextContent('Narrative r-1');
    // Answered reports and reports outside the group's area are not waiting for this group.
    expect(awaiting).not.toHaveTextContent('Narrative r-x');
    const reply = within(awaiting).getByRole('link', { name: 'Reply to GRDR on Objective #1 – Sensibilise 1' });
    expect(reply.getAttribute('href')).toBe('/plans/plan-grdr?step=s-1');

    const chart = screen.getByRole('table', { name: 'Steps by status in 1. City leadership (table)' });
    expect(rowValues(chart, 'Delayed').Steps).toBe('4');
    expect(rowValues(chart, 'Done').Steps).toBe('0');
    expect(screen.getByTestId('learning-members')).toHaveTextContent('GRDR');
    // Munich is invited to no group as an expert: no expert section.
    expect(screen.queryByTestId('expert-dashboard')).toBeNull();
    // The programme, which a partner reads but does not edit.
    const timeline = screen.getByRole('region', { name: 'Programme' });
    expect(timeline).toHaveTextContent('2 Mutual learning phase');
    expect(within(timeline).queryByRole('button')).toBeNull();
  });

  it('shows a partner its late steps with overdue and drift apart, in words', async () => {
    const slipped = (id: string, number: string, daysOverdue: number, daysBehindBaseline: number) => ({
      __typename: 'ActionStep',
      id,
      number,
      title: `Step ${id}`,
      status: 'DELAYED',
      percentComplete: 30,
      end: '2026-10',
      endText: null,
      baselineEnd: '2026-06',
      slippage: { __typename: 'Slippage', late: daysOverdue + daysBehindBaseline > 0, daysLate: Math.max(daysOverdue, daysBehindBaseline), daysBehindBaseline, daysOverdue },
    });
    const partner = {
      viewerCapabilities: { __typename: 'NetworkCapabilities', readEveryPlan: false, manageProgramme: false },
      programmePhases: programmePhases(false),
      viewer: {
        __typename: 'User',
        id: 'u-grdr',
        expertGroups: [],
        organisation: {
          __typename: 'Organisation',
          id: 'org-grdr',
          name: 'GRDR',
          shortName: 'GRDR',
          memberships: [],
          actionPlan: {
            __typename: 'ActionPlan',
            id: 'plan-grdr',
            stage: 'IMPLEMENTING',
            progress: 40,
            actions: [
              {
                __typename: 'Action',
                id: 'a-1',
                ref: 'Objective #1',
                title: 'Sensibilise',
                position: 0,
                progress: 40,
                steps: [slipped('s-1', '1', 21, 122), slipped('s-2', '2', 0, 2982), slipped('s-3', '3', 0, 0)],
              },
            ],
          },
        },
      },
      report: { __typename: 'Report', stepsByStatus: [] },
    };
    renderWithProviders(<DashboardPage />, { client: mockClient((_q, _v, operation) => (operation === 'Dashboard' ? partner : undefined)), route: '/dashboard' });

    const table = await screen.findByTestId('late-steps');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent).slice(-2)).toEqual(['Overdue', 'Drift']);
    const [, both, driftOnly, ...rest] = within(table).getAllByRole('row');
    if (!both || !driftOnly) throw new Error('two late steps expected');
    expect(rest).toEqual([]);
    expect(within(both).getByTestId('overdue-cell')).toHaveTextContent('Due 3 weeks ago, not done');
    expect(within(both).getByTestId('drift-cell')).toHaveTextContent('Moved 4 months later than the baseline');
    expect(within(driftOnly).getByTestId('overdue-cell')).toHaveTextContent('—');
    expect(within(driftOnly).getByTestId('drift-cell')).toHaveTextContent('Moved 8 years later than the baseline');
  });
});
