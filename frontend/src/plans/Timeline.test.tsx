import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { GroupTimeline } from './GroupTimeline';
import { Timeline, scrollLeftFor } from './Timeline';
import { type TimelineStep, SCALES, dayOf, groupTimelineRows, planTimelineRows, spanOf, rangeOf } from './timelineModel';
import type { PlanAction } from './types';

const TODAY = '2026-12-01';

type StepFields = { number: string; title: string; start?: string; end?: string; baselineStart?: string; baselineEnd?: string; parentId?: string; viewerCanUpdate?: boolean };

const step = (id: string, fields: StepFields) => ({
  __typename: 'ActionStep',
  id,
  ref: null,
  parentId: null,
  start: null,
  end: null,
  baselineStart: null,
  baselineEnd: null,
  viewerCanUpdate: false,
  ...fields,
});

const action = (id: string, position: number, title: string, steps: ReturnType<typeof step>[], area = 'area-2') =>
  ({
    __typename: 'Action',
    id,
    ref: `Objective #${position + 1}`,
    title,
    position,
    thematicArea: { __typename: 'ThematicArea', id: area, number: Number(area.slice(5)), title: `Area ${area}` },
    steps,
  }) as unknown as PlanAction;

/** Two objectives whose steps are both numbered "1" in their objective; one has a sub-step. */
const actions = (movable = false) => [
  action('a-1', 0, 'Reach large corporations', [
    step('s-1', { number: '1', title: 'Build a database of corporations', start: '2019-01', end: '2019-03', baselineStart: '2019-01', baselineEnd: '2019-02', viewerCanUpdate: movable }),
  ]),
  action('a-2', 1, 'Organise info sessions', [
    step('s-2', { number: '1', title: 'Organise info sessions in every district of the city', start: '2019-04', end: '2019-05', viewerCanUpdate: movable }),
    step('s-3', { number: '1.1', title: 'Book the rooms', parentId: 's-2', viewerCanUpdate: movable }),
  ]),
];

