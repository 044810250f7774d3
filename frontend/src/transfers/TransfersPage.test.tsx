import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { TRANSFERS } from './fixtures';
import { PracticeTransfersCard } from './PracticeTransfersCard';
import { TransfersPage } from './TransfersPage';

const client = (transfers = TRANSFERS) =>
  mockClient((_q, _v, operation) => (operation === 'PracticeTransfers' || operation === 'PracticeTransferCounts' ? { report: { __typename: 'Report', practiceTransfers: transfers } } : undefined));

describe('TransfersPage', () => {
  it('lists each practice with where it comes from, the adopting city, the action and its progress', async () => {
    renderWithProviders(<TransfersPage />, { client: client() });
    const table = await screen.findByTestId('transfers');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Good practice', 'From', 'Adopting city', 'Action', 'Progress', 'Plan stage']);
    const [milan, munich] = within(table).getAllByRole('row').slice(1) as HTMLElement[];
    expect(within(milan as HTMLElement).getByRole('link', { name: 'Phoenix Award' })).toHaveAttribute('href', '/good-practices/gp-phoenix');
    expect(within(milan as HTMLElement).getByRole('link', { name: 'Munich' })).toHaveAttribute('href', '/organisations/org-munich');
    expect(within(milan as HTMLElement).getByRole('link', { name: 'Milan' })).toHaveAttribute('href', '/organisations/org-milan');
    expect(within(milan as HTMLElement).getByRole('link', { name: 'Objective #2 – Award for migrant founders' })).toHaveAttribute('href', '/plans/plan-milan#action-progress-act-milan');
    expect(within(milan as HTMLElement).getByRole('progressbar', { name: 'Progress: Milan: Objective #2 – Award for migrant founders' })).toBeInTheDocument();
    expect(within(milan as HTMLElement).getByText('40%')).toBeInTheDocument();
    expect(within(milan as HTMLElement).getByText('2 of 3 steps done')).toBeInTheDocument();
    expect(within(milan as HTMLElement).getByText('Implementing')).toBeInTheDocument();
    // No progress reported, no steps yet; a draft links to the objective on the editor.
    expect(within(munich as HTMLElement).getByText('No steps yet')).toBeInTheDocument();
    expect(within(munich as HTMLElement).getByRole('link', { name: 'Diverse suppliers' })).toHaveAttribute('href', '/plans/plan-munich#action-practices-act-munich');
  });

  it('filters by practice and by city on either side', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<TransfersPage />, { client: client() });
    await screen.findByTestId('transfers');
    expect(screen.getByText('2 links of practices to actions')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'City (either side)' }));
    await user.click(await screen.findByRole('option', { name: 'Milan' }));
    expect(screen.getByText('1 link of a practice to an action')).toBeInTheDocument();
    expect(within(screen.getByTestId('transfers')).getByRole('link', { name: 'Phoenix Award' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Practice' }));
    await user.click(await screen.findByRole('option', { name: 'Supplier diversity' }));
    expect(screen.getByText('No transfer matches the filter.')).toBeInTheDocument();
  }, 20_000);

  it('says when no practice is linked yet', async () => {
    renderWithProviders(<TransfersPage />, { client: client([]) });
    expect(await screen.findByText('No good practice has been linked to a plan action yet.')).toBeInTheDocument();
  });
});

describe('PracticeTransfersCard', () => {
  it('counts the links, the practices and the adopting cities, and links to the view', async () => {
    renderWithProviders(<PracticeTransfersCard />, { client: client() });
    const card = await screen.findByRole('region', { name: 'Practice transfers' });
    const summary = await within(card).findByTestId('transfers-summary');
    expect(summary).toHaveTextContent('2Links of practices to actions2Practices adopted2Adopting cities');
    expect(within(card).getByRole('link', { name: 'Open the practice transfers' })).toHaveAttribute('href', '/transfers');
  });
});
