import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

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

function renderWebinars(canSchedule: boolean) {
  renderWithProviders(<Webinars workingGroupId="wg-1" />, {
    client: mockClient((_q, _v, operation) =>
      operation === 'GroupWebinars' ? group(canSchedule) : operation === 'GoodPracticeOptions' ? { goodPractices: { __typename: 'GoodPracticeConnection', nodes: [] } } : undefined,
    ),
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
});
