// The good-practice library in a real browser (issue 13): the City of Munich, a leading
// member of the City leadership group, adds a practice in that area and corrects it; a
// learning member gets no such control.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, launch, newPage, signIn } from './browser';

describe('good practices', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a leading member add a good practice and correct it', async () => {
    const title = `One-stop shop for migrant founders (${Date.now()})`;
    const page = await newPage(browser);
    await signIn(page, 'munich@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Good practices' }).click();
    await page.getByRole('button', { name: 'Add a good practice' }).click();
    const form = page.getByRole('form', { name: 'Add a good practice to the library' });
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByRole('combobox', { name: 'Thematic area' }).click();
    // Only the areas Munich leads a group in are offered.
    const offered = await page.getByRole('option').allTextContents();
    expect(offered.some((o) => o.startsWith('1. '))).toBe(true);
    expect(offered.some((o) => o.startsWith('4. '))).toBe(false);
    await page.getByRole('option', { name: /^1\. / }).click();
    await form.getByRole('textbox', { name: 'What the practice is' }).fill('A single office where founders get advice in their language.');
    await form.getByRole('textbox', { name: 'Source' }).fill('Munich peer learning event, 2018');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Add a good practice' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'Add a good practice to the library' }).count()).toBe(0);

    await page.getByRole('searchbox', { name: 'Search' }).fill(title);
    const card = page.getByRole('article', { name: title });
    // The search has narrowed the list to the new practice (the list reloads once it applies).
    await expect.poll(() => page.getByTestId('good-practice').count()).toBe(1);
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('A single office where founders get advice in their language.');
    await card.getByRole('button', { name: 'Edit' }).click();
    const edit = card.getByRole('form', { name: `Edit ${title}` });
    await edit.getByRole('textbox', { name: 'What the practice is' }).fill('A single office where founders get advice in six languages.');
    await edit.getByRole('button', { name: 'Save the practice' }).click();
    await expect.poll(() => card.textContent()).toContain('advice in six languages.');

    // GRDR leads no group: no control to add or edit.
    const grdr = await newPage(browser);
    await signIn(grdr, 'grdr@partners.demo');
    await grdr.waitForURL('**/dashboard');
    await grdr.getByRole('navigation').getByRole('link', { name: 'Good practices' }).click();
    await expect.poll(() => grdr.getByTestId('good-practice').count()).toBeGreaterThan(0);
    expect(await grdr.getByRole('button', { name: 'Add a good practice' }).count()).toBe(0);
    expect(await grdr.getByRole('button', { name: 'Edit' }).count()).toBe(0);
  });
});
