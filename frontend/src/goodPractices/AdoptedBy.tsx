import { Anchor, Box, Group, List, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { actionHeading } from '../plans/actionHeading';
import { type Transfer, actionLink, cityName, transferKey } from '../transfers/model';
import { TransferProgress } from '../transfers/TransferProgress';

/** "Adopted by": each city whose plan adopts the practice → its action (a link to it on
 * the plan) → the action's progress. `transfers` are those of this one practice. */
export function AdoptedBy({ transfers, order = 3, hideWhenNone = false }: { transfers: readonly Transfer[]; order?: 2 | 3 | 4; hideWhenNone?: boolean }) {
  const { t } = useTranslation('transfers');
  const heading = useId();
  if (transfers.length === 0 && hideWhenNone) return null;
  return (
    <Box component="section" aria-labelledby={heading} mt="sm" data-testid="adopted-by">
      <Title order={order} size="h6" id={heading} mb={4}>
        {t('transfers:adoptedBy')}
      </Title>
      {transfers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('transfers:notAdopted')}
        </Text>
      ) : (
        <List listStyleType="none" spacing="xs" size="sm">
          {transfers.map((row) => {
            const city = cityName(row.actionPlan.organisation) ?? '';
            return (
              <List.Item key={transferKey(row)} data-testid="adopter">
                <Group gap="sm" align="center" wrap="wrap">
                  <Anchor component={Link} to={`/organisations/${row.actionPlan.organisation.id}`} size="sm" fw={600}>
                    {city}
                  </Anchor>
                  <Anchor component={Link} to={actionLink(row.actionPlan.id, row.actionPlan.stage, row.action.id)} size="sm">
                    {actionHeading(row.action)}
                  </Anchor>
                  <Box w={220}>
                    <TransferProgress progress={row.action.progress} steps={row.action.steps} name={`${city}: ${actionHeading(row.action)}`} />
                  </Box>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
    </Box>
  );
}
