import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { TableScroll } from '../components/TableScroll';
import { useFormat } from '../components/format';
import type { PlanChangeFieldsFragment } from '../gql/graphql';

/** The changes of an agreed plan, newest first: what happened to which step, its dates before
 * and after, the reason, who and when. */
export function PlanChanges({ changes }: { changes: readonly PlanChangeFieldsFragment[] }) {
  const { t } = useTranslation(['plans', 'common']);
  const format = useFormat();
  if (changes.length === 0) {
    return (
      <Text c="dimmed" data-testid="plan-changes-empty">
        {t('plans:changes.empty')}
      </Text>
    );
  }
  const dates = (start: string | null | undefined, end: string | null | undefined) =>
    start || end ? t('plans:changes.range', { start: start ? format.partialDate(start) : t('plans:replan.noDate'), end: end ? format.partialDate(end) : t('plans:replan.noDate') }) : null;

  function what(change: PlanChangeFieldsFragment) {
    const before = dates(change.previousStart, change.previousEnd);
    const after = dates(change.start, change.end);
    switch (change.kind) {
      case 'DATES_CHANGED':
        return t('plans:changes.moved', { from: before ?? t('plans:replan.noDate'), to: after ?? t('plans:replan.noDate') });
      case 'STEP_ADDED':
        return after;
      case 'STEP_REMOVED':
        return before;
      case 'BASELINE_SET':
        return change.baselineNumber ? t('plans:baseline.number', { number: change.baselineNumber }) : null;
      default:
        return null;
    }
  }

  return (
    <TableScroll>
      <Table striped data-testid="plan-changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('plans:changes.when')}</Table.Th>
            <Table.Th scope="col">{t('plans:changes.what')}</Table.Th>
            <Table.Th scope="col">{t('plans:changes.step')}</Table.Th>
            <Table.Th scope="col">{t('plans:changes.dates')}</Table.Th>
            <Table.Th scope="col">{t('plans:changes.reason')}</Table.Th>
            <Table.Th scope="col">{t('plans:changes.by')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change, index) => (
            <Table.Tr key={index} data-testid="plan-change" data-kind={change.kind}>
              <Table.Td>{format.time(change.at)}</Table.Td>
              <Table.Td>{t(`plans:changes.kinds.${change.kind}`)}</Table.Td>
              <Table.Td>{change.stepTitle}</Table.Td>
              <Table.Td>{what(change)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{change.reason}</Table.Td>
              <Table.Td>{change.by?.displayName ?? t('common:none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
