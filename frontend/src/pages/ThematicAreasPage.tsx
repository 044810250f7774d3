import { Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataTable } from '../components/DataTable';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { graphql } from '../gql';
import type { BenchmarkCell as Cell } from '../components/BenchmarkMatrix';
import { FOCUS_ATTRIBUTE, useReturnFocus } from '../plans/focus';
import { ThematicAreaForm, type ThematicAreaValues, lowestFreeNumber } from '../thematicAreas/ThematicAreaForm';

const ThematicAreasQuery = graphql(`
  query ThematicAreas($first: Int, $after: String) {
    viewerCapabilities {
      manageWorkingGroups
    }
    thematicAreas(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        title
        description
        benchmarkCells {
          keyActor
          dimension
        }
      }
    }
  }
`);

const NEW = 'thematic-area-new';

/** The cells that measure an area, one per line, or a word saying there are none. */
function CellsList({ cells }: { cells: Cell[] }) {
  const { t } = useTranslation(['network', 'benchmarks']);
  if (cells.length === 0) return <Text size="sm">{t('network:thematicAreas.noCells')}</Text>;
  return (
    <List size="xs">
      {cells.map((c) => (
        <List.Item key={`${c.keyActor}:${c.dimension}`}>
          {t('network:thematicAreas.cellLabel', { actor: t(`benchmarks:actors.${c.keyActor}`), dimension: t(`benchmarks:dimensions.${c.dimension}`) })}
        </List.Item>
      ))}
    </List>
  );
}

/** The learning themes of the programme; whoever may manage working groups (the
 * coordinator) adds and corrects them in place. */
export function ThematicAreasPage() {
  const { t } = useTranslation('network');
  const { data, fetching, error, pages, refetch } = usePagedQuery(ThematicAreasQuery, {});
  const [editing, setEditing] = useState<ThematicAreaValues | 'new' | null>(null);
  const focusLater = useReturnFocus();
  const canManage = data?.viewerCapabilities.manageWorkingGroups ?? false;

  // The form unmounts when it closes, so the focus goes back to the control that opened it.
  function close() {
    if (editing) focusLater(editing === 'new' ? NEW : `thematic-area-${editing.id}`);
    setEditing(null);
  }

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('network:thematicAreas.title')}</PageTitle>
        {canManage && (
          <Button onClick={() => setEditing('new')} disabled={editing === 'new'} {...{ [FOCUS_ATTRIBUTE]: NEW }}>
            {t('network:thematicAreas.new')}
          </Button>
        )}
      </Group>
      {editing && (
        <ThematicAreaForm
          key={editing === 'new' ? NEW : editing.id}
          area={editing === 'new' ? undefined : editing}
          suggestedNumber={data && data.thematicAreas.totalCount === data.thematicAreas.nodes.length ? lowestFreeNumber(data.thematicAreas.nodes.map((a) => a.number)) : undefined}
          onCancel={close}
          onDone={() => {
            close();
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <DataTable
            rows={data.thematicAreas.nodes}
            columns={[
              { header: <Text span inherit style={{ whiteSpace: 'nowrap' }}>{t('network:thematicAreas.number')}</Text>, cell: (area) => area.number },
              { header: t('network:thematicAreas.titleColumn'), cell: (area) => area.title },
              { header: t('network:thematicAreas.description'), cell: (area) => area.description },
              { header: t('network:thematicAreas.cellsColumn'), cell: (area) => <CellsList cells={area.benchmarkCells} /> },
              ...(canManage
                ? [
                    {
                      header: t('network:actions'),
                      cell: (area: ThematicAreaValues) => (
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={t('network:thematicAreas.edit', { number: area.number, title: area.title })}
                          onClick={() => setEditing(area)}
                          {...{ [FOCUS_ATTRIBUTE]: `thematic-area-${area.id}` }}
                        >
                          {t('network:edit')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Pager pageInfo={data.thematicAreas.pageInfo} totalCount={data.thematicAreas.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
