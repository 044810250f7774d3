import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { ADIVE, PHOENIX, TRANSFERS } from '../transfers/fixtures';
import { GoodPracticePage } from './GoodPracticePage';

function renderPage(id: string, asked: unknown[] = []) {
  const client = mockClient((_q, variables, operation) => {
    if (operation === 'PracticeTransfers') {
      asked.push(variables.goodPracticeIds);
      const ids = variables.goodPracticeIds as string[];
      return { report: { __typename: 'Report', practiceTransfers: TRANSFERS.filter((row) => ids.includes(row.goodPractice.id)) } };
    }
    if (operation !== 'GoodPractice') return undefined;
    const other = { ...ADIVE, id: 'gp-other', title: 'One-stop shop' };
    const practice = [PHOENIX, ADIVE, other].find((p) => p.id === variables.id);
    return {
      goodPractice: practice && {
        ...practice,
        description: 'A prize for migrant entrepreneurs.',
        source: 'Munich event, 2018',
        thematicArea: null,
      },
    };
  });
  renderWithProviders(
    <Routes>
      <Route path="/good-practices/:id" element={<GoodPracticePage />} />
    </Routes>,
    { client, route: `/good-practices/${id}` },
  );
}

describe('GoodPracticePage', () => {
  it('shows the practice and the cities that adopt it, with their action and its progress', async () => {
    const asked: unknown[] = [];
    renderPage('gp-phoenix', asked);
    expect(await screen.findByRole('heading', { level: 1, name: 'Phoenix Award' })).toBeInTheDocument();
    expect(screen.getByText('A prize for migrant entrepreneurs.')).toBeInTheDocument();
    const adopted = await screen.findByRole('region', { name: 'Adopted by' });
    const adopters = within(adopted).getAllByTestId('adopter');
    expect(adopters).toHaveLength(1);
    expect(within(adopters[0] as HTMLElement).getByRole('link', { name: 'Milan' })).toBeInTheDocument();
    expect(within(adopters[0] as HTMLElement).getByRole('progressbar', { name: 'Progress: Milan: Objective #2 – Award for migrant founders' })).toBeInTheDocument();
    // Only this practice's transfers are asked for.
    expect(asked).toEqual([['gp-phoenix']]);
  });

  it('says when no city has adopted it', async () => {
    renderPage('gp-other');
    const adopted = await screen.findByRole('region', { name: 'Adopted by' });
    expect(adopted).toHaveTextContent('No city has adopted this practice in its plan yet.');
  });

  it('says when there is no such practice', async () => {
    renderPage('gp-gone');
    expect(await screen.findByText('Page not found')).toBeInTheDocument();
  });
});
