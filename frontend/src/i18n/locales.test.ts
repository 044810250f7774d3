// Every language has exactly the English keys in every namespace (plural keys in the
// language's own plural forms), with the same placeholders; every key the code names exists.
import { describe, expect, it } from 'vitest';

import { LANGUAGES } from '.';

const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });
const sources = import.meta.glob<string>('../**/*.{ts,tsx}', { eager: true, query: '?raw', import: 'default' });

type Flat = Record<string, string>;

function flatten(value: unknown, prefix = '', out: Flat = {}): Flat {
  if (typeof value === 'string') out[prefix] = value;
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  else out[prefix] = String(value);
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

function namespaces(language: string): Record<string, Flat> {
  const prefix = `./locales/${language}/`;
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, content]) => [path.slice(prefix.length, -'.json'.length), flatten(content)]),
  );
}

/** The keys `language` must have for the English `keys`: plural keys in its own forms. */
export function expectedKeys(keys: string[], language: string): string[] {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const plain = keys.filter((key) => !PLURAL.test(key));
  const plurals = [...new Set(keys.filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')))];
  return [...plain, ...plurals.flatMap((base) => forms.map((form) => `${base}_${form}`))].sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const english = namespaces('en');

describe('locales', () => {
  it('has the English reference', () => {
    expect(Object.keys(english).length).toBeGreaterThan(10);
  });

  for (const { code } of LANGUAGES.filter((l) => l.code !== 'en')) {
    it(`${code} has exactly the English namespaces and keys`, () => {
      const translated = namespaces(code);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      for (const [namespace, keys] of Object.entries(english)) {
        expect(Object.keys(translated[namespace] ?? {}).sort(), `${code}/${namespace}.json`).toEqual(expectedKeys(Object.keys(keys), code));
      }
    });

    it(`${code} uses the English placeholders and no empty text`, () => {
      const translated = namespaces(code);
      for (const [namespace, keys] of Object.entries(translated)) {
        for (const [key, text] of Object.entries(keys)) {
          const reference = english[namespace]?.[key] ?? english[namespace]?.[key.replace(PLURAL, '_other')] ?? '';
          expect(text.trim(), `${code}/${namespace}:${key}`).not.toBe('');
          const allowed = new Set([...placeholders(reference), 'count']);
          expect(placeholders(text).filter((p) => !allowed.has(p)), `${code}/${namespace}:${key}`).toEqual([]);
        }
      }
    });

    it(`${code} is a translation, not a copy of English`, () => {
      const translated = namespaces(code);
      const all = Object.entries(translated).flatMap(([namespace, keys]) => Object.entries(keys).map(([key, text]) => [english[namespace]?.[key], text]));
      const same = all.filter(([en, text]) => en === text && /[a-z]{4,}/.test(text ?? ''));
      // Cognates ("Status", "Benchmarks", "Feedback") are fine; whole sentences are not.
      expect(same.length / all.length).toBeLessThan(0.08);
      expect(same.filter(([, text]) => (text ?? '').split(' ').length > 3)).toEqual([]);
    });
  }

  it('knows every key the code names', () => {
    const known = new Set(
      Object.entries(english).flatMap(([namespace, keys]) => Object.keys(keys).map((key) => `${namespace}:${key.replace(PLURAL, '')}`)),
    );
    const missing: string[] = [];
    for (const [path, source] of Object.entries(sources)) {
      if (path.includes('/gql/') || path.includes('.test.')) continue;
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z]+):([\w.]+)'/g)) {
        const key = `${match[1]}:${match[2]}`;
        if (!known.has(key)) missing.push(`${path}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('expectedKeys', () => {
  it('asks for the plural forms of the language', () => {
    expect(expectedKeys(['a', 'n_one', 'n_other'], 'de')).toEqual(['a', 'n_one', 'n_other']);
    expect(expectedKeys(['a', 'n_one', 'n_other'], 'fr')).toEqual(['a', 'n_many', 'n_one', 'n_other']);
  });
});
