import { Alert, Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { ActionFields, type ActionValues, actionInput } from './ActionFields';
import { cancelOnEscape } from './focus';
import { UpdateActionMutation } from './mutations';
import { actionHeading } from './PlanTables';
import type { PlanAction } from './types';

interface ActionEditorProps {
  action: PlanAction;
  /** Saved: close and reload. */
  onDone: () => void;
  onCancel: () => void;
  /** Asks the page to reload the plan (after a conflict). */
  onReload: () => void;
}

/** Edits an objective in place: reference, title, area, origin and the proposed action it
 * grew from. Esc cancels. */
export function ActionEditor({ action, onDone, onCancel, onReload }: ActionEditorProps) {
  const { t } = useTranslation(['library', 'plans', 'common']);
  const [values, setValues] = useState<ActionValues>({
    ref: action.ref ?? '',
    title: action.title ?? '',
    thematicAreaId: action.thematicArea?.id ?? null,
    origin: action.origin,
    proposedActionId: action.proposedAction?.id ?? null,
  });
  const problems = useMutationProblems({
    ref: t('plans:reference'),
    title: t('plans:objective'),
    thematicAreaId: t('library:goodPractices.area'),
    origin: t('plans:origin'),
    proposedActionId: t('plans:proposedAction'),
  });
  const [conflict, setConflict] = useState(false);
  const [state, updateAction] = useMutation(UpdateActionMutation);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await updateAction({ input: { id: action.id, expectedVersion: action.version, action: actionInput(values) } });
    const errors = result.data?.updateAction.userErrors ?? [];
    if (!result.error && errors.some((e) => e.code === 'STALE_VERSION')) {
      setConflict(true);
      return;
    }
    if (problems.check(result, errors)) onDone();
  }

  return (
    <form onSubmit={(e) => void save(e)} onKeyDown={cancelOnEscape(onCancel)} aria-label={t('plans:editAction', { name: actionHeading(action) })}>
      <Stack gap="xs" mb="sm">
        {conflict && (
          <Alert color="red.9" role="alert" title={t('plans:conflictTitle')} data-testid="conflict">
            {t('plans:conflictAction')}
            <Group mt="xs">
              <Button size="xs" onClick={onReload}>
                {t('plans:reload')}
              </Button>
            </Group>
          </Alert>
        )}
        <ProblemsAlert messages={problems.page} />
        <ActionFields values={values} onChange={setValues} field={problems.field} firstFieldRef={first} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={state.fetching} disabled={conflict}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
