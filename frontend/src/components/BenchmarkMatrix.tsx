import { Badge, Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { BenchmarkDimension, KeyActor } from '../gql/graphql';

export const KEY_ACTORS = ['MUNICIPALITY', 'CHAMBER_OF_COMMERCE', 'BUSINESS_ORGANISATION', 'IMMIGRANT_ORGANISATION'] as const;
export const DIMENSIONS = [
  'MAPPING_AND_NEEDS_ASSESSMENT',
  'LEADERSHIP_AND_INTERDEPARTMENTAL_WORK',
  'SUPPORT_SERVICES',
  'COOPERATION_WITH_EXTERNAL_STAKEHOLDERS',
  'MEMBERSHIP_AND_REPRESENTATION',
  'RECOGNITION_AND_EVALUATION',
  'INCLUSIVE_PROCUREMENT',
] as const;

/** A cell of the matrix without its assessment: a key actor on one dimension. */
export interface BenchmarkCell {
  keyActor: KeyActor;
  dimension: BenchmarkDimension;
}

// Background per level, dark text on all: contrast stays above 4.5:1.
const LEVEL_COLOURS = ['#ffe3e3', '#fff3bf', '#d3f9d8', '#8ce99a'];

interface Score {
  keyActor: string;
  dimension: string;
  level?: number | null;
  achievements: string;
  needs: string;
  gaps: string;
}

interface BenchmarkMatrixProps {
  organisationName: string;
  scores: readonly Score[];
  needs: readonly { id: string; title: string }[];
  /** When given (the viewer may update the benchmark), every cell is a button that opens its editor. */
  /** Makes the cells' `data-focus-id` unique on a page with several matrices. */
  focusPrefix?: string;
  onEditCell?: (keyActor: (typeof KEY_ACTORS)[number], dimension: (typeof DIMENSIONS)[number]) => void;
}

/** The `data-focus-id` of a cell's edit button. */
export const cellFocusId = (benchmark: string, actor: string, dimension: string) => `benchmark-cell-${benchmark}-${actor}-${dimension}`;

/** Key actors × dimensions as a heat map; each cell says its level in words too. */
export function BenchmarkMatrix({ organisationName, scores, needs, focusPrefix = '', onEditCell }: BenchmarkMatrixProps) {
  const { t } = useTranslation(['benchmarks', 'common']);
  const cell = (actor: string, dimension: string) => scores.find((s) => s.keyActor === actor && s.dimension === dimension);
  return (
    <>
      <Group gap="xs" mb="xs">
        <Text size="sm" fw={600}>
          {t('benchmarks:needs')}:
        </Text>
        {needs.length === 0 && <Text size="sm">{t('common:none')}</Text>}
        {needs.map((need) => (
          <Badge key={need.id} color="red.9" variant="filled">
            {need.title}
          </Badge>
        ))}
      </Group>
      <Table.ScrollContainer minWidth={800}>
        <Table withTableBorder withColumnBorders>
          <Table.Caption>{t('benchmarks:matrix', { organisation: organisationName })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('benchmarks:keyActor')}</Table.Th>
              {DIMENSIONS.map((d) => (
                <Table.Th scope="col" key={d}>
                  {t(`benchmarks:dimensions.${d}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {KEY_ACTORS.map((actor) => (
              <Table.Tr key={actor}>
                <Table.Th scope="row">{t(`benchmarks:actors.${actor}`)}</Table.Th>
                {DIMENSIONS.map((d) => {
                  const score = cell(actor, d);
                  const level = score?.level;
                  const label = level == null ? t('benchmarks:notAssessed') : t('benchmarks:level', { level });
                  return (
                    <Table.Td key={d} style={{ background: level == null ? undefined : LEVEL_COLOURS[level], color: '#1a1b1e' }}>
                      <Tooltip label={[score?.achievements, score?.needs, score?.gaps].filter(Boolean).join(' · ') || label}>
                        {onEditCell ? (
                          <UnstyledButton
                            onClick={() => onEditCell(actor, d)}
                            aria-label={t('benchmarks:editCellButton', {
                              cell: `${t(`benchmarks:actors.${actor}`)} – ${t(`benchmarks:dimensions.${d}`)}`,
                              level: label,
                            })}
                            data-focus-id={cellFocusId(focusPrefix, actor, d)}
                            style={{ width: '100%', textDecoration: 'underline dotted' }}
                          >
                            <Text size="sm">{label}</Text>
                          </UnstyledButton>
                        ) : (
                          <Text size="sm">{label}</Text>
                        )}
                      </Tooltip>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="xs">
        {t('benchmarks:legend')}
      </Text>
    </>
  );
}
