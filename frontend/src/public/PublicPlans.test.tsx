import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { PlanPublicationControl } from './PublicationControl';
import { PublicPlanPage } from './PublicPlanPage';
import { PublicPlansPage } from './PublicPlansPage';

const summary = {
  __typename: 'PublicPlanSummary',
  id: 'plan-1',
  organisationName: 'GRDR',
  territoryName: 'Paris',
  stage: 'IMPLEMENTING',
  progress: 72.4,
  publishedAt: '2026-03-04T10:00:00Z',
  objectives: [
    {
      __typename: 'PublicObjective',
      ref: 'Objective #1',
      title: 'Sensibilise',
      thematicAreaTitle: 'City leadership',
      progress: 85.2,
      goodPractices: [{ __typename: 'PublicGoodPractice', id: 'gp-1', title: 'Phoenix Award', organisationName: 'City of Munich' }],
      steps: [
        { __typename: 'PublicStep', number: '1', title: 'Build a programme', start: '2019-01', end: '2019-03', status: 'DONE', percentComplete: 100 },
        { __typename: 'PublicStep', number: '2', title: 'Build the panel', start: '2026-02', end: null, status: 'ON_TRACK', percentComplete: 40 },
      ],
    },
    { __typename: 'PublicObjective', ref: null, title: null, thematicAreaTitle: null, progress: null, goodPractices: [], steps: [] },
  ],
};

function renderPlan(answer: typeof summary | null) {
  const client = mockClient((_q, variables, operation) => (operation === 'PublicPlanSummary' && variables.id === 'plan-1' ? { publicPlanSummary: answer } : undefined));
  renderWithProviders(
    <Routes>
      <Route path="/public/plans/:id" element={<PublicPlanPage />} />
    </Routes>,
    { client, route: '/public/plans/plan-1' },
  );
}

describe('public plan pages', () => {
  it('lists the published plans with city, stage, objectives, progress and a link', async () => {
    const client = mockClient((_q, _v, operation) => (operation === 'PublicPlanSummaries' ? { publicPlanSummaries: [summary] } : undefined));
    renderWithProviders(<PublicPlansPage />, { client, route: '/public/plans' });
    expect(screen.getByRole('heading', { level: 1, name: 'Action plans of the MEGA network' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Public lessons' })).getByRole('link', { name: 'Good practices' })).toHaveAttribute('href', '/public');
    const item = within(await screen.findByRole('list', { name: '1 published action plan' })).getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Action plan of GRDR' })).toHaveAttribute('href', '/public/plans/plan-1');
    expect(item).toHaveTextContent('City or region: Paris');
    expect(item).toHaveTextContent('Stage: Implementing');
    expect(item).toHaveTextContent('2 objectives');
    expect(item).toHaveTextContent('Progress: 72%');
  });

  it('shows a plan’s objectives and steps with where each stands', async () => {
    renderPlan(summary);
    expect(await screen.findByRole('heading', { level: 1, name: 'Action plan of GRDR' })).toBeInTheDocument();
    expect(screen.getByTestId('public-plan-progress')).toHaveTextContent('Progress: 72%');
    const first = screen.getByRole('region', { name: 'Objective #1 – Sensibilise' });
    expect(first).toHaveTextContent('Theme: City leadership · Progress: 85%');
    expect(within(first).getByTestId('public-objective-practices')).toHaveTextContent('Builds on the good practices:Phoenix Award (City of Munich)');
    expect(within(first).getByRole('link', { name: 'Phoenix Award (City of Munich)' })).toHaveAttribute('href', '/public/good-practices/gp-1');
    const rows = within(first).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual(['StepWhenWhere it stands', '1 Build a programmeJan 2019 – Mar 2019Done (100 %)', '2 Build the panelFeb 2026On track (40 %)']);
    // An objective printed without heading is named by its place.
    expect(screen.getByRole('region', { name: 'Objective 2' })).toHaveTextContent('No progress reported yet');
  });

  it('says so when the plan is not (or no longer) published', async () => {
    renderPlan(null);
    expect(await screen.findByTestId('public-plan-gone')).toHaveTextContent('This action plan is not (or no longer) published');
  });
});

describe('PlanPublicationControl', () => {
  it('publishes a plan’s summary and links its public page', async () => {
    const sent: unknown[] = [];
    const client = mockClient((_q, variables, operation) => {
      if (operation !== 'PublishPlanSummary') return undefined;
      sent.push(variables);
      return {
        publishPlanSummary: {
          __typename: 'ActionPlanPayload',
          actionPlan: { __typename: 'ActionPlan', id: 'plan-1', publishedAt: '2026-03-04T10:00:00Z', viewerCanPublish: true },
          userErrors: [],
        },
      };
    });
    renderWithProviders(<PlanPublicationControl plan={{ id: 'plan-1', title: 'Action plan of GRDR', publishedAt: null, viewerCanPublish: true }} />, { client });
    await userEvent.click(screen.getByRole('button', { name: 'Publish to the public pages: Action plan of GRDR' }));
    expect(sent).toEqual([{ input: { id: 'plan-1' } }]);
    expect(await screen.findByText('Public since Mar 4, 2026')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the public page: Action plan of GRDR' })).toHaveAttribute('href', '/public/plans/plan-1');
  });

  it('shows a refusal by its code, next to the control', async () => {
    const client = mockClient((_q, _v, operation) =>
      operation === 'PublishPlanSummary'
        ? {
            publishPlanSummary: {
              __typename: 'ActionPlanPayload',
              actionPlan: null,
              userErrors: [{ __typename: 'UserError', field: ['input', 'id'], code: 'NOT_AGREED', message: 'Server text', params: [{ __typename: 'UserErrorParam', name: 'variant', value: 'PUBLISH' }] }],
            },
          }
        : undefined,
    );
    renderWithProviders(<PlanPublicationControl plan={{ id: 'plan-1', title: 'Action plan of GRDR', publishedAt: null, viewerCanPublish: true }} />, { client });
    await userEvent.click(screen.getByRole('button', { name: 'Publish to the public pages: Action plan of GRDR' }));
    const alert = await screen.findByTestId('plan-publication-problems');
    expect(alert).toHaveTextContent('Only an adopted, implementing or completed plan can be published.');
    expect(alert).not.toHaveTextContent('Server text');
  });
});
