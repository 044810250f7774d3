// Benchmarks in a real browser (issue 13): the coordinator creates a round and a draft
// benchmark, edits a cell,
// sees it saved after a reload and validates the benchmark; a partner who may not update the
// benchmark sees no edit control.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

async function openBenchmarks(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Benchmarks' }).click();
  // The route is lazy: wait for its heading before looking for cards.
  await page.getByRole('heading', { name: 'Benchmarks', level: 1 }).waitFor();
}

describe('benchmarks', () => {
  let browser: Browser;
  let organisation: { id: string; name: string };
  const round = `Re-benchmark (${Date.now()})`;

  beforeAll(async () => {
    browser = await launch();
    // GRDR's organisation, from its own (validated, demo) benchmark.
    const grdr = await apiLogin('grdr@partners.demo');
    const own = await gql<{ benchmarks: { nodes: { organisation: { id: string; name: string } }[] } }>(grdr, '{ benchmarks(first: 1) { nodes { organisation { id name } } } }');
    const mine = own.benchmarks.nodes[0];
    if (!mine) throw new Error('GRDR has no benchmark');
    organisation = mine.organisation;
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets the coordinator edit a cell, see it after a reload, and validate the benchmark', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await openBenchmarks(page);
    // A new round, and a draft benchmark of GRDR in it.
    await page.getByRole('button', { name: 'New round' }).click();
    const roundForm = page.getByRole('form', { name: 'New round' });
    await roundForm.getByRole('textbox', { name: 'Round name' }).fill(round);
    await roundForm.getByLabel('Held on').fill('2027-01-15');
    await roundForm.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => roundForm.count()).toBe(0);
    await page.getByRole('button', { name: 'New benchmark' }).click();
    const benchmarkForm = page.getByRole('form', { name: 'New benchmark' });
    await benchmarkForm.getByRole('combobox', { name: 'Organisation' }).click();
    await page.getByRole('option', { name: organisation.name, exact: true }).click();
    await benchmarkForm.getByRole('combobox', { name: 'Round' }).click();
    await page.getByRole('option', { name: `${round} (2027-01-15)`, exact: true }).click();
    await expect.poll(() => benchmarkForm.getByRole('combobox', { name: 'Organisation' }).inputValue()).toBe(organisation.name);
    await expect.poll(() => benchmarkForm.getByRole('combobox', { name: 'Round' }).inputValue()).toBe(`${round} (2027-01-15)`);
    await benchmarkForm.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => benchmarkForm.count()).toBe(0);

    const card = page.getByRole('region', { name: organisation.name }).filter({ hasText: round });
    await expect.poll(() => card.count()).toBe(1);
    await expect.poll(() => card.getByText('Draft', { exact: true }).count()).toBe(1);

    await card.getByRole('button', { name: 'Edit Municipalities – Support services: not assessed' }).click();
    const form = page.getByRole('form', { name: `Edit Municipalities – Support services of ${organisation.name}` });
    await form.getByRole('radio', { name: 'Level 2' }).check();
    await form.getByRole('textbox', { name: 'Achievements (what works already)' }).fill('A one-stop desk for migrant entrepreneurs');
    await form.getByRole('textbox', { name: 'Gaps (what is missing)' }).fill('No budget after 2019');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => card.getByRole('button', { name: 'Edit Municipalities – Support services: Level 2' }).count()).toBe(1);

    await page.reload();
    await page.getByRole('heading', { name: 'Benchmarks', level: 1 }).waitFor();
    const cell = card.getByRole('button', { name: 'Edit Municipalities – Support services: Level 2' });
    await cell.click();
    await expect.poll(() => form.getByRole('textbox', { name: 'Achievements (what works already)' }).inputValue()).toBe('A one-stop desk for migrant entrepreneurs');
    expect(await form.getByRole('radio', { name: 'Level 2' }).isChecked()).toBe(true);
    // Esc cancels and gives the focus back to the cell.
    await page.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Edit Municipalities – Support services: Level 2');

    await card.getByRole('button', { name: 'Validate' }).click();
    await expect.poll(() => card.getByText('Validated', { exact: true }).count()).toBe(1);
    await expect.poll(() => card.getByRole('button', { name: 'Validate' }).count()).toBe(0);

    // The two rounds side by side: the generated demo round and the new one.
    const compare = page.getByRole('region', { name: 'Compare two rounds' });
    const pick = async (label: string, option: string | RegExp) => {
      await compare.getByRole('combobox', { name: label }).click();
      await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
    };
    await pick('Organisation', organisation.name);
    await pick('First round', /^2018 baseline/);
    await pick('Second round', new RegExp(`^${round.replace(/[()]/g, '\\$&')}`));
    // The generated baseline assesses every cell (its levels are labelled as generated); the
    // new round's draft assessed one.
    await expect.poll(() => compare.getByTestId('compare-MUNICIPALITY-SUPPORT_SERVICES').textContent()).toMatch(/^Level [0-3] → Level 2/);
    await expect.poll(() => compare.getByTestId('compare-MUNICIPALITY-INCLUSIVE_PROCUREMENT').textContent()).toMatch(/^Level [0-3] → not assessed/);
    await expectAccessible(page);
    await page.close();
  });

  it('shows no edit control to a partner who may not update the benchmark', async () => {
    const page = await newPage(browser);
    await signIn(page, 'grdr@partners.demo');
    await page.waitForURL('**/dashboard');
    await openBenchmarks(page);
    // GRDR's benchmarks are validated: only the coordinator may change them now.
    const cards = page.getByRole('region', { name: organisation.name });
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    await expect.poll(() => cards.getByText('Level 2', { exact: true }).count()).toBeGreaterThan(0);
    expect(await cards.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    expect(await cards.getByRole('button', { name: 'Validate' }).count()).toBe(0);
    await page.close();
  });
});
