import { Anchor, Button, Group, Modal, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { OrganisationForm, type OrganisationValues } from '../components/OrganisationForm';
import { PAGE_SIZE, Pager, useCursorPages } from '../components/Pager';
import { useViewer } from '../components/viewer';
import { Loading, PageTitle, QueryError } from '../components/states';
import { graphql } from '../gql';
import { notify } from '../components/notify';

export const OrganisationsQuery = graphql(`
  query Organisations($first: Int, $after: String) {
    organisations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        shortName
        kind
        consortiumPartner
        territory {
          id
          name
        }
      }
    }
  }
`);

const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const EMPTY: OrganisationValues = { name: '', shortName: '', kind: 'OTHER', territoryId: null, consortiumPartner: false };

/** Every organisation of the network, a page at a time; the coordinator can add one. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const pages = useCursorPages();
  const [opened, { open, close }] = useDisclosure();
  const [, createOrganisation] = useMutation(CreateOrganisationMutation);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrganisationsQuery,
    variables: { first: PAGE_SIZE, after: pages.after },
  });

  async function create(values: OrganisationValues): Promise<string[]> {
    const result = await createOrganisation({
      input: { organisation: { ...values, shortName: values.shortName || null } },
    });
    const errors = result.error ? [result.error.message] : (result.data?.createOrganisation.userErrors.map((e) => e.message) ?? []);
    if (errors.length === 0) {
      close();
      notify(t('common.saved'));
      refetch({ requestPolicy: 'network-only' });
    }
    return errors;
  }

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('organisations.title')}</PageTitle>
        {viewer?.globalRole === 'COORDINATOR' && <Button onClick={open}>{t('admin.createOrganisation')}</Button>}
      </Group>
      <Modal opened={opened} onClose={close} title={t('admin.createOrganisation')}>
        <OrganisationForm initial={EMPTY} onSubmit={create} onCancel={close} />
      </Modal>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisations.name')}</Table.Th>
                <Table.Th scope="col">{t('organisations.shortName')}</Table.Th>
                <Table.Th scope="col">{t('organisations.kind')}</Table.Th>
                <Table.Th scope="col">{t('organisations.territory')}</Table.Th>
                <Table.Th scope="col">{t('organisations.consortiumPartner')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.organisations.nodes.map((org) => (
                <Table.Tr key={org.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/organisations/${org.id}`}>
                      {org.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{org.shortName ?? t('common.none')}</Table.Td>
                  <Table.Td>{t(`kinds.${org.kind}`)}</Table.Td>
                  <Table.Td>{org.territory?.name ?? t('common.none')}</Table.Td>
                  <Table.Td>{org.consortiumPartner ? t('common.yes') : t('common.no')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager pageInfo={data.organisations.pageInfo} totalCount={data.organisations.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
