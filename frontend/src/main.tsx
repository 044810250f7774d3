import '@mantine/core/styles.css';
import './styles.css';
import './i18n';

import { MantineProvider } from '@mantine/core';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { App } from './App';
import { cssVariablesResolver, theme } from './theme';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <BrowserRouter>
          {/* Until the language's first namespaces are loaded. */}
          <Suspense fallback={null}>
            <App />
          </Suspense>
        </BrowserRouter>
      </MantineProvider>
    </StrictMode>,
  );
}
