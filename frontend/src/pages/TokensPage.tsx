import { Alert, Badge, Button, Code, CopyButton, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { DataTable } from '../components/DataTable';
import { useFormat } from '../components/format';
import { notify } from '../components/notify';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { graphql } from '../gql';
import type { ApiTokenScope } from '../gql/graphql';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { allMessages, problemsOf } from '../errors/problems';
import { useMutationProblems } from '../errors/useMutationProblems';

const MyTokensQuery = graphql(`
  query MyApiTokens($first: Int, $after: String) {
    viewer {
      id
      apiTokens(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          name
          prefix
          scope
          expiresAt
          createdAt
          lastUsedAt
          revokedAt
          usable
          viewerCanRevoke
        }
      }
    }
  }
`);

const CreateTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RevokeTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        revokedAt
        usable
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const EXPIRY_DAYS = [30, 90, 365] as const;

/** The signed-in user's personal access tokens: create (secret shown once), list, revoke. */
export function TokensPage() {
  const { t } = useTranslation(['tokens', 'common']);
  const { data, fetching, error, pages, refetch } = usePagedQuery(MyTokensQuery, {}, 'cache-and-network');
  const [, createToken] = useMutation(CreateTokenMutation);
  const [, revokeToken] = useMutation(RevokeTokenMutation);
  const [opened, { open, close }] = useDisclosure();
  const [form, setForm] = useState({ name: '', scope: 'READ' as ApiTokenScope, days: '90' });
  const problems = useMutationProblems({ name: t('tokens:name'), scope: t('tokens:scope'), expiresAt: t('tokens:expiresIn') });
  const [secret, setSecret] = useState<string | null>(null);
  const format = useFormat();
  const formatDate = (value: string | null | undefined, fallback: string) => (value ? format.time(value) : fallback);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const expiresAt = new Date(Date.now() + Number(form.days) * 24 * 3600 * 1000).toISOString();
    const result = await createToken({ input: { name: form.name, scope: form.scope, expiresAt } });
    const payload = result.data?.createApiToken;
    if (problems.check(result, payload?.userErrors) && payload?.token) {
      close();
      setSecret(payload.token);
      setForm({ name: '', scope: 'READ', days: '90' });
      refetch({ requestPolicy: 'network-only' });
    }
  }

  async function revoke(id: string, name: string) {
    if (!window.confirm(t('tokens:confirmRevoke', { name }))) return;
    const result = await revokeToken({ input: { id } });
    const messages = allMessages(problemsOf(t, result, result.data?.revokeApiToken.userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    refetch({ requestPolicy: 'network-only' });
  }

  const tokens = data?.viewer?.apiTokens;
  return (
    <>
      <Group justify="space-between">
        <PageTitle>{t('tokens:title')}</PageTitle>
        <Button onClick={open}>{t('tokens:create')}</Button>
      </Group>
      <Text mb="md">{t('tokens:intro')}</Text>
      {secret && (
        <Alert color="teal.9" title={t('tokens:createdTitle')} mb="md" role="status" withCloseButton closeButtonLabel={t('common:close')} onClose={() => setSecret(null)}>
          <Stack gap="xs">
            <Text size="sm">{t('tokens:shownOnce')}</Text>
            <Group gap="xs" wrap="nowrap">
              <Code data-testid="new-token" style={{ wordBreak: 'break-all' }}>
                {secret}
              </Code>
              <CopyButton value={secret}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? t('tokens:copied') : t('tokens:copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {tokens && (
        <>
          {tokens.totalCount === 0 && <Text c="dimmed">{t('tokens:none')}</Text>}
          <DataTable
            rows={tokens.nodes}
            testId="tokens-table"
            columns={[
              { header: t('tokens:name'), cell: (token) => token.name },
              { header: t('tokens:prefix'), cell: (token) => <Code>{token.prefix}…</Code> },
              { header: t('tokens:scope'), cell: (token) => t(`tokens:scopes.${token.scope}`) },
              { header: t('tokens:expires'), cell: (token) => formatDate(token.expiresAt, t('common:none')) },
              {
                header: t('tokens:lastUsed'),
                cell: (token) => (token.lastUsedAt ? <span title={format.time(token.lastUsedAt)}>{format.relative(token.lastUsedAt)}</span> : t('tokens:never')),
              },
              {
                header: t('tokens:state'),
                cell: (token) => (
                  <Badge color={token.usable ? 'teal.9' : 'gray.7'}>
                    {token.revokedAt ? t('tokens:revoked') : token.usable ? t('tokens:active') : t('tokens:expired')}
                  </Badge>
                ),
              },
              {
                header: <span className="visually-hidden">{t('tokens:actions')}</span>,
                cell: (token) =>
                  !token.viewerCanRevoke ? null : (
                    <Button size="xs" color="red.9" variant="outline" onClick={() => void revoke(token.id, token.name)}>
                      {t('tokens:revoke')}
                    </Button>
                  ),
              },
            ]}
          />
          <Pager pageInfo={tokens.pageInfo} totalCount={tokens.totalCount} pages={pages} />
        </>
      )}
      <Modal opened={opened} onClose={close} title={t('tokens:create')} closeButtonProps={{ 'aria-label': t('common:close') }}>
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <ProblemsAlert messages={problems.page} />
            <TextInput
              label={t('tokens:name')}
              error={problems.field('name')}
              description={t('tokens:nameHint')}
              required
              maxLength={100}
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
            />
            <Select
              label={t('tokens:scope')}
              data={(['READ', 'READ_WRITE'] as const).map((scope) => ({ value: scope, label: t(`tokens:scopes.${scope}`) }))}
              value={form.scope}
              onChange={(value) => value && setForm({ ...form, scope: value as ApiTokenScope })}
              allowDeselect={false}
            />
            <Select
              label={t('tokens:expiresIn')}
              error={problems.field('expiresAt')}
              data={EXPIRY_DAYS.map((days) => ({ value: String(days), label: t('tokens:days', { count: days }) }))}
              value={form.days}
              onChange={(value) => value && setForm({ ...form, days: value })}
              allowDeselect={false}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:cancel')}
              </Button>
              <Button type="submit">{t('tokens:create')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
