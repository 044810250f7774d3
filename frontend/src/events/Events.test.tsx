import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { EventPage } from '../pages/EventPage';
import { EventsPage } from '../pages/EventsPage';
import { mockClient, renderWithProviders } from '../test/render';

const slot = {
  __typename: 'AgendaItem',
  id: 'a-1',
  date: '2027-03-01',
  start: '09:00',
  end: '10:00',
  timeText: null,
  title: 'Welcome',
  session: 'Session I',
  track: null,
  description: null,
  expertFeedbackMinutes: null,
  expertFeedbackText: null,
  position: 1,
  workingGroup: null,
  presentations: [],
};

const event = (canUpdate: boolean) => ({
  event: {
    __typename: 'Event',
    id: 'e-1',
    title: 'Transnational meeting',
    venue: 'Town hall',
    city: 'Lisbon',
    territory: null,
    startDate: '2027-03-01',
    endDate: '2027-03-02',
    datesText: null,
    viewerCanUpdate: canUpdate,
    days: ['2027-03-01'],
    agenda: [slot],
    plenaryOutcomes: [
      {
        __typename: 'PlenaryOutcome',
        id: 'p-1',
        section: '(1) City leadership',
        heading: 'Plenary exchange',
        note: null,
        summaryPoints: ['Data matters.'],
        recommendations: [],
        position: 1,
        workingGroups: [],
      },
    ],
  },
});

const participants = (canUpdate: boolean) => ({
  event: {
    __typename: 'Event',
    id: 'e-1',
    viewerCanUpdate: canUpdate,
    participants: {
      __typename: 'EventParticipantConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: [{ __typename: 'EventParticipant', id: 'pp-1', firstName: 'Ana', lastName: 'Silva', organisationText: 'City of Lisbon', country: 'PT' }],
    },
  },
});

const options = {
  territories: { __typename: 'TerritoryConnection', nodes: [] },
  organisations: { __typename: 'OrganisationConnection', nodes: [{ __typename: 'Organisation', id: 'o-1', name: 'City of Munich', shortName: 'Munich' }] },
  workingGroups: { __typename: 'WorkingGroupConnection', nodes: [] },
};

function renderEvent(canUpdate: boolean, onMutation: (operation: string, variables: Record<string, unknown>) => unknown = () => undefined) {
  renderWithProviders(
    <Routes>
      <Route path="/events/:id" element={<EventPage />} />
      <Route path="/events" element={<p>The events list</p>} />
    </Routes>,
    {
      route: '/events/e-1',
      client: mockClient((_q, variables, operation) => {
        if (operation === 'Event') return event(canUpdate);
        if (operation === 'EventParticipants') return participants(canUpdate);
        if (operation === 'EventOptions') return options;
        return onMutation(operation ?? '', variables);
      }),
    },
  );
}

const events = (manageEvents: boolean) => ({
  viewerCapabilities: { __typename: 'NetworkCapabilities', manageEvents },
  events: {
    __typename: 'EventConnection',
    totalCount: 1,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    nodes: [{ __typename: 'Event', id: 'e-1', title: 'Transnational meeting', venue: 'Town hall', city: 'Lisbon', startDate: '2027-03-01', endDate: '2027-03-02' }],
  },
});

