import './Timeline.css';

import { Button, Group, SegmentedControl, Text, VisuallyHidden } from '@mantine/core';
import { type KeyboardEvent, type PointerEvent, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataTable } from '../components/DataTable';
import { useFormat } from '../components/format';
import {
  type DayRange,
  type TimelineRow,
  type TimelineStep,
  type Zoom,
  SCALES,
  ZOOMS,
  dayOf,
  dragged,
  isoOf,
  localToday,
  rangeOf,
  shiftRange,
  spanOf,
  ticks,
} from './timelineModel';

export type { TimelineRow, TimelineStep, TimelineHeading, Zoom } from './timelineModel';
export { groupTimelineRows, planTimelineRows } from './timelineModel';

/** Called with a step's new first and last day (YYYY-MM-DD) when it was dragged, or moved with
 * the arrow keys and confirmed. */
export type MoveStep = (stepId: string, start: string, end: string) => void;

export interface TimelineProps {
  /** Headings and steps, in order (`planTimelineRows`, `groupTimelineRows`). */
  rows: TimelineRow[];
  /** Today as YYYY-MM-DD (by default the viewer's date): the chart opens scrolled to it. */
  today?: string;
  /** The zoom it opens with; months by default. */
  initialZoom?: Zoom;
  /** Re-planning: without it nothing moves; with it every step whose `movable` is true can be
   * dragged, or focused and moved with ← and → (Enter or Space confirms, Escape cancels). */
  onMove?: MoveStep;
  /** Names the hatched bars in the legend ("Baseline 2") when the plan has several
   * baselines; by default "Baseline (original plan)". */
  baselineLabel?: string;
}

interface Pending {
  id: string;
  range: DayRange;
}

interface Drag {
  id: string;
  pointerId: number;
  x: number;
  range: DayRange;
}

const KEY_MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1 };

/** Where to scroll so that `x` (in the chart, after the label column) is in the middle of what
 * is visible beside the label column. */
export function scrollLeftFor(x: number, viewport: number, labels: number): number {
  return Math.max(0, Math.round(x - (viewport - labels) / 2));
}

/** A Gantt chart of plan steps to plan with: a label column that wraps (numbers unique in the
 * plan, headings per objective), the current dates as solid bars and the baseline as thin
 * hatched ones, today's line, zoom by week, month, quarter or year, and — with `onMove` — steps
 * moved by dragging or with the keyboard. The same data follows as a table. */
