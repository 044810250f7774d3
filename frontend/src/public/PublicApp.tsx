import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { Provider } from 'urql';

import { useHasSession } from '../auth/useSession';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { createPublicClient } from './client';
import { PublicPlanPage } from './PublicPlanPage';
import { PublicPlansPage } from './PublicPlansPage';
import { PublicPracticePage } from './PublicPracticePage';
import { PublicPracticesPage } from './PublicPracticesPage';

/** The header of the public pages: the product, the language, and the way in. */
export function PublicHeader() {
  const { t } = useTranslation(['public', 'common']);
  const signedIn = useHasSession();
  return (
    <Box component="header" py="sm" px={{ base: 'xs', sm: 'md' }} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to="/public" fw={700} size="lg" c="inherit" underline="never">
          {t('common:app.title')}
        </Anchor>
        <Group gap="sm" wrap="nowrap">
          <LanguageSwitcher hideLabel />
          {signedIn ? (
            <Anchor component={Link} to="/dashboard">
              {t('public:header.openHub')}
            </Anchor>
          ) : (
            <Anchor component={Link} to="/login">
              {t('public:header.signIn')}
            </Anchor>
          )}
        </Group>
      </Group>
    </Box>
  );
}

/** The public, read-only pages: no sign-in, an anonymous client, no personal data. */
export function PublicApp() {
  const { t } = useTranslation('public');
  const client = useMemo(() => createPublicClient(), []);
  return (
    <Provider value={client}>
      <PublicHeader />
      <Container size="md" py="md" component="main" id="main">
        <Routes>
          <Route index element={<PublicPracticesPage />} />
          <Route path="good-practices/:id" element={<PublicPracticePage />} />
          <Route path="plans" element={<PublicPlansPage />} />
          <Route path="plans/:id" element={<PublicPlanPage />} />
          <Route path="*" element={<PublicPracticePage />} />
        </Routes>
      </Container>
      <Container size="md" pb="md" component="footer">
        <Text size="xs" c="dimmed">
          {t('public:footer')}
        </Text>
      </Container>
    </Provider>
  );
}
