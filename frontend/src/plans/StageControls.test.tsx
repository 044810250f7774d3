import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { ActionPlanStage } from '../gql/graphql';
import { mockClient, renderWithProviders } from '../test/render';
import { StageControls } from './StageControls';

const plan = (viewerCanTransitionTo: ActionPlanStage[], baselines: number[] = []) => ({
  __typename: 'ActionPlan' as const,
  id: 'plan-grdr',
  stage: 'IMPLEMENTING' as const,
  version: 7,
  viewerCanTransitionTo,
  baselines: baselines.map((number) => ({ __typename: 'PlanBaseline' as const, number })),
});

function renderControls(targets: ActionPlanStage[], sent: unknown[] = [], onChanged = () => undefined, baselines: number[] = []) {
  const client = mockClient((_query, variables, operation) => {
    if (operation !== 'TransitionActionPlan') return undefined;
    sent.push(variables.input);
    return { transitionActionPlan: { __typename: 'ActionPlanPayload', actionPlan: { __typename: 'ActionPlan', id: 'plan-grdr', stage: 'COMPLETED', version: 8 }, userErrors: [] } };
  });
  renderWithProviders(<StageControls plan={plan(targets, baselines)} onChanged={onChanged} />, { client });
}

describe('StageControls', () => {
  it('shows no stage button when the viewer may move the plan nowhere', () => {
    renderControls([]);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByTestId('stage-controls')).not.toBeInTheDocument();
  });

  it('shows exactly the stages the API offers, forward moves first', () => {
    renderControls(['DRAFT', 'COMPLETED']);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Complete', 'Back to draft']);
  });

  it('offers a member only what the API lets it do', () => {
    renderControls(['COMPLETED']);
    expect(screen.getByRole('button', { name: 'Complete' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back to draft' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Adopt' })).not.toBeInTheDocument();
  });

  it('moves the plan after the confirmation', async () => {
    const sent: unknown[] = [];
    const onChanged = vi.fn();
    renderControls(['COMPLETED'], sent, onChanged);
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    expect(sent).toEqual([{ id: 'plan-grdr', to: 'COMPLETED', expectedVersion: 7, comment: null }]);
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('offers a new baseline when the coordinator re-adopts a plan that has one', async () => {
    const sent: unknown[] = [];
    renderControls(['ADOPTED'], sent, () => undefined, [1]);
    await userEvent.click(screen.getByRole('button', { name: 'Adopt' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Set a new baseline from the current dates' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(sent).toEqual([{ id: 'plan-grdr', to: 'ADOPTED', expectedVersion: 7, comment: null, rebaseline: true }]);
  });

  it('asks nothing about baselines at the first adoption', async () => {
    const sent: unknown[] = [];
    renderControls(['ADOPTED'], sent);
    await userEvent.click(screen.getByRole('button', { name: 'Adopt' }));
    expect(await screen.findByRole('button', { name: 'Confirm' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(sent).toEqual([{ id: 'plan-grdr', to: 'ADOPTED', expectedVersion: 7, comment: null }]);
  });
});