describe('events', () => {
  it('shows the event without any control to whoever may not edit it', async () => {
    renderEvent(false);
    expect(await screen.findByRole('heading', { name: 'Transnational meeting', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('Ana Silva')).toBeInTheDocument();
    expect(screen.getByTestId('agenda-2027-03-01')).toHaveTextContent('Welcome');
    // Only the agenda's own days: the empty second day of the event is an editor's.
    expect(screen.getAllByRole('tab')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Edit event' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a slot' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit the slot/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a participant' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record an outcome' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
  });

  it('offers "New event" only with the capability', async () => {
    renderWithProviders(<EventsPage />, { client: mockClient((_q, _v, operation) => (operation === 'Events' ? events(false) : undefined)) });
    expect(await screen.findByRole('link', { name: 'Transnational meeting' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New event' })).not.toBeInTheDocument();
  });

  it('creates an event from the list', async () => {
    const sent: unknown[] = [];
    renderWithProviders(<EventsPage />, {
      client: mockClient((_q, variables, operation) => {
        if (operation === 'Events') return events(true);
        if (operation === 'EventOptions') return options;
        if (operation === 'CreateEvent') {
          sent.push(variables.input);
          return { createEvent: { __typename: 'EventPayload', event: { ...event(true).event }, userErrors: [] } };
        }
        return undefined;
      }),
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'New event' }));
    const form = screen.getByRole('form', { name: 'New event' });
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveFocus();
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Transnational meeting');
    await user.type(within(form).getByRole('textbox', { name: 'Venue (address)' }), 'Town hall');
    await user.type(within(form).getByRole('textbox', { name: 'City' }), 'Lisbon');
    fireEvent.change(within(form).getByLabelText(/First day/), { target: { value: '2027-03-01' } });
    fireEvent.change(within(form).getByLabelText(/Last day/), { target: { value: '2027-03-02' } });
    await user.click(within(form).getByRole('button', { name: 'Create event' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      event: { title: 'Transnational meeting', venue: 'Town hall', city: 'Lisbon', territoryId: null, startDate: '2027-03-01', endDate: '2027-03-02', datesText: null },
    });
  }, 30_000);

  it('shows an overlapping slot refused next to its start time, translated, and the slot rules next to the presentations', async () => {
    const sent: unknown[] = [];
    renderEvent(true, (operation, variables) => {
      if (operation !== 'AddAgendaItem') return undefined;
      sent.push(variables.input);
      return {
        addAgendaItem: {
          __typename: 'AgendaItemPayload',
          agendaItem: null,
          userErrors: [
            {
              __typename: 'UserError',
              field: ['input', 'item', 'start'],
              code: 'OVERLAPPING_ITEMS',
              message: '“Coffee” (09:30–10:30) overlaps “Welcome” (09:00–10:00) on 2027-03-01 in the same track.',
              params: [
                { __typename: 'UserErrorParam', name: 'other', value: 'Welcome' },
                { __typename: 'UserErrorParam', name: 'otherSpan', value: '09:00–10:00' },
              ],
            },
            {
              __typename: 'UserError',
              field: ['input', 'item', 'presentations'],
              code: 'MINUTES_EXCEED_SLOT',
              message: 'presentations and expert feedback take 70 minutes',
              params: [
                { __typename: 'UserErrorParam', name: 'minutes', value: '70' },
                { __typename: 'UserErrorParam', name: 'slotMinutes', value: '60' },
              ],
            },
          ],
        },
      };
    });
    const user = userEvent.setup({ delay: null });
    const agenda = await screen.findByRole('region', { name: 'Agenda' });
    // An editor gets every day of the event, each with its own "Add a slot".
    expect(within(agenda).getAllByRole('tab')).toHaveLength(2);
    expect(within(agenda).getByRole('button', { name: 'Edit the slot “Welcome”' })).toBeInTheDocument();
    await user.click(within(agenda).getAllByRole('button', { name: 'Add a slot' })[0] as HTMLElement);
    const form = within(agenda).getByRole('form', { name: 'Add a slot' });
    expect(within(form).getByLabelText(/^Day/)).toHaveValue('2027-03-01');
    fireEvent.change(within(form).getByLabelText(/Start time/), { target: { value: '09:30' } });
    fireEvent.change(within(form).getByLabelText(/End time/), { target: { value: '10:30' } });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Coffee');
    await user.click(within(form).getByRole('button', { name: 'Add the slot' }));

    const start = within(form).getByLabelText(/Start time/);
    await vi.waitFor(() => expect(start).toHaveAccessibleDescription('This overlaps “Welcome” (09:00–10:00) in the same track.'));
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByTestId('presentations-error')).toHaveTextContent('The presentations and the feedback take 70 minutes, but the slot has only 60.');
    expect(document.body).not.toHaveTextContent('overlaps “Welcome” (09:00–10:00) on');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(sent).toEqual([
      {
        eventId: 'e-1',
        item: {
          date: '2027-03-01',
          start: '09:30',
          end: '10:30',
          timeText: null,
          title: 'Coffee',
          session: null,
          track: null,
          workingGroupId: null,
          description: null,
          presentations: [],
          expertFeedbackMinutes: null,
          expertFeedbackText: null,
        },
      },
    ]);
  }, 30_000);

  it('gives an editor the controls of the event, its participants and its outcomes', async () => {
    renderEvent(true);
    expect(await screen.findByRole('button', { name: 'Edit event' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Remove Ana Silva' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a participant' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record an outcome' })).toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Edit event' }));
    const form = screen.getByRole('form', { name: 'Edit Transnational meeting' });
    expect(within(form).getByRole('textbox', { name: 'City' })).toHaveValue('Lisbon');
  }, 30_000);

  it('deletes a plenary outcome only once the editor confirms', async () => {
    const sent: Record<string, unknown>[] = [];
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.confirm = confirm;
    renderEvent(true, (operation, variables) => {
      if (operation !== 'DeletePlenaryOutcome') return undefined;
      sent.push(variables);
      return {
        deletePlenaryOutcome: {
          __typename: 'PlenaryOutcomePayload',
          plenaryOutcome: { __typename: 'PlenaryOutcome', id: 'p-1' },
          userErrors: [],
        },
      };
    });
    const user = userEvent.setup({ delay: null });
    const outcome = await screen.findByRole('article', { name: 'Plenary exchange' });
    await user.click(within(outcome).getByRole('button', { name: 'Delete the outcome “Plenary exchange”' }));
    expect(confirm).toHaveBeenLastCalledWith('Delete the outcome “Plenary exchange”?');
    expect(sent).toEqual([]);
    await user.click(within(outcome).getByRole('button', { name: 'Delete the outcome “Plenary exchange”' }));
    expect(sent).toEqual([{ input: { id: 'p-1' } }]);
  }, 30_000);

  it('deletes the event only once the editor confirms, then shows the list of events', async () => {
    const sent: Record<string, unknown>[] = [];
    const confirm = vi.fn().mockReturnValue(false);
    window.confirm = confirm;
    renderEvent(true, (operation, variables) => {
      if (operation !== 'DeleteEvent') return undefined;
      sent.push(variables);
      return { deleteEvent: { __typename: 'EventPayload', event: { __typename: 'Event', id: 'e-1' }, userErrors: [] } };
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Delete event' }));
    expect(confirm).toHaveBeenLastCalledWith('Delete the event “Transnational meeting” with its agenda, participants and plenary outcomes?');
    expect(sent).toEqual([]);
    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Delete event' }));
    expect(sent).toEqual([{ input: { id: 'e-1' } }]);
    expect(await screen.findByText('The events list')).toBeInTheDocument();
  }, 30_000);

  it('stays on the event when its deletion is refused, the refusal shown by its code', async () => {
    window.confirm = vi.fn().mockReturnValue(true);
    renderEvent(true, (operation) =>
      operation === 'DeleteEvent'
        ? {
            deleteEvent: {
              __typename: 'EventPayload',
              event: null,
              userErrors: [{ __typename: 'UserError', field: ['input', 'id'], code: 'NOT_FOUND', message: 'Server text', params: [] }],
            },
          }
        : undefined,
    );
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Delete event' }));
    expect(await screen.findByTestId('event-delete-problems')).toHaveTextContent('Event names something that does not exist or that you may not see.');
    expect(screen.queryByText('Server text')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Transnational meeting', level: 1 })).toBeInTheDocument();
  }, 30_000);
});
