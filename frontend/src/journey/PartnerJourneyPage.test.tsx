import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { PartnerJourneyPage } from './PartnerJourneyPage';

const leadership = {
  id: 'area-1',
  number: 1,
  title: 'City leadership',
  benchmarkCells: [
    { keyActor: 'MUNICIPALITY', dimension: 'LEADERSHIP_AND_INTERDEPARTMENTAL_WORK' },
    { keyActor: 'MUNICIPALITY', dimension: 'SUPPORT_SERVICES' },
  ],
};
const outreach = { id: 'area-2', number: 2, title: 'Outreach and empowerment', benchmarkCells: [] };
const scores = [
  { keyActor: 'MUNICIPALITY', dimension: 'LEADERSHIP_AND_INTERDEPARTMENTAL_WORK', level: 1 },
  { keyActor: 'MUNICIPALITY', dimension: 'SUPPORT_SERVICES', level: 2 },
];
const baseline = { id: 'round-1', name: 'Baseline 2018', heldOn: '2018-09-01' };

function group(id: string, title: string, area: string, proposals: { id: string; title: string; organisation: string }[]) {
  return {
    id,
    title,
    thematicArea: { id: area },
    proposedActions: proposals.map((p) => ({ id: p.id, title: p.title, organisation: { id: p.organisation } })),
  };
}

const plan = (stage: string) => ({
  id: 'plan-1',
  stage,
  actions: [
    {
      id: 'a1',
      ref: 'Objective #1',
      title: 'Sensibilise',
      position: 0,
      progress: 62.5,
      thematicArea: { id: 'area-1' },
      proposedAction: { id: 'pa-1' },
      steps: [
        { id: 's1', parentId: null, status: 'DONE' },
        { id: 's2', parentId: null, status: 'DONE' },
        { id: 's3', parentId: null, status: 'DELAYED' },
      ],
    },
  ],
});

function organisation(actionPlan: ReturnType<typeof plan> | null) {
  return {
    __typename: 'Organisation',
    id: 'grdr',
    name: 'GRDR',
    shortName: 'GRDR',
    memberships: [
      {
        id: 'm1',
        role: 'LEARNING',
        participation: 'MANDATORY',
        workingGroup: group('wg-1', 'City leadership', 'area-1', [
          { id: 'pa-1', title: 'Awareness raising', organisation: 'grdr' },
          { id: 'pa-9', title: 'Data collection', organisation: 'uog' },
        ]),
      },
    ],
    actionPlan,
  };
}

function renderPage({ node = organisation(plan('IMPLEMENTING')), benchmarks = [{ id: 'b1', status: 'VALIDATED', round: baseline, needs: [outreach, leadership], scores }] } = {}) {
  const client = mockClient((_query, variables, operation) => {
    if (operation !== 'PartnerJourney') return undefined;
    expect(variables).toEqual({ id: 'grdr' });
    return { node, benchmarks: { totalCount: benchmarks.length, nodes: benchmarks }, benchmarkRounds: { nodes: [baseline] } };
  });
  renderWithProviders(
    <Routes>
      <Route path="/organisations/:id/journey" element={<PartnerJourneyPage />} />
    </Routes>,
    { client, route: '/organisations/grdr/journey' },
  );
}

describe('PartnerJourneyPage', () => {
  it('leads from a benchmark need to the group, the proposal, the plan action and its progress', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Learning journey of GRDR' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Benchmark round: Baseline 2018' })).toBeInTheDocument();
    const need = screen.getByRole('region', { name: 'Need: 1. City leadership' });
    expect(within(need).getByRole('link', { name: 'City leadership' })).toHaveAttribute('href', '/working-groups/wg-1');
    expect(need).toHaveTextContent('learning member, mandatory');
    // Only the partner's own proposals, each linked to its card on the group's board.
    expect(within(need).getByRole('link', { name: 'Awareness raising' })).toHaveAttribute('href', '/working-groups/wg-1#proposed-action-pa-1');
    expect(within(need).queryByText('Data collection')).not.toBeInTheDocument();
    // The plan action, linked to its progress on the plan page, with its progress and steps.
    expect(within(need).getByRole('link', { name: 'Objective #1 – Sensibilise' })).toHaveAttribute('href', '/plans/plan-1#action-progress-a1');
    expect(need).toHaveTextContent('Grew from “Awareness raising” · Same thematic area');
    expect(within(need).getByRole('progressbar', { name: 'Progress: Objective #1 – Sensibilise' })).toHaveAttribute('aria-valuenow', '62.5');
    expect(within(need).getByTestId('journey-step-counts')).toHaveTextContent('Steps (Delayed: 1 · Done: 2)');
    expect(within(need).getByTestId('journey-next')).toHaveTextContent('No later round yet.');
    // The level in the area: the mean of the cells chosen to measure it, and which they are.
    expect(within(need).getByTestId('journey-level')).toHaveTextContent('Level 1.5 of 3 (2 of 2 cells assessed).');
    expect(within(need).getByTestId('journey-cells')).toHaveTextContent(
      'Mean of: Municipalities × Leadership and inter-departmental work; Municipalities × Support services',
    );
    expect(screen.getByText(/mean level .* of the benchmark cells chosen/)).toBeInTheDocument();
  });

  it('says plainly what is missing instead of making it up', async () => {
    renderPage({ node: organisation(null) });
    const need = await screen.findByRole('region', { name: 'Need: 2. Outreach and empowerment' });
    expect(need).toHaveTextContent('Not a member of this area\'s working group yet.');
    expect(need).toHaveTextContent('No action plan that you may read yet.');
    expect(within(need).getByTestId('journey-level')).toHaveTextContent('No level: no benchmark cells have been chosen to measure this area.');
    expect(within(need).queryByTestId('journey-cells')).not.toBeInTheDocument();
  });

  it('shows no progress before the plan is being implemented, and links to the plan itself', async () => {
    renderPage({ node: organisation(plan('ADOPTED')) });
    const need = await screen.findByRole('region', { name: 'Need: 1. City leadership' });
    expect(need).toHaveTextContent('Plan: Adopted · Progress is reported once the plan is being implemented.');
    expect(within(need).getByRole('link', { name: 'Objective #1 – Sensibilise' })).toHaveAttribute('href', '/plans/plan-1');
    expect(within(need).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('tells a viewer with no readable benchmark that there is no need to follow', async () => {
    renderPage({ benchmarks: [] });
    expect(await screen.findByText('No benchmark of GRDR that you may read, so no need to follow yet.')).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
