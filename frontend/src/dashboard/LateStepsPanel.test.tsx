import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { LateStepsPanel } from './LateStepsPanel';

const org = (id: string, shortName: string) => ({ __typename: 'Organisation', id, name: `${shortName} (full name)`, shortName });
const group = (id: string, number: number, title: string) => ({ __typename: 'WorkingGroup', id, title, thematicArea: { __typename: 'ThematicArea', number } });
const late = (step: string, title: string, organisation: ReturnType<typeof org>, workingGroup: ReturnType<typeof group>, daysOverdue = 12, daysBehindBaseline = 30) => ({
  __typename: 'LateStep',
  actionPlanId: `plan-${organisation.id}`,
  status: 'ON_TRACK',
  daysOverdue,
  daysBehindBaseline,
  step: { __typename: 'ActionStep', id: step, number: '1', title },
  organisation,
  workingGroup,
});

const grdr = org('o-grdr', 'GRDR');
const uog = org('o-uog', 'UoG');
const leadership = group('g-1', 1, 'City leadership');
const ALL = [late('s-1', 'Meet the council', grdr, leadership), late('s-2', 'Train the mentors', uog, leadership, 0, 2982)];

describe('LateStepsPanel', () => {
  it('narrows the network’s late steps by organisation through the API', async () => {
    const asked: Record<string, unknown>[] = [];
    renderWithProviders(<LateStepsPanel />, {
      client: mockClient((_q, variables, operation) => {
        if (operation !== 'DashboardLateSteps') return undefined;
        asked.push(variables);
        const lateSteps = variables.organisationId ? ALL.filter((l) => l.organisation.id === variables.organisationId) : ALL;
        return { report: { __typename: 'Report', lateSteps } };
      }),
    });
    const table = await screen.findByTestId('network-late-steps-table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('link', { name: '1 Meet the council' })).toHaveAttribute('href', '/plans/plan-o-grdr?step=s-1');

    await userEvent.click(screen.getAllByLabelText('Organisation')[0] as HTMLElement);
    await userEvent.click(await screen.findByRole('option', { name: 'UoG' }));
    expect(asked.at(-1)).toMatchObject({ organisationId: 'o-uog', workingGroupId: null });
    const narrowed = await screen.findByTestId('network-late-steps-table');
    await expect.poll(() => within(narrowed).getAllByRole('row').length).toBe(2);
    expect(within(narrowed).getByText('Train the mentors')).toBeInTheDocument();
    expect(within(narrowed).queryByText('Meet the council')).not.toBeInTheDocument();
  });

  it('shows overdue and drift in their own columns, in words', async () => {
    renderWithProviders(<LateStepsPanel />, {
      client: mockClient((_q, _v, operation) => (operation === 'DashboardLateSteps' ? { report: { __typename: 'Report', lateSteps: ALL } } : undefined)),
    });
    const table = await screen.findByTestId('network-late-steps-table');
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers.slice(-2)).toEqual(['Overdue', 'Drift']);
    const [, first, second] = within(table).getAllByRole('row');
    if (!first || !second) throw new Error('two rows expected');
    expect(within(first).getByTestId('overdue-cell')).toHaveTextContent('Due 12 days ago, not done');
    expect(within(first).getByTestId('drift-cell')).toHaveTextContent('Moved 4 weeks later than the baseline');
    expect(within(second).getByTestId('overdue-cell')).toHaveTextContent('—');
    expect(within(second).getByTestId('drift-cell')).toHaveTextContent('Moved 8 years later than the baseline');
    expect(within(second).getByTestId('drift-cell')).toHaveAttribute('data-days', '2982');
  });

  it('says so when nothing is late', async () => {
    renderWithProviders(<LateStepsPanel />, {
      client: mockClient((_q, _v, operation) => (operation === 'DashboardLateSteps' ? { report: { __typename: 'Report', lateSteps: [] } } : undefined)),
    });
    expect(await screen.findByText('No step is late.')).toBeInTheDocument();
  });
});
