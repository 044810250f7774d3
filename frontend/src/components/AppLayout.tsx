import { Anchor, AppShell, Burger, Button, Group, NavLink, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';

import { logout } from '../auth/session';
import { graphql } from '../gql';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useViewer } from './viewer';

/** What the administration entries need: whether the viewer may use those pages. */
const NavigationQuery = graphql(`
  query Navigation {
    viewerCapabilities {
      manageUsers
      readAuditLog
    }
  }
`);

interface AppLayoutProps {
  /** Called after sign-out so the app can drop cached data. */
  onSignedOut: () => void;
}

/** The signed-in shell: header with the user and language, navigation, and the page. */
export function AppLayout({ onSignedOut }: AppLayoutProps) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const viewer = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const [{ data: navigation }] = useQuery({ query: NavigationQuery });
  const can = navigation?.viewerCapabilities;

  const links = [
    { to: '/dashboard', label: t('nav.dashboard') },
    { to: '/organisations', label: t('nav.organisations') },
    { to: '/working-groups', label: t('nav.workingGroups') },
    { to: '/plans', label: t('nav.plans') },
    { to: '/events', label: t('nav.events') },
    { to: '/good-practices', label: t('nav.goodPractices') },
    { to: '/evidence', label: t('nav.evidence') },
    { to: '/benchmarks', label: t('nav.benchmarks') },
    { to: '/territories', label: t('nav.territories') },
    { to: '/thematic-areas', label: t('nav.thematicAreas') },
    { to: '/tokens', label: t('nav.tokens') },
  ];
  // Only the administration pages the viewer may use (the API's viewerCapabilities).
  const adminLinks = [
    { to: '/admin/users', label: t('nav.users'), allowed: can?.manageUsers },
    { to: '/admin/audit-log', label: t('nav.auditLog'), allowed: can?.readAuditLog },
  ].filter((link) => link.allowed);

  async function signOut() {
    await logout();
    onSignedOut();
    void navigate('/login', { replace: true });
  }

  const renderLink = (link: { to: string; label: string }) => (
    <NavLink
      key={link.to}
      component={Link}
      to={link.to}
      label={link.label}
      active={location.pathname.startsWith(link.to)}
      variant="filled"
      aria-current={location.pathname.startsWith(link.to) ? 'page' : undefined}
      onClick={close}
    />
  );

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.openMenu')} />
            <Title order={2} size="h4">
              {t('app.title')}
            </Title>
          </Group>
          <Group wrap="nowrap" gap="md" align="flex-end">
            {viewer && (
              <Text size="sm" data-testid="viewer-name" visibleFrom="sm">
                <VisuallyHidden>{t('shell.signedInAs', { name: '' })}</VisuallyHidden>
                {viewer.displayName}
                {viewer.organisation && (
                  <>
                    {' · '}
                    <Anchor component={Link} to={`/organisations/${viewer.organisation.id}`}>
                      {viewer.organisation.shortName ?? viewer.organisation.name}
                    </Anchor>
                  </>
                )}
              </Text>
            )}
            <LanguageSwitcher />
            <Button variant="light" onClick={() => void signOut()}>
              {t('shell.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {links.map(renderLink)}
        {adminLinks.length > 0 && (
          <>
            <Text size="xs" fw={700} tt="uppercase" mt="md" mb={4} px="sm" component="h2">
              {t('nav.admin')}
            </Text>
            {adminLinks.map(renderLink)}
          </>
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
