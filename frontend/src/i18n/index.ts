// i18next set-up. Every UI string lives in `locales/<language>/<namespace>.json`, one
// namespace per feature area, loaded on demand (a chunk per file) when a component asks for
// it with `useTranslation(namespace)`. A new feature adds its own namespace file in every
// language (`locales.test.ts` checks that each language has exactly the English keys).
import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'de', label: 'Deutsch' },
  { code: 'fr', label: 'Français' },
  { code: 'it', label: 'Italiano' },
  { code: 'es', label: 'Español' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** The namespaces of the first screen (sign-in and the shell), loaded with the language. */
export const INITIAL_NAMESPACES = ['common', 'auth', 'shell', 'errors'];

const STORAGE_KEY = 'mega.language';

// One lazy loader per locale file: Vite makes each its own chunk.
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');

/** Every namespace, from the English files (the reference). */
export const NAMESPACES = Object.keys(files)
  .filter((path) => path.startsWith('./locales/en/'))
  .map((path) => path.slice('./locales/en/'.length, -'.json'.length));

export function isLanguage(value: unknown): value is LanguageCode {
  return LANGUAGES.some((l) => l.code === value);
}

/** The first of the browser's preferred languages the interface has (by primary subtag,
 * so `de-AT` is German), else English. */
export function detectLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The language chosen earlier in this browser, else the browser's (the first visit). */
function initialLanguage(): LanguageCode {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  return detectLanguage(preferred);
}

void i18n
  .use(initReactI18next)
  .use(
    resourcesToBackend(async (language: string, namespace: string) => {
      const load = files[`./locales/${language}/${namespace}.json`];
      if (!load) throw new Error(`no translations ${language}/${namespace}`);
      return (await load()).default;
    }),
  )
  .init({
    lng: initialLanguage(),
    supportedLngs: LANGUAGES.map((l) => l.code),
    fallbackLng: 'en',
    ns: INITIAL_NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });

i18n.on('languageChanged', (language) => {
  if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

/** The interface language now (one of `LANGUAGES`). */
export function currentLanguage(): LanguageCode {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

export default i18n;
