// A new user whose browser speaks German, French, Italian or Spanish sees the whole demo tour
// in that language, validation errors included, and the language lands in the profile. The
// expected words are read from the locale files, so a text left in English fails here.
import { readFileSync } from 'node:fs';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { baseUrl, expectAccessible, launch } from './browser';
import { DEMO_PASSWORD } from './server';

type Strings = Record<string, unknown>;

/** The text of `key` (`namespace:path.to.key`) in `language`, with `values` filled in. */
function text(language: string, key: string, values: Record<string, string> = {}): string {
  const [namespace, path] = key.split(':') as [string, string];
  const file = JSON.parse(readFileSync(`src/i18n/locales/${language}/${namespace}.json`, 'utf8')) as Strings;
  const found = path.split('.').reduce<unknown>((node, part) => (node as Strings)?.[part], file);
  if (typeof found !== 'string') throw new Error(`no ${language} text for ${key}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/** Creates a partner of the City of Munich with no language in its profile. */
async function newUser(email: string): Promise<void> {
  const coordinator = await apiLogin('coordinator@mpg.demo');
  const { organisations } = await gql<{ organisations: { nodes: { id: string; name: string }[] } }>(
    coordinator,
    '{ organisations(first: 100) { nodes { id name } } }',
  );
  const munich = organisations.nodes.find((o) => o.name === 'City of Munich');
  await gql(coordinator, 'mutation($input: CreateUserInput!) { createUser(input: $input) { userErrors { code } } }', {
    input: { email, displayName: `Tour ${email}`, organisationId: munich?.id, globalRole: 'PARTNER', password: DEMO_PASSWORD },
  });
}

async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
}

const LOCALES: [string, string][] = [
  ['de-DE', 'de'],
  ['fr-FR', 'fr'],
  ['it-IT', 'it'],
  ['es-ES', 'es'],
];

describe('languages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const [locale, language] of LOCALES) {
    it(`shows a new user the demo tour in ${locale}`, async () => {
      const email = `tour-${language}@partners.demo`;
      await newUser(email);
      const context = await browser.newContext({ baseURL: baseUrl(), locale });
      const page = await context.newPage();
      const t = (key: string, values?: Record<string, string>) => text(language, key, values);

      // The sign-in page in the browser's language, and its validation in it too, next to
      // the field, with the field's label (never the server's "`email` is required").
      await page.goto('/login');
      await expect.poll(() => heading(page)).toBe(t('auth:title'));
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await page.getByRole('button', { name: t('auth:submit') }).click();
      const emailBox = page.getByRole('textbox', { name: t('auth:email'), exact: true });
      await expect.poll(() => emailBox.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await emailBox.getAttribute('aria-describedby')) ?? '';
      const errorId = describedBy.split(' ').find((id) => id.includes('error')) ?? describedBy;
      expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(t('errors:codes.REQUIRED', { field: t('auth:email') }));
      expect(await page.locator('body').textContent()).not.toContain('`');

      await emailBox.fill(email);
      await page.getByRole('textbox', { name: t('auth:password'), exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: t('auth:submit') }).click();
      await page.waitForURL('**/dashboard');
      await expect.poll(() => heading(page)).toBe(t('dashboard:title'));
      const nav = page.getByRole('navigation', { name: t('shell:nav.main') });
      for (const item of ['dashboard', 'organisations', 'workingGroups', 'plans', 'events', 'goodPractices', 'evidence', 'benchmarks', 'territories', 'thematicAreas', 'tokens']) {
        await expect.poll(() => nav.getByRole('link', { name: t(`shell:nav.${item}`), exact: true }).count(), { message: item }).toBe(1);
      }
      await expect.poll(() => page.getByTestId('partner-dashboard').textContent()).toContain(t('dashboard:lateSteps'));
      await expectAccessible(page);

      // Every page of the tour: its heading and its own labels in the language.
      const tour: [string, string, string[]][] = [
        ['organisations', 'network:organisations.title', ['network:organisations.shortName', 'network:organisations.consortiumPartner']],
        ['working-groups', 'workingGroups:title', ['workingGroups:leading', 'workingGroups:learning']],
        ['plans', 'plans:title', ['plans:stage', 'plans:actions']],
        ['events', 'events:title', ['events:venue', 'events:dates']],
        ['good-practices', 'library:goodPractices.title', ['library:goodPractices.search', 'library:goodPractices.source']],
        ['evidence', 'library:evidence.title', ['library:evidence.awards', 'library:evidence.facts']],
        ['benchmarks', 'benchmarks:title', ['benchmarks:keyActor', 'benchmarks:needs']],
        ['territories', 'network:territories.title', ['network:territories.country']],
        ['thematic-areas', 'network:thematicAreas.title', ['network:thematicAreas.description']],
        ['tokens', 'tokens:title', ['tokens:create']],
      ];
      for (const [path, title, labels] of tour) {
        await nav.getByRole('link', { name: t(`shell:nav.${path === 'good-practices' ? 'goodPractices' : path === 'working-groups' ? 'workingGroups' : path === 'thematic-areas' ? 'thematicAreas' : path}`), exact: true }).click();
        await page.waitForURL(`**/${path}`);
        await expect.poll(() => heading(page), { message: path }).toBe(t(title));
        for (const label of labels) await expect.poll(() => page.locator('main').textContent(), { message: `${path}: ${label}` }).toContain(t(label));
      }

      // A working group and a plan, opened from their lists.
      await nav.getByRole('link', { name: t('shell:nav.workingGroups'), exact: true }).click();
      await page.getByRole('link', { name: /^1\. / }).first().click();
      await expect.poll(() => page.locator('main').textContent()).toContain(t('workingGroups:participation'));
      await expect.poll(() => page.locator('main').textContent()).toContain(t('feedback:title'));
      await expectAccessible(page);
      await nav.getByRole('link', { name: t('shell:nav.plans'), exact: true }).click();
      await page.getByRole('link', { name: 'City of Munich', exact: true }).click();
      await expect.poll(() => heading(page)).toBe(t('plans:planOf', { organisation: 'City of Munich' }));
      for (const tab of ['plans:editor', 'plans:timeline', 'plans:history']) await expect.poll(() => page.getByRole('tab', { name: t(tab), exact: true }).count(), { message: tab }).toBe(1);
      await expectAccessible(page);

      // A form the server refuses: a token name of blanks, told at the field in the language.
      await nav.getByRole('link', { name: t('shell:nav.tokens'), exact: true }).click();
      await page.getByRole('button', { name: t('tokens:create') }).first().click();
      const dialog = page.getByRole('dialog');
      const name = dialog.getByRole('textbox', { name: t('tokens:name') });
      await name.fill('   ');
      await dialog.getByRole('button', { name: t('tokens:create') }).click();
      await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
      expect(await dialog.textContent()).toContain(t('errors:codes.REQUIRED', { field: t('tokens:name') }));
      expect(await dialog.textContent()).not.toContain('A token needs a name');

      // The detected language is in the profile, where e-mails will find it.
      const token = await apiLogin(email);
      const { viewer } = await gql<{ viewer: { language: string } }>(token, '{ viewer { language } }');
      expect(viewer.language).toBe(language.toUpperCase());
      await context.close();
    });
  }
});
