// Lessons shared outside the network (issue 14): the coordinator publishes a good practice
// and an agreed plan's summary; a browser that never signed in opens their public pages; once
// the coordinator withdraws them, the pages say so and the public lists no longer have them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { baseUrl, expectAccessible, launch, signIn } from './browser';

describe('public lessons', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('publishes a good practice that opens without sign-in, and is gone once withdrawn', async () => {
    const title = `Mentoring circles for migrant founders (${Date.now()})`;
    const coordinatorToken = await apiLogin('coordinator@mpg.demo');
    const options = await gql<{ organisations: { nodes: { id: string; name: string }[] }; thematicAreas: { nodes: { id: string; title: string }[] } }>(
      coordinatorToken,
      '{ organisations(first: 1) { nodes { id name } } thematicAreas(first: 1) { nodes { id title } } }',
    );
    const organisation = options.organisations.nodes[0];
    const area = options.thematicAreas.nodes[0];
    const created = await gql<{ createGoodPractice: { goodPractice: { id: string } | null; userErrors: unknown[] } }>(
      coordinatorToken,
      'mutation($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) { goodPractice { id } userErrors { code } } }',
      {
        input: {
          goodPractice: {
            title,
            organisationId: organisation?.id ?? null,
            thematicAreaId: area?.id ?? null,
            description: 'Experienced entrepreneurs meet newcomers every month.',
            source: 'MEGA peer review, 2019',
          },
        },
      },
    );
    expect(created.createGoodPractice.userErrors).toEqual([]);
    const id = created.createGoodPractice.goodPractice?.id ?? '';

    // The coordinator publishes it from the library.
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-GB' });
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Good practices' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill(title);
    const card = page.getByRole('article', { name: title, exact: true });
    await expect.poll(() => card.count()).toBe(1);
    await card.getByRole('button', { name: `Publish to the public pages: ${title}` }).click();
    const link = card.getByRole('link', { name: `Open the public page: ${title}` });
    await expect.poll(() => link.count()).toBe(1);
    expect(await card.textContent()).toMatch(/Public since/);
    expect(await link.getAttribute('href')).toBe(`/public/good-practices/${encodeURIComponent(id)}`);
    await expectAccessible(page);

    // Someone who never signed in reads it (a fresh browser context: no session at all).
    const anonymousContext = await browser.newContext({ baseURL: baseUrl(), locale: 'en-GB' });
    const anonymous = await anonymousContext.newPage();
    await anonymous.goto(`/public/good-practices/${encodeURIComponent(id)}`);
    const article = anonymous.getByRole('article', { name: title });
    await expect.poll(() => article.count()).toBe(1);
    expect(await article.textContent()).toContain('Experienced entrepreneurs meet newcomers every month.');
    if (organisation) expect(await article.textContent()).toContain(organisation.name);
    if (area) expect(await article.textContent()).toContain(area.title);
    expect(anonymous.url()).toContain('/public/good-practices/');
    expect(await anonymous.getByRole('link', { name: 'Sign in' }).count()).toBe(1);
    await expectAccessible(anonymous);
    await anonymous.goto('/public');
    await expect.poll(() => anonymous.getByRole('link', { name: title }).count()).toBe(1);
    await expectAccessible(anonymous);

    // The coordinator withdraws it (after the confirmation, accepted above).
    await card.getByRole('button', { name: `Withdraw from the public pages: ${title}` }).click();
    await expect.poll(() => card.getByRole('button', { name: `Publish to the public pages: ${title}` }).count()).toBe(1);
    expect(await link.count()).toBe(0);

    // The public page is gone, and the list no longer has it.
    await anonymous.goto(`/public/good-practices/${encodeURIComponent(id)}`);
    await expect.poll(() => anonymous.getByRole('heading', { level: 1, name: 'This practice is not (or no longer) published' }).count()).toBe(1);
    expect(await anonymous.getByRole('article', { name: title }).count()).toBe(0);
    await expectAccessible(anonymous);
    await anonymous.getByRole('link', { name: 'See the lessons that are published' }).click();
    await anonymous.waitForURL('**/public');
    await expect.poll(() => anonymous.getByRole('heading', { level: 1, name: 'Lessons from the MEGA network' }).count()).toBe(1);
    // Once the list has loaded (some other practice, or none), this one is not on it.
    await expect
      .poll(async () => (await anonymous.getByTestId('public-practice').count()) + (await anonymous.getByText('No good practice is published yet.').count()))
      .toBeGreaterThan(0);
    expect(await anonymous.getByRole('link', { name: title }).count()).toBe(0);
    await anonymousContext.close();
    await context.close();
    // Other files count the demo's printed practices on this shared server.
    const deleted = await gql<{ deleteGoodPractice: { userErrors: unknown[] } }>(
      coordinatorToken,
      'mutation($input: DeleteGoodPracticeInput!) { deleteGoodPractice(input: $input) { userErrors { code } } }',
      { input: { id } },
    );
    expect(deleted.deleteGoodPractice.userErrors).toEqual([]);
  });

  it('publishes a plan summary that opens without sign-in, with no stakeholders, and is gone once withdrawn', async () => {
    const coordinatorToken = await apiLogin('coordinator@mpg.demo');
    const plans = await gql<{ actionPlans: { nodes: { id: string; stage: string; organisation: { name: string; shortName: string | null }; actions: { steps: { title: string; stakeholders: string[] }[] }[] }[] } }>(
      coordinatorToken,
      '{ actionPlans(first: 50) { nodes { id stage organisation { name shortName } actions { steps { title stakeholders } } } } }',
    );
    const plan = plans.actionPlans.nodes.find((p) => p.organisation.shortName === 'UoG' && p.stage === 'IMPLEMENTING');
    expect(plan).toBeDefined();
    const id = plan?.id ?? '';
    const name = plan?.organisation.name ?? '';
    const steps = (plan?.actions ?? []).flatMap((a) => a.steps);
    // Stakeholder names that no step title repeats: they must not reach the public page.
    const stakeholders = steps.flatMap((s) => s.stakeholders).filter((s) => s.length >= 12 && !steps.some((step) => step.title.includes(s)));
    expect(stakeholders.length).toBeGreaterThan(0);

    // The coordinator publishes it from the plan page.
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-GB' });
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.goto(`/plans/${encodeURIComponent(id)}`);
    const control = page.getByTestId('plan-publication');
    await control.getByRole('button', { name: `Publish to the public pages: Action plan of ${name}` }).click();
    const link = control.getByRole('link', { name: `Open the public page: Action plan of ${name}` });
    await expect.poll(() => link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe(`/public/plans/${encodeURIComponent(id)}`);
    await expectAccessible(page);

    // Someone who never signed in reads it: objectives and progress, no stakeholders.
    const anonymousContext = await browser.newContext({ baseURL: baseUrl(), locale: 'en-GB' });
    const anonymous = await anonymousContext.newPage();
    await anonymous.goto('/public');
    await anonymous.getByRole('navigation', { name: 'Public lessons' }).getByRole('link', { name: 'Action plans' }).click();
    await anonymous.getByRole('link', { name: `Action plan of ${name}` }).click();
    const article = anonymous.getByRole('article', { name: `Action plan of ${name}` });
    await expect.poll(() => article.count()).toBe(1);
    await expect.poll(() => anonymous.getByTestId('public-objective').count()).toBeGreaterThan(0);
    const text = (await article.textContent()) ?? '';
    expect(text).toMatch(/Progress: \d+%/);
    expect(text).toContain('Stage: Implementing');
    for (const stakeholder of stakeholders) expect(text).not.toContain(stakeholder);
    await expectAccessible(anonymous);

    // Withdrawn, the public page says so.
    await control.getByRole('button', { name: `Withdraw from the public pages: Action plan of ${name}` }).click();
    await expect.poll(() => control.getByRole('button', { name: `Publish to the public pages: Action plan of ${name}` }).count()).toBe(1);
    await anonymous.reload();
    await expect.poll(() => anonymous.getByRole('heading', { level: 1, name: 'This action plan is not (or no longer) published' }).count()).toBe(1);
    await expectAccessible(anonymous);
    await anonymousContext.close();
    await context.close();
  });
});
