import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { TerritoriesPage } from '../pages/TerritoriesPage';
import { mockClient, renderWithProviders } from '../test/render';

const page = (manageOrganisations: boolean) => ({
  viewerCapabilities: { __typename: 'NetworkCapabilities', manageOrganisations },
  territories: {
    __typename: 'TerritoryConnection',
    totalCount: 1,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: '0' },
    nodes: [{ __typename: 'Territory', id: 't-1', name: 'Munich', country: 'DE' }],
  },
});

const payload = (userErrors: unknown[]) => ({
  __typename: 'TerritoryPayload',
  territory: userErrors.length ? null : { __typename: 'Territory', id: 't-2', name: 'Vienna', country: 'AT' },
  userErrors,
});

/** The page with `manageOrganisations`; mutations are recorded and answered by `answer`. */
function renderPage(manageOrganisations: boolean, answer: (operation: string) => unknown = () => payload([])) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const client = mockClient((_q, variables, operation = '') => {
    if (operation === 'Territories') return page(manageOrganisations);
    calls.push({ operation, variables });
    return { [operation === 'CreateTerritory' ? 'createTerritory' : 'updateTerritory']: answer(operation) };
  });
  renderWithProviders(<TerritoriesPage />, { client });
  return calls;
}

describe('TerritoriesPage', () => {
  it('offers no New or Edit controls without the capability', async () => {
    renderPage(false);
    expect(await screen.findByText('Munich')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New territory' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Munich' })).not.toBeInTheDocument();
  });

  it('creates a territory with the ISO code in capitals', async () => {
    const calls = renderPage(true);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'New territory' }));
    const form = screen.getByRole('form', { name: 'New territory' });
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Vienna');
    await user.type(within(form).getByRole('textbox', { name: 'Country' }), 'at');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls).toEqual([{ operation: 'CreateTerritory', variables: { input: { name: 'Vienna', country: 'AT' } } }]));
    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'New territory' })).toHaveFocus();
  }, 30_000);

  it('shows a refused country next to the field, and Esc returns to the Edit button', async () => {
    const calls = renderPage(true, () => payload([{ __typename: 'UserError', field: ['input', 'country'], code: 'INVALID_COUNTRY', message: 'bad', params: [] }]));
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Edit Munich' }));
    const form = screen.getByRole('form', { name: 'Edit Munich' });
    const country = within(form).getByRole('textbox', { name: 'Country' });
    expect(country).toHaveValue('DE');
    await user.clear(country);
    await user.type(country, 'XX');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(country).toHaveAccessibleDescription(expect.stringContaining('Use a two-letter country code such as DE.')));
    expect(country).toHaveAttribute('aria-invalid', 'true');
    expect(calls[0]).toEqual({ operation: 'UpdateTerritory', variables: { input: { id: 't-1', name: 'Munich', country: 'XX' } } });

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Munich' })).toHaveFocus());
  }, 30_000);
});
