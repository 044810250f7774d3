import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { AwaitingAdoption } from './AwaitingAdoption';

const plan = (id: string, organisation: string, viewerCanTransitionTo: string[]) => ({
  __typename: 'ActionPlan',
  id,
  viewerCanTransitionTo,
  organisation: { __typename: 'Organisation', id: `org-${id}`, name: organisation },
  stageHistory: [
    { __typename: 'StageChange', to: 'DRAFT', at: '2026-11-01T10:00:00Z' },
    { __typename: 'StageChange', to: 'SUBMITTED', at: '2026-11-20T10:00:00Z' },
  ],
  actions: [
    {
      __typename: 'Action',
      id: `${id}-a1`,
      ref: 'Objective #1',
      title: 'Supplier mentoring',
      position: 0,
      origin: 'MUTUAL_LEARNING',
      thematicArea: { __typename: 'ThematicArea', id: 'area-4', number: 4, title: 'Socially responsible procurement' },
    },
  ],
});

describe('AwaitingAdoption', () => {
  it('lists the submitted plans with their objectives, and says which the viewer may adopt', async () => {
    const asked: unknown[] = [];
    const client = mockClient((query, _variables, operation) => {
      if (operation !== 'AwaitingAdoption') return undefined;
      asked.push(query.includes('stage: SUBMITTED'));
      return {
        actionPlans: { __typename: 'ActionPlanConnection', totalCount: 2, nodes: [plan('p1', 'Zeta', ['ADOPTED', 'DRAFT']), plan('p2', 'Omega', [])] },
      };
    });
    renderWithProviders(<AwaitingAdoption />, { client });
    const zeta = await screen.findByRole('article', { name: 'Zeta' });
    expect(asked).toEqual([true]);
    expect(zeta).toHaveTextContent('Objective #1 – Supplier mentoring · 4. Socially responsible procurement · From mutual learning');
    expect(zeta).toHaveTextContent('You may adopt it');
    expect(screen.getByRole('link', { name: 'Action plan of Zeta' })).toHaveAttribute('href', '/plans/p1');
    expect(screen.getByRole('article', { name: 'Omega' })).not.toHaveTextContent('You may adopt it');
  });

  it('says when no plan is waiting', async () => {
    const client = mockClient((_query, _variables, operation) =>
      operation === 'AwaitingAdoption' ? { actionPlans: { __typename: 'ActionPlanConnection', totalCount: 0, nodes: [] } } : undefined,
    );
    renderWithProviders(<AwaitingAdoption />, { client });
    expect(await screen.findByText('No plan is waiting for adoption.')).toBeInTheDocument();
  });
});
