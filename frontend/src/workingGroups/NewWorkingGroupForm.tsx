import { Button, Card, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { CreateWorkingGroupMutation, WorkingGroupAdminQuery } from './mutations';

function NewWorkingGroupForm({ areas, onDone, onCancel }: { areas: { value: string; label: string }[]; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['workingGroups', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [creating, create] = useMutation(CreateWorkingGroupMutation);
  const [thematicAreaId, setThematicAreaId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const problems = useMutationProblems({ thematicAreaId: t('workingGroups:area'), title: t('workingGroups:groupTitle') });

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!thematicAreaId) return;
    const result = await create({ input: { thematicAreaId, title } });
    if (!problems.check(result, result.data?.createWorkingGroup.userErrors)) return;
    notify(t('common:saved'));
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={2} size="h5" id={titleId}>
          {t('workingGroups:newGroup')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <Group grow align="flex-start">
          <TextInput ref={first} label={t('workingGroups:groupTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} error={problems.field('title')} />
          <Select
            label={t('workingGroups:area')}
            description={t('workingGroups:areaHelp')}
            data={areas}
            value={thematicAreaId}
            onChange={setThematicAreaId}
            required
            error={problems.field('thematicAreaId')}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.fetching} disabled={!thematicAreaId || !title.trim()}>
            {t('workingGroups:create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "New working group" for whoever the API lets create groups
 * (`viewerCapabilities.manageWorkingGroups`); the areas offered are those without a group. */
export function NewWorkingGroup({ takenAreaIds, onCreated }: { takenAreaIds: readonly string[]; onCreated: () => void }) {
  const { t } = useTranslation(['workingGroups']);
  const [{ data }] = useQuery({ query: WorkingGroupAdminQuery });
  const [open, setOpen] = useState(false);
  if (!data?.viewerCapabilities.manageWorkingGroups) return null;
  const areas = data.thematicAreas.nodes.filter((a) => !takenAreaIds.includes(a.id)).map((a) => ({ value: a.id, label: `${a.number}. ${a.title}` }));
  if (!open) {
    return (
      <Group mb="md">
        <Button onClick={() => setOpen(true)}>{t('workingGroups:newGroup')}</Button>
      </Group>
    );
  }
  return (
    <Card withBorder mb="md" p="sm">
      <NewWorkingGroupForm
        areas={areas}
        onCancel={() => setOpen(false)}
        onDone={() => {
          setOpen(false);
          onCreated();
        }}
      />
    </Card>
  );
}
