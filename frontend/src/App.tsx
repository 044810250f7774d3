import { Suspense, lazy, useMemo, useState } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';

import { createClient } from './auth/client';
import { useHasSession } from './auth/useSession';
import { AppLayout } from './components/AppLayout';
import { Loading } from './components/states';
import { BenchmarksPage } from './pages/BenchmarksPage';
import { EventPage } from './pages/EventPage';
import { EventsPage } from './pages/EventsPage';
import { EvidencePage } from './pages/EvidencePage';
import { GoodPracticesPage } from './pages/GoodPracticesPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrganisationPage } from './pages/OrganisationPage';
import { OrganisationsPage } from './pages/OrganisationsPage';
import { TerritoriesPage } from './pages/TerritoriesPage';
import { ThematicAreasPage } from './pages/ThematicAreasPage';
import { TokensPage } from './pages/TokensPage';
import { WorkingGroupPage } from './pages/WorkingGroupPage';
import { WorkingGroupsPage } from './pages/WorkingGroupsPage';
import { AuditLogPage } from './pages/admin/AuditLogPage';
import { PlanPage } from './plans/PlanPage';
import { PlansPage } from './plans/PlansPage';
import { PrintPage } from './plans/PrintPage';
import { UsersPage } from './pages/admin/UsersPage';

// The dashboard brings the charting library: its own chunk, so other pages load without it.
const DashboardPage = lazy(() => import('./dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));

function RequireSession({ children }: { children: React.ReactNode }) {
  const hasSession = useHasSession();
  const location = useLocation();
  if (!hasSession) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return children;
}

/** Routes; a new urql client per session so no cached data outlives a sign-out. */
export function App() {
  const [generation, setGeneration] = useState(0);
  const client = useMemo(() => {
    void generation;
    return createClient();
  }, [generation]);
  return (
    <Provider value={client}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireSession>
              <AppLayout onSignedOut={() => setGeneration((g) => g + 1)} />
            </RequireSession>
          }
        >
          <Route index element={<Navigate to="/dashboard" replace />} />
          <Route
            path="dashboard"
            element={
              <Suspense fallback={<Loading />}>
                <DashboardPage />
              </Suspense>
            }
          />
          <Route path="organisations" element={<OrganisationsPage />} />
          <Route path="organisations/:id" element={<OrganisationPage />} />
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
          <Route path="evidence" element={<EvidencePage />} />
          <Route path="tokens" element={<TokensPage />} />
          <Route path="admin/users" element={<UsersPage />} />
          <Route path="admin/audit-log" element={<AuditLogPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Provider>
  );
}
