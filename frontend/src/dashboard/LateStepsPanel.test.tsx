import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { LateStepsPanel } from './LateStepsPanel';

const org = (id: string, shortName: string) => ({ __typename: 'Organisation', id, name: `${shortName} (full name)`, shortName });
const group = (id: string, number: number, title: string) => ({ __typename: 'WorkingGroup', id, title, thematicArea: { __typename: 'ThematicArea', number } });
const late = (step: string, title: string, organisation: ReturnType<typeof org>, workingGroup: ReturnType<typeof group>) => ({
  __typename: 'LateStep',
  actionPlanId: `plan-${organisation.id}`,
  status: 'ON_TRACK',
  daysLate: 12,
  daysBehindBaseline: 30,
  step: { __typename: 'ActionStep', id: step, number: '1', title },
  organisation,
  workingGroup,
});

const grdr = org('o-grdr', 'GRDR');
const uog = org('o-uog', 'UoG');
const leadership = group('g-1', 1, 'City leadership');
const ALL = [late('s-1', 'Meet the council', grdr, leadership), late('s-2', 'Train the mentors', uog, leadership)];

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

  it('says so when nothing is late', async () => {
    renderWithProviders(<LateStepsPanel />, {
      client: mockClient((_q, _v, operation) => (operation === 'DashboardLateSteps' ? { report: { __typename: 'Report', lateSteps: [] } } : undefined)),
    });
    expect(await screen.findByText('No step is late.')).toBeInTheDocument();
  });
});
