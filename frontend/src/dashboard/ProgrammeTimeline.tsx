import { Box, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../components/format';
import type { ProgrammePhaseFieldsFragment, ProgrammeTimelineFieldsFragment } from '../gql/graphql';
import { FOCUS_ATTRIBUTE, useReturnFocus } from '../plans/focus';
import { firstDay, lastDay } from '../plans/partialDate';
import { ProgrammePhaseForm } from './ProgrammePhaseForm';
import { Section } from './Section';

type Phase = ProgrammePhaseFieldsFragment;
type Range = { from: number; to: number };

const DAY = 86_400_000;

/** The days a phase covers (its end's last day included), from whichever dates it has. */
export function rangeOf(phase: Pick<Phase, 'start' | 'end'>): Range | null {
  const from = firstDay(phase.start ?? phase.end ?? '');
  const to = lastDay(phase.end ?? phase.start ?? '');
  if (!from || !to) return null;
  return { from: Date.parse(from), to: Date.parse(to) + DAY };
}

/** The span of every dated range, or null when none has dates. */
export function spanOf(ranges: (Range | null)[]): Range | null {
  const dated = ranges.filter((r): r is Range => r !== null);
  if (dated.length === 0) return null;
  return { from: Math.min(...dated.map((r) => r.from)), to: Math.max(...dated.map((r) => r.to)) };
}

const percent = (value: number, span: Range) => `${(((value - span.from) / (span.to - span.from)) * 100).toFixed(2)}%`;

/** A phase's bar across the programme's span, with today's line: decoration only (the text
 * beside it gives the dates), so hidden from assistive technology. */
function Bar({ range, span, today }: { range: Range | null; span: Range; today: number | null }) {
  return (
    <div aria-hidden="true" className="programme-track" data-testid="programme-bar">
      {range && <div className="programme-bar" style={{ left: percent(range.from, span), width: percent(span.from + Math.max(range.to - range.from, DAY), span) }} />}
      {today !== null && <div className="programme-today" style={{ left: percent(today, span) }} />}
    </div>
  );
}

type Editing = { kind: 'edit'; phase: Phase } | { kind: 'add'; parent?: Phase } | null;

const editFocus = (phase: Phase) => `programme-edit-${phase.id}`;
const addFocus = (parent?: Phase) => (parent ? `programme-add-${parent.id}` : 'programme-add-phase');

/** The programme's phases and their stages on the start page: reference, title, the dates as
 * the report words them (else the date at its precision), and a bar across the programme's
 * span. The coordinator corrects them and adds stages in place. `data` is what the
 * dashboard's query asked for with `ProgrammeTimelineFields`; `onChanged` asks again. */
export function ProgrammeTimeline({ data, onChanged }: { data: ProgrammeTimelineFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation(['dashboard', 'common']);
  const format = useFormat();
  const [editing, setEditing] = useState<Editing>(null);
  const focusLater = useReturnFocus();
  const phases = data.programmePhases;
  const span = spanOf(phases.flatMap((phase) => [rangeOf(phase), ...phase.stages.map(rangeOf)]));
  const now = Date.now();
  const today = span && now >= span.from && now < span.to ? now : null;

  const month = (time: number) => format.partialDate(new Date(time).toISOString().slice(0, 7));
  const name = (phase: Phase) => (phase.reference ? `${phase.reference} ${phase.title}` : phase.title);
  const printed = (date: string | null | undefined, text: string | null | undefined) => {
    if (text && date) return t('dashboard:programme.printed', { text, date: format.partialDate(date) });
    return text ?? (date ? format.partialDate(date) : null);
  };
  const dates = (phase: Phase) => {
    const start = printed(phase.start, phase.startText);
    const end = printed(phase.end, phase.endText);
    // One day (an event) is one date.
    if (start && end) return start === end ? start : t('dashboard:programme.fromTo', { start, end });
    if (start) return t('dashboard:programme.from', { start });
    if (end) return t('dashboard:programme.until', { end });
    return t('dashboard:programme.noDates');
  };

  // The form unmounts when it closes, so the focus goes back to the button that opened it.
  function close() {
    if (editing) focusLater(editing.kind === 'edit' ? editFocus(editing.phase) : addFocus(editing.parent));
    setEditing(null);
  }
  function saved() {
    close();
    onChanged();
  }

  const editButton = (phase: Phase) =>
    phase.viewerCanUpdate && (
      <Button
        size="xs"
        variant="default"
        aria-label={t('dashboard:programme.editName', { name: name(phase) })}
        aria-expanded={editing?.kind === 'edit' && editing.phase.id === phase.id}
        onClick={() => setEditing({ kind: 'edit', phase })}
        {...{ [FOCUS_ATTRIBUTE]: editFocus(phase) }}
      >
        {t('dashboard:programme.edit')}
      </Button>
    );
  const editor = (phase: Phase) =>
    editing?.kind === 'edit' &&
    editing.phase.id === phase.id && (
      <ProgrammePhaseForm key={phase.id} phase={phase} title={t('dashboard:programme.editName', { name: name(phase) })} onCancel={close} onDone={saved} />
    );

  /** One phase or stage: its name, its dates in words, its bar. */
  const item = (phase: Phase, stage: boolean) => (
    <>
      <div className="programme-head">
        <div>
          {stage ? <p className="programme-name programme-stage-name">{name(phase)}</p> : <h3 className="programme-name">{name(phase)}</h3>}
          <p className="programme-text" data-testid="programme-dates">
            {dates(phase)}
          </p>
        </div>
        {editButton(phase)}
      </div>
      {phase.summary && <p className="programme-text programme-note">{phase.summary}</p>}
      {span && <Bar range={rangeOf(phase)} span={span} today={today} />}
      {editor(phase)}
    </>
  );

  return (
    <Section title={t('dashboard:programme.title')} testId="programme-timeline">
      {phases.length === 0 ? (
        <Text c="dimmed">{t('dashboard:programme.empty')}</Text>
      ) : (
        <ol className="programme-list" aria-label={t('dashboard:programme.phases')}>
          {phases.map((phase) => (
            <li key={phase.id} className="programme-item" data-testid="programme-phase">
              {item(phase, false)}
              {phase.stages.length > 0 && (
                <ol className="programme-stages" aria-label={t('dashboard:programme.stagesOf', { name: name(phase) })}>
                  {phase.stages.map((stage) => (
                    <li key={stage.id} className="programme-item" data-testid="programme-stage">
                      {item(stage, true)}
                    </li>
                  ))}
                </ol>
              )}
              {phase.viewerCanUpdate &&
                (editing?.kind === 'add' && editing.parent?.id === phase.id ? (
                  <Box mt="xs">
                    <ProgrammePhaseForm parent={phase} title={t('dashboard:programme.newStage', { name: name(phase) })} onCancel={close} onDone={saved} />
                  </Box>
                ) : (
                  <Group mt="xs">
                    <Button size="xs" variant="default" aria-label={t('dashboard:programme.addStageTo', { name: name(phase) })} onClick={() => setEditing({ kind: 'add', parent: phase })} {...{ [FOCUS_ATTRIBUTE]: addFocus(phase) }}>
                      {t('dashboard:programme.addStage')}
                    </Button>
                  </Group>
                ))}
            </li>
          ))}
        </ol>
      )}
      {span && (
        <Text size="xs" c="dimmed">
          {today !== null
            ? t('dashboard:programme.spanToday', { start: month(span.from), end: month(span.to - DAY), today: format.day(new Date(today).toISOString().slice(0, 10)) })
            : t('dashboard:programme.span', { start: month(span.from), end: month(span.to - DAY) })}
        </Text>
      )}
      {data.viewerCapabilities.manageProgramme &&
        (editing?.kind === 'add' && !editing.parent ? (
          <ProgrammePhaseForm title={t('dashboard:programme.newPhase')} onCancel={close} onDone={saved} />
        ) : (
          <Group>
            <Button size="xs" variant="default" onClick={() => setEditing({ kind: 'add' })} {...{ [FOCUS_ATTRIBUTE]: addFocus() }}>
              {t('dashboard:programme.addPhase')}
            </Button>
          </Group>
        ))}
    </Section>
  );
}
