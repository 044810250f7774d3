import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { GoodPracticesPage } from './GoodPracticesPage';

const area = (id: string, number: number, title: string, viewerCanAddGoodPractice: boolean) => ({ __typename: 'ThematicArea', id, number, title, viewerCanAddGoodPractice });

function renderPage(leads: boolean) {
  const client = mockClient((_q, _v, operation) => {
    if (operation === 'AreaOptions')
      return { thematicAreas: { __typename: 'ThematicAreaConnection', nodes: [area('a-1', 1, 'City leadership', leads), area('a-4', 4, 'Procurement', false)] } };
    if (operation === 'GoodPractices')
      return {
        goodPractices: {
          __typename: 'GoodPracticeConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes: [
            {
              __typename: 'GoodPractice',
              id: 'gp-1',
              title: 'Phoenix Award',
              description: 'An award for migrant entrepreneurs.',
              source: 'Report',
              viewerCanUpdate: leads,
              organisation: null,
              thematicArea: { __typename: 'ThematicArea', id: 'a-1', number: 1, title: 'City leadership' },
            },
          ],
        },
      };
    if (operation === 'PracticeOrganisationOptions') return { organisations: { __typename: 'OrganisationConnection', nodes: [] } };
    return undefined;
  });
  renderWithProviders(<GoodPracticesPage />, { client });
}

describe('GoodPracticesPage', () => {
  it('offers adding and editing to whoever may add practices in an area', async () => {
    renderPage(true);
    const user = userEvent.setup({ delay: null });
    const card = await screen.findByRole('article', { name: 'Phoenix Award' });
    expect(within(card).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a good practice' }));
    const form = screen.getByRole('form', { name: 'Add a good practice to the library' });
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveFocus();
    // The only area the viewer may add to is chosen already.
    expect(within(form).getAllByDisplayValue('1. City leadership').length).toBeGreaterThan(0);
  }, 30_000);

  it('shows the library without controls to everyone else', async () => {
    renderPage(false);
    const card = await screen.findByRole('article', { name: 'Phoenix Award' });
    expect(within(card).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a good practice' })).not.toBeInTheDocument();
  });
});
