import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { DashboardPage } from './DashboardPage';

const author = (id: string) => ({ __typename: 'User', id });
const feedback = (id: string, by: string, replies: string[] = []) => ({
  __typename: 'Feedback',
  id,
  author: author(by),
  replies: replies.map((reply, index) => ({ __typename: 'Feedback', id: `${id}-r${index}`, author: author(reply) })),
});
const proposed = (id: string, title: string, items: ReturnType<typeof feedback>[]) => ({
  __typename: 'ProposedAction',
  id,
  title,
  organisation: { __typename: 'Organisation', id: 'org-uog', name: 'Unternehmer ohne Grenzen e.V.', shortName: 'UoG' },
  feedback: items,
});
const group = (id: string, number: number, title: string, proposedActions: ReturnType<typeof proposed>[]) => ({
  __typename: 'WorkingGroup',
  id,
  title,
  thematicArea: { __typename: 'ThematicArea', id: `area-${number}`, number },
  proposedActions,
});

/** What the API answers for an expert (no organisation) invited to two groups. */
const expert = {
  viewerCapabilities: { __typename: 'NetworkCapabilities', readEveryPlan: false, manageProgramme: false },
  programmePhases: [],
  viewer: {
    __typename: 'User',
    id: 'u-expert',
    organisation: null,
    expertGroups: [
      group('wg-1', 1, 'City leadership', [
        proposed('pa-1', 'Mentoring', []),
        // Someone else wrote, the expert did not: still waiting.
        proposed('pa-2', 'Awareness raising', [feedback('f-1', 'u-munich', ['u-grdr'])]),
        // The expert wrote top-level feedback: answered.
        proposed('pa-3', 'Capacity building', [feedback('f-2', 'u-expert')]),
        // The expert replied in the thread: answered too.
        proposed('pa-4', 'Data collection', [feedback('f-3', 'u-munich', ['u-expert'])]),
      ]),
      group('wg-3', 3, 'Furthering a proactive role of Chambers of Commerce', [proposed('pa-5', 'Engaging the Chambers', [feedback('f-4', 'u-expert')])]),
      group('wg-5', 5, 'Access to finance', []),
    ],
  },
  report: { __typename: 'Report', stepsByStatus: [] },
};

describe('ExpertSection', () => {
  it('lists the expert’s groups with the proposed actions it has not written feedback on', async () => {
    const client = mockClient((_query, _variables, operation) => (operation === 'Dashboard' ? expert : undefined));
    renderWithProviders(<DashboardPage />, { client, route: '/dashboard' });

    const section = await screen.findByRole('region', { name: 'Your groups as an expert' });
    // Each group is a region named by its link, in the order the API gives.
    const groups = within(section).getAllByTestId('expert-group');
    expect(groups).toHaveLength(3);
    const city = within(section).getByRole('region', { name: '1. City leadership' });
    expect(within(city).getByRole('link', { name: '1. City leadership' }).getAttribute('href')).toBe('/working-groups/wg-1');

    const awaiting = within(city).getByRole('region', { name: 'Awaiting your feedback: 2 proposed actions' });
    const table = within(awaiting).getByRole('table');
    expect(within(table).getAllByRole('link').map((link) => link.textContent)).toEqual(['Mentoring', 'Awareness raising']);
    expect(within(table).getByRole('link', { name: 'Mentoring' }).getAttribute('href')).toBe('/working-groups/wg-1#proposed-action-pa-1');
    expect(table).toHaveTextContent('Unternehmer ohne Grenzen e.V.');
    // Awareness raising: one comment and one reply so far.
    const row = within(table).getByRole('link', { name: 'Awareness raising' }).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('2');

    // Empty states: everything answered, nothing proposed.
    const chambers = within(section).getByRole('region', { name: '3. Furthering a proactive role of Chambers of Commerce' });
    expect(within(chambers).getByRole('region', { name: 'Awaiting your feedback: 0 proposed actions' })).toHaveTextContent(
      'No proposed action is waiting for your feedback: you have written on every one.',
    );
    expect(within(chambers).queryByRole('table')).toBeNull();
    const finance = within(section).getByRole('region', { name: '5. Access to finance' });
    expect(finance).toHaveTextContent('No action has been proposed to this group yet.');

    // An expert without an organisation is not told it has nothing to follow.
    expect(screen.queryByText(/Nothing to follow here yet/)).toBeNull();
    expect(screen.queryByTestId('partner-dashboard')).toBeNull();
  });
});
