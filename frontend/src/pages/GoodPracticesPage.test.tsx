import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { ADIVE, PHOENIX, TRANSFERS } from '../transfers/fixtures';
import { GoodPracticesPage } from './GoodPracticesPage';

const area = (id: string, number: number, title: string, viewerCanAddGoodPractice: boolean) => ({ __typename: 'ThematicArea', id, number, title, viewerCanAddGoodPractice });

function renderPage(leads: boolean, onMutation: (operation: string, variables: Record<string, unknown>) => unknown = () => undefined) {
  const client = mockClient((_q, variables, operation) => {
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
    // Milan adopts a practice with the same ID as this one; Munich adopts another.
    if (operation === 'PracticeTransfers')
      return {
        report: {
          __typename: 'Report',
          practiceTransfers: [{ ...TRANSFERS[0], goodPractice: { ...PHOENIX, id: 'gp-1' } }, { ...TRANSFERS[1], goodPractice: ADIVE }],
        },
      };
    if (operation === 'PracticeOrganisationOptions') return { organisations: { __typename: 'OrganisationConnection', nodes: [] } };
    return onMutation(operation ?? '', variables);
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
    expect(within(card).queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a good practice' })).not.toBeInTheDocument();
  });

  it('links each practice to its page and shows the cities that adopt it', async () => {
    renderPage(false);
    const card = await screen.findByRole('article', { name: 'Phoenix Award' });
    expect(within(card).getByRole('link', { name: 'Phoenix Award' })).toHaveAttribute('href', '/good-practices/gp-1');
    const adopted = await within(card).findByRole('region', { name: 'Adopted by' });
    const [milan] = within(adopted).getAllByTestId('adopter');
    expect(within(milan as HTMLElement).getByRole('link', { name: 'Milan' })).toHaveAttribute('href', '/organisations/org-milan');
    expect(within(milan as HTMLElement).getByRole('link', { name: 'Objective #2 – Award for migrant founders' })).toHaveAttribute('href', '/plans/plan-milan#action-progress-act-milan');
    expect(milan).toHaveTextContent('40%');
    expect(milan).toHaveTextContent('2 of 3 steps done');
    // Only this practice's adopters.
    expect(within(adopted).getAllByTestId('adopter')).toHaveLength(1);
  });

  it('deletes a practice only once confirmed, a refusal shown by its code next to the control', async () => {
    const sent: Record<string, unknown>[] = [];
    const confirm = vi.fn().mockReturnValue(false);
    window.confirm = confirm;
    renderPage(true, (operation, variables) => {
      if (operation !== 'DeleteGoodPractice') return undefined;
      sent.push(variables);
      return {
        deleteGoodPractice: {
          __typename: 'GoodPracticePayload',
          goodPractice: null,
          userErrors: [{ __typename: 'UserError', field: ['input', 'id'], code: 'NOT_FOUND', message: 'Server text', params: [] }],
        },
      };
    });
    const user = userEvent.setup({ delay: null });
    const card = await screen.findByRole('article', { name: 'Phoenix Award' });
    await user.click(within(card).getByRole('button', { name: 'Delete Phoenix Award' }));
    expect(confirm).toHaveBeenLastCalledWith('Delete the good practice “Phoenix Award”? Webinars that showcased it keep their other practices.');
    expect(sent).toEqual([]);
    confirm.mockReturnValue(true);
    await user.click(within(card).getByRole('button', { name: 'Delete Phoenix Award' }));
    expect(sent).toEqual([{ input: { id: 'gp-1' } }]);
    expect(await within(card).findByTestId('practice-delete-problems')).toHaveTextContent('Good practice names something that does not exist or that you may not see.');
    expect(screen.queryByText('Server text')).not.toBeInTheDocument();
  }, 30_000);
});
