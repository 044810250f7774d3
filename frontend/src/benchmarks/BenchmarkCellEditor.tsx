import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { BenchmarkDimension, KeyActor } from '../gql/graphql';
import { BenchmarkAreasQuery, UpdateBenchmarkMutation } from './mutations';

export interface EditableScore {
  keyActor: KeyActor;
  dimension: BenchmarkDimension;
  level?: number | null;
  achievements: string;
  needs: string;
  gaps: string;
}

export interface EditableBenchmark {
  id: string;
  version: number;
  organisation: { name: string };
  scores: readonly EditableScore[];
  needs: readonly { id: string; title: string }[];
}

interface BenchmarkCellEditorProps {
  benchmark: EditableBenchmark;
  keyActor: KeyActor;
  dimension: BenchmarkDimension;
  /** Saved: close (the page reloads the benchmark). */
  onDone: () => void;
  /** Closed without saving (Cancel or Esc); the dialog returns the focus to the cell. */
  onCancel: () => void;
}

const NOT_ASSESSED = 'none';

/** One cell of the matrix (level, achievements, needs, gaps) and the benchmark's needs, in a
 * dialog; `updateBenchmark` replaces the whole content, so the other cells are sent unchanged. */
export function BenchmarkCellEditor({ benchmark, keyActor, dimension, onDone, onCancel }: BenchmarkCellEditorProps) {
  const { t } = useTranslation(['benchmarks', 'common']);
  const current = benchmark.scores.find((s) => s.keyActor === keyActor && s.dimension === dimension);
  const [level, setLevel] = useState(current?.level == null ? NOT_ASSESSED : String(current.level));
  const [achievements, setAchievements] = useState(current?.achievements ?? '');
  const [needs, setNeeds] = useState(current?.needs ?? '');
  const [gaps, setGaps] = useState(current?.gaps ?? '');
  const [needAreaIds, setNeedAreaIds] = useState<string[]>(benchmark.needs.map((n) => n.id));
  const [conflict, setConflict] = useState(false);
  const [areas] = useQuery({ query: BenchmarkAreasQuery });
  const [state, updateBenchmark] = useMutation(UpdateBenchmarkMutation);
  const problems = useMutationProblems({
    level: t('benchmarks:levelField'),
    achievements: t('benchmarks:achievements'),
    needs: t('benchmarks:cellNeeds'),
    gaps: t('benchmarks:gaps'),
    needAreaIds: t('benchmarks:markedNeeds'),
  });
  const cellName = `${t(`benchmarks:actors.${keyActor}`)} – ${t(`benchmarks:dimensions.${dimension}`)}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    const others = benchmark.scores
      .filter((s) => !(s.keyActor === keyActor && s.dimension === dimension))
      .map((s) => ({ keyActor: s.keyActor, dimension: s.dimension, level: s.level ?? null, achievements: s.achievements, needs: s.needs, gaps: s.gaps }));
    const edited = { keyActor, dimension, level: level === NOT_ASSESSED ? null : Number(level), achievements, needs, gaps };
    const empty = edited.level === null && !achievements.trim() && !needs.trim() && !gaps.trim();
    const result = await updateBenchmark({
      input: { id: benchmark.id, expectedVersion: benchmark.version, scores: empty ? others : [...others, edited], needAreaIds },
    });
    const errors = result.data?.updateBenchmark.userErrors ?? [];
    if (!result.error && errors.some((e) => e.code === 'STALE_VERSION')) {
      setConflict(true);
      return;
    }
    if (problems.check(result, errors)) onDone();
  }

  return (
    <Modal
      opened
      onClose={onCancel}
      size="lg"
      title={t('benchmarks:editCell', { cell: cellName, organisation: benchmark.organisation.name })}
      closeButtonProps={{ 'aria-label': t('common:close') }}
    >
      <form onSubmit={(e) => void save(e)} aria-label={t('benchmarks:editCell', { cell: cellName, organisation: benchmark.organisation.name })}>
        <Stack gap="sm">
          {conflict && (
            <Alert color="red.9" role="alert" title={t('benchmarks:conflictTitle')} data-testid="conflict">
              {t('benchmarks:conflict')}
              <Group mt="xs">
                <Button size="xs" onClick={onDone}>
                  {t('benchmarks:reload')}
                </Button>
              </Group>
            </Alert>
          )}
          <ProblemsAlert messages={problems.page} />
          <Radio.Group label={t('benchmarks:levelField')} value={level} onChange={setLevel} error={problems.field('level')}>
            <Group mt="xs">
              <Radio value={NOT_ASSESSED} label={t('benchmarks:notAssessed')} data-autofocus={level === NOT_ASSESSED || undefined} />
              {[0, 1, 2, 3].map((l) => (
                <Radio key={l} value={String(l)} label={t('benchmarks:level', { level: l })} data-autofocus={level === String(l) || undefined} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea label={t('benchmarks:achievements')} autosize minRows={2} value={achievements} onChange={(e) => setAchievements(e.currentTarget.value)} error={problems.field('achievements')} />
          <Textarea label={t('benchmarks:cellNeeds')} autosize minRows={2} value={needs} onChange={(e) => setNeeds(e.currentTarget.value)} error={problems.field('needs')} />
          <Textarea label={t('benchmarks:gaps')} autosize minRows={2} value={gaps} onChange={(e) => setGaps(e.currentTarget.value)} error={problems.field('gaps')} />
          <Checkbox.Group label={t('benchmarks:markedNeeds')} description={t('benchmarks:markedNeedsHint')} value={needAreaIds} onChange={setNeedAreaIds} error={problems.field('needAreaIds')}>
            <Stack gap={4} mt="xs">
              {(areas.data?.thematicAreas.nodes ?? []).map((area) => (
                <Checkbox key={area.id} value={area.id} label={`${area.number}. ${area.title}`} />
              ))}
            </Stack>
          </Checkbox.Group>
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
    </Modal>
  );
}
