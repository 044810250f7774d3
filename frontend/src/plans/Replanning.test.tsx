import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { PlanChangeFieldsFragment } from '../gql/graphql';
import { mockClient, renderWithProviders } from '../test/render';
import { AddStepForm } from './AddStepForm';
import { PlanChanges } from './PlanChanges';
import { PlanTimeline } from './PlanTimeline';
import { ReplanDialog } from './ReplanDialog';
import { SetBaselineButton } from './SetBaselineButton';
import { StepButtons } from './StepButtons';
import { planTimelineRows } from './timelineModel';
import type { PlanAction, PlanStep } from './types';

const step = {
  __typename: 'ActionStep',
  id: 'step-1',
  number: '1',
  ref: '1',
  parentId: null,
  title: 'Map services',
  start: '2019-01',
  end: '2019-03',
  baselineStart: '2019-01',
  baselineEnd: '2019-03',
  version: 2,
  // The owner of an implementing plan: it re-plans, it does not edit.
  viewerCanUpdate: false,
  viewerCanReplan: true,
} as unknown as PlanStep;

const action = { __typename: 'Action', id: 'action-1', ref: 'Objective #2', title: 'Network', position: 1, version: 4, steps: [step] } as unknown as PlanAction;

const reasonRequired = { __typename: 'UserError', field: ['input', 'reason'], message: 'server words', code: 'REASON_REQUIRED', params: [] };

/** Answers the re-planning mutations; a missing reason is refused as the API does. */
function client(sent: unknown[]) {
  return mockClient((_query, variables, operation) => {
    const input = variables.input as { reason?: string | null };
    sent.push({ operation, input });
    const userErrors = 'reason' in input && !input.reason ? [reasonRequired] : [];
    if (operation === 'ReplanActionStep') return { replanActionStep: { __typename: 'ActionStepPayload', step: { __typename: 'ActionStep', id: 'step-1', version: 3, start: null, end: null }, userErrors } };
    if (operation === 'RemoveActionStep') return { removeActionStep: { __typename: 'ActionPayload', action: { __typename: 'Action', id: 'action-1', version: 5 }, userErrors } };
    if (operation === 'AddActionStep') return { addActionStep: { __typename: 'ActionStepPayload', step: userErrors.length ? null : { __typename: 'ActionStep', id: 'step-2' }, userErrors } };
    if (operation === 'SetPlanBaseline') return { setPlanBaseline: { __typename: 'ActionPlanPayload', actionPlan: { __typename: 'ActionPlan', id: 'plan-1', version: 9 }, userErrors: [] } };
    return undefined;
  });
}

