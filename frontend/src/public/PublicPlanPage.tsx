import { Anchor, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { useFormat } from '../components/format';
import { Loading, QueryError } from '../components/states';
import { TableScroll } from '../components/TableScroll';
import { NotPublished } from './NotPublished';
import { PublicPlanSummaryQuery } from './queries';

/** One published plan summary, readable by anyone: its objectives, their steps, how far
 * each got. Nothing about people. */
export function PublicPlanPage() {
  const { t } = useTranslation(['public', 'plans', 'progress']);
  const format = useFormat();
  const { id } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: PublicPlanSummaryQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'cache-and-network',
  });
  if (!id) return <NotPublished title={t('public:plans.gone.title')} text={t('public:plans.gone.text')} link={t('public:plans.gone.link')} to="/public/plans" testId="public-plan-gone" />;
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  const plan = data?.publicPlanSummary;
  if (!plan) return <NotPublished title={t('public:plans.gone.title')} text={t('public:plans.gone.text')} link={t('public:plans.gone.link')} to="/public/plans" testId="public-plan-gone" />;
  const progress = (value: number | null | undefined) =>
    value == null ? t('public:plans.noProgress') : t('public:plans.progress', { percent: format.percent(value) });
  return (
    <article aria-labelledby="public-plan-title">
      <Stack gap="sm">
        <Anchor component={Link} to="/public/plans" size="sm">
          {t('public:plans.back')}
        </Anchor>
        <Title order={1} size="h2" id="public-plan-title">
          {t('public:plans.planOf', { name: plan.organisationName })}
        </Title>
        <Stack gap={2}>
          {plan.territoryName && <Text size="sm">{t('public:plans.territory', { name: plan.territoryName })}</Text>}
          <Text size="sm">{t('public:plans.stage', { stage: t(`plans:stages.${plan.stage}`) })}</Text>
          <Text size="sm" data-testid="public-plan-progress">
            {progress(plan.progress)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('public:publishedOn', { date: format.day(plan.publishedAt.slice(0, 10)) })}
          </Text>
        </Stack>
        {plan.objectives.map((objective, index) => {
          const heading = [objective.ref, objective.title].filter(Boolean).join(' – ') || t('public:plans.objectiveNumber', { number: index + 1 });
          return (
            <section key={index} aria-label={heading} data-testid="public-objective">
              <Title order={2} size="h4" mt="md">
                {heading}
              </Title>
              <Text size="sm" c="dimmed">
                {[objective.thematicAreaTitle && t('public:theme', { title: objective.thematicAreaTitle }), progress(objective.progress)].filter(Boolean).join(' · ')}
              </Text>
              {objective.progress != null && <Progress value={objective.progress} mt={4} aria-label={progress(objective.progress)} />}
              {objective.goodPractices.length > 0 && (
                <Group gap="xs" mt={4} data-testid="public-objective-practices">
                  <Text size="sm">{t('public:plans.adopts')}</Text>
                  {objective.goodPractices.map((practice) => (
                    <Anchor key={practice.id} component={Link} to={`/public/good-practices/${encodeURIComponent(practice.id)}`} size="sm">
                      {practice.organisationName ? t('public:plans.practiceFrom', { title: practice.title, name: practice.organisationName }) : practice.title}
                    </Anchor>
                  ))}
                </Group>
              )}
              {objective.steps.length > 0 && (
                <TableScroll>
                  <Table mt="xs" striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('public:plans.step')}</Table.Th>
                        <Table.Th scope="col">{t('public:plans.when')}</Table.Th>
                        <Table.Th scope="col">{t('public:plans.status')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {objective.steps.map((step) => (
                        <Table.Tr key={step.number}>
                          <Table.Td>
                            <strong>{step.number}</strong> {step.title}
                          </Table.Td>
                          <Table.Td>
                            {[step.start, step.end]
                              .filter((date): date is string => Boolean(date))
                              .map((date) => format.partialDate(date))
                              .join(' – ')}
                          </Table.Td>
                          <Table.Td>
                            {t('public:plans.stepStatus', { status: t(`progress:statuses.${step.status}`), percent: step.percentComplete })}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              )}
            </section>
          );
        })}
      </Stack>
    </article>
  );
}
