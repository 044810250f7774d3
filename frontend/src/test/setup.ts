import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

import i18n, { NAMESPACES } from '../i18n';

// Component tests run in English with every namespace loaded, so nothing suspends.
await i18n.changeLanguage('en');
await i18n.loadNamespaces(NAMESPACES);

if (typeof window !== 'undefined') {
  // Mantine reads these browser APIs, which happy-dom lacks.
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;

  // Mantine's autosize textarea listens for web fonts loading; happy-dom has no FontFaceSet.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() },
    });
  }
}

afterEach(() => {
  if (typeof window === 'undefined') return;
  cleanup();
  localStorage.clear();
});
