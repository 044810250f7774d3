// Reference data in a real browser: the coordinator creates and renames a territory and
// creates and retitles a thematic area (a taken number is refused next to its field); a
// partner sees neither control.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

/** The texts that describe a field (its help and its error), as screen readers announce them. */
async function descriptionOf(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  return field.page().evaluate((list) => list.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), ids);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('reference data', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets the coordinator create and rename a territory', async () => {
    const name = `Aaa Territory ${Date.now()}`;
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Territories' }).click();

    // Esc closes the form and the focus goes back to the button that opened it.
    await page.getByRole('button', { name: 'New territory' }).click();
    await page.getByRole('form', { name: 'New territory' }).getByRole('textbox', { name: 'Name' }).press('Escape');
    await expect.poll(() => page.getByRole('form').count()).toBe(0);
    await expect.poll(() => focusedText(page)).toBe('New territory');

    await page.getByRole('button', { name: 'New territory' }).click();
    const form = page.getByRole('form', { name: 'New territory' });
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByRole('textbox', { name: 'Country' }).fill('at');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Save' }).click();
    const row = (text: string) => page.getByRole('table').getByRole('row', { name: new RegExp(text) });
    await expect.poll(() => row(name).textContent()).toContain('AT');

    await page.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('form', { name: `Edit ${name}` });
    await edit.getByRole('textbox', { name: 'Name' }).fill(`${name} renamed`);
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row(`${name} renamed`).count()).toBe(1);

    await page.reload();
    await expect.poll(() => row(`${name} renamed`).textContent()).toContain('AT');
  });

  it('lets the coordinator create a thematic area with a free number and retitle it', async () => {
    const token = await apiLogin('coordinator@mpg.demo');
    const { thematicAreas } = await gql<{ thematicAreas: { nodes: { number: number }[] } }>(token, '{ thematicAreas(first: 100) { nodes { number } } }');
    const taken = thematicAreas.nodes.map((a) => a.number);
    const free = Array.from({ length: 99 }, (_, i) => i + 1).find((n) => !taken.includes(n));
    expect(free).toBeDefined();
    const title = `Mentoring ${Date.now()}`;

    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Thematic areas' }).click();
    await page.getByRole('button', { name: 'New thematic area' }).click();
    const form = page.getByRole('form', { name: 'New thematic area' });
    const number = form.getByRole('textbox', { name: 'Number' });
    await number.fill(String(taken[0]));
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByRole('textbox', { name: 'Description' }).fill('Pairs of experienced and new entrepreneurs.');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => descriptionOf(number)).toContain('This already exists.');
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await number.fill(String(free));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('button', { name: `Edit ${free}. ${title}`, exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: `Edit ${free}. ${title}`, exact: true }).click();
    const edit = page.getByRole('form', { name: `Edit ${free}. ${title}` });
    await edit.getByRole('textbox', { name: 'Title' }).fill(`${title} and coaching`);
    // The benchmark cells that measure the area: ticked here, listed in the table.
    await edit.getByRole('checkbox', { name: 'Immigrant organisations: Support services' }).check();
    await edit.getByRole('checkbox', { name: 'Business organisations: Support services' }).check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('button', { name: `Edit ${free}. ${title} and coaching`, exact: true }).count()).toBe(1);
    const row = page.getByRole('row').filter({ hasText: `${title} and coaching` });
    expect(await row.getByRole('listitem').allTextContents()).toEqual(['Business organisations: Support services', 'Immigrant organisations: Support services']);
    await expect.poll(() => focusedText(page)).toBe('Edit');
  });

  it('shows a partner the reference data without New or Edit controls', async () => {
    const page = await newPage(browser);
    await signIn(page, 'munich@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Territories' }).click();
    await expect.poll(() => page.getByRole('table').getByRole('row', { name: /Munich/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'New territory' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit / }).count()).toBe(0);

    await page.getByRole('navigation').getByRole('link', { name: 'Thematic areas' }).click();
    await expect.poll(() => page.getByRole('table').getByRole('row', { name: /City leadership/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'New thematic area' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    await expectAccessible(page);
  });
});
