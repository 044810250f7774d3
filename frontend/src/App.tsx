import { Suspense, lazy } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';

import { useHasSession } from './auth/useSession';
import { Loading } from './components/states';
import { LoginPage } from './pages/LoginPage';

// Everything behind the sign-in (the GraphQL client, the shell and every page) is loaded
// only once signed in, so the sign-in page stays light.
const SignedInApp = lazy(() => import('./SignedInApp').then((m) => ({ default: m.SignedInApp })));
// The public, read-only pages (no sign-in): their own light chunk and anonymous client.
const PublicApp = lazy(() => import('./public/PublicApp').then((m) => ({ default: m.PublicApp })));

function RequireSession({ children }: { children: React.ReactNode }) {
  const hasSession = useHasSession();
  const location = useLocation();
  if (!hasSession) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return children;
}

/** The sign-in page, the public pages, and the signed-in app for every other address. */
export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/public/*"
        element={
          <Suspense fallback={<Loading />}>
            <PublicApp />
          </Suspense>
        }
      />
      <Route
        path="*"
        element={
          <RequireSession>
            <Suspense fallback={<Loading />}>
              <SignedInApp />
            </Suspense>
          </RequireSession>
        }
      />
    </Routes>
  );
}
