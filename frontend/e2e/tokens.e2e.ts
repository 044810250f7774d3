// The API tokens page: a token is created, its secret shown once works as a READ token, and revoking it stops it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { gql } from './api';
import { baseUrl, expectAccessible, launch, newPage, signIn } from './browser';

interface ViewerData {
  viewer: { displayName: string } | null;
}

describe('API tokens', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('creates a READ token, shows the secret once, and revokes it', async () => {
    const page = await newPage(browser);
    await signIn(page, 'grdr@partners.demo');
    await page.getByRole('navigation').getByRole('link', { name: 'API tokens' }).click();
    await page.waitForURL('**/tokens');
    await page.getByRole('button', { name: 'Create token' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('E2E report script');
    await dialog.getByRole('button', { name: 'Create token' }).click();

    const secret = (await page.getByTestId('new-token').textContent()) ?? '';
    expect(secret).toMatch(/^mega_pat_/);
    const table = page.getByTestId('tokens-table');
    await expect.poll(() => table.textContent()).toContain('E2E report script');
    await expectAccessible(page);

    const asToken = await gql<ViewerData>(secret, '{ viewer { displayName } }');
    expect(asToken.viewer?.displayName).toBe('GRDR Partner');

    page.once('dialog', (d) => void d.accept());
    const row = table.getByRole('row').filter({ hasText: 'E2E report script' });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(() => row.textContent()).toContain('Revoked');

    const afterRevoke = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ viewer { displayName } }' }),
    });
    const body = (await afterRevoke.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await page.reload();
    await expect.poll(() => page.getByTestId('tokens-table').textContent()).toContain('E2E report script');
    expect(await page.getByTestId('new-token').count()).toBe(0);
  });
});
