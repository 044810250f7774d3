import { Alert, Anchor, Box, Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { ActionPracticesFieldsFragment } from '../gql/graphql';
import { actionHeading } from '../plans/actionHeading';
import { cityName, practicesAnchor } from './model';
import { ActionPracticesQuery, LinkablePracticesQuery, SetActionGoodPracticesMutation } from './queries';

/** An objective as this component needs it: its practices and what names it. */
export type PracticesAction = ActionPracticesFieldsFragment & { ref?: string | null; title?: string | null; position: number };

/** The most practices one action may adopt (`TOO_MANY` beyond). */
export const MAX_PRACTICES = 20;

type Practice = ActionPracticesFieldsFragment['goodPractices'][number];

/** "Phoenix Award (Munich)": a practice with the city it comes from. */
function PracticeLink({ practice }: { practice: Practice }) {
  const { t } = useTranslation('transfers');
  const city = cityName(practice.organisation);
  return (
    <Anchor component={Link} to={`/good-practices/${practice.id}`} size="sm" underline="always">
      {city ? t('transfers:practiceWithCity', { title: practice.title, city }) : practice.title}
    </Anchor>
  );
}

/** Chooses the practices an objective adopts among the network's: replaces the whole set. */
function LinkForm({ action, name, onDone, onCancel }: { action: PracticesAction; name: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['transfers', 'common']);
  // The library is searched on the server (title or description), so every practice can be
  // found however large the library grows; the first 50 matches are offered.
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [{ data, error, fetching }] = useQuery({ query: LinkablePracticesQuery, variables: { search: debounced || null } });
  const [chosen, setChosen] = useState<string[]>(action.goodPractices.map((p) => p.id));
  // Labels of every practice seen, so a choice keeps its name when a later search no longer
  // lists it.
  const [seen, setSeen] = useState(() => new Map<string, Practice>(action.goodPractices.map((p) => [p.id, p])));
  useEffect(() => {
    const nodes = data?.goodPractices.nodes;
    if (!nodes?.length) return;
    setSeen((before) => {
      const next = new Map(before);
      for (const practice of nodes) next.set(practice.id, practice);
      return next;
    });
  }, [data]);
  const [conflict, setConflict] = useState(false);
  // The objective's version to save against: a newer one once reloaded after a conflict.
  const [version, setVersion] = useState(action.version);
  const [fresh, reread] = useQuery({ query: ActionPracticesQuery, variables: { id: action.id }, pause: true });
  const problems = useMutationProblems({ goodPracticeIds: t('transfers:field') });
  const [state, setPractices] = useMutation(SetActionGoodPracticesMutation);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  // The search's matches, and the practices chosen (whatever the search lists now).
  const options = new Map<string, string>();
  const label = (practice: Practice) => {
    const city = cityName(practice.organisation);
    return city ? t('transfers:optionLabel', { title: practice.title, city }) : practice.title;
  };
  for (const practice of data?.goodPractices.nodes ?? []) options.set(practice.id, label(practice));
  for (const id of chosen) {
    const practice = seen.get(id);
    if (practice && !options.has(id)) options.set(id, label(practice));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await setPractices({ input: { actionId: action.id, expectedVersion: version, goodPracticeIds: chosen } });
    const errors = result.data?.setActionGoodPractices.userErrors ?? [];
    if (!result.error && errors.some((e) => e.code === 'STALE_VERSION')) {
      setConflict(true);
      return;
    }
    setConflict(false);
    if (problems.check(result, errors)) {
      notify(t('transfers:saved', { name }));
      onDone();
    }
  }

  // Once read again after a conflict: its new version, keeping the choice made here to save.
  useEffect(() => {
    const node = fresh.data?.node;
    if (node?.__typename !== 'Action') return;
    setVersion(node.version);
    setConflict(false);
  }, [fresh.data]);

  return (
    <form
      onSubmit={(e) => void save(e)}
      onKeyDown={cancelOnEscape(onCancel)}
      aria-label={t('transfers:formLabel', { name })}
      className="no-print"
    >
      <Stack gap="xs" mb="sm">
        {conflict && (
          <Alert color="red.9" role="alert" title={t('transfers:conflictTitle')} data-testid="practices-conflict">
            {t('transfers:conflict')}
            <Group mt="xs">
              <Button size="xs" loading={fresh.fetching} onClick={() => reread({ requestPolicy: 'network-only' })}>
                {t('transfers:reload')}
              </Button>
            </Group>
          </Alert>
        )}
        <ProblemsAlert messages={error ? [t('transfers:libraryUnavailable')] : problems.page} testId="practices-problems" />
        <MultiSelect
          ref={field}
          label={t('transfers:field')}
          description={t('transfers:fieldHelp', { max: MAX_PRACTICES })}
          placeholder={fetching && !data ? t('common:loading') : undefined}
          data={[...options].map(([value, label]) => ({ value, label }))}
          value={chosen}
          onChange={setChosen}
          error={problems.field('goodPracticeIds')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          // The server matched titles and descriptions: no second filter on the labels.
          filter={({ options }) => options}
          clearable
          hidePickedOptions
          nothingFoundMessage={t('transfers:noPractice')}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} aria-label={t('transfers:cancelLabel', { name })}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={state.fetching} disabled={conflict} aria-label={t('transfers:saveLabel', { name })}>
            {t('transfers:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Practices({ action }: { action: PracticesAction }) {
  const { t } = useTranslation(['transfers', 'common']);
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const { hash } = useLocation();
  const anchor = practicesAnchor(action.id);
  const name = actionHeading(action);
  // A link to this objective's practices (from the transfers) scrolls to them.
  useEffect(() => {
    if (decodeURIComponent(hash.slice(1)) === anchor) root.current?.scrollIntoView?.({ block: 'start' });
  }, [hash, anchor]);

  function close() {
    setEditing(false);
    // Back to the control that opened the form, once it is shown again.
    setTimeout(() => button.current?.focus(), 0);
  }

  if (action.goodPractices.length === 0 && !action.viewerCanLinkPractices) return null;
  return (
    <Box id={anchor} ref={root} mb="xs" data-testid="action-practices">
      {action.goodPractices.length > 0 && (
        <Group gap="xs" component="p" my={0}>
          <Text span size="sm" fw={600}>
            {t('transfers:adopts')}
          </Text>{' '}
          {action.goodPractices.map((practice, index) => (
            <Text span size="sm" key={practice.id}>
              <PracticeLink practice={practice} />
              {index < action.goodPractices.length - 1 ? ',' : ''}
            </Text>
          ))}
        </Group>
      )}
      {action.viewerCanLinkPractices &&
        (editing ? (
          <LinkForm action={action} name={name} onDone={close} onCancel={close} />
        ) : (
          <Group gap="xs" mt={4} className="no-print">
            <Button ref={button} size="xs" variant="default" aria-label={t('transfers:linkLabel', { name })} onClick={() => setEditing(true)}>
              {t('transfers:link')}
            </Button>
          </Group>
        ))}
    </Box>
  );
}

/** Under an objective's heading: the good practices it adopts ("Adopts: Phoenix Award
 * (Munich)", each linking to the practice) and, for whoever may set them
 * (`viewerCanLinkPractices`), a control to choose them among the network's. */
export function ActionPractices({ action }: { action: PracticesAction }) {
  return (
    <Suspense fallback={null}>
      <Practices action={action} />
    </Suspense>
  );
}
