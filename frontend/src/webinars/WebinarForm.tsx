import { Button, Group, MultiSelect, NumberInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { notify } from '../components/notify';
import { cancelOnEscape } from '../components/cancelOnEscape';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { WebinarFieldsFragment } from '../gql/graphql';
import { GoodPracticeOptionsQuery, ScheduleWebinarMutation, UpdateWebinarMutation } from './queries';
import { instantOf, timeZones, wallClock } from './zonedTime';

interface WebinarFormProps {
  workingGroupId: string;
  /** The webinar to edit; none to schedule a new one. */
  webinar?: WebinarFieldsFragment;
  /** The group's leading members, who may present. */
  presenters: { value: string; label: string }[];
  onDone: () => void;
  onCancel: () => void;
}

const DEFAULT_ZONE = 'Europe/Berlin';

/** Schedules or edits a webinar: title, start in its time zone, presenters, recording link,
 * attendance and the good practices showcased. */
export function WebinarForm({ workingGroupId, webinar, presenters, onDone, onCancel }: WebinarFormProps) {
  const { t } = useTranslation(['webinars', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [{ data: practices }] = useQuery({ query: GoodPracticeOptionsQuery });
  const [scheduling, schedule] = useMutation(ScheduleWebinarMutation);
  const [updating, update] = useMutation(UpdateWebinarMutation);
  const [title, setTitle] = useState(webinar?.title ?? '');
  const [timeZone, setTimeZone] = useState(webinar?.timeZone ?? DEFAULT_ZONE);
  const [startsAt, setStartsAt] = useState(webinar ? wallClock(new Date(webinar.startsAt), webinar.timeZone) : '');
  const [presenterIds, setPresenterIds] = useState<string[]>(webinar?.presenters.map((p) => p.id) ?? []);
  const [recordingUrl, setRecordingUrl] = useState(webinar?.recordingUrl ?? '');
  const [attendance, setAttendance] = useState<number | string>(webinar?.attendance ?? '');
  const [goodPracticeIds, setGoodPracticeIds] = useState<string[]>(webinar?.goodPractices.map((g) => g.id) ?? []);
  const [badStart, setBadStart] = useState(false);
  const zones = useMemo(() => timeZones(), []);
  const problems = useMutationProblems({
    title: t('webinars:titleField'),
    startsAt: t('webinars:startsAt'),
    timeZone: t('webinars:timeZone'),
    presenterIds: t('webinars:presenters'),
    recordingUrl: t('webinars:recordingUrl'),
    attendance: t('webinars:attendance'),
    goodPracticeIds: t('webinars:goodPractices'),
  });

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const instant = instantOf(startsAt, timeZone);
    setBadStart(instant === null);
    if (!instant) return;
    const fields = {
      title,
      startsAt: instant.toISOString(),
      timeZone,
      presenterIds,
      recordingUrl: recordingUrl.trim() || null,
      attendance: attendance === '' ? null : Number(attendance),
      goodPracticeIds,
    };
    if (webinar) {
      const result = await update({ input: { id: webinar.id, webinar: fields } });
      if (!problems.check(result, result.data?.updateWebinar.userErrors)) return;
    } else {
      const result = await schedule({ input: { workingGroupId, webinar: fields } });
      if (!problems.check(result, result.data?.scheduleWebinar.userErrors)) return;
    }
    notify(t('common:saved'));
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={titleId}>
          {webinar ? t('webinars:editTitle', { title: webinar.title }) : t('webinars:scheduleTitle')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <TextInput ref={first} label={t('webinars:titleField')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} error={problems.field('title')} />
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('webinars:startsAt')}
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            required
            error={badStart ? t('webinars:badStart') : problems.field('startsAt')}
          />
          <Select
            label={t('webinars:timeZone')}
            data={zones}
            value={timeZone}
            onChange={(value) => value && setTimeZone(value)}
            searchable
            allowDeselect={false}
            error={problems.field('timeZone')}
          />
        </Group>
        <MultiSelect
          label={t('webinars:presenters')}
          description={t('webinars:presentersHelp')}
          data={presenters}
          value={presenterIds}
          onChange={setPresenterIds}
          searchable
          required
          error={problems.field('presenterIds')}
        />
        <Group grow align="flex-start">
          <TextInput
            type="url"
            label={t('webinars:recordingUrl')}
            value={recordingUrl}
            onChange={(e) => setRecordingUrl(e.currentTarget.value)}
            error={problems.field('recordingUrl')}
          />
          <NumberInput label={t('webinars:attendance')} min={0} allowDecimal={false} allowNegative={false} value={attendance} onChange={setAttendance} error={problems.field('attendance')} />
        </Group>
        <MultiSelect
          label={t('webinars:goodPractices')}
          data={practices?.goodPractices.nodes.map((g) => ({ value: g.id, label: g.title })) ?? []}
          value={goodPracticeIds}
          onChange={setGoodPracticeIds}
          searchable
          error={problems.field('goodPracticeIds')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={scheduling.fetching || updating.fetching} disabled={!title.trim() || !startsAt || presenterIds.length === 0}>
            {webinar ? t('webinars:save') : t('webinars:schedule')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
