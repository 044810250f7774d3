import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataTable } from '../components/DataTable';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { graphql } from '../gql';
import { FOCUS_ATTRIBUTE, useReturnFocus } from '../plans/focus';
import { TerritoryForm, type TerritoryValues } from '../territories/TerritoryForm';

const TerritoriesQuery = graphql(`
  query Territories($first: Int, $after: String) {
    viewerCapabilities {
      manageOrganisations
    }
    territories(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        country
      }
    }
  }
`);

const NEW = 'territory-new';

/** The partner cities and regions; whoever may manage organisations (the coordinator) adds
 * and corrects them in place. */
export function TerritoriesPage() {
  const { t } = useTranslation(['network']);
  const { data, fetching, error, pages, refetch } = usePagedQuery(TerritoriesQuery, {});
  const [editing, setEditing] = useState<TerritoryValues | 'new' | null>(null);
  const focusLater = useReturnFocus();
  const canManage = data?.viewerCapabilities.manageOrganisations ?? false;

  // The form unmounts when it closes, so the focus goes back to the control that opened it.
  function close() {
    if (editing) focusLater(editing === 'new' ? NEW : `territory-${editing.id}`);
    setEditing(null);
  }

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('network:territories.title')}</PageTitle>
        {canManage && (
          <Button onClick={() => setEditing('new')} disabled={editing === 'new'} {...{ [FOCUS_ATTRIBUTE]: NEW }}>
            {t('network:territories.new')}
          </Button>
        )}
      </Group>
      {editing && (
        <TerritoryForm
          key={editing === 'new' ? NEW : editing.id}
          territory={editing === 'new' ? undefined : editing}
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
            rows={data.territories.nodes}
            columns={[
              { header: t('network:territories.name'), cell: (territory) => territory.name },
              { header: t('network:territories.country'), cell: (territory) => territory.country },
              ...(canManage
                ? [
                    {
                      header: t('network:actions'),
                      cell: (territory: TerritoryValues) => (
                        <Button size="xs" variant="light" aria-label={t('network:territories.edit', { name: territory.name })} onClick={() => setEditing(territory)} {...{ [FOCUS_ATTRIBUTE]: `territory-${territory.id}` }}>
                          {t('network:edit')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Pager pageInfo={data.territories.pageInfo} totalCount={data.territories.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
