import { Button, Group, Stack, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { ActionFields, type ActionValues, EMPTY_ACTION, actionInput } from './ActionFields';
import { AddActionMutation } from './mutations';

/** The focus key of the form's first field. */
export const ADD_ACTION_FOCUS = 'add-action';

/** Adds an objective (action) to a plan. */
export function AddActionForm({ planId, onAdded }: { planId: string; onAdded: () => void }) {
  const { t } = useTranslation(['library', 'plans', 'common']);
  const [, addAction] = useMutation(AddActionMutation);
  const [values, setValues] = useState<ActionValues>(EMPTY_ACTION);
  const problems = useMutationProblems({
    ref: t('plans:reference'),
    title: t('plans:objective'),
    thematicAreaId: t('library:goodPractices.area'),
    origin: t('plans:origin'),
    proposedActionId: t('plans:proposedAction'),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await addAction({ input: { actionPlanId: planId, action: actionInput(values) } });
    if (problems.check(result, result.data?.addAction.userErrors)) {
      setValues(EMPTY_ACTION);
      notify(t('common:saved'));
      onAdded();
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="add-action">
      <Stack gap="xs" mt="lg">
        <Title order={2} size="h5" id="add-action">
          {t('plans:addAction')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <ActionFields values={values} onChange={setValues} field={problems.field} firstFieldFocusId={ADD_ACTION_FOCUS} />
        <Group justify="flex-end">
          <Button type="submit">{t('plans:addAction')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
