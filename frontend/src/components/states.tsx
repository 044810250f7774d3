import { Alert, Center, Loader, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

import { describeRequestError } from '../errors/problems';

export function Loading() {
  const { t } = useTranslation('common');
  return (
    // The spinner is a plain element, which may not carry a label: the text is for screen readers.
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-hidden />
      <VisuallyHidden>{t('common:loading')}</VisuallyHidden>
    </Center>
  );
}

/** The clear "not allowed" state for data the API refuses with FORBIDDEN. */
export function NotAllowed() {
  const { t } = useTranslation('common');
  return (
    <Alert color="red.9" title={t('common:notAllowedTitle')} role="alert" data-testid="not-allowed">
      {t('common:notAllowed')}
    </Alert>
  );
}

export function isForbidden(error: CombinedError | undefined): boolean {
  return error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN') ?? false;
}

/** Shows a query's error: "not allowed" for FORBIDDEN, else the message of its code. */
export function QueryError({ error }: { error: CombinedError }) {
  const { t } = useTranslation(['common', 'errors']);
  if (isForbidden(error)) return <NotAllowed />;
  return (
    <Alert color="red.9" title={t('common:error')} role="alert">
      {describeRequestError(t, error)}
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
