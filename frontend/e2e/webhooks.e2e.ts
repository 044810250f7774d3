// Webhooks in a real browser (issue 13, point 4): the City of Munich registers a hook for its
// organisation, sees the signing secret once, edits and pauses it, and deletes it; it sends a
// delivery again and rotates a hook's secret (the new one shown once); a viewer who may manage
// no webhooks has no entry in the navigation.
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

  it('lets a partner send a delivery again and rotate the hook’s signing secret', async () => {
    const url = `https://hooks.example.org/redeliver-${Date.now()}`;
    const page = await newPage(browser);
    await signIn(page, 'munich@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Webhooks', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByRole('button', { name: 'Register a webhook' }).click();
    const form = page.getByRole('form', { name: 'Register a webhook' });
    await form.getByRole('textbox', { name: 'Endpoint' }).fill(url);
    await form.getByRole('checkbox', { name: 'Feedback was added' }).check();
    await form.getByRole('button', { name: 'Register a webhook' }).click();
    const registered = page.getByTestId('webhook-secret');
    await registered.waitFor();
    const firstSecret = (await registered.textContent()) ?? '';
    expect(firstSecret).toMatch(/^whsec_/);
    await page.getByRole('status').filter({ hasText: 'Webhook registered' }).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByTestId('webhook-secret').count()).toBe(0);
    const card = page.getByRole('article', { name: url });
    await card.waitFor();
    expect(await card.textContent()).toContain('No deliveries yet.');

    // An event for the hook: the coordinator asks Munich a question on its action plan.
    const munichToken = await apiLogin('munich@partners.demo');
    const plan = (await gql<{ viewer: { organisation: { actionPlan: { id: string } | null } | null } }>(munichToken, '{ viewer { organisation { actionPlan { id } } } }')).viewer
      .organisation?.actionPlan;
    if (!plan) throw new Error('Munich has no action plan');
    const coordinatorToken = await apiLogin('coordinator@mpg.demo');
    const added = await gql<{ addFeedback: { feedback: { id: string } | null; userErrors: unknown[] } }>(
      coordinatorToken,
      'mutation($input: AddFeedbackInput!) { addFeedback(input: $input) { feedback { id } userErrors { code } } }',
      { input: { actionPlanId: plan.id, kind: 'QUESTION', body: `Which partners join the first workshop? (${Date.now()})` } },
    );
    expect(added.addFeedback.userErrors).toEqual([]);

    const rows = card.getByTestId('webhook-deliveries').locator('tbody tr');
    await expect
      .poll(async () => {
        await page.reload();
        await page.getByRole('article', { name: url }).waitFor();
        return rows.count();
      })
      .toBe(1);
    expect(await rows.first().textContent()).toContain('Feedback was added');
    const hookId = (await gql<WebhooksData>(munichToken, '{ webhooks(first: 100) { nodes { id url events active organisation { name } } } }')).webhooks.nodes.find((h) => h.url === url)?.id;
    expect(hookId).toBeDefined();
    const deliveryIds = async () =>
      (
        await gql<{ node: { deliveries: { nodes: { id: string; status: string }[] } } }>(
          munichToken,
          'query($id: ID!) { node(id: $id) { ... on Webhook { deliveries(first: 10) { nodes { id status } } } } }',
          { id: hookId },
        )
      ).node.deliveries.nodes;
    const [original] = await deliveryIds();

    // Redeliver: a second delivery, queued now, is listed above the first.
    const redeliver = card.getByRole('button', { name: /^Redeliver “Feedback was added” of / });
    expect(await redeliver.count()).toBe(1);
    await redeliver.click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await card.textContent()).toContain('Latest deliveries (2 of 2)');
    expect(await rows.first().textContent()).toMatch(/Feedback was added(Pending|Delivered)/);
    const after = await deliveryIds();
    expect(after).toHaveLength(2);
    expect(after.map((d) => d.id)).toContain(original?.id);
    expect(after[0]?.id).not.toBe(original?.id);
    expect(['PENDING', 'DELIVERED']).toContain(after[0]?.status);
    await expectAccessible(page);

    // Rotate, after a confirmation telling that the receiver must switch: a new secret, once.
    let question = '';
    page.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await card.getByRole('button', { name: `Rotate secret of ${url}` }).click();
    const rotated = card.getByTestId('webhook-secret');
    await rotated.waitFor();
    expect(question).toContain(url);
    expect(question).toContain('the receiver must switch to it');
    const secondSecret = (await rotated.textContent()) ?? '';
    expect(secondSecret).toMatch(/^whsec_/);
    expect(secondSecret).not.toBe(firstSecret);
    expect(await card.getByRole('status').textContent()).toContain(`New signing secret for ${url}`);
    await expectAccessible(page);

    // Shown once: gone after a reload.
    await page.reload();
    await page.getByRole('article', { name: url }).waitFor();
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);

    await gql(munichToken, 'mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { webhook { id } } }', { input: { id: hookId } });
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
