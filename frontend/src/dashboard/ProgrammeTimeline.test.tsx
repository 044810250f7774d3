import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { ProgrammeTimelineFieldsFragment } from '../gql/graphql';
import { mockClient, renderWithProviders } from '../test/render';
import { ProgrammeTimeline, rangeOf, spanOf } from './ProgrammeTimeline';

type Fields = { reference: string; title: string; start?: string; end?: string; startText?: string; endText?: string; summary?: string };

type Phase = Record<string, unknown>;

const phase = (id: string, fields: Fields, canUpdate: boolean, stages: Phase[] = []): Phase => ({
  __typename: 'ProgrammePhase',
  id,
  summary: null,
  start: null,
  end: null,
  startText: null,
  endText: null,
  ...fields,
  viewerCanUpdate: canUpdate,
  stages,
});

/** The report's three phases (shortened), as the API answers them. */
const phases = (canUpdate: boolean) => [
  phase('p-1', { reference: '1', title: 'Benchmarking', summary: 'Achievements, needs & gaps' }, canUpdate),
  phase(
    'p-2',
    { reference: '2', title: 'Mutual learning phase', start: '2018-09', startText: 'end-September 2018', end: '2018-12', endText: 'the Peer Learning event in Munich' },
    canUpdate,
    [phase('s-2b', { reference: '2b', title: 'Webinars', start: '2018-11-05', end: '2018-11-10' }, canUpdate)],
  ),
  phase('p-3', { reference: '3', title: 'Action planning', start: '2018-11', end: '2020-03' }, canUpdate, [
    phase('s-3b', { reference: '3b', title: 'Munich event (Session II)', start: '2018-12-05', end: '2018-12-05' }, canUpdate),
    phase('s-3d', { reference: '3d', title: 'Implementation and continuous exchange', start: '2019-04', end: '2020-03' }, canUpdate),
  ]),
];

const payload = (userErrors: unknown[]) => ({
  __typename: 'ProgrammePhasePayload',
  programmePhase: null,
  userErrors,
});

/** The timeline as the dashboard renders it; mutations are recorded and answered by `answer`. */
function renderTimeline(canUpdate: boolean, answer: () => unknown = () => payload([])) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const changed = vi.fn();
  const client = mockClient((_q, variables, operation = '') => {
    calls.push({ operation, variables });
    return { [operation === 'CreateProgrammePhase' ? 'createProgrammePhase' : 'updateProgrammePhase']: answer() };
  });
  const data = { viewerCapabilities: { __typename: 'NetworkCapabilities', manageProgramme: canUpdate }, programmePhases: phases(canUpdate) };
  renderWithProviders(<ProgrammeTimeline data={data as unknown as ProgrammeTimelineFieldsFragment} onChanged={changed} />, { client, route: '/dashboard' });
  return { calls, changed };
}

describe('ProgrammeTimeline', () => {
  it('lists the phases and their stages with the dates as printed, a bar each, and no Edit for a partner', async () => {
    renderTimeline(false);
    const section = await screen.findByRole('region', { name: 'Programme' });
    const list = within(section).getByRole('list', { name: 'Phases of the programme' });
    const items = within(list).getAllByTestId('programme-phase');
    expect(items).toHaveLength(3);
    const [benchmarking, learning, planning] = items as [HTMLElement, HTMLElement, HTMLElement];

    expect(within(benchmarking).getByRole('heading', { name: '1 Benchmarking' })).toBeInTheDocument();
    expect(within(benchmarking).getByTestId('programme-dates')).toHaveTextContent('Dates not given');
    expect(benchmarking).toHaveTextContent('Achievements, needs & gaps');

    // The report's wording, with the date at its precision.
    expect(within(learning).getAllByTestId('programme-dates')[0]).toHaveTextContent(
      'end-September 2018 (Sep 2018) to the Peer Learning event in Munich (Dec 2018)',
    );
    const stages = within(learning).getByRole('list', { name: 'Stages of 2 Mutual learning phase' });
    expect(within(stages).getByTestId('programme-dates')).toHaveTextContent('Nov 5, 2018 to Nov 10, 2018');
    expect(within(planning).getAllByTestId('programme-dates')[0]).toHaveTextContent('Nov 2018 to Mar 2020');
    // An event on one day has one date.
    expect(within(planning).getAllByTestId('programme-dates')[1]).toHaveTextContent(/^Dec 5, 2018$/);

    // A bar per phase and stage, hidden from assistive technology (the text says it all).
    const bars = within(section).getAllByTestId('programme-bar');
    expect(bars).toHaveLength(6);
    for (const bar of bars) expect(bar).toHaveAttribute('aria-hidden', 'true');
    expect(section).toHaveTextContent('The bars run from Sep 2018 to Mar 2020.');

    expect(within(section).queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(within(section).queryByRole('button', { name: /^Add stage/ })).toBeNull();
  });

  it('places the bars across the span of every dated phase', () => {
    const span = spanOf([rangeOf({ start: '2018-09', end: '2018-12' }), rangeOf({ start: null, end: null }), rangeOf({ start: '2019-04', end: '2020-03' })]);
    expect(span).toEqual({ from: Date.UTC(2018, 8, 1), to: Date.UTC(2020, 3, 1) });
    expect(rangeOf({ start: '2018-12-05', end: null })).toEqual({ from: Date.UTC(2018, 11, 5), to: Date.UTC(2018, 11, 6) });
  });

  it('shows a refused end next to the field, and Esc returns to the Edit button', async () => {
    const { calls, changed } = renderTimeline(true, () =>
      payload([{ __typename: 'UserError', field: ['input', 'end'], code: 'END_BEFORE_START', message: 'end before start', params: [] }]),
    );
    const user = userEvent.setup({ delay: null });
    const edit = await screen.findByRole('button', { name: 'Edit 2 Mutual learning phase' });
    await user.click(edit);
    const form = screen.getByRole('form', { name: 'Edit 2 Mutual learning phase' });
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveFocus();
    const end = within(form).getByRole('textbox', { name: 'End' });
    expect(end).toHaveValue('2018-12');
    await user.clear(end);
    await user.type(end, '2018-08');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(end).toHaveAccessibleDescription(expect.stringContaining('The end is before the start.')));
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toEqual([
      {
        operation: 'UpdateProgrammePhase',
        variables: {
          input: {
            id: 'p-2',
            reference: '2',
            title: 'Mutual learning phase',
            summary: null,
            start: '2018-09',
            end: '2018-08',
            startText: 'end-September 2018',
            endText: 'the Peer Learning event in Munich',
          },
        },
      },
    ]);

    expect(changed).not.toHaveBeenCalled();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit 2 Mutual learning phase' })).toHaveFocus());
  }, 30_000);

  it('adds a stage to a phase', async () => {
    const { calls, changed } = renderTimeline(true);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Add stage to 3 Action planning' }));
    const form = screen.getByRole('form', { name: 'New stage of 3 Action planning' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Evaluation');
    await user.type(within(form).getByRole('textbox', { name: /^Reference/ }), '3e');
    await user.type(within(form).getByRole('textbox', { name: 'Start' }), '2020-04');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls).toEqual([
        {
          operation: 'CreateProgrammePhase',
          variables: { input: { parentId: 'p-3', reference: '3e', title: 'Evaluation', summary: null, start: '2020-04', end: null, startText: null, endText: null } },
        },
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument());
    // The dashboard asks again, and the focus goes back to the button.
    expect(changed).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add stage to 3 Action planning' })).toHaveFocus());
  }, 30_000);
});
