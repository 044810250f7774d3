import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { DataTable } from '../components/DataTable';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { CreatePlanButton } from './CreatePlanButton';
import { PlansQuery, ViewerPlanQuery } from './queries';

/** The action plans the signed-in user may read. */
export function PlansPage() {
  const { t } = useTranslation(['network', 'plans']);
  const { data, fetching, error, pages } = usePagedQuery(PlansQuery, {});
  const [viewer] = useQuery({ query: ViewerPlanQuery });
  const own = viewer.data?.viewer?.organisation;
  return (
    <>
      <PageTitle subtitle={t('plans:intro')}>{t('plans:title')}</PageTitle>
      {own?.viewerCanCreateActionPlan && <CreatePlanButton organisationId={own.id} organisationName={own.name} />}
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <DataTable
            rows={data.actionPlans.nodes}
            columns={[
              {
                header: t('network:organisations.name'),
                cell: (plan) => (
                  <Anchor component={Link} to={`/plans/${plan.id}`}>
                    {plan.organisation.name}
                  </Anchor>
                ),
              },
              { header: t('plans:stage'), cell: (plan) => <Badge color="indigo">{t(`plans:stages.${plan.stage}`)}</Badge> },
              { header: t('plans:actions'), cell: (plan) => plan.actions.length },
            ]}
          />
          <Pager pageInfo={data.actionPlans.pageInfo} totalCount={data.actionPlans.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
