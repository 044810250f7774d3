// A partner's learning journey in a real browser (issue 14, part 10): GRDR follows a need of
// its benchmark to the working group it joined for it, its proposed action there, the plan
// action that grew from it and that action's progress, on to the plan page; the coordinator
// finds every partner's journey in one network table. GRDR's level in the need is shown in
// the demo's round and in a later one this file adds through the API.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { baseUrl, expectAccessible, launch, newPage, signIn } from './browser';

const FOLLOW_UP = 'Follow-up 2020 (e2e)';

/** A later round, held before any other test's (benchmarks.e2e's are in 2027), with GRDR's
 * validated benchmark in it: every cell that measures city leadership at level 3, the area
 * still marked as a need (as in the demo's round, so no membership rule changes). */
async function benchmarkGrdrAgain(): Promise<void> {
  const token = await apiLogin('coordinator@mpg.demo');
  type Areas = { thematicAreas: { nodes: { id: string; number: number; benchmarkCells: { keyActor: string; dimension: string }[] }[] } };
  const { thematicAreas } = await gql<Areas>(token, '{ thematicAreas(first: 10) { nodes { id number benchmarkCells { keyActor dimension } } } }');
  const leadership = thematicAreas.nodes.find((a) => a.number === 1);
  if (!leadership || leadership.benchmarkCells.length === 0) throw new Error('city leadership has no benchmark cells');
  const { organisations } = await gql<{ organisations: { nodes: { id: string; shortName: string | null }[] } }>(token, '{ organisations(first: 100) { nodes { id shortName } } }');
  const grdr = organisations.nodes.find((o) => o.shortName === 'GRDR');
  if (!grdr) throw new Error('no GRDR');
  const { createBenchmarkRound } = await gql<{ createBenchmarkRound: { round: { id: string } } }>(
    token,
    'mutation($input: CreateBenchmarkRoundInput!) { createBenchmarkRound(input: $input) { round { id } } }',
    { input: { name: FOLLOW_UP, heldOn: '2020-06-15' } },
  );
  const { createBenchmark } = await gql<{ createBenchmark: { benchmark: { id: string; version: number } } }>(
    token,
    'mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { benchmark { id version } } }',
    { input: { organisationId: grdr.id, roundId: createBenchmarkRound.round.id } },
  );
  const { updateBenchmark } = await gql<{ updateBenchmark: { benchmark: { version: number } } }>(
    token,
    'mutation($input: UpdateBenchmarkInput!) { updateBenchmark(input: $input) { benchmark { version } } }',
    {
      input: {
        id: createBenchmark.benchmark.id,
        expectedVersion: createBenchmark.benchmark.version,
        scores: leadership.benchmarkCells.map((cell) => ({ ...cell, level: 3 })),
        needAreaIds: [leadership.id],
      },
    },
  );
  await gql(token, 'mutation($input: ValidateBenchmarkInput!) { validateBenchmark(input: $input) { benchmark { id } } }', {
    input: { id: createBenchmark.benchmark.id, expectedVersion: updateBenchmark.benchmark.version },
  });
}

describe('a partner’s learning journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    await benchmarkGrdrAgain();
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
    const baseline = page.getByRole('region', { name: /^Benchmark round: 2018 baseline/ });
    const need = baseline.getByRole('region', { name: 'Need: 1. City leadership' });
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
    // … GRDR's level in the area in the demo's round: the mean of the cells that measure it …
    expect(await need.getByTestId('journey-level').textContent()).toMatch(/^Level \d\.\d of 3 \(4 of 4 cells assessed\)\.$/);
    expect(await need.getByTestId('journey-cells').textContent()).toContain('Municipalities × Leadership and inter-departmental work');
    // … and in the next round, with how far it moved.
    expect(await need.getByTestId('journey-next').textContent()).toMatch(
      new RegExp(`^${FOLLOW_UP.replace(/[()]/g, '\\$&')}: still marked as a need\\. Level 3\\.0 of 3 \\(4 of 4 cells assessed\\)\\. Change: \\+\\d\\.\\d\\.$`),
    );
    // A need with no plan action says so instead of showing one.
    expect(await baseline.getByRole('region', { name: /^Need: 2\. Outreach/ }).textContent()).toContain('No plan action in this area yet.');
    // The later round's need reads on from there: the last round has no next one yet.
    const later = page.getByRole('region', { name: `Benchmark round: ${FOLLOW_UP}` });
    expect(await later.getByTestId('journey-level').textContent()).toBe('Level 3.0 of 3 (4 of 4 cells assessed).');
    expect(await later.getByTestId('journey-next').textContent()).toMatch(/^(No later round yet\.|Re-benchmark \(\d+\): .+\.)$/);
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
    // One row per partner, round and need: GRDR's two needs in the demo's round and one in the
    // later round, city leadership leading to its plan actions in both.
    const grdr = table.getByTestId('network-journey-row').filter({ has: page.getByRole('link', { name: 'GRDR', exact: true }) });
    expect(await grdr.count()).toBe(3);
    const leadership = grdr.filter({ hasText: '1. City leadership' }).filter({ hasText: '2018 baseline' });
    expect(await leadership.getByTestId('journey-level').textContent()).toMatch(/^Level \d\.\d of 3/);
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
    await expect.poll(() => page.getByTestId('journey-need').count()).toBe(3);
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
