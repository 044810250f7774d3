import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { Loading, PageTitle, QueryError } from '../components/states';
import { graphql } from '../gql';
import { namedTransfers } from '../transfers/model';
import { PracticeTransfersQuery } from '../transfers/queries';
import { AdoptedBy } from './AdoptedBy';

const GoodPracticeQuery = graphql(`
  query GoodPractice($id: ID!) {
    goodPractice(id: $id) {
      id
      title
      description
      source
      organisation {
        id
        name
      }
      thematicArea {
        id
        number
        title
      }
    }
  }
`);

/** One good practice: what it is, where it comes from, and the cities that adopt it in their
 * plans with each action's progress. */
export function GoodPracticePage() {
  const { t } = useTranslation(['library', 'transfers', 'common']);
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: GoodPracticeQuery, variables: { id } });
  // Only this practice's transfers: the network's whole list is the transfers page's.
  const [{ data: transfers, error: transfersError }] = useQuery({
    query: PracticeTransfersQuery,
    variables: { goodPracticeIds: [id] },
    pause: !id,
    requestPolicy: 'cache-and-network',
  });
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  const practice = data?.goodPractice;
  if (!practice) return <Text>{t('common:notFound')}</Text>;
  const adopters = namedTransfers(transfers?.report.practiceTransfers).filter((row) => row.goodPractice.id === practice.id);
  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/good-practices" size="sm">
        {t('transfers:backToLibrary')}
      </Anchor>
      <PageTitle>{practice.title}</PageTitle>
      <Group gap="xs">
        {practice.thematicArea && <Badge color="indigo">{`${practice.thematicArea.number}. ${practice.thematicArea.title}`}</Badge>}
        {practice.organisation && (
          <Anchor component={Link} to={`/organisations/${practice.organisation.id}`} size="sm">
            {practice.organisation.name}
          </Anchor>
        )}
      </Group>
      <Text>{practice.description}</Text>
      <Text size="sm" c="dimmed">
        {t('library:goodPractices.source')}: {practice.source}
      </Text>
      {transfersError ? <QueryError error={transfersError} /> : transfers ? <AdoptedBy transfers={adopters} order={2} /> : <Loading />}
    </Stack>
  );
}
