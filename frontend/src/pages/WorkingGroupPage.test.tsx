import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { WorkingGroupPage } from './WorkingGroupPage';

const org = (id: string, name: string) => ({ __typename: 'Organisation', id, name, shortName: null });

const group = (viewerCanUpdate: boolean) => ({
  workingGroup: {
    __typename: 'WorkingGroup',
    id: 'wg-2',
    title: 'Outreach and empowerment of migrant communities',
    viewerCanUpdate,
    thematicArea: { __typename: 'ThematicArea', id: 'area-2', number: 2, description: 'Outreach' },
    memberships: [
      { __typename: 'Membership', id: 'm-1', role: 'LEADING', participation: 'MANDATORY', note: null, viewerCanUpdate, organisation: org('o-munich', 'City of Munich') },
      { __typename: 'Membership', id: 'm-2', role: 'LEARNING', participation: 'MANDATORY', note: null, viewerCanUpdate, organisation: org('o-grdr', 'GRDR') },
    ],
    invitedExperts: [],
    missingMandatoryMembers: [{ __typename: 'Organisation', id: 'o-adive', name: 'Adive' }],
  },
});

function renderGroup(viewerCanUpdate: boolean) {
  // The board, the timeline and the organisation list stay loading: only the group is answered.
  const client = mockClient((_query, _variables, operation) => (operation === 'WorkingGroup' ? group(viewerCanUpdate) : undefined));
  renderWithProviders(
    <Routes>
      <Route path="/working-groups/:id" element={<WorkingGroupPage />} />
    </Routes>,
    { client, route: '/working-groups/wg-2' },
  );
}

describe('WorkingGroupPage', () => {
  it('offers member administration to whoever the API lets manage the group', async () => {
    renderGroup(true);
    const learning = await screen.findByRole('region', { name: 'Learning members' });
    expect(within(learning).getByRole('button', { name: 'Remove' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Add member' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add missing mandatory members' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename the group' })).toBeInTheDocument();
  });

  it('edits a membership in place: role, participation and note', async () => {
    renderGroup(true);
    const user = userEvent.setup({ delay: null });
    const learning = await screen.findByRole('region', { name: 'Learning members' });
    await user.click(within(learning).getByRole('button', { name: 'Edit' }));
    const editor = within(learning).getByTestId('membership-editor');
    expect(within(editor).getByRole('combobox', { name: 'Role of GRDR' })).toHaveFocus();
    expect(within(editor).getByRole('combobox', { name: 'Role of GRDR' })).toHaveValue('Learning members');
    expect(within(editor).getByRole('textbox', { name: 'Note on GRDR' })).toHaveValue('');
    await user.click(within(editor).getByRole('button', { name: 'Cancel' }));
    expect(within(learning).queryByTestId('membership-editor')).not.toBeInTheDocument();
  }, 30_000);

  it('shows the members without any administration to everyone else', async () => {
    renderGroup(false);
    const learning = await screen.findByRole('region', { name: 'Learning members' });
    expect(within(learning).getByText('GRDR')).toBeInTheDocument();
    expect(screen.getByTestId('missing-members')).toHaveTextContent('Adive');
    expect(screen.queryByRole('button', { name: 'Remove' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add missing mandatory members' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rename the group' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });
});
