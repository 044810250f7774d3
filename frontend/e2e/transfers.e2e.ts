// The transfer of practices traced (issue 14) in a real browser: the City of Munich links an
// objective of its plan to a good practice; the transfers view lists it with the action's
// progress, the practice's page shows Munich under "Adopted by", and the coordinator's
// dashboard links to the view.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

const PRACTICE = /^Adive’s corporate procurement model/;

type Plans = {
  actionPlans: { nodes: { id: string; stage: string; organisation: { shortName: string | null }; actions: { id: string; ref: string | null; title: string | null; progress: number | null }[] }[] };
};

/** Munich's plan and its first objective, as the API reads them. */
async function munichPlan() {
  const token = await apiLogin('munich@partners.demo');
  const data = await gql<Plans>(token, '{ actionPlans(first: 100) { nodes { id stage organisation { shortName } actions { id ref title progress } } } }');
  const plan = data.actionPlans.nodes.find((p) => p.organisation.shortName === 'Munich');
  if (!plan?.actions[0]) throw new Error('no Munich plan with an objective');
  const action = plan.actions[0];
  return { plan, action, heading: [action.ref, action.title].filter(Boolean).join(' – ') };
}

async function openOwnPlan(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Action plans' }).click();
  await page.getByRole('table').getByRole('link', { name: 'City of Munich', exact: true }).and(page.locator('[href^="/plans/"]')).click();
  await expect.poll(() => page.getByTestId('plan-stage').count()).toBe(1);
  // Monitored plans open on their progress: the objectives are on the plan tab.
  await page.getByRole('tab', { name: 'Plan', exact: true }).click();
}

describe('practice transfers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets Munich link an objective to a good practice, and follows the practice to it with its progress', async () => {
    const { action, heading } = await munichPlan();
    const page = await newPage(browser);
    await signIn(page, 'munich@partners.demo');
    await page.waitForURL('**/dashboard');
    await openOwnPlan(page);

    const objective = page.getByRole('region', { name: heading, exact: true });
    await objective.getByRole('button', { name: `Link good practices to ${heading}` }).click();
    const form = page.getByRole('form', { name: `Good practices adopted by ${heading}` });
    await form.getByRole('combobox', { name: 'Good practices adopted' }).click();
    // "Practice — City" for every practice of the library.
    const offered = await page.getByRole('option').allTextContents();
    expect(offered.some((o) => o.startsWith('Phoenix Award — Munich'))).toBe(true);
    await page.getByRole('option', { name: PRACTICE }).click();
    await page.keyboard.press('Escape');
    await expectAccessible(page);
    await form.getByRole('button', { name: `Save the practices of ${heading}` }).click();
    await expect.poll(() => form.count()).toBe(0);
    const adopts = objective.getByTestId('action-practices');
    await expect.poll(() => adopts.textContent()).toMatch(/Adopts: Adive’s corporate procurement model.* \(Adive\)/);
    await expectAccessible(page);

    // The transfers view lists the link with the action's progress.
    await page.getByRole('navigation').getByRole('link', { name: 'Practice transfers' }).click();
    const table = page.getByTestId('transfers');
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: heading, exact: true }) });
    await expect.poll(() => row.count()).toBe(1);
    const text = (await row.textContent()) ?? '';
    expect(text).toMatch(PRACTICE.source.replace('^', ''));
    expect(text).toContain('Munich');
    if (action.progress === null) expect(text).toContain('—');
    else {
      expect(await row.getByRole('progressbar', { name: `Progress: Munich: ${heading}` }).count()).toBe(1);
      expect(text).toContain(`${Math.round(action.progress)}%`);
    }
    expect(text).toMatch(/\d+ of \d+ steps? done|No steps yet/);
    await expectAccessible(page);

    // The practice's page shows Munich under "Adopted by", with the action.
    await row.getByRole('link', { name: PRACTICE }).click();
    const adopted = page.getByRole('region', { name: 'Adopted by' });
    const munich = adopted.getByTestId('adopter').filter({ has: page.getByRole('link', { name: 'Munich', exact: true }) });
    await expect.poll(() => munich.count()).toBe(1);
    expect(await munich.getByRole('link', { name: heading, exact: true }).count()).toBe(1);
    await expectAccessible(page);

    // The coordinator's dashboard links to the view.
    const coordinator = await newPage(browser);
    await signIn(coordinator, 'coordinator@mpg.demo');
    await coordinator.waitForURL('**/dashboard');
    const card = coordinator.getByRole('region', { name: 'Practice transfers' });
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    await card.getByRole('link', { name: 'Open the practice transfers' }).click();
    await expect.poll(() => coordinator.getByTestId('transfers').getByRole('link', { name: heading, exact: true }).count()).toBeGreaterThan(0);
  });
});
