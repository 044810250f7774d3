// A partner's learning journey in a real browser (issue 14, part 10): GRDR follows a need of
// its benchmark to the working group it joined for it, its proposed action there, the plan
// action that grew from it and that action's progress, on to the plan page; the coordinator
// finds every partner's journey in one network table.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, expectAccessible, launch, newPage, signIn } from './browser';

describe('a partner’s learning journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('leads GRDR from a benchmark need to its plan action and that action’s progress', async () => {
    const page = await newPage(browser);
    await signIn(page, 'grdr@partners.demo');
    await page.waitForURL('**/dashboard');
    // From its organisation's page (the link beside the signed-in user's name).
    await page.getByTestId('viewer-name').getByRole('link', { name: 'GRDR', exact: true }).click();
    await page.getByRole('link', { name: 'Learning journey of GRDR' }).click();
    await page.waitForURL('**/organisations/*/journey');
    await expect.poll(() => page.getByRole('heading', { name: 'Learning journey of GRDR', level: 1 }).count()).toBe(1);

    // The need "City leadership" of the demo's (generated) baseline benchmark …
    const need = page.getByRole('region', { name: 'Need: 1. City leadership' });
    await expect.poll(() => need.count()).toBe(1);
    // … the working group GRDR joined for it, and the action it proposed there …
    expect(await need.getByRole('link', { name: 'City leadership', exact: true }).count()).toBe(1);
    expect(await need.textContent()).toContain('learning member, mandatory');
    expect(await need.getByRole('link', { name: 'Awareness raising' }).getAttribute('href')).toMatch(/^\/working-groups\/.+#proposed-action-/);
    // … the plan action that grew from it, with its progress and its steps' statuses …
    const action = need.getByTestId('journey-action').filter({ hasText: 'Objective #1 – Sensibilise' });
    expect(await action.textContent()).toContain('Grew from “Awareness raising”');
    const progress = action.getByRole('progressbar', { name: 'Progress: Objective #1 – Sensibilise' });
    const value = await progress.getAttribute('aria-valuenow');
    expect(Number(value)).toBeGreaterThan(0);
    expect(await action.getByTestId('journey-step-counts').textContent()).toMatch(/^Steps \(.*Done: \d/);
    // … and the next round: the demo has only one, unless benchmarks.e2e (same demo server,
    // any order) has opened a re-benchmark of GRDR, whose level the journey then shows.
    expect(await need.getByTestId('journey-next').textContent()).toMatch(/^(No later round yet\.|Re-benchmark \(\d+\): .+\.)$/);
    // A need with no plan action says so instead of showing one.
    expect(await page.getByRole('region', { name: /^Need: 2\. Outreach/ }).textContent()).toContain('No plan action in this area yet.');
    await expectAccessible(page);

    // The action leads to its progress on the plan page: the progress tab, at that action.
    await action.getByRole('link', { name: 'Objective #1 – Sensibilise' }).click();
    await page.waitForURL(/\/plans\/[^/]+#action-progress-/);
    const section = page.getByRole('region', { name: 'Progress of Objective #1 – Sensibilise' });
    await expect.poll(() => section.count()).toBe(1);
    expect(await page.getByRole('tab', { name: 'Progress' }).getAttribute('aria-selected')).toBe('true');
    expect(await section.getByRole('progressbar', { name: 'Progress: Objective #1 – Sensibilise' }).getAttribute('aria-valuenow')).toBe(value);
    await expect.poll(() => section.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(page.viewportSize()?.height ?? 720);
    // And back from the plan to the journey.
    await page.getByRole('link', { name: 'Learning journey of GRDR' }).click();
    await page.waitForURL('**/organisations/*/journey');
    await page.close();
  });

  it('shows the coordinator every partner’s journey in one network table', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Learning journeys' }).click();
    await page.waitForURL('**/journeys');
    const table = page.getByTestId('network-journeys');
    await expect.poll(() => table.getByTestId('network-journey-row').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    // One row per partner and need: GRDR's two needs, the first leading to its plan actions.
    const grdr = table.getByTestId('network-journey-row').filter({ has: page.getByRole('link', { name: 'GRDR', exact: true }) });
    expect(await grdr.count()).toBe(2);
    const leadership = grdr.filter({ hasText: '1. City leadership' });
    expect(await leadership.getByRole('progressbar', { name: 'Progress: Objective #1 – Sensibilise' }).count()).toBe(1);
    const partners = new Set(await table.locator('tbody th').allTextContents());
    expect(partners.size, 'every benchmarked partner has rows').toBe(6);
    await expectAccessible(page);

    // A row leads to the partner's own page.
    await leadership.getByRole('link', { name: 'GRDR', exact: true }).click();
    await page.waitForURL('**/organisations/*/journey');
    await expect.poll(() => page.getByRole('heading', { name: 'Learning journey of GRDR', level: 1 }).count()).toBe(1);
    await page.close();
  });

  it('fits a partner’s journey into a 390 px phone', async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-GB', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'grdr@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Organisations', exact: true }).click();
    await page.getByRole('link', { name: 'GRDR', exact: true }).first().click();
    await page.getByRole('link', { name: 'Learning journey of GRDR' }).click();
    await expect.poll(() => page.getByTestId('journey-need').count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('offers the network table to the coordinator only', async () => {
    const page = await newPage(browser);
    await signIn(page, 'grdr@partners.demo');
    await page.waitForURL('**/dashboard');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect.poll(() => nav.getByRole('link', { name: 'Action plans' }).count()).toBe(1);
    // Once the navigation's capabilities have arrived.
    await page.waitForLoadState('networkidle');
    expect(await nav.getByRole('link', { name: 'Learning journeys' }).count()).toBe(0);
    await page.close();
  });
});
