import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { Webinars } from './Webinars';

const group = (canSchedule: boolean) => ({
  workingGroup: {
    __typename: 'WorkingGroup',
    id: 'wg-1',
    viewerCanScheduleWebinar: canSchedule,
    memberships: [{ __typename: 'Membership', id: 'm-1', organisation: { __typename: 'Organisation', id: 'o-munich', name: 'City of Munich' } }],
    webinars: [
      {
        __typename: 'Webinar',
        id: 'w-1',
        title: 'City leadership webinar',
        startsAt: '2018-11-06T09:00:00Z',
        timeZone: 'Europe/Berlin',
        recordingUrl: 'https://example.org/recording',
        attendance: 12,
        viewerCanUpdate: canSchedule,
        presenters: [{ __typename: 'Organisation', id: 'o-munich', name: 'City of Munich' }],
        goodPractices: [{ __typename: 'GoodPractice', id: 'gp-1', title: 'Phoenix Award' }],
      },
    ],
  },
});

function renderWebinars(canSchedule: boolean, onMutation: (operation: string, variables: Record<string, unknown>) => unknown = () => undefined, { cancelled = (): boolean => false }: { cancelled?: () => boolean } = {}) {
  renderWithProviders(<Webinars workingGroupId="wg-1" />, {
    client: mockClient((_q, variables, operation) => {
      if (operation === 'GroupWebinars') {
        const answer = group(canSchedule);
        if (cancelled()) answer.workingGroup.webinars = [];
        return answer;
      }
      if (operation === 'GoodPracticeOptions') return { goodPractices: { __typename: 'GoodPracticeConnection', nodes: [] } };
      return onMutation(operation ?? '', variables);
    }),
  });
}

describe('Webinars', () => {
  it('shows each webinar with its presenters, attendance, practices and recording, without controls to others', async () => {
    renderWebinars(false);
    const card = await screen.findByTestId('webinar');
    expect(card).toHaveTextContent('City of Munich');
    expect(card).toHaveTextContent('Attendance: 12');
    expect(within(card).getByTestId('webinar-practices')).toHaveTextContent('Phoenix Award');
    expect(within(card).getByRole('link', { name: 'Recording' })).toHaveAttribute('href', 'https://example.org/recording');
    expect(screen.queryByRole('button', { name: 'Schedule a webinar' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Cancel/ })).not.toBeInTheDocument();
  });

  it('lets whoever may schedule webinars edit one, its start shown in its own time zone', async () => {
    renderWebinars(true);
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByRole('button', { name: 'Schedule a webinar' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit City leadership webinar' });
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveFocus();
    expect(within(form).getByLabelText(/Starts at/)).toHaveValue('2018-11-06T10:00');
    expect(within(form).getByRole('textbox', { name: 'Recording link' })).toHaveValue('https://example.org/recording');
  }, 30_000);

  it('cancels a webinar only once confirmed, then shows the group without it', async () => {
    const sent: Record<string, unknown>[] = [];
    const confirm = vi.fn().mockReturnValue(false);
    window.confirm = confirm;
    renderWebinars(
      true,
      (operation, variables) => {
        if (operation !== 'DeleteWebinar') return undefined;
        sent.push(variables);
        return { deleteWebinar: { __typename: 'WebinarPayload', webinar: { __typename: 'Webinar', id: 'w-1' }, userErrors: [] } };
      },
      { cancelled: () => sent.length > 0 },
    );
    const user = userEvent.setup({ delay: null });
    const card = await screen.findByRole('article', { name: 'City leadership webinar' });
    const cancel = within(card).getByRole('button', { name: 'Cancel webinar: City leadership webinar' });
    expect(cancel).toHaveTextContent('Cancel webinar');
    await user.click(cancel);
    expect(confirm).toHaveBeenLastCalledWith('Cancel the webinar “City leadership webinar”? It is deleted with its presenters and showcased practices.');
    expect(sent).toEqual([]);
    confirm.mockReturnValue(true);
    await user.click(within(card).getByRole('button', { name: 'Cancel webinar: City leadership webinar' }));
    expect(sent).toEqual([{ input: { id: 'w-1' } }]);
    expect(await screen.findByText(/No webinars recorded/)).toBeInTheDocument();
    expect(screen.queryByTestId('webinar')).not.toBeInTheDocument();
  }, 30_000);

  it('shows a refused cancellation by its code next to the control, never the server’s text', async () => {
    window.confirm = vi.fn().mockReturnValue(true);
    renderWebinars(true, (operation) =>
      operation === 'DeleteWebinar'
        ? {
            deleteWebinar: {
              __typename: 'WebinarPayload',
              webinar: null,
              userErrors: [{ __typename: 'UserError', field: ['input', 'id'], code: 'NOT_FOUND', message: 'Server text: no such webinar', params: [] }],
            },
          }
        : undefined,
    );
    const user = userEvent.setup({ delay: null });
    const card = await screen.findByRole('article', { name: 'City leadership webinar' });
    await user.click(within(card).getByRole('button', { name: 'Cancel webinar: City leadership webinar' }));
    const alert = await within(card).findByTestId('webinar-cancel-problems');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('Webinar names something that does not exist or that you may not see.');
    expect(screen.queryByText(/Server text/)).not.toBeInTheDocument();
    expect(screen.getByTestId('webinar')).toBeInTheDocument();
  }, 30_000);
});
