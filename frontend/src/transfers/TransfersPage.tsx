import { Anchor, Badge, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { DataTable } from '../components/DataTable';
import { Loading, PageTitle, QueryError } from '../components/states';
import { actionHeading } from '../plans/actionHeading';
import { type Transfer, actionLink, cityName, namedTransfers, transferKey } from './model';
import { PracticeTransfersQuery } from './queries';
import { TransferProgress } from './TransferProgress';

type Option = { value: string; label: string };

/** The distinct options of `items`, by label. */
function options(items: (Option | null)[]): Option[] {
  const byValue = new Map<string, string>();
  for (const item of items) if (item) byValue.set(item.value, item.label);
  return [...byValue].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** The transfer of good practices traced: each practice linked to a plan action, the city it
 * comes from, the adopting city, the action's progress (bar and steps done) and the plan's
 * stage; by practice and, optionally, one practice or one city (on either side). */
export function TransfersPage() {
  const { t } = useTranslation(['transfers', 'plans', 'common']);
  const [{ data, fetching, error }] = useQuery({ query: PracticeTransfersQuery, requestPolicy: 'cache-and-network' });
  const [practice, setPractice] = useState<string | null>(null);
  const [city, setCity] = useState<string | null>(null);
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  const transfers = namedTransfers(data?.report.practiceTransfers);
  const practiceOptions = options(transfers.map((row) => ({ value: row.goodPractice.id, label: row.goodPractice.title })));
  const cityOptions = options(
    transfers.flatMap((row) => [row.goodPractice.organisation, row.actionPlan.organisation].map((o) => (o ? { value: o.id, label: cityName(o) ?? '' } : null))),
  );
  const shown = transfers.filter(
    (row) =>
      (!practice || row.goodPractice.id === practice) && (!city || row.goodPractice.organisation?.id === city || row.actionPlan.organisation.id === city),
  );
  const rows = shown.map((row) => ({ ...row, id: transferKey(row) }));
  return (
    <>
      <PageTitle subtitle={t('transfers:intro')}>{t('transfers:title')}</PageTitle>
      {transfers.length === 0 ? (
        <Text c="dimmed" data-testid="no-transfers">
          {t('transfers:noTransfers')}
        </Text>
      ) : (
        <>
          <Group mb="md" align="flex-end">
            <Select
              label={t('transfers:filterPractice')}
              placeholder={t('transfers:allPractices')}
              data={practiceOptions}
              value={practice}
              onChange={setPractice}
              clearable
              searchable
              w={{ base: '100%', sm: 320 }}
            />
            <Select
              label={t('transfers:filterCity')}
              placeholder={t('transfers:allCities')}
              data={cityOptions}
              value={city}
              onChange={setCity}
              clearable
              searchable
              w={{ base: '100%', sm: 240 }}
            />
          </Group>
          <Text size="sm" mb="xs" role="status" aria-live="polite">
            {t('transfers:shown', { count: shown.length })}
          </Text>
          {shown.length === 0 ? (
            <Text c="dimmed">{t('transfers:noMatch')}</Text>
          ) : (
            <DataTable testId="transfers" rows={rows} columns={columns(t)} />
          )}
        </>
      )}
    </>
  );
}

/** A heading or a city that must not break inside a word in a narrow column. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

function columns(t: ReturnType<typeof useTranslation>['t']) {
  return [
    {
      header: t('transfers:practice'),
      cell: (row: Transfer) => (
        <Anchor component={Link} to={`/good-practices/${row.goodPractice.id}`} size="sm">
          {row.goodPractice.title}
        </Anchor>
      ),
    },
    {
      header: <span style={NOWRAP}>{t('transfers:from')}</span>,
      cell: (row: Transfer) =>
        row.goodPractice.organisation ? (
          <Anchor component={Link} to={`/organisations/${row.goodPractice.organisation.id}`} size="sm" style={NOWRAP}>
            {cityName(row.goodPractice.organisation)}
          </Anchor>
        ) : (
          t('common:none')
        ),
    },
    {
      header: <span style={NOWRAP}>{t('transfers:adoptingCity')}</span>,
      cell: (row: Transfer) => (
        <Anchor component={Link} to={`/organisations/${row.actionPlan.organisation.id}`} size="sm" style={NOWRAP}>
          {cityName(row.actionPlan.organisation)}
        </Anchor>
      ),
    },
    {
      header: t('transfers:action'),
      cell: (row: Transfer) => (
        <Anchor component={Link} to={actionLink(row.actionPlan.id, row.actionPlan.stage, row.action.id)} size="sm">
          {actionHeading(row.action)}
        </Anchor>
      ),
    },
    {
      header: t('transfers:progress'),
      cell: (row: Transfer) => (
        <TransferProgress progress={row.action.progress} steps={row.action.steps} name={`${cityName(row.actionPlan.organisation)}: ${actionHeading(row.action)}`} />
      ),
    },
    {
      header: t('transfers:stage'),
      cell: (row: Transfer) => (
        <Badge color="indigo" miw="max-content">
          {t(`plans:stages.${row.actionPlan.stage}`)}
        </Badge>
      ),
    },
  ];
}