export function Timeline({ rows, today: todayProp, initialZoom = 'month', onMove, baselineLabel }: TimelineProps) {
  const { t, i18n } = useTranslation('plans');
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const today = todayProp ?? localToday();
  const [zoom, setZoom] = useState<Zoom>(initialZoom);
  const [pending, setPending] = useState<Pending | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const scroller = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const helpId = useId();
  const scale = SCALES[zoom];

  const steps = useMemo(() => rows.filter((row): row is TimelineStep => row.kind === 'step'), [rows]);
  const current = useMemo(() => new Map(steps.map((step) => [step.id, rangeOf(step.start, step.end)])), [steps]);
  const baselines = useMemo(() => new Map(steps.map((step) => [step.id, rangeOf(step.baselineStart, step.baselineEnd)])), [steps]);
  const span = useMemo(
    () => spanOf([...current.values(), ...baselines.values(), pending?.range ?? null], today, zoom),
    [current, baselines, pending, today, zoom],
  );
  const origin = dayOf(span.start);
  const x = useCallback((iso: string) => (dayOf(iso) - origin) * scale.px, [origin, scale.px]);
  const width = x(span.end);

  const labels = useMemo(() => {
    const day = new Intl.DateTimeFormat(language, { day: 'numeric', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
    const monthYear = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const year = new Intl.DateTimeFormat(language, { year: 'numeric', timeZone: 'UTC' });
    const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
    return {
      week: (iso: string) => day.format(date(iso)),
      month: (iso: string) => month.format(date(iso)),
      monthYear: (iso: string) => monthYear.format(date(iso)),
      quarter: (iso: string) => t('plans:chart.quarterTick', { number: Math.floor(Number(iso.slice(5, 7)) / 3) + 1 }),
      year: (iso: string) => year.format(date(iso)),
    };
  }, [language, t]);

  const columns = useMemo(() => ticks(span.start, span.end, scale.tick), [span.start, span.end, scale.tick]);
  const bands = useMemo(() => (scale.band ? ticks(span.start, span.end, scale.band) : []), [span.start, span.end, scale.band]);
  const tickLabel = (iso: string) => labels[scale.tick === 'week' ? 'week' : scale.tick === 'month' ? 'month' : scale.tick === 'quarter' ? 'quarter' : 'year'](iso);
  const bandLabel = (iso: string) => (scale.band === 'month' ? labels.monthYear(iso) : labels.year(iso));

  /** Scrolls so that `date` is in the middle of the visible chart. */
  const scrollTo = useCallback(
    (date: string) => {
      const element = scroller.current;
      if (!element) return;
      const label = element.querySelector<HTMLElement>('.tl-label');
      element.scrollLeft = scrollLeftFor(x(date), element.clientWidth, label?.offsetWidth ?? 0);
    },
    [x],
  );

  /** The day in the middle of the visible chart. */
  function centre(): string | null {
    const element = scroller.current;
    if (!element || element.clientWidth === 0) return null;
    const label = element.querySelector<HTMLElement>('.tl-label')?.offsetWidth ?? 0;
    return isoOf(origin + Math.floor((element.scrollLeft + (element.clientWidth - label) / 2) / scale.px));
  }

  // Opens on today; a new zoom keeps the day that was in the middle. In a tab that is still
  // hidden the chart has no width yet: it scrolls once it gets one.
  const target = useRef<string | null>(null);
  const placed = useRef(false);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    placed.current = false;
    const place = () => {
      if (placed.current || element.clientWidth === 0) return;
      placed.current = true;
      scrollTo(target.current ?? today);
    };
    place();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(place);
    observer.observe(element);
    return () => observer.disconnect();
    // Only a new zoom (and the first render) scrolls, not every move of a bar.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zoom]);

  function changeZoom(next: Zoom) {
    target.current = centre();
    setZoom(next);
  }

  const dates = (range: DayRange) => t('plans:chart.dates', { start: format.day(range.start), end: format.day(range.end) });
  const movable = (step: TimelineStep) => Boolean(onMove && step.movable && current.get(step.id));

  function confirm(step: TimelineStep, range: DayRange) {
    const before = current.get(step.id);
    setPending(null);
    if (!before || (before.start === range.start && before.end === range.end)) return;
    setAnnouncement(t('plans:chart.moved', { number: step.number, dates: dates(range) }));
    onMove?.(step.id, range.start, range.end);
  }

  function cancel(step: TimelineStep) {
    if (!pending || pending.id !== step.id) return;
    setPending(null);
    setAnnouncement(t('plans:chart.cancelled', { number: step.number }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, step: TimelineStep) {
    const range = pending?.id === step.id ? pending.range : current.get(step.id);
    if (!range) return;
    const direction = KEY_MOVES[event.key];
    if (direction) {
      event.preventDefault();
      const next = shiftRange(range, scale.step, direction);
      setPending({ id: step.id, range: next });
      setAnnouncement(t('plans:chart.moving', { number: step.number, dates: dates(next) }));
      event.currentTarget.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (pending?.id === step.id) confirm(step, pending.range);
    } else if (event.key === 'Escape' && pending?.id === step.id) {
      event.preventDefault();
      cancel(step);
    }
  }

  function onPointerDown(event: PointerEvent<HTMLElement>, step: TimelineStep) {
    const range = current.get(step.id);
    if (!range || event.button !== 0) return;
    drag.current = { id: step.id, pointerId: event.pointerId, x: event.clientX, range };
    try {
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // Not every environment captures pointers; moves over the bar still arrive.
    }
  }

  function onPointerMove(event: PointerEvent<HTMLElement>) {
    const active = drag.current;
    if (!active || active.pointerId !== event.pointerId) return;
    const next = dragged(active.range, (event.clientX - active.x) / scale.px, zoom);
    if (next.start !== pending?.range.start || pending.id !== active.id) setPending({ id: active.id, range: next });
  }

  function onPointerUp(event: PointerEvent<HTMLElement>, step: TimelineStep) {
    const active = drag.current;
    if (!active || active.pointerId !== event.pointerId) return;
    drag.current = null;
    confirm(step, dragged(active.range, (event.clientX - active.x) / scale.px, zoom));
  }

  function onPointerCancel() {
    drag.current = null;
    setPending(null);
  }

  const bar = (range: DayRange) => ({ left: x(range.start), width: Math.max((dayOf(range.end) - dayOf(range.start) + 1) * scale.px, 3) });
  const help = t(`plans:chart.moveHelp.${zoom}`);
  // A date keeps to one line: the table scrolls sideways on a phone instead.
  const dateCell = (value: string | null | undefined) => value && <span className="tl-date">{format.partialDate(value)}</span>;
  const anyDates = steps.some((step) => current.get(step.id) || baselines.get(step.id));

  function stepTrack(step: TimelineStep) {
    const baseline = baselines.get(step.id);
    const shown = pending?.id === step.id ? pending.range : current.get(step.id);
    const canMove = movable(step);
    return (
      <div className="tl-track">
        {baseline && <div className="tl-bar tl-baseline" aria-hidden="true" data-testid="timeline-baseline" style={bar(baseline)} />}
        {shown &&
          (canMove ? (
            <div
              role="button"
              tabIndex={0}
              className="tl-bar tl-current tl-movable"
              data-testid="timeline-bar"
              data-focus-id={`timeline-${step.id}`}
              data-moving={pending?.id === step.id || undefined}
              aria-label={t('plans:chart.move', { number: step.number, title: step.title })}
              aria-describedby={helpId}
              style={bar(shown)}
              onKeyDown={(event) => onKeyDown(event, step)}
              onBlur={() => cancel(step)}
              onPointerDown={(event) => onPointerDown(event, step)}
              onPointerMove={onPointerMove}
              onPointerUp={(event) => onPointerUp(event, step)}
              onPointerCancel={onPointerCancel}
            />
          ) : (
            <div className="tl-bar tl-current" aria-hidden="true" data-testid="timeline-bar" style={bar(shown)} />
          ))}
      </div>
    );
  }

  if (rows.length === 0) return <Text c="dimmed">{t('plans:chart.empty')}</Text>;

  return (
    <>
      <Group justify="space-between" align="flex-end" mb="xs" gap="sm">
        <Group gap="sm" align="center">
          <div role="group" aria-label={t('plans:chart.zoom')}>
            <SegmentedControl
              size="xs"
              value={zoom}
              onChange={(value) => changeZoom(value as Zoom)}
              data={ZOOMS.map((value) => ({ value, label: t(`plans:chart.zooms.${value}`) }))}
            />
          </div>
          <Button size="xs" variant="default" onClick={() => scrollTo(today)}>
            {t('plans:chart.today')}
          </Button>
        </Group>
        <ul className="tl-legend" aria-label={t('plans:chart.legend')} data-testid="timeline-legend">
          <li>
            <span className="tl-swatch tl-swatch-current" aria-hidden="true" />
            {t('plans:chart.current')}
          </li>
          <li>
            <span className="tl-swatch tl-swatch-baseline" aria-hidden="true" />
            {baselineLabel ?? t('plans:chart.baseline')}
          </li>
          <li>
            <span className="tl-swatch tl-swatch-today" aria-hidden="true" />
            {t('plans:chart.today')}
          </li>
        </ul>
      </Group>
      {!anyDates && (
        <Text c="dimmed" size="sm" mb="xs">
          {t('plans:noDates')}
        </Text>
      )}
      {onMove && steps.some(movable) && (
        <Text size="sm" mb="xs" id={helpId}>
          {help}
        </Text>
      )}
      <div ref={scroller} className="tl-scroll" role="group" aria-label={t('plans:chart.label')} tabIndex={0} data-testid="timeline-chart" data-zoom={zoom}>
        <div className="tl-grid" style={{ width: `calc(var(--tl-label-width) + ${width}px)` }}>
          <div className="tl-lines" aria-hidden="true">
            {columns.map((iso) => (
              <span key={iso} className="tl-line" style={{ left: x(iso) }} />
            ))}
            <span className="tl-today" data-testid="timeline-today" data-date={today} style={{ left: x(today) + scale.px / 2 }}>
              <span className="tl-today-label">{t('plans:chart.todayLine', { date: format.day(today) })}</span>
            </span>
          </div>
          <div className="tl-row tl-header" aria-hidden="true">
            <div className="tl-label tl-corner">{t('plans:chart.step')}</div>
            <div className="tl-track tl-scale">
              <div className="tl-tier">
                {bands.map((iso, index) => {
                  const left = Math.max(0, x(iso));
                  return (
                    <span key={iso} className="tl-band" style={{ left, width: Math.min(width, x(bands[index + 1] ?? span.end)) - left }}>
                      <span className="tl-band-text">{bandLabel(iso)}</span>
                    </span>
                  );
                })}
              </div>
              <div className="tl-tier">
                {columns.map((iso) => (
                  <span key={iso} className="tl-tick" style={{ left: x(iso) }}>
                    {tickLabel(iso)}
                  </span>
                ))}
              </div>
              <div className="tl-tier" />
            </div>
          </div>
          <div className="tl-body">
            {rows.map((row) =>
              row.kind === 'heading' ? (
                <div key={row.id} className={`tl-row tl-heading tl-heading-${row.level}${row.number ? '' : ' tl-org'}`} data-testid="timeline-heading">
                  <div className="tl-label">
                    {row.number && <span className="tl-number">{row.number}</span>}
                    {row.number && ' '}
                    {row.label}
                  </div>
                  <div className="tl-track" />
                </div>
              ) : (
                <div key={row.id} className="tl-row" data-testid="timeline-row" data-step-id={row.id}>
                  <div className="tl-label" style={{ paddingInlineStart: `calc(var(--mantine-spacing-xs) + ${row.depth}rem)` }}>
                    <span className="tl-number">{row.number}</span> {row.title}
                    {!current.get(row.id) && <span className="tl-no-dates">{t('plans:chart.noDates')}</span>}
                  </div>
                  {stepTrack(row)}
                </div>
              ),
            )}
          </div>
        </div>
      </div>
      <VisuallyHidden role="status" aria-live="polite" data-testid="timeline-announcement">
        {announcement}
      </VisuallyHidden>
      <DataTable
        testId="timeline-table"
        rows={steps}
        columns={[
          { header: t('plans:steps'), cell: (row) => `${row.number} ${row.title}` },
          { header: t('plans:chart.objective'), cell: (row) => row.context },
          { header: t('plans:start'), cell: (row) => dateCell(row.start) },
          { header: t('plans:end'), cell: (row) => dateCell(row.end) },
          { header: t('plans:baselineStart'), cell: (row) => dateCell(row.baselineStart) },
          { header: t('plans:baselineEnd'), cell: (row) => dateCell(row.baselineEnd) },
        ]}
      />
    </>
  );
}
