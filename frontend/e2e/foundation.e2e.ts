// Sign-in, the organisations list, sign-out, languages and session refresh in a real browser.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

const PERSONAS: [string, string][] = [
  ['coordinator@mpg.demo', 'MPG Coordinator'],
  ['munich@partners.demo', 'Munich Partner'],
  ['formaper@partners.demo', 'Formaper Partner'],
  ['grdr@partners.demo', 'GRDR Partner'],
  ['adive@partners.demo', 'Adive Partner'],
  ['uog@partners.demo', 'UoG Partner'],
  ['garapen@partners.demo', 'Garapen Partner'],
  ['expert@experts.demo', 'IHK Munich Expert'],
];

describe('foundation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('signs in as Munich, lists the organisations, and signs out', async () => {
    const page = await newPage(browser);
    await page.goto('/organisations');
    await page.waitForURL('**/login');
    await expectAccessible(page);
    await signIn(page, 'munich@partners.demo');
    await page.waitForURL('**/organisations');
    const table = page.getByRole('table');
    for (const name of ['Adive', 'City of Munich', 'Formaper', 'GRDR']) {
      await expect.poll(() => table.getByRole('link', { name, exact: true }).count()).toBe(1);
    }
    await expect.poll(() => page.getByTestId('viewer-name').textContent()).toContain('Munich Partner');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.goto('/organisations');
    await page.waitForURL('**/login');
  });

  it('keeps a wrong password on the login page with an error', async () => {
    const page = await newPage(browser);
    await signIn(page, 'munich@partners.demo', 'not the password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Invalid e-mail or password.');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('switches the interface to German, and keeps it in the profile', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Anmelden');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.getByRole('textbox', { name: 'E-Mail', exact: true }).fill('grdr@partners.demo');
    await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill('demo-password-for-tests');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => page.getByRole('navigation', { name: 'Hauptnavigation' }).textContent()).toContain('Arbeitsgruppen');
    await expectAccessible(page);
    // The choice made before signing in went to GRDR's profile; put English back for the
    // other tests, which sign in as GRDR too.
    const token = await apiLogin('grdr@partners.demo');
    await expect.poll(async () => (await gql<{ viewer: { language: string } }>(token, '{ viewer { language } }')).viewer.language).toBe('DE');
    await gql(token, 'mutation { updateViewerPreferences(input: { language: EN }) { userErrors { code } } }');
  });

  it('lets every demo persona sign in', async () => {
    for (const [email, name] of PERSONAS) {
      const page = await newPage(browser);
      await signIn(page, email);
      await expect.poll(() => page.getByTestId('viewer-name').textContent(), { timeout: 15_000 }).toContain(name);
      await page.context().close();
    }
  });

  it('keeps the session across a reload through the HttpOnly refresh cookie, with no token in storage', async () => {
    const page = await newPage(browser);
    const policies: string[] = [];
    page.on('response', (response) => {
      const policy = response.headers()['content-security-policy'];
      if (response.url().endsWith('/dashboard') && policy) policies.push(policy);
    });
    await signIn(page, 'formaper@partners.demo');
    await page.waitForURL('**/dashboard');
    // No token (access or refresh) in localStorage or in a cookie the page can read.
    const stored = await page.evaluate(() => ({
      local: Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key) ?? ''}`),
      cookies: document.cookie,
    }));
    expect(stored.local.some((entry) => /mega_rt_|eyJ/.test(entry))).toBe(false);
    expect(stored.cookies).not.toContain('mega_refresh');
    const cookies = await page.context().cookies();
    const refresh = cookies.find((cookie) => cookie.name === 'mega_refresh');
    expect(refresh?.httpOnly).toBe(true);
    expect(refresh?.sameSite).toBe('Strict');
    expect(refresh?.path).toBe('/auth/refresh');
    await page.getByRole('navigation').getByRole('link', { name: 'Organisations' }).click();
    await page.waitForURL('**/organisations');
    await page.reload();
    await expect.poll(() => page.getByRole('table').getByRole('link', { name: 'Formaper', exact: true }).count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/organisations');
    await page.goto('/dashboard');
    await page.waitForURL('**/dashboard');
    // The pages run under the strict policy: no inline script.
    expect(policies.some((policy) => policy.includes("script-src 'self';"))).toBe(true);
  });
});
