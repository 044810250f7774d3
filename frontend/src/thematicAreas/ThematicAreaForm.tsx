import { Button, Card, Group, NumberInput, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { BenchmarkCell as Cell } from '../components/BenchmarkMatrix';
import { BenchmarkCellsField } from './BenchmarkCellsField';
import { CreateThematicAreaMutation, UpdateThematicAreaMutation } from './mutations';

export interface ThematicAreaValues {
  id: string;
  number: number;
  title: string;
  description: string;
  benchmarkCells: Cell[];
}

interface ThematicAreaFormProps {
  /** The area to edit; none to create one. */
  area?: ThematicAreaValues;
  /** The number a new area starts with (the lowest free one). */
  suggestedNumber?: number;
  onDone: () => void;
  onCancel: () => void;
}

/** Creates a thematic area or corrects one in place, with the benchmark cells that measure it;
 * the API checks the number (1–99, not taken) and its problems are shown next to their
 * fields; Esc cancels. */
export function ThematicAreaForm({ area, suggestedNumber, onDone, onCancel }: ThematicAreaFormProps) {
  const { t } = useTranslation(['network', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [number, setNumber] = useState<number | string>(area?.number ?? suggestedNumber ?? '');
  const [title, setTitle] = useState(area?.title ?? '');
  const [description, setDescription] = useState(area?.description ?? '');
  const [cells, setCells] = useState<Cell[]>(area?.benchmarkCells ?? []);
  const [created, create] = useMutation(CreateThematicAreaMutation);
  const [updated, update] = useMutation(UpdateThematicAreaMutation);
  const problems = useMutationProblems({
    number: t('network:thematicAreas.numberLabel'),
    title: t('network:thematicAreas.titleColumn'),
    description: t('network:thematicAreas.description'),
  });
  const valid = typeof number === 'number' && Number.isInteger(number) && title.trim() !== '';

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (typeof number !== 'number') return;
    const values = { number, title, description, benchmarkCells: cells.map(({ keyActor, dimension }) => ({ keyActor, dimension })) };
    if (area) {
      const result = await update({ input: { id: area.id, ...values } });
      if (!problems.check(result, result.data?.updateThematicArea.userErrors)) return;
    } else {
      const result = await create({ input: values });
      if (!problems.check(result, result.data?.createThematicArea.userErrors)) return;
    }
    notify(t('common:saved'));
    onDone();
  }

  return (
    <Card withBorder mb="md" p="sm">
      <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
        <Stack gap="xs">
          <Title order={2} size="h5" id={titleId}>
            {area ? t('network:thematicAreas.edit', { number: area.number, title: area.title }) : t('network:thematicAreas.new')}
          </Title>
          <ProblemsAlert messages={problems.page} />
          <Group grow align="flex-start">
            <NumberInput
              ref={first}
              label={t('network:thematicAreas.numberLabel')}
              description={t('network:thematicAreas.numberHelp')}
              value={number}
              onChange={setNumber}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              required
              error={problems.field('number')}
            />
            <TextInput label={t('network:thematicAreas.titleColumn')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} error={problems.field('title')} />
          </Group>
          <Textarea
            label={t('network:thematicAreas.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={5000}
            error={problems.field('description')}
          />
          <BenchmarkCellsField value={cells} onChange={setCells} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={created.fetching || updated.fetching} disabled={!valid}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The lowest number from 1 to 99 no area has yet. */
export function lowestFreeNumber(taken: readonly number[]): number | undefined {
  for (let n = 1; n <= 99; n++) if (!taken.includes(n)) return n;
  return undefined;
}
