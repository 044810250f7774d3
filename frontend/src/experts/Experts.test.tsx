import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { Experts } from './Experts';

const user = (id: string, displayName: string, globalRole: string) => ({ __typename: 'User', id, displayName, globalRole, active: true });

function renderExperts(canInvite: boolean, inviteAnswer?: unknown) {
  const sent: unknown[] = [];
  const client = mockClient((_q, variables, operation) => {
    if (operation === 'GroupExperts')
      return {
        workingGroup: {
          __typename: 'WorkingGroup',
          id: 'wg-3',
          viewerCanInviteExpert: canInvite,
          invitedExperts: [{ __typename: 'User', id: 'u-expert', displayName: 'IHK Munich Expert' }],
        },
      };
    if (operation === 'ExpertCandidates')
      return {
        users: {
          __typename: 'UserConnection',
          nodes: [user('u-expert', 'IHK Munich Expert', 'EXPERT'), user('u-other', 'Supplier Expert', 'EXPERT'), user('u-partner', 'Munich Partner', 'PARTNER')],
        },
      };
    if (operation === 'InviteExpert') {
      sent.push(variables.input);
      return { inviteExpert: inviteAnswer };
    }
    return undefined;
  });
  renderWithProviders(<Experts workingGroupId="wg-3" />, { client });
  return sent;
}

describe('Experts', () => {
  it('lists the invited experts without controls to whoever may not invite them', async () => {
    renderExperts(false);
    expect(await screen.findByTestId('invited-experts')).toHaveTextContent('IHK Munich Expert');
    expect(screen.queryByRole('button', { name: /Withdraw/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Invite an expert' })).not.toBeInTheDocument();
  });

  it('offers the experts not invited yet, and shows a refusal next to the field', async () => {
    const sent = renderExperts(true, {
      __typename: 'ExpertInvitationPayload',
      workingGroup: null,
      userErrors: [{ __typename: 'UserError', field: ['input', 'userId'], code: 'NOT_AN_EXPERT', message: 'Server text', params: [] }],
    });
    const u = userEvent.setup({ delay: null });
    expect(await screen.findByRole('button', { name: 'Withdraw the invitation of IHK Munich Expert' })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Invite an expert' });
    await u.click(within(form).getByRole('combobox', { name: 'Expert' }));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Supplier Expert']);
    await u.click(screen.getByRole('option', { name: 'Supplier Expert' }));
    await u.click(within(form).getByRole('button', { name: 'Invite an expert' }));
    expect(sent).toEqual([{ workingGroupId: 'wg-3', userId: 'u-other' }]);
    const field = within(form).getByRole('combobox', { name: 'Expert' });
    await screen.findByText('Only experts can be invited.');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Only experts can be invited.'));
    expect(screen.queryByText('Server text')).not.toBeInTheDocument();
  }, 30_000);
});
