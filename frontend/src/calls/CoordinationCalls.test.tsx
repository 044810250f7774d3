import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { CoordinationCalls } from './CoordinationCalls';

const org = (id: string, name: string, shortName: string, steps: { id: string; number: string; title: string }[]) => ({
  __typename: 'Organisation',
  id,
  name,
  shortName,
  actionPlan: {
    __typename: 'ActionPlan',
    id: `plan-${id}`,
    actions: [
      {
        __typename: 'Action',
        id: `action-${id}`,
        ref: null,
        title: 'Objective',
        thematicArea: { __typename: 'ThematicArea', id: 'area-1' },
        steps: steps.map((s) => ({ __typename: 'ActionStep', ...s })),
      },
    ],
  },
});

const call = (id: string, heldOn: string, scheduled: boolean, viewerCanUpdate: boolean, extra: Record<string, unknown> = {}) => ({
  __typename: 'CoordinationCall',
  id,
  heldOn,
  scheduled,
  version: 1,
  seriesId: null,
  agenda: null,
  notes: null,
  viewerCanUpdate,
  facilitator: { __typename: 'User', id: 'u-mpg', displayName: 'MPG Coordinator' },
  participants: [],
  decisions: [],
  ...extra,
});

function panel(canSchedule: boolean) {
  return {
    workingGroup: {
      __typename: 'WorkingGroup',
      id: 'wg-1',
      viewerCanScheduleCall: canSchedule,
      thematicArea: { __typename: 'ThematicArea', id: 'area-1' },
      memberships: [
        { __typename: 'Membership', id: 'm-1', organisation: org('o-grdr', 'GRDR', 'GRDR', [{ id: 's-1', number: '1', title: 'Meet the council' }]) },
        { __typename: 'Membership', id: 'm-2', organisation: org('o-munich', 'City of Munich', 'Munich', []) },
      ],
      coordinationCalls: {
        __typename: 'CoordinationCallConnection',
        totalCount: 2,
        nodes: [
          call('c-next', '2099-03-01', true, canSchedule),
          call('c-held', '2019-05-10', false, canSchedule, {
            notes: 'All present.',
            decisions: [{ __typename: 'CallDecision', text: 'GRDR meets the council before the summer.', stepIds: ['s-1', 's-hidden'] }],
          }),
        ],
      },
    },
  };
}

function renderPanel(canSchedule: boolean, route = '/') {
  renderWithProviders(<CoordinationCalls workingGroupId="wg-1" />, {
    client: mockClient((_q, _v, operation) => (operation === 'GroupCallsPanel' ? panel(canSchedule) : undefined)),
    route,
  });
}

