import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { useFormat } from '../components/format';
import { Loading, QueryError } from '../components/states';
import type { ProgrammePhaseFieldsFragment } from '../gql/graphql';
import { FOCUS_ATTRIBUTE, useReturnFocus } from '../plans/focus';
import { firstDay, lastDay } from '../plans/partialDate';
import { ProgrammePhaseForm } from './ProgrammePhaseForm';
import { ProgrammeTimelineQuery } from './programmeQueries';
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
function Bar({ range, span, today, stage }: { range: Range | null; span: Range; today: number | null; stage?: boolean }) {
  return (
    <Box aria-hidden pos="relative" h={stage ? 8 : 12} bg="gray.1" style={{ border: '1px solid var(--mantine-color-gray-6)', borderRadius: 3 }} data-testid="programme-bar">
      {range && (
        <Box
          pos="absolute"
          top={0}
          bottom={0}
          bg={stage ? 'indigo.5' : 'indigo.8'}
          style={{ left: percent(range.from, span), width: percent(span.from + Math.max(range.to - range.from, DAY), span), minWidth: 3, borderRadius: 2 }}
        />
      )}
      {today !== null && <Box pos="absolute" top={-4} bottom={-4} w={2} bg="red.9" style={{ left: percent(today, span) }} />}
    </Box>
  );
}

type Editing = { kind: 'edit'; phase: Phase } | { kind: 'add'; parent?: Phase } | null;

const editFocus = (phase: Phase) => `programme-edit-${phase.id}`;
const addFocus = (parent?: Phase) => (parent ? `programme-add-${parent.id}` : 'programme-add-phase');

/** The programme's phases and their stages on the start page: reference, title, the dates as
 * the report words them (else the date at its precision), and a bar across the programme's
 * span. The coordinator corrects them and adds stages in place. */
export function ProgrammeTimeline() {
  const { t } = useTranslation(['dashboard', 'common']);
  const format = useFormat();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ProgrammeTimelineQuery, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Editing>(null);
  const focusLater = useReturnFocus();

  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;
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
    if (start && end) return t('dashboard:programme.fromTo', { start, end });
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
    refetch({ requestPolicy: 'network-only' });
  }

  const editButton = (phase: Phase) =>
    phase.viewerCanUpdate && (
      <Button
        size="xs"
        variant="light"
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
    <Stack gap={4}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Box>
          {stage ? (
            <Text size="sm" fw={600}>
              {name(phase)}
            </Text>
          ) : (
            <Title order={3} size="h5">
              {name(phase)}
            </Title>
          )}
          <Text size="sm" data-testid="programme-dates">
            {dates(phase)}
          </Text>
        </Box>
        {editButton(phase)}
      </Group>
      {phase.summary && (
        <Text size="sm" c="dimmed">
          {phase.summary}
        </Text>
      )}
      {span && <Bar range={rangeOf(phase)} span={span} today={today} stage={stage} />}
      {editor(phase)}
    </Stack>
  );

  return (
    <Section title={t('dashboard:programme.title')} testId="programme-timeline">
      {phases.length === 0 ? (
        <Text c="dimmed">{t('dashboard:programme.empty')}</Text>
      ) : (
        <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('dashboard:programme.phases')}>
          {phases.map((phase) => (
            <Box component="li" key={phase.id} data-testid="programme-phase">
              {item(phase, false)}
              {phase.stages.length > 0 && (
                <Stack component="ol" gap="xs" mt="xs" mb={0} ml={0} pl="md" style={{ listStyle: 'none', borderInlineStart: '2px solid var(--mantine-color-gray-4)' }} aria-label={t('dashboard:programme.stagesOf', { name: name(phase) })}>
                  {phase.stages.map((stage) => (
                    <Box component="li" key={stage.id} data-testid="programme-stage">
                      {item(stage, true)}
                    </Box>
                  ))}
                </Stack>
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
            </Box>
          ))}
        </Stack>
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
