// The programme's timeline on the start page in a real browser: a partner (GRDR) reads the
// report's three phases with their stages and dates and cannot edit them; the coordinator
// moves the end of phase 2 to January 2019 and sees it, after a reload too.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, launch, newPage, signIn } from './browser';

describe('programme timeline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows a partner the phases and their dates, without Edit', async () => {
    const page = await newPage(browser);
    await signIn(page, 'grdr@partners.demo');
    await page.waitForURL('**/dashboard');
    const timeline = page.getByRole('region', { name: 'Programme' });
    await timeline.getByRole('list', { name: 'Phases of the programme' }).waitFor();
    await expect.poll(() => timeline.getByTestId('programme-phase').count()).toBe(3);
    const phases = timeline.getByTestId('programme-phase');
    expect(await phases.nth(0).getByRole('heading', { level: 3 }).textContent()).toMatch(/^1 Benchmarking/);
    expect(await phases.nth(0).getByTestId('programme-dates').first().textContent()).toBe('Dates not given');
    expect(await phases.nth(1).getByTestId('programme-dates').first().textContent()).toContain('end-September 2018 (Sep 2018)');
    expect(await phases.nth(2).textContent()).toContain('Implementation and continuous exchange');
    expect(await phases.nth(2).textContent()).toContain('April 2019 (Apr 2019) to March 2020 (Mar 2020)');
    expect(await timeline.getByRole('button').count()).toBe(0);
    await expectAccessible(page);
    await page.close();
  });

  it('lets the coordinator move the end of phase 2', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    const timeline = page.getByRole('region', { name: 'Programme' });
    const edit = timeline.getByRole('button', { name: /^Edit 2 Mutual learning/ });
    await edit.click();
    const form = timeline.getByRole('form', { name: /^Edit 2 Mutual learning/ });
    await expectAccessible(page);

    // Esc cancels and gives the focus back to Edit.
    await page.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => edit.evaluate((element) => element === document.activeElement)).toBe(true);

    await edit.click();
    await form.getByRole('textbox', { name: 'End', exact: true }).fill('2019-01');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.count()).toBe(0);
    const learning = timeline.getByTestId('programme-phase').nth(1);
    await expect.poll(() => learning.getByTestId('programme-dates').first().textContent()).toContain('(Jan 2019)');

    await page.reload();
    await expect.poll(() => page.getByRole('region', { name: 'Programme' }).getByTestId('programme-phase').nth(1).getByTestId('programme-dates').first().textContent()).toContain('(Jan 2019)');
    await page.close();
  });
});
