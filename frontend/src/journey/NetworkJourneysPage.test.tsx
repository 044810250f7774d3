import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { NetworkJourneysPage } from './NetworkJourneysPage';

const leadership = { id: 'area-1', number: 1, title: 'City leadership', benchmarkCells: [{ keyActor: 'MUNICIPALITY', dimension: 'SUPPORT_SERVICES' }] };
const outreach = {
  id: 'area-2',
  number: 2,
  title: 'Outreach and empowerment',
  benchmarkCells: [
    { keyActor: 'IMMIGRANT_ORGANISATION', dimension: 'SUPPORT_SERVICES' },
    { keyActor: 'IMMIGRANT_ORGANISATION', dimension: 'MEMBERSHIP_AND_REPRESENTATION' },
  ],
};
const cell = (keyActor: string, dimension: string, level: number | null) => ({ keyActor, dimension, level });
const baseline = { id: 'round-1', name: 'Baseline 2018', heldOn: '2018-09-01' };
const followUp = { id: 'round-2', name: 'Follow-up 2020', heldOn: '2020-03-01' };

const data = {
  organisations: {
    totalCount: 3,
    nodes: [
      { id: 'uog', name: 'Unternehmer ohne Grenzen', shortName: 'UoG', consortiumPartner: true },
      { id: 'grdr', name: 'GRDR', shortName: 'GRDR', consortiumPartner: true },
      { id: 'mpg', name: 'Migration Policy Group', shortName: 'MPG', consortiumPartner: true },
    ],
  },
  benchmarks: {
    totalCount: 3,
    nodes: [
      { id: 'b-uog', status: 'VALIDATED', round: baseline, needs: [leadership], organisation: { id: 'uog' }, scores: [] },
      {
        id: 'b-grdr-2',
        status: 'VALIDATED',
        round: followUp,
        needs: [outreach],
        organisation: { id: 'grdr' },
        scores: [cell('MUNICIPALITY', 'SUPPORT_SERVICES', 3), cell('IMMIGRANT_ORGANISATION', 'SUPPORT_SERVICES', 1), cell('IMMIGRANT_ORGANISATION', 'MEMBERSHIP_AND_REPRESENTATION', 2)],
      },
      {
        id: 'b-grdr',
        status: 'VALIDATED',
        round: baseline,
        needs: [leadership, outreach],
        organisation: { id: 'grdr' },
        scores: [cell('MUNICIPALITY', 'SUPPORT_SERVICES', 1), cell('IMMIGRANT_ORGANISATION', 'SUPPORT_SERVICES', null)],
      },
    ],
  },
  benchmarkRounds: { nodes: [followUp, baseline] },
  workingGroups: {
    nodes: [
      {
        id: 'wg-1',
        title: 'City leadership',
        thematicArea: { id: 'area-1' },
        proposedActions: [
          { id: 'pa-1', title: 'Awareness raising', organisation: { id: 'grdr' } },
          { id: 'pa-2', title: 'Data collection', organisation: { id: 'uog' } },
        ],
        memberships: [
          { id: 'm1', role: 'LEARNING', participation: 'MANDATORY', organisation: { id: 'grdr' } },
          { id: 'm2', role: 'LEARNING', participation: 'MANDATORY', organisation: { id: 'uog' } },
        ],
      },
    ],
  },
  actionPlans: {
    totalCount: 1,
    nodes: [
      {
        id: 'plan-grdr',
        stage: 'IMPLEMENTING',
        organisation: { id: 'grdr' },
        actions: [
          {
            id: 'a1',
            ref: 'Objective #1',
            title: 'Sensibilise',
            position: 0,
            progress: 80,
            thematicArea: { id: 'area-1' },
            proposedAction: { id: 'pa-1' },
            steps: [{ id: 's1', parentId: null, status: 'DONE' }],
          },
        ],
      },
    ],
  },
};

function renderPage() {
  const client = mockClient((_query, _variables, operation) => (operation === 'NetworkJourneys' ? data : undefined));
  renderWithProviders(<NetworkJourneysPage />, { client, route: '/journeys' });
}

describe('NetworkJourneysPage', () => {
  it('has one row per partner and need, partners by name, each linking to the partner’s journey', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: /one row per partner and benchmark need/ });
    const rows = within(table).getAllByTestId('network-journey-row');
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      '1. City leadership',
      '2. Outreach and empowerment',
      '2. Outreach and empowerment',
      '1. City leadership',
    ]);
    const [grdrLeadership, grdrOutreach, grdrLater, uog] = rows as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(within(grdrLeadership).getByRole('link', { name: 'GRDR' })).toHaveAttribute('href', '/organisations/grdr/journey');
    expect(within(grdrLeadership).getByRole('link', { name: 'Objective #1 – Sensibilise' })).toHaveAttribute('href', '/plans/plan-grdr#action-progress-a1');
    expect(within(grdrLeadership).getByRole('progressbar', { name: 'Progress: Objective #1 – Sensibilise' })).toBeInTheDocument();
    // The level in each round and how it moved, a need or not.
    expect(grdrLeadership).toHaveTextContent('Level 1.0 of 3 (1 of 1 cell assessed).');
    expect(grdrLeadership).toHaveTextContent('Follow-up 2020: no longer marked as a need. Level 3.0 of 3 (1 of 1 cell assessed). Change: +2.0.');
    expect(grdrOutreach).toHaveTextContent('Not a member of this area\'s working group yet.');
    expect(grdrOutreach).toHaveTextContent('No level: none of the cells that measure this area is assessed.');
    expect(grdrOutreach).toHaveTextContent('Follow-up 2020: still marked as a need. Level 1.5 of 3 (2 of 2 cells assessed).');
    expect(grdrOutreach).not.toHaveTextContent('Change');
    expect(grdrLater).toHaveTextContent('No later round yet.');
    // UoG's row: its own proposal, and no plan it may be shown.
    expect(within(uog).getByRole('link', { name: 'Data collection' })).toBeInTheDocument();
    expect(uog).toHaveTextContent('No action plan that you may read yet.');
    expect(uog).toHaveTextContent('Follow-up 2020: no benchmark yet.');
    expect(screen.getByText('Consortium partners without a benchmark you may read: Migration Policy Group')).toBeInTheDocument();
  });
});
