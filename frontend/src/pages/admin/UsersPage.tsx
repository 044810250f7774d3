import { Badge, Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { DataTable } from '../../components/DataTable';
import { Pager } from '../../components/Pager';
import { Loading, PageTitle, QueryError } from '../../components/states';
import { usePagedQuery } from '../../components/usePagedQuery';
import { graphql } from '../../gql';
import type { GlobalRole } from '../../gql/graphql';
import { notify } from '../../components/notify';
import { ProblemsAlert } from '../../errors/ProblemsAlert';
import { allMessages, problemsOf } from '../../errors/problems';
import { useMutationProblems } from '../../errors/useMutationProblems';

const UsersQuery = graphql(`
  query Users($first: Int, $after: String) {
    viewerCapabilities {
      manageUsers
    }
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        displayName
        email
        globalRole
        active
        viewerCanUpdate
        organisation {
          id
          name
        }
      }
    }
    organisations(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: UserIdInput!) {
    deactivateUser(input: $input) {
      user {
        id
        active
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
        active
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const ResetPasswordMutation = graphql(`
  mutation ResetUserPassword($input: UserIdInput!) {
    resetUserPassword(input: $input) {
      temporaryPassword
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** User administration: create, deactivate, reset passwords, each offered where the API says
 * the viewer may (`viewerCapabilities.manageUsers`, `User.viewerCanUpdate`). */
export function UsersPage() {
  const { t } = useTranslation(['admin', 'shell', 'common']);
  const { data, fetching, error, pages, refetch } = usePagedQuery(UsersQuery, {});
  const [, createUser] = useMutation(CreateUserMutation);
  const [, deactivateUser] = useMutation(DeactivateUserMutation);
  const [, resetPassword] = useMutation(ResetPasswordMutation);
  const [, reactivateUser] = useMutation(ReactivateUserMutation);
  const [opened, { open, close }] = useDisclosure();
  const [form, setForm] = useState({ email: '', displayName: '', password: '', globalRole: 'PARTNER' as GlobalRole, organisationId: '' });
  const problems = useMutationProblems({
    email: t('admin:email'),
    displayName: t('admin:displayName'),
    password: t('admin:password'),
    organisationId: t('admin:organisation'),
    globalRole: t('admin:role'),
  });

  /** Shows the problems of a row's action (there is no form to place them in). */
  function report(result: Parameters<typeof problemsOf>[1], userErrors: Parameters<typeof problemsOf>[2]) {
    const messages = allMessages(problemsOf(t, result, userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await createUser({
      input: { ...form, organisationId: form.organisationId || null },
    });
    if (problems.check(result, result.data?.createUser.userErrors)) {
      close();
      refetch({ requestPolicy: 'network-only' });
      notify(t('common:saved'));
    }
  }

  async function deactivate(id: string, name: string) {
    if (!window.confirm(t('admin:confirmDeactivate', { name }))) return;
    const result = await deactivateUser({ input: { id } });
    report(result, result.data?.deactivateUser.userErrors);
    refetch({ requestPolicy: 'network-only' });
  }

  async function reset(id: string, name: string) {
    const result = await resetPassword({ input: { id } });
    report(result, result.data?.resetUserPassword.userErrors);
    const password = result.data?.resetUserPassword.temporaryPassword;
    if (password) {
      notify(t('admin:temporaryPassword', { name, password }), { sticky: true });
    }
  }

  return (
    <>
      <Group justify="space-between">
        <PageTitle>{t('admin:users')}</PageTitle>
        {data?.viewerCapabilities.manageUsers && <Button onClick={open}>{t('admin:createUser')}</Button>}
      </Group>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <DataTable
            rows={data.users.nodes}
            columns={[
              { header: t('admin:displayName'), cell: (user) => user.displayName },
              { header: t('admin:email'), cell: (user) => user.email ?? t('common:none') },
              { header: t('admin:role'), cell: (user) => t(`admin:roles.${user.globalRole}`) },
              { header: t('admin:organisation'), cell: (user) => user.organisation?.name ?? t('common:none') },
              {
                header: t('admin:active'),
                cell: (user) => <Badge color={user.active ? 'teal.9' : 'gray.7'}>{user.active ? t('admin:active') : t('admin:inactive')}</Badge>,
              },
              {
                header: <span className="visually-hidden">{t('shell:nav.admin')}</span>,
                cell: (user) =>
                  user.viewerCanUpdate && (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => void reset(user.id, user.displayName)}>
                        {t('admin:resetPassword')}
                      </Button>
                      {user.active ? (
                        <Button size="xs" color="red.9" variant="outline" onClick={() => void deactivate(user.id, user.displayName)}>
                          {t('admin:deactivate')}
                        </Button>
                      ) : (
                        <Button
                          size="xs"
                          variant="outline"
                          onClick={() =>
                            void reactivateUser({ input: { id: user.id, active: true } }).then((result) => {
                              report(result, result.data?.updateUser.userErrors);
                              refetch({ requestPolicy: 'network-only' });
                            })
                          }
                        >
                          {t('admin:reactivate')}
                        </Button>
                      )}
                    </Group>
                  ),
              },
            ]}
          />
          <Pager pageInfo={data.users.pageInfo} totalCount={data.users.totalCount} pages={pages} />
        </>
      )}
      <Modal opened={opened} onClose={close} title={t('admin:createUser')}>
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <ProblemsAlert messages={problems.page} />
            <TextInput
              label={t('admin:email')}
              type="email"
              required
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
              error={problems.field('email')}
            />
            <TextInput
              label={t('admin:displayName')}
              required
              value={form.displayName}
              onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
              error={problems.field('displayName')}
            />
            <Select
              label={t('admin:role')}
              data={(['COORDINATOR', 'PARTNER', 'EXPERT'] as const).map((role) => ({ value: role, label: t(`admin:roles.${role}`) }))}
              value={form.globalRole}
              onChange={(value) => value && setForm({ ...form, globalRole: value as GlobalRole })}
              allowDeselect={false}
            />
            <Select
              label={t('admin:organisation')}
              data={data?.organisations.nodes.map((o) => ({ value: o.id, label: o.name })) ?? []}
              value={form.organisationId || null}
              onChange={(value) => setForm({ ...form, organisationId: value ?? '' })}
              searchable
              clearable
              error={problems.field('organisationId')}
            />
            <PasswordInput
              label={t('admin:password')}
              required
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
              error={problems.field('password')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:cancel')}
              </Button>
              <Button type="submit">{t('common:save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
