import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { notify } from '../components/notify';
import { allMessages, problemsOf } from '../errors/problems';
import { DeleteAwardMutation, DeleteTerritoryFactMutation } from './queries';

/** The "Edit" and "Delete" buttons of one award or fact, each named after it (e.g. "Edit
 * Phoenix Award 2018") so that a screen reader's list of buttons tells them apart. */
function EditDelete({ title, deleting, onEdit, onDelete }: { title: string; deleting: boolean; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation(['evidence']);
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="light" aria-label={t('evidence:editNamed', { title })} onClick={onEdit}>
        {t('evidence:edit')}
      </Button>
      <Button size="xs" color="red.9" variant="outline" loading={deleting} aria-label={t('evidence:deleteNamed', { title })} onClick={onDelete}>
        {t('evidence:delete')}
      </Button>
    </Group>
  );
}

/** Tells the outcome of a deletion: its problems by code, translated, or that it is done. */
function useReport() {
  const { t } = useTranslation(['evidence', 'common']);
  return (problems: string[], done: string) => {
    if (problems.length > 0) notify(problems.join(' '), { color: 'red.9', title: t('common:error') });
    else notify(done);
  };
}

/** Edits an award, or deletes it after a confirmation. */
export function AwardActions({ id, title, onEdit, onDeleted }: { id: string; title: string; onEdit: () => void; onDeleted: () => void }) {
  const { t } = useTranslation(['evidence', 'errors', 'common']);
  const [deleting, deleteAward] = useMutation(DeleteAwardMutation);
  const report = useReport();
  async function remove() {
    if (!window.confirm(t('evidence:confirmDeleteAward', { title }))) return;
    const result = await deleteAward({ input: { id } });
    report(allMessages(problemsOf(t, result, result.data?.deleteAward.userErrors)), t('evidence:awardDeleted'));
    onDeleted();
  }
  return <EditDelete title={title} deleting={deleting.fetching} onEdit={onEdit} onDelete={() => void remove()} />;
}

/** Edits a territory fact, or deletes it after a confirmation. */
export function FactActions({ id, title, onEdit, onDeleted }: { id: string; title: string; onEdit: () => void; onDeleted: () => void }) {
  const { t } = useTranslation(['evidence', 'errors', 'common']);
  const [deleting, deleteFact] = useMutation(DeleteTerritoryFactMutation);
  const report = useReport();
  async function remove() {
    if (!window.confirm(t('evidence:confirmDeleteFact', { title }))) return;
    const result = await deleteFact({ input: { id } });
    report(allMessages(problemsOf(t, result, result.data?.deleteTerritoryFact.userErrors)), t('evidence:factDeleted'));
    onDeleted();
  }
  return <EditDelete title={title} deleting={deleting.fetching} onEdit={onEdit} onDelete={() => void remove()} />;
}
