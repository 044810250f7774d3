// The SPA shows only what the viewer can use (issue 11): stage buttons, feedback forms and
// their kinds come from the API's viewer capabilities, so no control ends in "not allowed".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, launch, newPage, signIn } from './browser';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.waitForURL('**/dashboard');
  return page;
}

/** Opens an organisation's plan from the plans list and waits until it is shown. */
async function openPlan(page: Page, organisation: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Action plans' }).click();
  // The plans route is lazy: until its chunk has loaded the previous page (the dashboard, whose
  // tables also name organisations) stays on screen, so wait for a link into a plan.
  await page
    .getByRole('table')
    .getByRole('link', { name: organisation, exact: true })
    .and(page.locator('[href^="/plans/"]'))
    .click();
  await expect.poll(() => page.getByTestId('plan-stage').count()).toBe(1);
}

/** Opens a working group's page and waits for its "ask the expert" board. */
async function openBoard(page: Page, group: string, proposedActions: number) {
  await page.getByRole('navigation').getByRole('link', { name: 'Working groups' }).click();
  await page.getByRole('link', { name: group }).click();
  await expect.poll(() => page.getByTestId('proposed-action').count()).toBe(proposedActions);
}

describe('viewer capabilities', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows Munich no stage, edit or report control on GRDR’s plan, and a question form as its feedback', async () => {
    const page = await signedIn(browser, 'munich@partners.demo');
    await openPlan(page, 'GRDR');
    expect(await page.getByTestId('plan-stage').textContent()).toBe('Implementing');
    await expect.poll(() => page.getByTestId('progress-step').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('stage-controls').count()).toBe(0);
    for (const name of ['Complete', 'Back to draft', 'Adopt', 'Submit', 'Start implementing']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    expect(await page.getByRole('button', { name: /^Report progress/ }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await expect.poll(() => page.getByTestId('plan-step').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Edit step/ }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Add an objective' }).count()).toBe(0);

    // Munich leads the group of GRDR's City leadership actions: it may comment, as a city.
    await page.getByRole('tab', { name: 'Feedback' }).click();
    await page.getByTestId('plan-feedback').getByRole('button', { name: 'Add comment' }).click();
    const form = page.getByTestId('plan-feedback').getByRole('form', { name: 'Feedback on the plan' });
    await expect.poll(() => form.getByRole('combobox', { name: 'Kind' }).inputValue()).toBe('Question');
    await expectAccessible(page);
  });

  it('gives the expert no feedback form where it is not invited, and expert feedback where it is', async () => {
    const page = await signedIn(browser, 'expert@experts.demo');
    await openBoard(page, '4. Socially responsible procurement', 3);
    expect(await page.getByRole('textbox', { name: 'Your feedback' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Send' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add comment' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reply' }).count()).toBe(0);
    await expectAccessible(page);

    await openBoard(page, '3. Furthering a proactive role of Chambers of Commerce', 1);
    const action = page.getByRole('article', { name: 'Engaging the Chambers' });
    await action.getByRole('button', { name: 'Add comment' }).click();
    const kind = action.getByRole('combobox', { name: 'Kind' });
    await expect.poll(() => kind.inputValue()).toBe('Expert feedback');
    await kind.click();
    await expect.poll(() => page.getByRole('listbox').getByRole('option').allTextContents()).toEqual(['Expert feedback', 'Question', 'Recommendation']);
    await page.keyboard.press('Escape');
    const text = `Pair every chamber with a mentor (${Date.now()}).`;
    await action.getByRole('textbox', { name: 'Your feedback' }).fill(text);
    await action.getByRole('button', { name: 'Send' }).click();
    const thread = action.getByTestId('feedback-thread');
    // The comment itself, not the composer's own text (a textarea's content is in textContent).
    await expect.poll(() => thread.getByTestId('feedback-comment').filter({ hasText: text }).count()).toBe(1);
    expect(await action.getByTestId('feedback-error').count()).toBe(0);
    expect(await thread.locator('.mantine-Card-root', { hasText: text }).first().textContent()).toContain('Expert feedback');
    await expectAccessible(page);
  });

  it('does not offer GRDR expert feedback on its own plan', async () => {
    const page = await signedIn(browser, 'grdr@partners.demo');
    await openPlan(page, 'GRDR');
    // Its own plan being implemented: it may complete it, not send it back to draft.
    await expect.poll(() => page.getByRole('button', { name: 'Complete', exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Back to draft' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Feedback' }).click();
    await page.getByTestId('plan-feedback').getByRole('button', { name: 'Add comment' }).click();
    const form = page.getByTestId('plan-feedback').getByRole('form', { name: 'Feedback on the plan' });
    await expect.poll(() => form.getByTestId('feedback-kind').textContent()).toBe('Kind: Question');
    expect(await form.getByRole('combobox', { name: 'Kind' }).count()).toBe(0);
    // No form on the page offers expert feedback (the actions' threads included): open them all.
    const addComment = page.getByRole('button', { name: 'Add comment' });
    while ((await addComment.count()) > 0) await addComment.first().click();
    expect(await page.getByRole('combobox', { name: 'Kind' }).count()).toBe(0);
    const kinds = await page.getByTestId('feedback-kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(1);
    expect(new Set(kinds)).toEqual(new Set(['Kind: Question']));
    await expectAccessible(page);
  });

  it('shows the coordinator the stage buttons, the editor and the administration', async () => {
    const page = await signedIn(browser, 'coordinator@mpg.demo');
    await openPlan(page, 'GRDR');
    const controls = page.getByTestId('stage-controls');
    await expect.poll(() => controls.getByRole('button').allTextContents()).toEqual(['Complete', 'Back to draft']);
    await expect.poll(() => page.getByRole('button', { name: /^Report progress/ }).count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await expect.poll(() => page.getByTestId('plan-step').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('button', { name: /^Edit step/ }).count()).toBe(await page.getByTestId('plan-step').count());
    const admin = page.getByRole('navigation');
    expect(await admin.getByRole('link', { name: 'Users' }).count()).toBe(1);
    expect(await admin.getByRole('link', { name: 'Audit log' }).count()).toBe(1);
    await expectAccessible(page);
  });

  it('offers the administration entries only to whoever may use them', async () => {
    const page = await signedIn(browser, 'munich@partners.demo');
    const nav = page.getByRole('navigation');
    await expect.poll(() => nav.getByRole('link', { name: 'API tokens' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Organisations' }).click();
    await expect.poll(() => page.getByRole('table').getByRole('link', { name: 'GRDR', exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Create organisation' }).count()).toBe(0);
  });
});
