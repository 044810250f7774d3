import { Anchor, Badge, Box, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { useFormat } from '../components/format';
import { Loading, QueryError } from '../components/states';
import { graphql } from '../gql';
import { actionHeading } from '../plans/PlanTables';

const AwaitingAdoptionQuery = graphql(`
  query AwaitingAdoption {
    actionPlans(filter: { stage: SUBMITTED }, first: 100) {
      totalCount
      nodes {
        id
        viewerCanTransitionTo
        organisation {
          id
          name
        }
        stageHistory {
          to
          at
        }
        actions {
          id
          ref
          title
          position
          origin
          thematicArea {
            id
            number
            title
          }
        }
      }
    }
  }
`);

/** The coordinator's list of submitted plans waiting for adoption, each with its objectives
 * and when it was submitted; "may adopt" follows the plan's `viewerCanTransitionTo`. */
export function AwaitingAdoption() {
  const { t } = useTranslation(['dashboard', 'plans']);
  const format = useFormat();
  const id = useId();
  const [{ data, error }] = useQuery({ query: AwaitingAdoptionQuery, requestPolicy: 'cache-and-network' });
  const plans = data?.actionPlans.nodes ?? [];
  return (
    <Box component="section" aria-labelledby={id} data-testid="awaiting-adoption">
      <Title order={2} size="h3" id={id} mb="xs">
        {t('dashboard:awaitingAdoption')}
      </Title>
      {error && <QueryError error={error} />}
      {!data && !error && <Loading />}
      {data && plans.length === 0 && <Text c="dimmed">{t('dashboard:noneAwaitingAdoption')}</Text>}
      <Stack gap="md">
        {plans.map((plan) => {
          const submitted = plan.stageHistory.filter((change) => change.to === 'SUBMITTED').at(-1);
          return (
            <Box key={plan.id} component="article" aria-label={plan.organisation.name}>
              <Group gap="xs">
                <Anchor component={Link} to={`/plans/${plan.id}`} fw={600}>
                  {t('plans:planOf', { organisation: plan.organisation.name })}
                </Anchor>
                {plan.viewerCanTransitionTo.includes('ADOPTED') && <Badge color="indigo">{t('dashboard:mayAdopt')}</Badge>}
              </Group>
              {submitted && (
                <Text size="sm" c="dimmed">
                  {t('dashboard:submittedOn', { date: format.time(submitted.at) })}
                </Text>
              )}
              <List size="sm" mt={4}>
                {plan.actions.map((action) => (
                  <List.Item key={action.id}>
                    {actionHeading(action)}
                    {action.thematicArea ? ` · ${action.thematicArea.number}. ${action.thematicArea.title}` : ''} · {t(`plans:origins.${action.origin}`)}
                  </List.Item>
                ))}
              </List>
            </Box>
          );
        })}
      </Stack>
    </Box>
  );
}
