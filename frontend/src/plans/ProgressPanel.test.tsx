import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { ProgressPanel } from './ProgressPanel';
import type { Plan } from './types';

const step = (id: string, number: string, viewerCanReportProgress: boolean) => ({
  __typename: 'ActionStep',
  id,
  number,
  parentId: null,
  title: `Step ${number}`,
  end: '2027-03',
  endText: null,
  baselineEnd: '2019-04',
  status: 'ON_TRACK',
  percentComplete: 40,
  viewerCanUpdate: false,
  viewerCanReportProgress,
  slippage: { __typename: 'Slippage', late: false, daysLate: 0, daysBehindBaseline: 0, daysOverdue: 0 },
  latestReport: null,
  decisions:
    id === 's1'
      ? [{ __typename: 'StepDecision', text: 'Meet the council before the summer.', coordinationCall: { __typename: 'CoordinationCall', id: 'call-1', heldOn: '2026-05-10' } }]
      : [],
});

const plan = (canReport: boolean) =>
  ({
    __typename: 'ActionPlan',
    id: 'plan-grdr',
    stage: 'IMPLEMENTING',
    progress: 40,
    actions: [
      {
        __typename: 'Action',
        id: 'action-1',
        ref: 'Objective #1',
        title: 'Awareness raising',
        position: 0,
        progress: 40,
        thematicArea: null,
        steps: [step('s1', '1', canReport), step('s2', '2', canReport)],
      },
    ],
  }) as unknown as Plan;

function renderPanel(canReport: boolean) {
  renderWithProviders(<ProgressPanel plan={plan(canReport)} focusStepId={null} onChanged={() => undefined} />, { client: mockClient(() => undefined) });
}

describe('ProgressPanel', () => {
  it('offers “Report progress” on the steps the viewer may report on', () => {
    renderPanel(true);
    const steps = screen.getAllByTestId('progress-step');
    expect(steps).toHaveLength(2);
    for (const card of steps) expect(within(card).getByRole('button', { name: /^Report progress/ })).toBeInTheDocument();
  });

  it('shows the decisions of coordination calls on the steps they concern, and only there', () => {
    renderPanel(false);
    const [first, second] = screen.getAllByTestId('progress-step');
    if (!first || !second) throw new Error('two steps expected');
    expect(within(first).getByTestId('step-decisions')).toHaveTextContent('Meet the council before the summer.');
    expect(within(first).getByTestId('step-decisions')).toHaveTextContent(/decided at the call of .*2026/);
    expect(within(second).queryByTestId('step-decisions')).not.toBeInTheDocument();
  });

  it('gives each action’s section the anchor a learning journey links to', () => {
    renderPanel(false);
    const section = screen.getByRole('region', { name: /Objective #1 – Awareness raising/ });
    expect(section).toHaveAttribute('id', 'action-progress-action-1');
  });

  it('shows the progress without the button to anyone else', () => {
    renderPanel(false);
    expect(screen.getAllByTestId('progress-step')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /^Report progress/ })).not.toBeInTheDocument();
  });

  it('shows overdue and drift as two separate indicators, in words', () => {
    const late = plan(false);
    const [first, second] = (late.actions[0]?.steps ?? []) as unknown as Record<string, unknown>[];
    if (!first || !second) throw new Error('two steps expected');
    first.slippage = { __typename: 'Slippage', late: true, daysLate: 122, daysBehindBaseline: 122, daysOverdue: 21 };
    second.slippage = { __typename: 'Slippage', late: true, daysLate: 2982, daysBehindBaseline: 2982, daysOverdue: 0 };
    renderWithProviders(<ProgressPanel plan={late} focusStepId={null} onChanged={() => undefined} />, { client: mockClient(() => undefined) });
    const [both, driftOnly] = screen.getAllByTestId('progress-step');
    if (!both || !driftOnly) throw new Error('two steps expected');

    expect(within(both).getByTestId('step-overdue')).toHaveTextContent('Overdue');
    expect(within(both).getByTestId('step-overdue-text')).toHaveTextContent('Due 3 weeks ago, not done');
    expect(within(both).getByTestId('step-drift')).toHaveTextContent('Drift');
    expect(within(both).getByTestId('step-drift-text')).toHaveTextContent('Moved 4 months later than the baseline');

    expect(within(driftOnly).queryByTestId('step-overdue')).not.toBeInTheDocument();
    expect(within(driftOnly).queryByTestId('step-overdue-text')).not.toBeInTheDocument();
    expect(within(driftOnly).getByTestId('step-drift-text')).toHaveTextContent('Moved 8 years later than the baseline');
    expect(driftOnly).not.toHaveTextContent(/2,?982/);
  });

  it('shows no slippage indicator on a step on time', () => {
    renderPanel(false);
    for (const card of screen.getAllByTestId('progress-step')) {
      expect(within(card).queryByTestId('step-overdue')).not.toBeInTheDocument();
      expect(within(card).queryByTestId('step-drift')).not.toBeInTheDocument();
    }
  });

  it('opens a step’s report history, newest first, when asked', async () => {
    const reported = plan(false);
    const first = reported.actions[0]?.steps[0] as unknown as Record<string, unknown>;
    first.latestReport = {
      __typename: 'ProgressReport',
      id: 'r-2',
      status: 'ON_TRACK',
      percentComplete: 60,
      narrative: 'Open again.',
      evidenceLinks: [],
      createdAt: '2026-05-02T10:00:00Z',
      author: { __typename: 'User', id: 'u-1', displayName: 'GRDR Partner' },
      coordinationCall: null,
      feedback: [],
    };
    const asked: unknown[] = [];
    const report = (id: string, status: string, percentComplete: number, narrative: string, createdAt: string) => ({
      __typename: 'ProgressReport',
      id,
      status,
      percentComplete,
      narrative,
      createdAt,
      author: { __typename: 'User', id: 'u-1', displayName: 'GRDR Partner' },
      coordinationCall: null,
    });
    renderWithProviders(<ProgressPanel plan={reported} focusStepId={null} onChanged={() => undefined} />, {
      client: mockClient((_q, variables, operation) => {
        if (operation !== 'StepReports') return undefined;
        asked.push(variables);
        return {
          node: {
            __typename: 'ActionStep',
            id: 's1',
            progressReports: {
              __typename: 'ProgressReportConnection',
              totalCount: 2,
              nodes: [report('r-2', 'ON_TRACK', 60, 'Open again.', '2026-05-02T10:00:00Z'), report('r-1', 'DONE', 100, 'Finished.', '2026-04-01T10:00:00Z')],
            },
          },
        };
      }),
    });
    expect(asked).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: /^Report history/ }));
    const history = await screen.findByTestId('report-history');
    expect(asked).toEqual([{ id: 's1' }]);
    const items = within(history).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([expect.stringContaining('Open again.'), expect.stringContaining('Finished.')]);
    expect(items[1]).toHaveTextContent('Done');
  });
});
