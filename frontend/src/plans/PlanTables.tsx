import { Anchor, List, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { StepDecisions } from '../calls/StepDecisions';
import { TableScroll } from '../components/TableScroll';
import { ActionPractices } from '../transfers/ActionPractices';
import { actionHeading } from './actionHeading';
import type { PlanAction, PlanStep } from './types';

// Where other plan components have long imported it from.
export { actionHeading };

/** A stakeholder in the table: an organisation of the network links to its page. */
function stakeholderCell({ name, organisation }: PlanStep['stakeholderEntries'][number]): ReactNode {
  if (!organisation) return name;
  return (
    <Anchor component={Link} to={`/organisations/${organisation.id}`} size="sm">
      {name}
    </Anchor>
  );
}

function cellList(items: ReactNode[]): ReactNode {
  if (items.length === 0) return null;
  if (items.length === 1) return items[0];
  return (
    <List size="sm">
      {items.map((item, index) => (
        <List.Item key={index}>{item}</List.Item>
      ))}
    </List>
  );
}

export function dateCell(value: string | null | undefined, text: string | null | undefined): string {
  return text ?? value ?? '';
}

interface PlanTablesProps {
  actions: PlanAction[];
  /** An extra last column (the editor's buttons). */
  renderActions?: (step: PlanStep, action: PlanAction) => ReactNode;
  /** Replaces a row while it is being edited. */
  renderEditor?: (step: PlanStep, action: PlanAction) => ReactNode | null;
  /** Under an objective's heading (its buttons, or its editor). */
  renderActionTools?: (action: PlanAction) => ReactNode;
  /** Under an objective's table (adding a step). */
  renderAfterSteps?: (action: PlanAction) => ReactNode;
}

/** The plan laid out like the report's tables: action steps | partners & stakeholders |
 * critical success factors | start | end, one table per action. */
export function PlanTables({ actions, renderActions, renderEditor, renderActionTools, renderAfterSteps }: PlanTablesProps) {
  const { t } = useTranslation(['plans', 'workingGroups']);
  return (
    <>
      {actions.map((action) => (
        <section key={action.id} aria-label={actionHeading(action)} data-testid="plan-action">
          <Title order={2} size="h4" mt="lg">
            {actionHeading(action)}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {action.thematicArea ? `${action.thematicArea.number}. ${action.thematicArea.title} · ` : ''}
            {t(`plans:origins.${action.origin}`)}
            {action.proposedAction && (
              <>
                {' · '}
                <span data-testid="grew-from">
                  {t('plans:grewFrom')}{' '}
                  <Anchor component={Link} to={`/working-groups/${action.proposedAction.workingGroup.id}`} size="sm" underline="always">
                    {t('plans:proposedActionOption', {
                      title: action.proposedAction.title,
                      organisation: action.proposedAction.organisation.shortName ?? action.proposedAction.organisation.name,
                    })}
                  </Anchor>
                </span>
              </>
            )}
          </Text>
          <ActionPractices action={action} />
          {renderActionTools?.(action)}
          <TableScroll>
            <Table withTableBorder withColumnBorders className="plan-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('plans:steps')}</Table.Th>
                  <Table.Th scope="col">{t('plans:stakeholders')}</Table.Th>
                  <Table.Th scope="col">{t('plans:successFactors')}</Table.Th>
                  <Table.Th scope="col">{t('plans:start')}</Table.Th>
                  <Table.Th scope="col">{t('plans:end')}</Table.Th>
                  {renderActions && (
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t('workingGroups:actions')}</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {action.steps.map((step) => {
                  const editor = renderEditor?.(step, action);
                  if (editor) {
                    return (
                      <Table.Tr key={step.id}>
                        <Table.Td colSpan={6}>{editor}</Table.Td>
                      </Table.Tr>
                    );
                  }
                  return (
                    <Table.Tr key={step.id} data-testid="plan-step">
                      <Table.Td style={{ paddingLeft: step.parentId ? 28 : undefined }}>
                        <Text size="sm">
                          <strong>{step.number}</strong> {step.title}
                        </Text>
                        <StepDecisions decisions={step.decisions} />
                      </Table.Td>
                      <Table.Td>{step.stakeholdersText ?? cellList(step.stakeholderEntries.map(stakeholderCell))}</Table.Td>
                      <Table.Td>{step.successFactorsText ?? cellList(step.successFactors)}</Table.Td>
                      <Table.Td>{dateCell(step.start, step.startText)}</Table.Td>
                      <Table.Td>{dateCell(step.end, step.endText)}</Table.Td>
                      {renderActions && <Table.Td>{renderActions(step, action)}</Table.Td>}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {renderAfterSteps?.(action)}
        </section>
      ))}
    </>
  );
}
