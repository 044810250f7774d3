// Late steps across the network in a real browser (issue 14, dashboard gaps): the coordinator
// narrows the list on its dashboard to one organisation and to one working group, and every
// row left belongs to it (the API filters: `report.lateSteps(organisationId, workingGroupId)`).
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, launch, newPage, signIn } from './browser';

/** The texts of one column (1-based) of the late-steps table. */
async function column(table: Locator, index: number): Promise<string[]> {
  return table.locator(`tbody tr td:nth-child(${index})`).allTextContents();
}

describe('late steps on the coordinator’s dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('filters them by organisation and by working group', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    const panel = page.getByTestId('network-late-steps');
    const table = panel.getByTestId('network-late-steps-table');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const organisations = await column(table, 1);
    const groups = await column(table, 2);
    const organisation = organisations[0] ?? '';
    const group = groups[0] ?? '';
    expect(new Set(organisations).size, 'the demo has late steps of several organisations').toBeGreaterThan(1);
    // Overdue and drift apart, in words (not "2,982 days late").
    expect((await table.getByRole('columnheader').allTextContents()).slice(-2)).toEqual(['Overdue', 'Drift']);
    const overdue = await table.getByTestId('overdue-cell').allTextContents();
    const drift = await table.getByTestId('drift-cell').allTextContents();
    expect(overdue.length).toBe(organisations.length);
    for (const text of overdue) expect(text).toMatch(/^(—|Due (yesterday|\d+ (days|weeks|months|years) ago), not done)$/);
    for (const text of drift) expect(text).toMatch(/^(—|Moved \d+ (day|days|weeks|months|years) later than the baseline)$/);
    expect(overdue.some((text) => text !== '—'), 'some late step is overdue').toBe(true);
    expect(drift.some((text) => text !== '—'), 'some late step drifted').toBe(true);

    await panel.getByLabel('Organisation', { exact: true }).first().click();
    await page.getByRole('option', { name: organisation, exact: true }).click();
    await expect.poll(async () => new Set(await column(table, 1))).toEqual(new Set([organisation]));
    const ofOrganisation = (await column(table, 1)).length;
    expect(ofOrganisation).toBe(organisations.filter((o) => o === organisation).length);

    await panel.getByLabel('Working group', { exact: true }).first().click();
    await page.getByRole('option', { name: group, exact: true }).click();
    await expect.poll(async () => new Set(await column(table, 2))).toEqual(new Set([group]));
    expect(new Set(await column(table, 1))).toEqual(new Set([organisation]));
    await expectAccessible(page);
    await page.close();
  });
});
