import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A new webhook's signing secret, shown this once with a copy button. */
export function WebhookSecret({ secret, onClose }: { secret: string; onClose: () => void }) {
  const { t } = useTranslation(['webhooks', 'common']);
  return (
    <Alert color="teal.9" title={t('webhooks:createdTitle')} mb="md" role="status" withCloseButton closeButtonLabel={t('common:close')} onClose={onClose}>
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
