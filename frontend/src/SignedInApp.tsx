import '@mantine/notifications/styles.css';

import { Notifications } from '@mantine/notifications';
import { type ComponentType, Suspense, lazy, useMemo, useState } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Provider } from 'urql';

import { createClient } from './auth/client';
import { AppLayout } from './components/AppLayout';
import { Loading } from './components/states';

/** A route's page, loaded when first visited (its own chunk). */
function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

const DashboardPage = lazyPage(() => import('./dashboard/DashboardPage').then((m) => m.DashboardPage));
const OrganisationsPage = lazyPage(() => import('./pages/OrganisationsPage').then((m) => m.OrganisationsPage));
const OrganisationPage = lazyPage(() => import('./pages/OrganisationPage').then((m) => m.OrganisationPage));
const TerritoriesPage = lazyPage(() => import('./pages/TerritoriesPage').then((m) => m.TerritoriesPage));
const ThematicAreasPage = lazyPage(() => import('./pages/ThematicAreasPage').then((m) => m.ThematicAreasPage));
const WorkingGroupsPage = lazyPage(() => import('./pages/WorkingGroupsPage').then((m) => m.WorkingGroupsPage));
const WorkingGroupPage = lazyPage(() => import('./pages/WorkingGroupPage').then((m) => m.WorkingGroupPage));
const BenchmarksPage = lazyPage(() => import('./pages/BenchmarksPage').then((m) => m.BenchmarksPage));
const EventsPage = lazyPage(() => import('./pages/EventsPage').then((m) => m.EventsPage));
const EventPage = lazyPage(() => import('./pages/EventPage').then((m) => m.EventPage));
const PartnerJourneyPage = lazyPage(() => import('./journey/PartnerJourneyPage').then((m) => m.PartnerJourneyPage));
const NetworkJourneysPage = lazyPage(() => import('./journey/NetworkJourneysPage').then((m) => m.NetworkJourneysPage));
const PlansPage = lazyPage(() => import('./plans/PlansPage').then((m) => m.PlansPage));
const PlanPage = lazyPage(() => import('./plans/PlanPage').then((m) => m.PlanPage));
const PrintPage = lazyPage(() => import('./plans/PrintPage').then((m) => m.PrintPage));
const GoodPracticesPage = lazyPage(() => import('./pages/GoodPracticesPage').then((m) => m.GoodPracticesPage));
const GoodPracticePage = lazyPage(() => import('./goodPractices/GoodPracticePage').then((m) => m.GoodPracticePage));
const TransfersPage = lazyPage(() => import('./transfers/TransfersPage').then((m) => m.TransfersPage));
const EvidencePage = lazyPage(() => import('./pages/EvidencePage').then((m) => m.EvidencePage));
const TokensPage = lazyPage(() => import('./pages/TokensPage').then((m) => m.TokensPage));
const WebhooksPage = lazyPage(() => import('./webhooks/WebhooksPage').then((m) => m.WebhooksPage));
const UsersPage = lazyPage(() => import('./pages/admin/UsersPage').then((m) => m.UsersPage));
const AuditLogPage = lazyPage(() => import('./pages/admin/AuditLogPage').then((m) => m.AuditLogPage));
const MailOutboxPage = lazyPage(() => import('./pages/admin/MailOutboxPage').then((m) => m.MailOutboxPage));
const NotificationsPage = lazyPage(() => import('./notifications/NotificationsPage').then((m) => m.NotificationsPage));
const MailSettingsPage = lazyPage(() => import('./notifications/MailSettingsPage').then((m) => m.MailSettingsPage));
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage').then((m) => m.NotFoundPage));

/** The signed-in app: routes in the shell; a new urql client per session so no cached data
 * outlives a sign-out. */
export function SignedInApp() {
  const [generation, setGeneration] = useState(0);
  const client = useMemo(() => {
    void generation;
    return createClient();
  }, [generation]);
  return (
    <Provider value={client}>
      <Notifications />
      <Routes>
        <Route element={<AppLayout onSignedOut={() => setGeneration((g) => g + 1)} />}>
          <Route index element={<Navigate to="/dashboard" replace />} />
          <Route path="dashboard" element={<DashboardPage />} />
          <Route path="organisations" element={<OrganisationsPage />} />
          <Route path="organisations/:id" element={<OrganisationPage />} />
          <Route path="organisations/:id/journey" element={<PartnerJourneyPage />} />
          <Route path="journeys" element={<NetworkJourneysPage />} />
          <Route path="territories" element={<TerritoriesPage />} />
          <Route path="thematic-areas" element={<ThematicAreasPage />} />
          <Route path="working-groups" element={<WorkingGroupsPage />} />
          <Route path="working-groups/:id" element={<WorkingGroupPage />} />
          <Route path="benchmarks" element={<BenchmarksPage />} />
          <Route path="events" element={<EventsPage />} />
          <Route path="events/:id" element={<EventPage />} />
          <Route path="plans" element={<PlansPage />} />
          <Route path="plans/:id" element={<PlanPage />} />
          <Route path="plans/:id/print" element={<PrintPage />} />
          <Route path="good-practices" element={<GoodPracticesPage />} />
          <Route path="good-practices/:id" element={<GoodPracticePage />} />
          <Route path="transfers" element={<TransfersPage />} />
          <Route path="evidence" element={<EvidencePage />} />
          <Route path="tokens" element={<TokensPage />} />
          <Route path="webhooks" element={<WebhooksPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="settings/notifications" element={<MailSettingsPage />} />
          <Route path="admin/users" element={<UsersPage />} />
          <Route path="admin/audit-log" element={<AuditLogPage />} />
          <Route path="admin/mail" element={<MailOutboxPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Provider>
  );
}
