import { Anchor, AppShell, Box, Burger, Button, Group, NavLink, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';

import { logout } from '../auth/session';
import { graphql } from '../gql';
import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useProfileLanguage, useSaveLanguage } from './profileLanguage';
import { useViewer } from './viewer';

/** What the administration entries, the webhooks entry and the learning journeys entry need:
 * whether the viewer may use those pages (webhooks: network-wide, or its organisation's). */
const NavigationQuery = graphql(`
  query Navigation {
    viewerCapabilities {
      manageUsers
      readAuditLog
      readMailOutbox
      manageEveryWebhook
      readEveryPlan
      readBenchmarkLevels
    }
    viewer {
      id
      organisation {
        id
        viewerCanManageWebhooks
      }
    }
  }
`);

interface AppLayoutProps {
  /** Called after sign-out so the app can drop cached data. */
  onSignedOut: () => void;
}

/** The signed-in shell: header with the user and language, navigation, and the page. */
export function AppLayout({ onSignedOut }: AppLayoutProps) {
  const { t } = useTranslation(['shell', 'common']);
  const [opened, { toggle, close }] = useDisclosure();
  const viewer = useViewer();
  useProfileLanguage();
  const saveLanguage = useSaveLanguage();
  const location = useLocation();
  const navigate = useNavigate();
  const [{ data: navigation }] = useQuery({ query: NavigationQuery });
  const can = navigation?.viewerCapabilities;
  const managesWebhooks = Boolean(can?.manageEveryWebhook || navigation?.viewer?.organisation?.viewerCanManageWebhooks);

  const links = [
    { to: '/dashboard', label: t('shell:nav.dashboard') },
    { to: '/organisations', label: t('shell:nav.organisations') },
    { to: '/working-groups', label: t('shell:nav.workingGroups') },
    { to: '/plans', label: t('shell:nav.plans') },
    { to: '/events', label: t('shell:nav.events') },
    { to: '/good-practices', label: t('shell:nav.goodPractices') },
    { to: '/transfers', label: t('shell:nav.transfers') },
    { to: '/evidence', label: t('shell:nav.evidence') },
    { to: '/benchmarks', label: t('shell:nav.benchmarks') },
    // The network's learning journeys: for whoever reads every partner's plan and benchmark
    // (the coordinator); each partner's own journey is linked from its page.
    ...(can?.readEveryPlan && can.readBenchmarkLevels ? [{ to: '/journeys', label: t('shell:nav.journeys') }] : []),
    { to: '/territories', label: t('shell:nav.territories') },
    { to: '/thematic-areas', label: t('shell:nav.thematicAreas') },
    { to: '/tokens', label: t('shell:nav.tokens') },
    // Only for viewers who may manage some webhooks.
    ...(managesWebhooks ? [{ to: '/webhooks', label: t('shell:nav.webhooks') }] : []),
  ];
  // Only the administration pages the viewer may use (the API's viewerCapabilities).
  const adminLinks = [
    { to: '/admin/users', label: t('shell:nav.users'), allowed: can?.manageUsers },
    { to: '/admin/audit-log', label: t('shell:nav.auditLog'), allowed: can?.readAuditLog },
    { to: '/admin/mail', label: t('shell:nav.mailOutbox'), allowed: can?.readMailOutbox },
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
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={{ base: 'xs', sm: 'md' }}>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group wrap="nowrap" gap="xs">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell:nav.openMenu')} />
            <Title order={2} size="h4" style={{ whiteSpace: 'nowrap' }}>
              {t('common:app.title')}
            </Title>
          </Group>
          <Group wrap="nowrap" gap="sm" align="center">
            {viewer && (
              <Text size="sm" data-testid="viewer-name" visibleFrom="sm">
                <VisuallyHidden>{t('shell:signedInAs', { name: '' })}</VisuallyHidden>
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
            {viewer && <NotificationBell />}
            <Box visibleFrom="sm">
              <LanguageSwitcher hideLabel onChange={(language) => void saveLanguage(language)} />
            </Box>
            <Button variant="light" size="compact-sm" onClick={() => void signOut()} style={{ flexShrink: 0 }}>
              {t('shell:logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      {/* The links keep their height and the navbar scrolls: with every entry a flex column
          would squeeze the last ones to nothing on a short window. */}
      <AppShell.Navbar p="xs" component="nav" aria-label={t('shell:nav.main')} style={{ overflowY: 'auto' }}>
        <Box style={{ flexShrink: 0 }}>
          <Box hiddenFrom="sm" px="sm" pb="xs">
            <LanguageSwitcher onChange={(language) => void saveLanguage(language)} />
          </Box>
          {links.map(renderLink)}
          {adminLinks.length > 0 && (
            <>
              <Text size="xs" fw={700} tt="uppercase" mt="md" mb={4} px="sm" component="h2">
                {t('shell:nav.admin')}
              </Text>
              {adminLinks.map(renderLink)}
            </>
          )}
        </Box>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
