import { Anchor, Button, Group, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';

import { OrganisationForm, type OrganisationValues } from '../components/OrganisationForm';
import { DataTable } from '../components/DataTable';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { graphql } from '../gql';
import { notify } from '../components/notify';
import type { MutationOutcome } from '../errors/useMutationProblems';

export const OrganisationsQuery = graphql(`
  query Organisations($first: Int, $after: String) {
    viewerCapabilities {
      manageOrganisations
    }
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
        ...UserErrorFields
      }
    }
  }
`);

const EMPTY: OrganisationValues = { name: '', shortName: '', kind: 'OTHER', territoryId: null, consortiumPartner: false };

/** Every organisation of the network, a page at a time; whoever may manage organisations
 * (the API's `viewerCapabilities`) can add one. */
export function OrganisationsPage() {
  const { t } = useTranslation(['admin', 'network', 'common']);
  const [opened, { open, close }] = useDisclosure();
  const [, createOrganisation] = useMutation(CreateOrganisationMutation);
  const { data, fetching, error, pages, refetch } = usePagedQuery(OrganisationsQuery, {});

  async function create(values: OrganisationValues): Promise<MutationOutcome> {
    const result = await createOrganisation({
      input: { organisation: { ...values, shortName: values.shortName || null } },
    });
    const userErrors = result.data?.createOrganisation.userErrors;
    if (!result.error && userErrors?.length === 0) {
      close();
      notify(t('common:saved'));
      refetch({ requestPolicy: 'network-only' });
    }
    return { result, userErrors };
  }

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('network:organisations.title')}</PageTitle>
        {data?.viewerCapabilities.manageOrganisations && <Button onClick={open}>{t('admin:createOrganisation')}</Button>}
      </Group>
      <Modal opened={opened} onClose={close} title={t('admin:createOrganisation')}>
        <OrganisationForm initial={EMPTY} onSubmit={create} onCancel={close} />
      </Modal>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <DataTable
            rows={data.organisations.nodes}
            columns={[
              {
                header: t('network:organisations.name'),
                cell: (org) => (
                  <Anchor component={Link} to={`/organisations/${org.id}`}>
                    {org.name}
                  </Anchor>
                ),
              },
              { header: t('network:organisations.shortName'), cell: (org) => org.shortName ?? t('common:none') },
              { header: t('network:organisations.kind'), cell: (org) => t(`network:kinds.${org.kind}`) },
              { header: t('network:organisations.territory'), cell: (org) => org.territory?.name ?? t('common:none') },
              { header: t('network:organisations.consortiumPartner'), cell: (org) => (org.consortiumPartner ? t('common:yes') : t('common:no')) },
            ]}
          />
          <Pager pageInfo={data.organisations.pageInfo} totalCount={data.organisations.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
