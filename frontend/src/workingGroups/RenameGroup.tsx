import { Button, Group, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { UpdateWorkingGroupMutation } from './mutations';

/** Renames a working group in place (shown to whoever may update it). */
export function RenameGroup({ id, title, onDone }: { id: string; title: string; onDone: () => void }) {
  const { t } = useTranslation(['workingGroups', 'common']);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(title);
  const [saving, update] = useMutation(UpdateWorkingGroupMutation);
  const input = useRef<HTMLInputElement>(null);
  const problems = useMutationProblems({ title: t('workingGroups:groupTitle') });

  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await update({ input: { id, title: value } });
    if (!problems.check(result, result.data?.updateWorkingGroup.userErrors)) return;
    notify(t('common:saved'));
    setEditing(false);
    onDone();
  }

  if (!editing) {
    return (
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            setValue(title);
            problems.clear();
            setEditing(true);
          }}
        >
          {t('workingGroups:rename')}
        </Button>
      </Group>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('workingGroups:rename')} onKeyDown={cancelOnEscape(() => setEditing(false))}>
      <ProblemsAlert messages={problems.page} />
      <Group align="flex-end">
        <TextInput ref={input} label={t('workingGroups:groupTitle')} value={value} onChange={(e) => setValue(e.currentTarget.value)} required maxLength={200} error={problems.field('title')} w={{ base: '100%', sm: 480 }} />
        <Button type="submit" loading={saving.fetching} disabled={!value.trim()}>
          {t('common:save')}
        </Button>
        <Button variant="default" onClick={() => setEditing(false)}>
          {t('common:cancel')}
        </Button>
      </Group>
    </form>
  );
}
