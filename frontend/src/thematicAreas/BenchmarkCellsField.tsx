// Which benchmark cells measure a thematic area: one group of checkboxes per key actor, a box
// per dimension. A partner's level in the area is the mean of its levels in the ticked cells.
import { Checkbox, Fieldset, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type BenchmarkCell as Cell, DIMENSIONS, KEY_ACTORS } from '../components/BenchmarkMatrix';

/** The cells in matrix order (key actor, then dimension), as the API returns them. */
export function inMatrixOrder(cells: Cell[]): Cell[] {
  const rank = (c: Cell) => KEY_ACTORS.indexOf(c.keyActor) * DIMENSIONS.length + DIMENSIONS.indexOf(c.dimension);
  return [...cells].sort((a, b) => rank(a) - rank(b));
}

interface BenchmarkCellsFieldProps {
  value: Cell[];
  onChange: (cells: Cell[]) => void;
}

export function BenchmarkCellsField({ value, onChange }: BenchmarkCellsFieldProps) {
  const { t } = useTranslation(['network', 'benchmarks']);
  const helpId = useId();
  const has = (keyActor: Cell['keyActor'], dimension: Cell['dimension']) => value.some((c) => c.keyActor === keyActor && c.dimension === dimension);
  function toggle(keyActor: Cell['keyActor'], dimension: Cell['dimension'], checked: boolean) {
    const others = value.filter((c) => c.keyActor !== keyActor || c.dimension !== dimension);
    onChange(inMatrixOrder(checked ? [...others, { keyActor, dimension }] : others));
  }
  return (
    <Stack gap={4} data-testid="benchmark-cells">
      <Text size="sm" fw={500}>
        {t('network:thematicAreas.cells')}
      </Text>
      <Text size="xs" id={helpId}>
        {t('network:thematicAreas.cellsHelp')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {KEY_ACTORS.map((actor) => (
          <Fieldset key={actor} legend={t(`benchmarks:actors.${actor}`)} p="xs" aria-describedby={helpId}>
            <Stack gap={4}>
              {DIMENSIONS.map((dimension) => (
                <Checkbox
                  key={dimension}
                  size="xs"
                  label={t(`benchmarks:dimensions.${dimension}`)}
                  aria-label={t('network:thematicAreas.cellLabel', { actor: t(`benchmarks:actors.${actor}`), dimension: t(`benchmarks:dimensions.${dimension}`) })}
                  checked={has(actor, dimension)}
                  onChange={(e) => toggle(actor, dimension, e.currentTarget.checked)}
                />
              ))}
            </Stack>
          </Fieldset>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
