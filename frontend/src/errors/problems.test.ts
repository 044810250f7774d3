// @vitest-environment node
// Errors worded by code in every language, and every code the API can send has a wording.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { CombinedError } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';

import type { UserErrorFieldsFragment } from '../gql/graphql';
import i18n, { LANGUAGES, NAMESPACES } from '../i18n';
import { describeRequestError, describeUserError, problemsOf } from './problems';

const error = (code: string, field: string | null, params: Record<string, string> = {}): UserErrorFieldsFragment => ({
  field: field ? ['input', field] : null,
  code,
  message: `English text for ${code}`,
  params: Object.entries(params).map(([name, value]) => ({ name, value })),
});

const t = i18n.t.bind(i18n);

describe('describeUserError', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('words the message by code with its parameters and the field label', async () => {
    await i18n.loadNamespaces(NAMESPACES);
    expect(describeUserError(t, error('TOO_LONG', 'title', { max: '2000' }), { title: 'Step (how)' })).toBe('Step (how) must be at most 2000 characters.');
    expect(describeUserError(t, error('TOO_LONG', 'stakeholders', { max: '1000', variant: 'ENTRY' }), { stakeholders: 'Partners' })).toBe(
      'Each entry of Partners must be at most 1000 characters.',
    );
    expect(describeUserError(t, error('INVALID_EMAIL', 'email', { variant: 'REQUIRED' }))).toBe('Enter your e-mail address.');
    expect(describeUserError(t, error('REQUIRED', 'email'), {})).toBe('E-mail is required.');
    expect(describeUserError(t, error('REQUIRED', 'somethingElse'), {})).toBe('This field is required.');
    expect(describeUserError(t, error('TOO_LONG', 'csv', { row: '3', column: 'step_title', max: '2000' }))).toBe(
      'Row 3 (step_title): The file must be at most 2000 characters.',
    );
    expect(describeUserError(t, error('SOMETHING_NEW', 'title'))).toBe('The input was refused (SOMETHING_NEW).');
  });

  it('words a code by its field when it means something else there', async () => {
    await i18n.loadNamespaces(NAMESPACES);
    expect(describeUserError(t, error('REASON_REQUIRED', 'reason'))).toBe('Give a reason: an agreed plan changes only with one.');
    expect(describeUserError(t, error('REASON_REQUIRED', 'narrative'))).toMatch(/why it is not any more/);
  });

  it('words it in the interface language', async () => {
    await i18n.changeLanguage('de');
    await i18n.loadNamespaces(NAMESPACES);
    const message = describeUserError(t, error('TOO_LONG', 'title', { max: '2000' }), { title: 'Schritt (wie)' });
    expect(message).toContain('2000');
    expect(message).toContain('Schritt (wie)');
    expect(message).not.toContain('must be');
  });
});

describe('problemsOf', () => {
  it('puts errors on the form’s fields next to them, the others above it', async () => {
    await i18n.loadNamespaces(NAMESPACES);
    const found = problemsOf(t, {}, [error('REQUIRED', 'title'), error('TOO_FEW_ACTIONS', 'actions', { min: '2', count: '1' })], { title: 'Title' });
    expect(found.byField).toEqual({ title: 'Title is required.' });
    expect(found.page).toEqual(['A plan needs at least 2 objectives; it has 1.']);
  });

  it('words a failed request by its code, never with the server’s text', async () => {
    await i18n.loadNamespaces(NAMESPACES);
    const forbidden = new CombinedError({ graphQLErrors: [{ message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } }] });
    await i18n.changeLanguage('fr');
    await i18n.loadNamespaces(NAMESPACES);
    expect(describeRequestError(t, forbidden)).not.toContain('You are not allowed');
    expect(problemsOf(t, { error: forbidden }, [error('REQUIRED', 'title')]).page).toEqual([describeRequestError(t, forbidden)]);
    await i18n.changeLanguage('en');
  });
});

/** The Rust sources of the API (domain rules, services, resolvers, the HTTP layer). */
function rustSources(dir: string): [string, string][] {
  return readdirSync(dir).flatMap((name): [string, string][] => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'tests' ? [] : rustSources(path);
    return name.endsWith('.rs') && !name.endsWith('tests.rs') ? [[path, readFileSync(path, 'utf8')]] : [];
  });
}

/** Every code the API can answer: userError codes where errors are made, and the GraphQL
 * `extensions.code` values. */
function apiCodes(): { userErrors: Set<string>; graphql: Set<string> } {
  const crates = new URL('../../../crates', import.meta.url).pathname;
  const userErrors = new Set<string>();
  const graphql = new Set<string>();
  for (const [path, source] of rustSources(crates)) {
    const code = (pattern: RegExp, into: Set<string>) => {
      for (const match of source.matchAll(pattern)) if (match[1]) into.add(match[1]);
    };
    code(/ValidationError::new\(\s*[^,()]+,\s*"([A-Z_]+)"/g, userErrors);
    code(/row_error\(\s*\w+,\s*"([A-Z_]+)"/g, userErrors);
    code(/user_error\(\s*[^,()]+,\s*"([A-Z_]+)"/g, userErrors);
    code(/code: "([A-Z_]+)"\.to_owned\(\)/g, userErrors);
    code(/set\("code", "([A-Z_]+)"\)/g, graphql);
    code(/"code": "([A-Z_]+)"/g, graphql);
    // `ApiError::code`, the one mapping of the API's errors to `extensions.code`.
    if (path.endsWith('/api/src/error.rs')) code(/Self::\w+(?:\(_\))?(?: \| Self::\w+(?:\(_\))?)* => "([A-Z_]+)"/g, graphql);
  }
  return { userErrors, graphql };
}

describe('every code the API can answer', () => {
  const { userErrors, graphql } = apiCodes();

  it('is found in the Rust sources', () => {
    expect(userErrors.size).toBeGreaterThan(40);
    for (const code of ['REQUIRED', 'TOO_LONG', 'INVALID_ROW', 'NOT_FOUND', 'STALE_VERSION', 'ALREADY_EXISTS']) expect(userErrors).toContain(code);
    for (const code of ['FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']) expect(graphql).toContain(code);
  });

  for (const { code: language } of LANGUAGES) {
    it(`has a message in ${language}`, async () => {
      await i18n.changeLanguage(language);
      await i18n.loadNamespaces(NAMESPACES);
      const missing = [
        ...[...userErrors].filter((code) => !i18n.exists(`errors:codes.${code}`, { lng: language, fallbackLng: false })),
        ...[...graphql].filter((code) => !i18n.exists(`errors:graphql.${code}`, { lng: language, fallbackLng: false })),
      ];
      expect(missing).toEqual([]);
      await i18n.changeLanguage('en');
    });
  }
});
