// Comments on the "ask the expert" board after they are written: GRDR comments on its own
// proposed action, corrects the text, Munich (a leading city) replies but may neither edit
// GRDR's comment nor resolve the thread; GRDR resolves it, reopens it and deletes it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, launch, newPage, signIn } from './browser';

async function openCityLeadershipBoard(page: Page) {
  await page.getByRole('link', { name: 'Working groups' }).click();
  await page.getByRole('link', { name: '1. City leadership', exact: true }).click();
  await expect.poll(() => page.getByTestId('proposed-action').count()).toBeGreaterThanOrEqual(5);
}

async function signedInOnBoard(browser: Browser, email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.waitForURL('**/dashboard');
  await openCityLeadershipBoard(page);
  return page;
}

const isFocused = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => el === el.ownerDocument.activeElement);

describe('comments', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets GRDR comment, edit, resolve, reopen and delete, and Munich only reply', { timeout: 120_000 }, async () => {
    const stamp = Date.now();
    const text = `Who else should hear about the award? (${stamp})`;
    const edited = `Which other cities should hear about the award? (${stamp})`;
    const replyText = `Hamburg and Vienna, for a start (${stamp}).`;

    // GRDR adds a comment: the form opens in place with the focus in the text box.
    const grdr = await signedInOnBoard(browser, 'grdr@partners.demo');
    const grdrAction = grdr.getByRole('article', { name: 'Awareness raising', exact: true });
    const add = grdrAction.getByRole('button', { name: 'Add comment', exact: true });
    await add.click();
    const composer = grdrAction.getByRole('textbox', { name: 'Your feedback', exact: true });
    await expect.poll(() => isFocused(composer)).toBe(true);
    // Esc cancels and gives the focus back to the button.
    await grdr.keyboard.press('Escape');
    await expect.poll(() => composer.count()).toBe(0);
    await expect.poll(() => isFocused(add)).toBe(true);
    await add.click();
    await composer.fill(text);
    await grdrAction.getByRole('button', { name: 'Send', exact: true }).click();
    const grdrItem = grdrAction.getByTestId('feedback-item').filter({ hasText: `(${stamp})` });
    await expect.poll(() => grdrItem.count()).toBe(1);
    expect(await grdrItem.getByTestId('feedback-comment').first().textContent()).toContain(text);
    expect(await grdrItem.locator('time').count()).toBe(1);
    expect(await grdrItem.getByTestId('feedback-edited').count()).toBe(0);

    // It corrects the text in place.
    await grdrItem.getByRole('button', { name: 'Edit comment by GRDR Partner', exact: true }).click();
    const editor = grdrItem.getByRole('form', { name: 'Edit comment by GRDR Partner', exact: true });
    const editBox = editor.getByRole('textbox', { name: 'Comment text', exact: true });
    expect(await editBox.inputValue()).toBe(text);
    await expect.poll(() => isFocused(editBox)).toBe(true);
    await expectAccessible(grdr);
    await editBox.fill(edited);
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => editor.count()).toBe(0);
    await expect.poll(() => grdrItem.getByTestId('feedback-edited').textContent()).toBe('(edited)');
    expect(await grdrItem.textContent()).toContain(edited);
    expect(await grdrItem.textContent()).not.toContain(text);

    // Munich replies; it may edit its reply, not GRDR's comment, and may not resolve.
    const munich = await signedInOnBoard(browser, 'munich@partners.demo');
    const munichAction = munich.getByRole('article', { name: 'Awareness raising', exact: true });
    const munichItem = munichAction.getByTestId('feedback-item').filter({ hasText: `(${stamp})` });
    await expect.poll(() => munichItem.count()).toBe(1);
    expect(await munichItem.textContent()).toContain(edited);
    expect(await munichItem.getByTestId('feedback-edited').count()).toBe(1);
    await munichItem.getByRole('button', { name: 'Reply', exact: true }).click();
    const replyForm = munichItem.getByRole('form', { name: 'Reply to GRDR Partner', exact: true });
    await replyForm.getByRole('textbox', { name: 'Your feedback', exact: true }).fill(replyText);
    await replyForm.getByRole('button', { name: 'Send', exact: true }).click();
    // The reply as a comment, not the form's own text (a textarea's content is in textContent).
    await expect.poll(() => replyForm.count()).toBe(0);
    await expect.poll(() => munichItem.getByTestId('feedback-comment').filter({ hasText: replyText }).count()).toBe(1);
    expect(await munichItem.getByRole('button', { name: 'Edit comment by GRDR Partner', exact: true }).count()).toBe(0);
    expect(await munichItem.getByRole('button', { name: 'Delete comment by GRDR Partner', exact: true }).count()).toBe(0);
    expect(await munichItem.getByRole('button', { name: /^Resolve/ }).count()).toBe(0);
    expect(await munichItem.getByRole('button', { name: 'Edit comment by Munich Partner', exact: true }).count()).toBe(1);

    // GRDR sees the reply and resolves the thread: it collapses to one line.
    await expect.poll(() => grdrItem.textContent(), { timeout: 15_000 }).toContain(replyText);
    await grdrItem.getByRole('button', { name: 'Resolve thread by GRDR Partner', exact: true }).click();
    await expect.poll(() => grdrItem.getByTestId('feedback-resolved').textContent()).toMatch(/^Resolved by GRDR Partner on /);
    expect(await grdrItem.getByTestId('feedback-comment').count()).toBe(0);
    expect(await grdrItem.textContent()).not.toContain(replyText);
    const show = grdrItem.getByRole('button', { name: 'Show thread by GRDR Partner', exact: true });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await show.click();
    await expect.poll(() => grdrItem.textContent()).toContain(replyText);
    expect(await grdrItem.getByRole('button', { name: 'Hide thread by GRDR Partner', exact: true }).getAttribute('aria-expanded')).toBe('true');

    // … and reopens it.
    await grdrItem.getByRole('button', { name: 'Reopen thread by GRDR Partner', exact: true }).click();
    await expect.poll(() => grdrItem.getByTestId('feedback-resolved').count()).toBe(0);
    expect(await grdrItem.textContent()).toContain(replyText);
    expect(await grdrItem.getByRole('button', { name: 'Resolve thread by GRDR Partner', exact: true }).count()).toBe(1);

    // GRDR deletes its comment, after a confirmation, with the reply.
    let question = '';
    grdr.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await grdrItem.getByRole('button', { name: 'Delete comment by GRDR Partner', exact: true }).click();
    await expect.poll(() => grdrItem.count()).toBe(0);
    expect(question).toBe('Delete the comment by GRDR Partner and its reply?');
    await grdr.reload();
    await expect.poll(() => grdr.getByTestId('proposed-action').count()).toBeGreaterThanOrEqual(5);
    await expect.poll(() => grdrAction.getByTestId('feedback-thread').count()).toBe(1);
    expect(await grdrAction.textContent()).not.toContain(`(${stamp})`);
  });
});