describe('StepButtons while re-planning', () => {
  it('offers Re-plan named by the step and its objective, and no editing the owner may not do', async () => {
    const onReplan = vi.fn();
    renderWithProviders(<StepButtons step={step} action={action} replanning onReplan={onReplan} onEdit={() => undefined} onChanged={() => undefined} />, { client: client([]) });
    await userEvent.click(screen.getByRole('button', { name: 'Re-plan step 2.1 of Objective #2 – Network' }));
    expect(onReplan).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: /^Edit step/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Move step/ })).not.toBeInTheDocument();
  });

  it('deletes a step only with a reason, shown next to the field when missing', async () => {
    const sent: unknown[] = [];
    window.confirm = vi.fn();
    const onChanged = vi.fn();
    const onRemoved = vi.fn();
    renderWithProviders(<StepButtons step={step} action={action} replanning onEdit={() => undefined} onChanged={onChanged} onRemoved={onRemoved} />, { client: client(sent) });
    await userEvent.click(screen.getByRole('button', { name: 'Delete step 1 of Objective #2 – Network' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete step 2.1: Map services' });
    expect(window.confirm).not.toHaveBeenCalled();
    const reason = within(dialog).getByRole('textbox', { name: /^Reason/ });
    await userEvent.type(reason, '  ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await vi.waitFor(() => expect(reason).toHaveAccessibleDescription(/Give a reason: an agreed plan changes only with one\./));
    expect(onRemoved).not.toHaveBeenCalled();
    await userEvent.type(reason, 'The city merged it into step 2.2.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await vi.waitFor(() => expect(onRemoved).toHaveBeenCalledOnce());
    expect(sent.at(-1)).toEqual({ operation: 'RemoveActionStep', input: { id: 'step-1', expectedVersion: 2, reason: 'The city merged it into step 2.2.' } });
    expect(onChanged).toHaveBeenCalledOnce();
  });
});

describe('ReplanDialog', () => {
  it('moves the dates at their precision with the reason', async () => {
    const sent: unknown[] = [];
    const onClose = vi.fn();
    renderWithProviders(<ReplanDialog target={{ step, number: '2.1', start: '2019-01', end: '2019-03' }} replanning onClose={onClose} />, { client: client(sent) });
    const dialog = await screen.findByRole('dialog', { name: 'Re-plan step 2.1: Map services' });
    const end = within(dialog).getByRole('textbox', { name: 'End' });
    await userEvent.clear(end);
    await userEvent.type(end, '2019-05');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'The tender took two more months.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save new dates' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect(sent).toEqual([
      { operation: 'ReplanActionStep', input: { id: 'step-1', expectedVersion: 2, start: '2019-01', end: '2019-05', reason: 'The tender took two more months.' } },
    ]);
  });

  it('shows where a dragged step was, and asks no reason before the plan is agreed', async () => {
    const sent: unknown[] = [];
    const onClose = vi.fn();
    renderWithProviders(<ReplanDialog target={{ step, number: '2.1', start: '2019-02', end: '2019-04', moved: true }} replanning={false} onClose={onClose} />, { client: client(sent) });
    const dialog = await screen.findByRole('dialog', { name: 'Re-plan step 2.1: Map services' });
    expect(within(dialog).getByTestId('replan-was')).toHaveTextContent('Before: Jan 2019 to Mar 2019.');
    expect(within(dialog).getByRole('textbox', { name: 'Start' })).toHaveValue('2019-02');
    expect(within(dialog).queryByRole('textbox', { name: /^Reason/ })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledWith(false);
    expect(sent).toEqual([]);
  });
});

describe('AddStepForm while re-planning', () => {
  it('asks for the dates and the reason', async () => {
    const sent: unknown[] = [];
    const onAdded = vi.fn();
    renderWithProviders(<AddStepForm action={action} replanning onAdded={onAdded} />, { client: client(sent) });
    await userEvent.click(screen.getByRole('button', { name: 'Add step to Objective #2 – Network' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^New step/ }), 'Brief the new council');
    await userEvent.type(screen.getByRole('textbox', { name: 'Start' }), '2019-06');
    await userEvent.type(screen.getByRole('textbox', { name: /^Reason/ }), 'Elections in May.');
    await userEvent.click(screen.getByRole('button', { name: 'Add step' }));
    await vi.waitFor(() => expect(onAdded).toHaveBeenCalledWith('step-2'));
    expect(sent).toEqual([
      {
        operation: 'AddActionStep',
        input: { actionId: 'action-1', step: { title: 'Brief the new council', stakeholders: [], successFactors: [], start: '2019-06', end: null }, reason: 'Elections in May.' },
      },
    ]);
  });
});

const change = (fields: Partial<PlanChangeFieldsFragment>): PlanChangeFieldsFragment => ({
  __typename: 'PlanChange',
  kind: 'DATES_CHANGED',
  stepId: 'step-1',
  stepTitle: 'Map services',
  previousStart: null,
  previousEnd: null,
  start: null,
  end: null,
  baselineNumber: null,
  reason: null,
  at: '2024-03-05T10:00:00Z',
  by: { __typename: 'User', id: 'u-1', displayName: 'Adive Officer' },
  ...fields,
});

describe('PlanChanges', () => {
  it('lists each change in words with its dates, reason and author', () => {
    renderWithProviders(
      <PlanChanges
        changes={[
          change({ kind: 'BASELINE_SET', stepId: null, stepTitle: null, baselineNumber: 2, reason: 'Mid-term review' }),
          change({ previousStart: '2019-01', previousEnd: '2019-03', start: '2019-02', end: '2019-05', reason: 'The tender took longer.' }),
        ]}
      />,
    );
    const rows = within(screen.getByTestId('plan-changes')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('New baseline');
    expect(rows[0]).toHaveTextContent('Baseline 2');
    expect(rows[1]).toHaveTextContent('Dates moved');
    expect(rows[1]).toHaveTextContent('Map services');
    expect(rows[1]).toHaveTextContent('Jan 2019 to Mar 2019 → Feb 2019 to May 2019');
    expect(rows[1]).toHaveTextContent('The tender took longer.');
    expect(rows[1]).toHaveTextContent('Adive Officer');
  });

  it('says when there is none', () => {
    renderWithProviders(<PlanChanges changes={[]} />);
    expect(screen.getByTestId('plan-changes-empty')).toHaveTextContent('No changes since the plan was agreed.');
  });
});

describe('PlanTimeline', () => {
  const baselines = [
    { number: 1, setAt: '2019-01-10T09:00:00Z', steps: [{ stepId: 'step-1', start: '2018-11', end: '2018-12' }] },
    { number: 2, setAt: '2019-06-01T09:00:00Z', steps: [{ stepId: 'step-1', start: '2019-01', end: '2019-03' }] },
  ];
  const baselineCells = () => within(screen.getByTestId('timeline-table')).getAllByRole('row')[1]?.textContent ?? '';

  it('compares with the latest baseline, or with an earlier one picked', async () => {
    renderWithProviders(<PlanTimeline rows={planTimelineRows([action])} baselines={baselines} today="2019-02-01" />);
    expect(baselineCells()).toContain('Jan 2019Mar 2019Jan 2019Mar 2019');
    await userEvent.click(screen.getAllByLabelText('Compare with')[0] as HTMLElement);
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual(['Baseline 1 (Jan 10, 2019)', 'Baseline 2 (current, Jun 1, 2019)']);
    const legend = () => screen.getByTestId('timeline-legend').textContent;
    expect(legend()).toContain('Baseline 2');
    await userEvent.click(screen.getByRole('option', { name: 'Baseline 1 (Jan 10, 2019)' }));
    expect(baselineCells()).toContain('Jan 2019Mar 2019Nov 2018Dec 2018');
    // The legend names the baseline the hatched bars show.
    expect(legend()).toContain('Baseline 1');
    expect(legend()).not.toContain('Baseline 2');
  });

  it('has nothing to compare with one baseline', () => {
    renderWithProviders(<PlanTimeline rows={planTimelineRows([action])} baselines={baselines.slice(0, 1)} today="2019-02-01" />);
    expect(screen.queryByLabelText('Compare with')).not.toBeInTheDocument();
    expect(screen.getByTestId('timeline-legend')).toHaveTextContent('Baseline (original plan)');
  });
});

describe('SetBaselineButton', () => {
  it('sets the next baseline at the plan version read, with the note', async () => {
    const sent: unknown[] = [];
    const onChanged = vi.fn();
    renderWithProviders(<SetBaselineButton plan={{ id: 'plan-1', version: 8, baselines: [{ number: 1 }] }} onChanged={onChanged} />, { client: client(sent) });
    await userEvent.click(screen.getByRole('button', { name: 'Set new baseline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set baseline 2' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Note/ }), 'Mid-term review');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set baseline' }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(sent).toEqual([{ operation: 'SetPlanBaseline', input: { actionPlanId: 'plan-1', expectedVersion: 8, note: 'Mid-term review' } }]);
  });
});
