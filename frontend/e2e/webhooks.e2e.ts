// Webhooks in a real browser (issue 13, point 4): the City of Munich registers a hook for its
// organisation, sees the signing secret once, edits and pauses it, and deletes it; a viewer
// who may manage no webhooks has no entry in the navigation.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

interface WebhooksData {
  webhooks: { nodes: { id: string; url: string; events: string[]; active: boolean; organisation: { name: string } | null }[] };
}

describe('webhooks', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a partner register a hook, see its secret once, edit and delete it', async () => {
    const url = `https://hooks.example.org/mega-${Date.now()}`;
    const page = await newPage(browser);
    await signIn(page, 'munich@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Webhooks', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByRole('button', { name: 'Register a webhook' }).click();
    const form = page.getByRole('form', { name: 'Register a webhook' });

    // Refused first: no event chosen, shown next to the events.
    await form.getByRole('textbox', { name: 'Endpoint' }).fill(url);
    await form.getByRole('button', { name: 'Register a webhook' }).click();
    await form.getByText('Events is required.').waitFor();

    await form.getByRole('checkbox', { name: 'An action plan changed stage' }).check();
    await form.getByRole('checkbox', { name: 'Progress was reported' }).check();
    expect(await form.getByRole('combobox', { name: 'Scope' }).inputValue()).toBe('City of Munich');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Register a webhook' }).click();

    const secret = page.getByTestId('webhook-secret');
    await secret.waitFor();
    expect(await secret.textContent()).toMatch(/^whsec_/);
    const card = page.getByRole('article', { name: url });
    await card.waitFor();
    expect(await card.textContent()).toContain('Scope: City of Munich');
    expect(await card.textContent()).toContain('No deliveries yet.');
    await expectAccessible(page);

    // Edit: one more event, paused.
    await card.getByRole('button', { name: 'Edit' }).click();
    const editForm = card.getByRole('form', { name: `Edit the webhook ${url}` });
    await editForm.getByRole('checkbox', { name: 'Feedback was added' }).check();
    await editForm.getByRole('switch', { name: /Active/ }).uncheck({ force: true });
    await editForm.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.textContent()).toContain('Paused');
    expect(await card.textContent()).toContain('Feedback was added');

    const token = await apiLogin('munich@partners.demo');
    const stored = (await gql<WebhooksData>(token, '{ webhooks(first: 100) { nodes { id url events active organisation { name } } } }')).webhooks.nodes.find((h) => h.url === url);
    expect(stored?.active).toBe(false);
    expect(stored?.events.sort()).toEqual(['FEEDBACK_ADDED', 'PLAN_STAGE_CHANGED', 'PROGRESS_REPORT_SUBMITTED']);
    expect(stored?.organisation?.name).toBe('City of Munich');

    // The secret is not shown again.
    await page.reload();
    await page.getByRole('article', { name: url }).waitFor();
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);

    // Delete, after confirming.
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('article', { name: url }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByRole('article', { name: url }).count()).toBe(0);
    const after = await gql<WebhooksData>(token, '{ webhooks(first: 100) { nodes { id url events active organisation { name } } } }');
    expect(after.webhooks.nodes.some((h) => h.url === url)).toBe(false);
  });

  it('lets the coordinator register a network-wide hook', async () => {
    const url = `https://hooks.example.org/network-${Date.now()}`;
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Webhooks', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByRole('button', { name: 'Register a webhook' }).click();
    const form = page.getByRole('form', { name: 'Register a webhook' });
    await form.getByRole('textbox', { name: 'Endpoint' }).fill(url);
    expect(await form.getByRole('combobox', { name: 'Scope' }).inputValue()).toBe('The whole network');
    await form.getByRole('checkbox', { name: 'Coordination calls were scheduled' }).check();
    await form.getByRole('button', { name: 'Register a webhook' }).click();
    await page.getByTestId('webhook-secret').waitFor();
    const card = page.getByRole('article', { name: url });
    await card.waitFor();
    expect(await card.textContent()).toContain('Scope: The whole network');
  });
});
