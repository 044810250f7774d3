import { Button, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useConfirmedDelete } from '../errors/useConfirmedDelete';
import { DeleteProposedActionMutation } from './mutations';

/** A proposed action's title with, for whoever may edit it (`editable`: its
 * `viewerCanUpdate`), the "Edit" and "Delete" buttons named after it. Deleting asks for a
 * confirmation; a refusal (e.g. `IN_USE`, a plan action grew from it) is shown by its code
 * under the buttons. */
export function ProposedActionHeading({
  id,
  title,
  editable,
  editing,
  onEdit,
  onDeleted,
}: {
  id: string;
  title: string;
  editable: boolean;
  editing: boolean;
  onEdit: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation(['proposedActions']);
  const [, deleteAction] = useMutation(DeleteProposedActionMutation);
  const deletion = useConfirmedDelete({
    confirmation: t('proposedActions:confirmDelete', { title }),
    remove: async () => {
      const result = await deleteAction({ input: { id } });
      return { result, userErrors: result.data?.deleteProposedAction.userErrors };
    },
    done: t('proposedActions:deleted'),
    onDeleted,
    labels: { id: t('proposedActions:actionField') },
  });
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <Title order={3} size="h5">
          {title}
        </Title>
        {editable && !editing && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={onEdit}>
              {t('proposedActions:edit')}
            </Button>
            <Button
              size="xs"
              color="red.9"
              variant="outline"
              loading={deletion.deleting}
              aria-label={t('proposedActions:deleteNamed', { title })}
              onClick={deletion.run}
            >
              {t('proposedActions:delete')}
            </Button>
          </Group>
        )}
      </Group>
      <ProblemsAlert messages={deletion.messages} testId="proposed-action-delete-problems" />
    </>
  );
}
