import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

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

function renderBoard(canPropose: boolean, viewerOrganisation: string | null, onMutation: (operation: string, variables: Record<string, unknown>) => unknown = () => undefined) {
  renderWithProviders(<AskTheExpert workingGroupId="wg-1" />, {
    client: mockClient((_q, variables, operation) => {
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
      return onMutation(operation ?? '', variables);
    }),
  });
}

const inUse = {
  __typename: 'UserError',
  field: ['input', 'id'],
  code: 'IN_USE',
  message: 'Server text: a plan action grew from this proposed action.',
  params: [],
};

describe('AskTheExpert', () => {
  it('shows the questions and their context, with no controls to whoever may not propose or edit', async () => {
    renderBoard(false, 'o-uog');
    const card = await screen.findByRole('article', { name: 'Data collection' });
    expect(within(card).getByTestId('questions-context')).toHaveTextContent('Data is scattered across offices.');
    expect(screen.queryByRole('button', { name: 'Propose an action' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
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

  it('deletes a proposed action only once confirmed, a refusal (IN_USE) shown translated next to the control', async () => {
    const sent: Record<string, unknown>[] = [];
    const confirm = vi.fn().mockReturnValue(false);
    window.confirm = confirm;
    renderBoard(true, 'o-grdr', (operation, variables) => {
      if (operation !== 'DeleteProposedAction') return undefined;
      sent.push(variables);
      return { deleteProposedAction: { __typename: 'ProposedActionPayload', proposedAction: null, userErrors: [inUse] } };
    });
    const user = userEvent.setup({ delay: null });
    const card = await screen.findByRole('article', { name: 'Data collection' });
    await user.click(within(card).getByRole('button', { name: 'Delete Data collection' }));
    expect(confirm).toHaveBeenLastCalledWith('Delete the proposed action “Data collection” with its feedback?');
    expect(sent).toEqual([]);
    confirm.mockReturnValue(true);
    await user.click(within(card).getByRole('button', { name: 'Delete Data collection' }));
    expect(sent).toEqual([{ input: { id: 'pa-1' } }]);
    const alert = await within(card).findByTestId('proposed-action-delete-problems');
    expect(alert).toHaveTextContent('A plan action grew from this proposed action, so it cannot be deleted.');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(screen.queryByText(/Server text/)).not.toBeInTheDocument();
    // The card stays, with its controls.
    expect(within(card).getByRole('button', { name: 'Delete Data collection' })).toBeInTheDocument();
  }, 30_000);

  it('deletes a proposed action and reloads the board without it', async () => {
    let deleted = false;
    window.confirm = vi.fn().mockReturnValue(true);
    renderWithProviders(<AskTheExpert workingGroupId="wg-1" />, {
      client: mockClient((_q, _v, operation) => {
        if (operation === 'AskTheExpertBoard') {
          const answer = board(true);
          if (deleted) answer.workingGroup.proposedActions = [];
          return answer;
        }
        if (operation === 'DeleteProposedAction') {
          deleted = true;
          return { deleteProposedAction: { __typename: 'ProposedActionPayload', proposedAction: { __typename: 'ProposedAction', id: 'pa-1' }, userErrors: [] } };
        }
        return undefined;
      }),
    });
    const user = userEvent.setup({ delay: null });
    const card = await screen.findByRole('article', { name: 'Data collection' });
    await user.click(within(card).getByRole('button', { name: 'Delete Data collection' }));
    await vi.waitFor(() => expect(screen.queryByRole('article', { name: 'Data collection' })).not.toBeInTheDocument());
    expect(screen.queryByTestId('proposed-action-delete-problems')).not.toBeInTheDocument();
  }, 30_000);
});
