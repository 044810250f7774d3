import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { AskTheExpert } from './AskTheExpert';

const board = (canPropose: boolean) => ({
  workingGroup: {
    __typename: 'WorkingGroup',
    id: 'wg-1',
    viewerCanProposeAction: canPropose,
    memberships: [
      { __typename: 'Membership', id: 'm-1', organisation: { __typename: 'Organisation', id: 'o-uog', name: 'Unternehmer ohne Grenzen e.V.' } },
      { __typename: 'Membership', id: 'm-2', organisation: { __typename: 'Organisation', id: 'o-grdr', name: 'GRDR' } },
    ],
    proposedActions: [
      {
        __typename: 'ProposedAction',
        id: 'pa-1',
        title: 'Data collection',
        description: 'Collect data on migrant entrepreneurs.',
        guidingQuestions: ['How to put data collection in the agenda?'],
        guidingQuestionsContext: ['Data is scattered across offices.'],
        section: null,
        viewerCanUpdate: canPropose,
        organisation: { __typename: 'Organisation', id: 'o-grdr', name: 'GRDR' },
        viewerFeedbackKinds: [],
        feedback: [],
      },
    ],
  },
});

function renderBoard(canPropose: boolean, viewerOrganisation: string | null) {
  renderWithProviders(<AskTheExpert workingGroupId="wg-1" />, {
    client: mockClient((_q, _v, operation) => {
      if (operation === 'AskTheExpertBoard') return board(canPropose);
      if (operation === 'Viewer')
        return {
          viewer: {
            __typename: 'User',
            id: 'u-1',
            displayName: 'Someone',
            email: null,
            globalRole: 'PARTNER',
            language: null,
            organisation: viewerOrganisation ? { __typename: 'Organisation', id: viewerOrganisation, name: 'Unternehmer ohne Grenzen e.V.', shortName: 'UoG' } : null,
          },
        };
      return undefined;
    }),
  });
}

describe('AskTheExpert', () => {
  it('shows the questions and their context, with no controls to whoever may not propose or edit', async () => {
    renderBoard(false, 'o-uog');
    const card = await screen.findByRole('article', { name: 'Data collection' });
    expect(within(card).getByTestId('questions-context')).toHaveTextContent('Data is scattered across offices.');
    expect(screen.queryByRole('button', { name: 'Propose an action' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('lets a member propose for its own organisation, and someone else choose the member', async () => {
    renderBoard(true, 'o-uog');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Propose an action' }));
    const form = screen.getByRole('form', { name: 'Propose an action to the experts' });
    expect(form).toHaveTextContent('Presented by Unternehmer ohne Grenzen e.V.');
    expect(within(form).queryAllByLabelText(/Presenting organisation/)).toHaveLength(0);
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveFocus();
  }, 30_000);

  it('asks for the presenting member when the viewer’s organisation is not one', async () => {
    renderBoard(true, null);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Propose an action' }));
    const form = screen.getByRole('form', { name: 'Propose an action to the experts' });
    expect(within(form).getAllByLabelText(/Presenting organisation/).length).toBeGreaterThan(0);
    expect(form).not.toHaveTextContent('Presented by');
  }, 30_000);
});
