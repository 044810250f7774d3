import { Anchor, Group, Select, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { DataTable } from '../components/DataTable';
import { Loading, QueryError } from '../components/states';
import { StatusBadge } from '../components/status';
import { graphql } from '../gql';
import { groupName } from './groupName';
import { Section } from './Section';
import { SlippageCell } from './SlippageCell';

const LateStepsQuery = graphql(`
  query DashboardLateSteps($organisationId: ID, $workingGroupId: ID) {
    report {
      lateSteps(organisationId: $organisationId, workingGroupId: $workingGroupId) {
        actionPlanId
        status
        daysOverdue
        daysBehindBaseline
        step {
          id
          number
          title
        }
        organisation {
          id
          name
          shortName
        }
        workingGroup {
          id
          title
          thematicArea {
            number
          }
        }
      }
    }
  }
`);

type Option = { value: string; label: string };

/** The network's late steps, narrowed by organisation and by working group (the API filters;
 * the choices are those with late steps). */
export function LateStepsPanel() {
  const { t } = useTranslation(['dashboard', 'progress', 'common']);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [workingGroupId, setWorkingGroupId] = useState<string | null>(null);
  const [all] = useQuery({ query: LateStepsQuery, variables: {} });
  const filtered = organisationId !== null || workingGroupId !== null;
  const [narrowed] = useQuery({ query: LateStepsQuery, variables: { organisationId, workingGroupId }, pause: !filtered });
  const { organisations, groups } = useMemo(() => {
    const organisations = new Map<string, Option>();
    const groups = new Map<string, Option>();
    for (const late of all.data?.report.lateSteps ?? []) {
      if (late.organisation) organisations.set(late.organisation.id, { value: late.organisation.id, label: late.organisation.shortName ?? late.organisation.name });
      if (late.workingGroup) groups.set(late.workingGroup.id, { value: late.workingGroup.id, label: groupName(late.workingGroup) });
    }
    const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);
    return { organisations: [...organisations.values()].sort(byLabel), groups: [...groups.values()].sort(byLabel) };
  }, [all.data]);
  const shown = filtered ? narrowed : all;
  const rows = (shown.data?.report.lateSteps ?? []).flatMap((late) => (late.step ? [{ ...late, id: late.step.id, step: late.step }] : []));

  return (
    <Section title={t('dashboard:networkLateSteps')} order={3} testId="network-late-steps">
      <Group align="flex-end">
        <Select
          label={t('dashboard:filterOrganisation')}
          data={organisations}
          value={organisationId}
          onChange={setOrganisationId}
          placeholder={t('dashboard:allOrganisations')}
          clearable
          searchable
        />
        <Select
          label={t('dashboard:filterGroup')}
          data={groups}
          value={workingGroupId}
          onChange={setWorkingGroupId}
          placeholder={t('dashboard:allGroups')}
          clearable
          searchable
        />
      </Group>
      {shown.error ? (
        <QueryError error={shown.error} />
      ) : !shown.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('dashboard:noLateSteps')}</Text>
      ) : (
        <DataTable
          testId="network-late-steps-table"
          rows={rows}
          columns={[
            { header: t('dashboard:organisation'), cell: (row) => row.organisation?.shortName ?? row.organisation?.name ?? t('common:none') },
            { header: t('dashboard:workingGroup'), cell: (row) => (row.workingGroup ? groupName(row.workingGroup) : t('common:none')) },
            {
              header: t('dashboard:step'),
              cell: (row) => (
                <Anchor component={Link} to={`/plans/${row.actionPlanId}?step=${encodeURIComponent(row.step.id)}`} size="sm">
                  <strong>{row.step.number}</strong> {row.step.title}
                </Anchor>
              ),
            },
            { header: t('dashboard:status'), cell: (row) => <StatusBadge status={row.status} /> },
            { header: t('progress:overdue'), cell: (row) => <SlippageCell kind="overdue" days={row.daysOverdue} /> },
            { header: t('progress:drift'), cell: (row) => <SlippageCell kind="drift" days={row.daysBehindBaseline} /> },
          ]}
        />
      )}
      {rows.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('dashboard:slippageHint')}
        </Text>
      )}
    </Section>
  );
}
