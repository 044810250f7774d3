import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** The clear "not allowed" state for data the API refuses with FORBIDDEN. */
export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <Alert color="red.9" title={t('common.notAllowedTitle')} role="alert" data-testid="not-allowed">
      {t('common.notAllowed')}
    </Alert>
  );
}

export function isForbidden(error: CombinedError | undefined): boolean {
  return error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN') ?? false;
}

/** Shows a query's error: "not allowed" for FORBIDDEN, the message otherwise. */
export function QueryError({ error }: { error: CombinedError }) {
  const { t } = useTranslation();
  if (isForbidden(error)) return <NotAllowed />;
  return (
    <Alert color="red.9" title={t('common.error')} role="alert">
      {error.graphQLErrors[0]?.message ?? error.message}
    </Alert>
  );
}

export function PageTitle({ children, subtitle }: { children: string; subtitle?: string }) {
  return (
    <Stack gap={4} mb="md">
      <Title order={1} size="h2">
        {children}
      </Title>
      {subtitle && <Text c="dimmed">{subtitle}</Text>}
    </Stack>
  );
}