function renderTimeline(props: { movable?: boolean; onMove?: (id: string, start: string, end: string) => void } = {}) {
  renderWithProviders(<Timeline rows={planTimelineRows(actions(props.movable))} today={TODAY} onMove={props.onMove} />);
  return screen.getByTestId('timeline-chart');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Timeline', () => {
  it('opens scrolled so that today is in view, on a labelled line', () => {
    // happy-dom lays nothing out: give the chart a width and the label column its width.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('tl-scroll') ? 800 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('tl-label') ? 256 : 0;
    });
    const chart = renderTimeline();
    const today = within(chart).getByTestId('timeline-today');
    expect(today).toHaveAttribute('data-date', TODAY);
    expect(today).toHaveTextContent('Today, Dec 1, 2026');
    // The steps are in 2019, yet the chart opens on today: the line sits in the visible part.
    const left = parseFloat(today.style.left);
    expect(chart.scrollLeft).toBeGreaterThan(0);
    expect(left).toBeGreaterThanOrEqual(chart.scrollLeft);
    expect(left).toBeLessThanOrEqual(chart.scrollLeft + 800 - 256);
    expect(chart.scrollLeft).toBe(scrollLeftFor(left - SCALES.month.px / 2, 800, 256));
  });

  it('keeps the day in the middle when the zoom changes, and Today scrolls back to today', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('tl-scroll') ? 800 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('tl-label') ? 256 : 0;
    });
    const user = userEvent.setup({ delay: null });
    const chart = renderTimeline();
    // Scrolled to the start: months from Dec 2018, 3 px a day, so 1 Mar 2019 is in the middle.
    chart.scrollLeft = 0;
    await user.click(screen.getByRole('radio', { name: 'Weeks' }));
    // Weeks from Mon 24 Dec 2018, 8 px a day: 1 Mar 2019 is 67 days on, 536 px; half the view is 272.
    expect(chart.scrollLeft).toBe(264);
    const today = () => parseFloat(within(chart).getByTestId('timeline-today').style.left);
    expect(today()).toBeGreaterThan(chart.scrollLeft + 544);
    await user.click(screen.getByRole('button', { name: 'Today' }));
    expect(today()).toBeGreaterThanOrEqual(chart.scrollLeft);
    expect(today()).toBeLessThanOrEqual(chart.scrollLeft + 544);
  }, 30_000);

  it('zooms by week, month, quarter and year, and keeps a Today button', async () => {
    const user = userEvent.setup({ delay: null });
    const chart = renderTimeline();
    expect(chart).toHaveAttribute('data-zoom', 'month');
    const zoom = screen.getByRole('group', { name: 'Zoom' });
    const todayAt = () => parseFloat(within(chart).getByTestId('timeline-today').style.left);
    const atMonths = todayAt();

    await user.click(within(zoom).getByRole('radio', { name: 'Weeks' }));
    expect(chart).toHaveAttribute('data-zoom', 'week');
    // 8 px a day instead of 3: today is further from the chart's start.
    expect(todayAt()).toBeGreaterThan(atMonths * 2);

    await user.click(within(zoom).getByRole('radio', { name: 'Quarters' }));
    expect(chart).toHaveAttribute('data-zoom', 'quarter');
    expect(chart).toHaveTextContent('Q4');

    await user.click(within(zoom).getByRole('radio', { name: 'Years' }));
    expect(chart).toHaveAttribute('data-zoom', 'year');
    expect(chart).toHaveTextContent('2026');
    expect(todayAt()).toBeLessThan(atMonths);

    expect(screen.getByRole('button', { name: 'Today' })).toBeInTheDocument();
  }, 30_000);

  it('groups the steps by objective, with numbers unique in the plan and labels in full', () => {
    const chart = renderTimeline();
    const headings = within(chart).getAllByTestId('timeline-heading');
    expect(headings.map((h) => h.textContent)).toEqual(['1 Objective #1 – Reach large corporations', '2 Objective #2 – Organise info sessions']);
    const rows = within(chart).getAllByTestId('timeline-row');
    expect(rows.map((row) => row.querySelector('.tl-number')?.textContent)).toEqual(['1.1', '2.1', '2.1.1']);
    // The label column holds the whole title, and a step without dates says so.
    expect(rows[1]).toHaveTextContent('Organise info sessions in every district of the city');
    expect(rows[2]).toHaveTextContent('Book the rooms');
    expect(rows[2]).toHaveTextContent('No dates');
    // The order of rows follows the plan: heading, its steps, next heading.
    const order = [...chart.querySelectorAll('[data-testid="timeline-heading"], [data-testid="timeline-row"]')].map((e) => e.getAttribute('data-testid'));
    expect(order).toEqual(['timeline-heading', 'timeline-row', 'timeline-heading', 'timeline-row', 'timeline-row']);

    // The table twin uses the same numbers.
    const table = screen.getByTestId('timeline-table');
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(cells).toEqual(['1.1 Build a database of corporations', '2.1 Organise info sessions in every district of the city', '2.1.1 Book the rooms']);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Jan 2019');
  });

  it('tells baseline and current apart in a legend with words and shapes', () => {
    const chart = renderTimeline();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Current plan', 'Baseline (original plan)', 'Today']);
    expect(legend.querySelector('.tl-swatch-baseline')).not.toBeNull();
    // Step 1.1 has a baseline (thin, hatched) and current dates (solid).
    const first = within(chart).getAllByTestId('timeline-row')[0] as HTMLElement;
    expect(within(first).getByTestId('timeline-baseline')).toHaveClass('tl-baseline');
    expect(within(first).getByTestId('timeline-bar')).toHaveClass('tl-current');
  });

  it('moves nothing without onMove, nor steps that are not movable', () => {
    renderTimeline({ movable: true });
    expect(screen.queryAllByRole('button', { name: /^Move step/ })).toEqual([]);
    cleanup();
    renderTimeline({ movable: false, onMove: vi.fn() });
    expect(screen.queryAllByRole('button', { name: /^Move step/ })).toEqual([]);
  });

  it('moves a step with the arrow keys by the zoom unit, and Enter confirms', async () => {
    const user = userEvent.setup({ delay: null });
    const onMove = vi.fn();
    renderTimeline({ movable: true, onMove });
    // A step without dates has nothing to move.
    expect(screen.getAllByRole('button', { name: /^Move step/ })).toHaveLength(2);
    const bar = screen.getByRole('button', { name: 'Move step 2.1 Organise info sessions in every district of the city' });
    expect(bar).toHaveAccessibleDescription(/press ← or → to move it by a month/);
    const before = parseFloat(bar.style.left);
    bar.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(parseFloat(bar.style.left)).toBeGreaterThan(before);
    expect(screen.getByTestId('timeline-announcement')).toHaveTextContent('Step 2.1: Jun 1, 2019 to Jul 31, 2019. Enter to confirm, Escape to cancel.');
    expect(onMove).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    // April–May 2019, two months later: whole months stay whole months.
    expect(onMove).toHaveBeenCalledWith('s-2', '2019-06-01', '2019-07-31');
    expect(screen.getByTestId('timeline-announcement')).toHaveTextContent('Step 2.1 moved to Jun 1, 2019 to Jul 31, 2019.');

    // By week at the week zoom, confirmed with Space.
    await user.click(screen.getByRole('radio', { name: 'Weeks' }));
    const first = screen.getByRole('button', { name: 'Move step 1.1 Build a database of corporations' });
    first.focus();
    await user.keyboard('{ArrowLeft}[Space]');
    expect(onMove).toHaveBeenLastCalledWith('s-1', '2018-12-25', '2019-03-24');
  }, 30_000);

  it('cancels a keyboard move with Escape', async () => {
    const user = userEvent.setup({ delay: null });
    const onMove = vi.fn();
    renderTimeline({ movable: true, onMove });
    const bar = screen.getByRole('button', { name: /^Move step 2\.1/ });
    const before = bar.style.left;
    bar.focus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(bar.style.left).not.toBe(before);
    await user.keyboard('{Escape}');
    expect(bar.style.left).toBe(before);
    expect(screen.getByTestId('timeline-announcement')).toHaveTextContent('Moving step 2.1 cancelled.');
    await user.keyboard('{Enter}');
    expect(onMove).not.toHaveBeenCalled();
  });

  it('moves a step by dragging its bar, snapped to weeks at the month zoom', () => {
    const onMove = vi.fn();
    renderTimeline({ movable: true, onMove });
    const bar = screen.getByRole('button', { name: /^Move step 2\.1/ });
    fireEvent.pointerDown(bar, { pointerId: 1, button: 0, clientX: 100 });
    // 3 px a day: 40 px is 13 days, which snaps to two weeks.
    fireEvent.pointerMove(bar, { pointerId: 1, clientX: 140 });
    expect(bar).toHaveAttribute('data-moving');
    fireEvent.pointerUp(bar, { pointerId: 1, clientX: 140 });
    expect(onMove).toHaveBeenCalledWith('s-2', '2019-04-15', '2019-06-14');
    // A click without a move moves nothing.
    fireEvent.pointerDown(bar, { pointerId: 2, button: 0, clientX: 100 });
    fireEvent.pointerUp(bar, { pointerId: 2, clientX: 101 });
    expect(onMove).toHaveBeenCalledTimes(1);
  });
});

