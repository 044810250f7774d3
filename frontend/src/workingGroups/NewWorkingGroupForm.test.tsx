import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { NewWorkingGroup } from './NewWorkingGroupForm';

const admin = (manageWorkingGroups: boolean) => ({
  viewerCapabilities: { __typename: 'NetworkCapabilities', manageWorkingGroups },
  thematicAreas: {
    __typename: 'ThematicAreaConnection',
    nodes: [
      { __typename: 'ThematicArea', id: 'a-1', number: 1, title: 'City leadership' },
      { __typename: 'ThematicArea', id: 'a-5', number: 5, title: 'Access to finance' },
    ],
  },
});

function renderNew(manageWorkingGroups: boolean) {
  renderWithProviders(<NewWorkingGroup takenAreaIds={['a-1']} onCreated={() => undefined} />, {
    client: mockClient((_q, _v, operation) => (operation === 'WorkingGroupAdmin' ? admin(manageWorkingGroups) : undefined)),
  });
}

describe('NewWorkingGroup', () => {
  it('offers the coordinator a new group in the areas that have none', async () => {
    renderNew(true);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'New working group' }));
    const form = screen.getByRole('form', { name: 'New working group' });
    expect(within(form).getByRole('textbox', { name: 'Title of the group' })).toHaveFocus();
    await user.click(within(form).getByRole('combobox', { name: 'Thematic area' }));
    expect(screen.getByRole('option', { name: '5. Access to finance' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: '1. City leadership' })).not.toBeInTheDocument();
  }, 30_000);

  it('offers nothing to whoever may not create groups', async () => {
    renderNew(false);
    // The capability query has answered once the component renders nothing for it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'New working group' })).not.toBeInTheDocument();
  });
});
