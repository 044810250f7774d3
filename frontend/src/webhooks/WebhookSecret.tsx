import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A webhook's signing secret (after registering it or rotating its secret), shown this once
 * with a copy button; `title` says which (default: the hook was registered). */
export function WebhookSecret({ secret, title, onClose }: { secret: string; title?: string; onClose: () => void }) {
  const { t } = useTranslation(['webhooks', 'common']);
  return (
    <Alert color="teal.9" title={title ?? t('webhooks:createdTitle')} mb="md" role="status" withCloseButton closeButtonLabel={t('common:close')} onClose={onClose}>
      <Stack gap="xs">
        <Text size="sm">{t('webhooks:shownOnce')}</Text>
        <Group gap="xs" wrap="nowrap">
          <Code data-testid="webhook-secret" style={{ wordBreak: 'break-all' }}>
            {secret}
          </Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t('webhooks:copied') : t('webhooks:copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
