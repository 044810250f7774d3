import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { OrganisationPage } from './OrganisationPage';

function organisation(viewerCanCreateActionPlan: boolean, actionPlan: { id: string; stage: string } | null) {
  return {
    __typename: 'Organisation',
    id: 'org-1',
    name: 'Zeta Network',
    shortName: 'Zeta',
    kind: 'NGO',
    consortiumPartner: false,
    viewerCanUpdate: false,
    viewerCanCreateActionPlan,
    actionPlan: actionPlan && { __typename: 'ActionPlan', ...actionPlan },
    territory: null,
    memberships: [],
  };
}

function renderPage(node: ReturnType<typeof organisation>) {
  const client = mockClient((_query, _variables, operation) => {
    if (operation === 'Organisation') return { node };
    if (operation === 'OrganisationBenchmarks') return { node: { __typename: 'Organisation', id: 'org-1', benchmarks: [] } };
    return undefined;
  });
  renderWithProviders(
    <Routes>
      <Route path="/organisations/:id" element={<OrganisationPage />} />
    </Routes>,
    { client, route: '/organisations/org-1' },
  );
}

describe('OrganisationPage', () => {
  it('offers "New action plan" where the API allows it', async () => {
    renderPage(organisation(true, null));
    expect(await screen.findByRole('button', { name: 'New action plan for Zeta Network' })).toBeInTheDocument();
  });

  it('links to the plan once there is one', async () => {
    renderPage(organisation(false, { id: 'plan-1', stage: 'SUBMITTED' }));
    expect(await screen.findByRole('link', { name: 'Action plan of Zeta Network (Submitted)' })).toHaveAttribute('href', '/plans/plan-1');
    expect(screen.queryByRole('button', { name: /New action plan/ })).not.toBeInTheDocument();
  });

  it('links to the organisation’s learning journey', async () => {
    renderPage(organisation(false, null));
    expect(await screen.findByRole('link', { name: 'Learning journey of Zeta Network' })).toHaveAttribute('href', '/organisations/org-1/journey');
  });

  it('shows no plan section to someone who may neither read nor create the plan', async () => {
    renderPage(organisation(false, null));
    expect(await screen.findByRole('heading', { name: 'Zeta Network' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Action plan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /New action plan/ })).not.toBeInTheDocument();
  });
});