describe('CoordinationCalls', () => {
  it('lists the calls to come and those held, with minutes and the steps each decision concerns', async () => {
    renderPanel(false);
    const upcoming = await screen.findByTestId('upcoming-calls');
    expect(within(upcoming).getAllByTestId('call')).toHaveLength(1);
    const past = screen.getByTestId('past-calls');
    expect(within(past).getByTestId('call-notes')).toHaveTextContent('All present.');
    const decisions = within(past).getByTestId('call-decisions');
    expect(decisions).toHaveTextContent('GRDR meets the council before the summer.');
    expect(decisions).toHaveTextContent('GRDR – step 1: Meet the council');
    expect(decisions).toHaveTextContent('a step you cannot see');
  });

  it('offers no scheduling, editing or cancelling to whoever the API does not allow', async () => {
    renderPanel(false);
    await screen.findByTestId('upcoming-calls');
    expect(screen.queryByRole('button', { name: 'Schedule a call' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the minutes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel the call' })).not.toBeInTheDocument();
  });

  it('lets the coordinator schedule a series and record the minutes of a held call', async () => {
    renderPanel(true);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Schedule a call' }));
    const form = screen.getByRole('form', { name: 'Schedule a coordination call' });
    expect(within(form).getByLabelText(/Date \(of the first call\)/)).toHaveFocus();
    await user.click(within(form).getByRole('checkbox', { name: 'Repeat as a series' }));
    expect(within(form).getByRole('textbox', { name: 'Number of calls' })).toHaveValue('3');
    expect(within(form).getByRole('textbox', { name: 'Months between calls' })).toHaveValue('4');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'Schedule a coordination call' })).not.toBeInTheDocument();

    const past = screen.getByTestId('past-calls');
    await user.click(within(past).getByRole('button', { name: 'Record the minutes' }));
    const minutes = within(past).getByRole('form', { name: /^Call of/ });
    expect(within(minutes).getByRole('textbox', { name: 'Notes' })).toHaveValue('All present.');
    expect(within(minutes).getByRole('textbox', { name: 'Decision 1' })).toHaveValue('GRDR meets the council before the summer.');
    await user.click(within(minutes).getByRole('button', { name: 'Add a decision' }));
    expect(within(minutes).getAllByTestId('decision-draft')).toHaveLength(2);
    await user.click(within(minutes).getByRole('button', { name: 'Remove decision 1' }));
    expect(within(minutes).getByRole('textbox', { name: 'Decision 1' })).toHaveValue('');
  }, 30_000);

  it('shows a call’s time in its zone, and schedules one at a time of day with a refused zone worded next to its field', async () => {
    const sent: Record<string, unknown>[] = [];
    const timed = panel(true);
    timed.workingGroup.coordinationCalls.nodes[0] = call('c-next', '2099-03-01', true, true, {
      startTime: '09:30',
      timeZone: 'Europe/Brussels',
      startsAt: '2099-03-01T08:30:00Z',
    });
    renderWithProviders(<CoordinationCalls workingGroupId="wg-1" />, {
      client: mockClient((_q, variables, operation) => {
        if (operation === 'GroupCallsPanel') return timed;
        if (operation === 'CallFacilitators')
          return {
            users: {
              __typename: 'UserConnection',
              nodes: [
                { __typename: 'User', id: 'u-mpg', displayName: 'MPG Coordinator' },
                { __typename: 'User', id: 'u-munich', displayName: 'Munich Partner' },
              ],
            },
          };
        if (operation === 'ScheduleCoordinationCall') {
          sent.push(variables as Record<string, unknown>);
          return {
            scheduleCoordinationCall: {
              __typename: 'ScheduleCoordinationCallPayload',
              series: [],
              userErrors: [{ __typename: 'UserError', field: ['input', 'timeZone'], code: 'INVALID_TIME_ZONE', message: 'server words', params: [] }],
            },
          };
        }
        return undefined;
      }),
    });
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByTestId('call-time')).toHaveTextContent('09:30 (Europe/Brussels)');
    await user.click(screen.getByRole('button', { name: 'Schedule a call' }));
    const form = screen.getByRole('form', { name: 'Schedule a coordination call' });
    fireEvent.change(within(form).getByLabelText(/Date \(of the first call\)/), { target: { value: '2099-06-01' } });
    fireEvent.change(within(form).getByLabelText('Start time'), { target: { value: '14:15' } });
    await user.click(within(form).getAllByLabelText('Facilitator')[0] as HTMLElement);
    await user.click(await screen.findByRole('option', { name: 'Munich Partner' }));
    await user.click(within(form).getByRole('button', { name: 'Schedule a call' }));
    expect(sent[0]).toMatchObject({ input: { heldOn: '2099-06-01', startTime: '14:15', timeZone: 'Europe/Brussels', facilitatorId: 'u-munich' } });
    expect(await within(form).findByText('Use a time zone name such as Europe/Berlin, or UTC.')).toBeInTheDocument();
    expect(screen.queryByText('server words')).not.toBeInTheDocument();
  }, 30_000);

  it('opens the scheduling form from the dashboard’s link, for whoever may schedule', async () => {
    renderPanel(true, '/?schedule=call');
    expect(await screen.findByRole('form', { name: 'Schedule a coordination call' })).toBeInTheDocument();
  });

  it('opens nothing from that link for whoever may not schedule', async () => {
    renderPanel(false, '/?schedule=call');
    await screen.findByTestId('upcoming-calls');
    expect(screen.queryByRole('form', { name: 'Schedule a coordination call' })).not.toBeInTheDocument();
  });
});
