// Working group administration in a real browser (issue 13): the coordinator renames a group
// (and names it back, the other tests find it by name) and edits a membership in place; a
// member gets neither control.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, launch, newPage, signIn } from './browser';

const TITLE = 'Socially responsible procurement';

describe('working group administration', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets the coordinator rename a group and edit a membership in place', async () => {
    const note = `Follows the procurement pilots (${Date.now()})`;
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Working groups' }).click();
    // The dashboard stays on screen while the page loads, and it links the group too.
    await page.getByRole('heading', { level: 1, name: 'Working groups' }).waitFor();
    await page.getByRole('link', { name: `4. ${TITLE}`, exact: true }).click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe(`4. ${TITLE}`);

    for (const title of [`${TITLE} and supplier diversity`, TITLE]) {
      await page.getByRole('button', { name: 'Rename the group' }).click();
      const form = page.getByRole('form', { name: 'Rename the group' });
      await form.getByRole('textbox', { name: 'Title of the group' }).fill(title);
      await form.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => heading.textContent()).toBe(`4. ${title}`);
    }

    const learning = page.getByRole('region', { name: 'Learning members' });
    const row = learning.getByRole('row', { name: /City of Munich/ });
    await row.getByRole('button', { name: 'Edit' }).click();
    const editor = learning.getByTestId('membership-editor');
    await editor.getByRole('textbox', { name: 'Note on City of Munich' }).fill(note);
    await expectAccessible(page);
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => learning.getByTestId('membership-editor').count()).toBe(0);
    await expect.poll(() => learning.getByRole('row', { name: /City of Munich/ }).textContent()).toContain(note);

    // The organisation picker of "Add member" leaves out the members.
    const add = page.getByRole('form', { name: 'Add member' });
    await add.getByRole('combobox', { name: 'Name' }).click();
    await expect.poll(() => page.getByRole('option', { name: 'GRDR', exact: true }).count()).toBe(1);
    expect(await page.getByRole('option', { name: 'City of Munich', exact: true }).count()).toBe(0);
    await page.keyboard.press('Escape');

    // Munich, a member, sees the note but no control.
    const munich = await newPage(browser);
    await signIn(munich, 'munich@partners.demo');
    await munich.waitForURL('**/dashboard');
    await munich.goto(page.url());
    const munichLearning = munich.getByRole('region', { name: 'Learning members' });
    await expect.poll(() => munichLearning.textContent()).toContain(note);
    expect(await munich.getByRole('button', { name: 'Rename the group' }).count()).toBe(0);
    expect(await munichLearning.getByRole('button', { name: 'Edit' }).count()).toBe(0);
  });
});
