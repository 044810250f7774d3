import { Anchor, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { BenchmarkMatrix } from '../components/BenchmarkMatrix';
import { notify } from '../components/notify';
import { OrganisationForm, type OrganisationValues } from '../components/OrganisationForm';
import { Loading, PageTitle, QueryError } from '../components/states';
import type { MutationOutcome } from '../errors/useMutationProblems';
import { graphql } from '../gql';
import { CreatePlanButton } from '../plans/CreatePlanButton';

const OrganisationQuery = graphql(`
  query Organisation($id: ID!) {
    node(id: $id) {
      ... on Organisation {
        id
        name
        shortName
        kind
        consortiumPartner
        viewerCanUpdate
        viewerCanCreateActionPlan
        actionPlan {
          id
          stage
        }
        territory {
          id
          name
        }
        memberships {
          id
          role
          workingGroup {
            id
            title
          }
        }
      }
    }
  }
`);

const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      organisation {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const OrganisationBenchmarksQuery = graphql(`
  query OrganisationBenchmarks($id: ID!) {
    node(id: $id) {
      ... on Organisation {
        id
        benchmarks {
          ...BenchmarkFields
        }
      }
    }
  }
`);

/** An organisation with its working groups and — if the viewer may read them — benchmarks. */
export function OrganisationPage() {
  const { t } = useTranslation(['admin', 'benchmarks', 'journey', 'network', 'plans', 'workingGroups', 'common']);
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OrganisationQuery, variables: { id } });
  const [opened, { open, close }] = useDisclosure();
  const [, updateOrganisation] = useMutation(UpdateOrganisationMutation);
  const [benchmarks] = useQuery({ query: OrganisationBenchmarksQuery, variables: { id } });
  const organisation = data?.node?.__typename === 'Organisation' ? data.node : null;
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!organisation) return <Text>{t('common:notFound')}</Text>;
  // A FORBIDDEN benchmarks field nulls its parent, so only an error-free answer has a list.
  const current = organisation;

  async function save(values: OrganisationValues): Promise<MutationOutcome> {
    const result = await updateOrganisation({ input: { id: current.id, organisation: { ...values, shortName: values.shortName || null } } });
    const userErrors = result.data?.updateOrganisation.userErrors;
    if (!result.error && userErrors?.length === 0) {
      close();
      notify(t('common:saved'));
      refetch({ requestPolicy: 'network-only' });
    }
    return { result, userErrors };
  }

  const benchmarkList =
    !benchmarks.error && benchmarks.data?.node?.__typename === 'Organisation' ? (benchmarks.data.node.benchmarks ?? []) : [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle subtitle={`${t(`network:kinds.${organisation.kind}`)}${organisation.territory ? ` · ${organisation.territory.name}` : ''}`}>
          {organisation.name}
        </PageTitle>
        {organisation.viewerCanUpdate && <Button onClick={open}>{t('admin:editOrganisation')}</Button>}
      </Group>
      <Anchor component={Link} to={`/organisations/${organisation.id}/journey`} w="fit-content">
        {t('journey:openJourney', { organisation: organisation.name })}
      </Anchor>
      <Modal opened={opened} onClose={close} title={t('admin:editOrganisation')}>
        <OrganisationForm
          initial={{
            name: organisation.name,
            shortName: organisation.shortName ?? '',
            kind: organisation.kind,
            territoryId: organisation.territory?.id ?? null,
            consortiumPartner: organisation.consortiumPartner,
          }}
          onSubmit={save}
          onCancel={close}
        />
      </Modal>
      <section aria-labelledby="memberships">
        <Title order={2} size="h4" id="memberships" mb="xs">
          {t('workingGroups:title')}
        </Title>
        <List>
          {organisation.memberships.map((m) => (
            <List.Item key={m.id}>
              <Anchor component={Link} to={`/working-groups/${m.workingGroup.id}`}>
                {m.workingGroup.title}
              </Anchor>{' '}
              ({m.role === 'LEADING' ? t('workingGroups:leading') : t('workingGroups:learning')})
            </List.Item>
          ))}
        </List>
      </section>
      {(organisation.actionPlan || organisation.viewerCanCreateActionPlan) && (
        <section aria-labelledby="action-plan">
          <Title order={2} size="h4" id="action-plan" mb="xs">
            {t('plans:actionPlan')}
          </Title>
          {organisation.actionPlan ? (
            <Anchor component={Link} to={`/plans/${organisation.actionPlan.id}`}>
              {t('plans:planOf', { organisation: organisation.name })} ({t(`plans:stages.${organisation.actionPlan.stage}`)})
            </Anchor>
          ) : (
            <CreatePlanButton organisationId={organisation.id} organisationName={organisation.name} />
          )}
        </section>
      )}
      <section aria-labelledby="benchmarks">
        <Title order={2} size="h4" id="benchmarks" mb="xs">
          {t('benchmarks:title')}
        </Title>
        {benchmarks.error && <QueryError error={benchmarks.error} />}
        {benchmarks.fetching && !benchmarks.data && <Loading />}
        {benchmarks.data && !benchmarks.error && benchmarkList.length === 0 && <Text>{t('benchmarks:none')}</Text>}
        {benchmarkList.map((b) => (
          <Stack key={b.id} gap="xs" data-testid="benchmark">
            <Text size="sm">
              {b.round.name} · {t(`benchmarks:${b.status}`)}
            </Text>
            <BenchmarkMatrix organisationName={organisation.name} scores={b.scores} needs={b.needs} />
          </Stack>
        ))}
      </section>
    </Stack>
  );
}