describe('timeline model', () => {
  it('reads partial dates as day ranges and spans today', () => {
    expect(rangeOf('2019-04', '2019-05')).toEqual({ start: '2019-04-01', end: '2019-05-31' });
    expect(rangeOf('2019', null)).toEqual({ start: '2019-01-01', end: '2019-12-31' });
    expect(rangeOf(null, null)).toBeNull();
    const span = spanOf([rangeOf('2019-04', '2019-05')], TODAY, 'month');
    expect(span).toEqual({ start: '2019-03-01', end: '2028-02-01' });
    expect(dayOf(span.end) - dayOf(span.start)).toBeGreaterThan(2800);
  });
});

const plans = [
  {
    __typename: 'ActionPlan',
    id: 'p-adive',
    organisation: { __typename: 'Organisation', id: 'o-adive', name: 'Adive', shortName: 'Adive' },
    actions: [
      action('a-1', 0, 'Reach large corporations', [step('s-1', { number: '1', title: 'Database of corporations', start: '2019-01', end: '2019-03' })], 'area-3'),
      action('a-2', 1, 'Public procurement', [step('s-2', { number: '1', title: 'Procurement step', start: '2019-04', end: '2019-05' })], 'area-4'),
    ],
  },
  {
    __typename: 'ActionPlan',
    id: 'p-munich',
    organisation: { __typename: 'Organisation', id: 'o-munich', name: 'City of Munich', shortName: 'Munich' },
    actions: [
      action('a-3', 0, 'Procurement for migrant businesses', [step('s-3', { number: '1', title: 'Munich procurement step', start: '2019-04' })], 'area-4'),
      action('a-4', 1, 'Mentoring', [step('s-4', { number: '1', title: 'Munich mentoring step' })], 'area-3'),
    ],
  },
];

describe('GroupTimeline', () => {
  it('keeps only the objectives of the group’s thematic area, per organisation then objective', () => {
    const rows = groupTimelineRows(plans as never, 'area-3');
    expect(rows.map((row) => (row.kind === 'heading' ? `${row.level}:${row.label}` : (row as TimelineStep).number))).toEqual([
      '1:Adive',
      '2:Objective #1 – Reach large corporations',
      '1.1',
      '1:City of Munich',
      '2:Objective #2 – Mentoring',
      '2.1',
    ]);
    expect((rows[5] as TimelineStep).context).toBe('Munich · Objective #2 – Mentoring');
  });

  it('shows the group’s area only', async () => {
    const client = mockClient((_q, variables, operation) =>
      operation === 'GroupPlans' && variables.workingGroupId === 'wg-4' ? { actionPlans: { __typename: 'ActionPlanConnection', nodes: plans } } : undefined,
    );
    renderWithProviders(<GroupTimeline workingGroupId="wg-4" thematicAreaId="area-4" />, { client });
    const section = await screen.findByRole('region', { name: "Timeline of the group's plans" });
    const chart = within(section).getByTestId('timeline-chart');
    expect(within(chart).getAllByTestId('timeline-heading').map((h) => h.textContent)).toEqual([
      'Adive',
      '2 Objective #2 – Public procurement',
      'City of Munich',
      '1 Objective #1 – Procurement for migrant businesses',
    ]);
    expect(chart).toHaveTextContent('Munich procurement step');
    expect(chart).not.toHaveTextContent('Munich mentoring step');
    expect(chart).not.toHaveTextContent('Database of corporations');
    expect(within(screen.getByTestId('timeline-table')).getAllByRole('row')).toHaveLength(3);
  });
});
