// Action plans in a real browser: the six printed plans in the editor, timeline and print
// view; editing, submitting and the plan rules; and two people editing the same step.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

const STEPS_PER_PLAN: [string, number][] = [
  ['Formaper', 16],
  ['Asociación Vasca de Agencias de Desarrollo GARAPEN', 14],
  ['Adive', 13],
  ['GRDR', 13],
  ['Unternehmer ohne Grenzen e.V.', 9],
  ['City of Munich', 3],
];

async function openPlan(page: Page, organisation: string) {
  await page.getByRole('link', { name: 'Action plans' }).click();
  // The plans route is lazy: until its chunk has loaded the previous page (the dashboard, whose
  // tables also name organisations) stays on screen, so wait for a link into a plan.
  await page
    .getByRole('table')
    .getByRole('link', { name: organisation, exact: true })
    .and(page.locator('[href^="/plans/"]'))
    .click();
  await expect.poll(() => page.getByTestId('plan-stage').count()).toBe(1);
}

/** Puts Adive's plan back to DRAFT and makes Adive a learning member of the procurement
 * group, so its mutual-learning actions satisfy the plan rules (set-up as a script would). */
async function prepareAdive() {
  const coordinator = await apiLogin('coordinator@mpg.demo');
  const data = await gql<{
    actionPlans: { nodes: { id: string; stage: string; version: number; organisation: { shortName: string | null } }[] };
    workingGroups: { nodes: { memberships: { id: string; role: string; organisation: { shortName: string | null } }[]; thematicArea: { number: number } }[] };
  }>(
    coordinator,
    `{ actionPlans(first: 100) { nodes { id stage version organisation { shortName } } }
       workingGroups { nodes { thematicArea { number } memberships { id role organisation { shortName } } } } }`,
  );
  const plan = data.actionPlans.nodes.find((p) => p.organisation.shortName === 'Adive');
  if (!plan) throw new Error('no Adive plan');
  if (plan.stage !== 'DRAFT') {
    await gql(coordinator, 'mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) { userErrors { code } } }', {
      input: { id: plan.id, to: 'DRAFT', expectedVersion: plan.version, comment: 'Reopened for the browser test' },
    });
  }
  const procurement = data.workingGroups.nodes.find((g) => g.thematicArea.number === 4);
  const membership = procurement?.memberships.find((m) => m.organisation.shortName === 'Adive');
  if (membership?.role === 'LEADING') {
    await gql(coordinator, 'mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { userErrors { code } } }', {
      input: { id: membership.id, role: 'LEARNING', participation: 'MANDATORY' },
    });
  }
}

describe('action plans', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows all six plans as printed in the editor, the timeline and the print view', async () => {
    const page = await newPage(browser);
    // The coordinator reads every plan in any stage: other files on the same demo server
    // reopen Adive's plan, which a partner then no longer sees.
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    for (const [organisation, steps] of STEPS_PER_PLAN) {
      await openPlan(page, organisation);
      await expect.poll(() => page.getByTestId('plan-step').count(), { message: organisation }).toBe(steps);
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await expect.poll(() => page.getByTestId('timeline-table').getByRole('row').count()).toBe(steps + 1);
      expect(await page.getByTestId('timeline-chart').count()).toBe(1);
      await page.getByRole('link', { name: 'Print view' }).click();
      await expect.poll(() => page.getByTestId('plan-step').count()).toBe(steps);
    }
    // A sample cell, with the printed date wording.
    await openPlan(page, 'Adive');
    const first = page.getByTestId('plan-step').first();
    expect(await first.textContent()).toContain('Building database of large corporations');
    expect(await first.textContent()).toContain('January 2019');
    await expectAccessible(page);
  });

  it('lets Adive edit a step, submit, and see the rules once an action is gone', async () => {
    await prepareAdive();
    const page = await newPage(browser);
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, 'adive@partners.demo');
    await page.waitForURL('**/dashboard');
    await openPlan(page, 'Adive');
    expect(await page.getByTestId('plan-stage').textContent()).toBe('Draft');

    await page.getByRole('button', { name: /^Edit step 1 of Objective #1/ }).first().click();
    const editor = page.getByRole('form', { name: /^Edit step 1 of Objective #1/ });
    await editor.getByRole('textbox', { name: 'End', exact: true }).fill('2019-13');
    await expect.poll(() => editor.getByText('Use YYYY, YYYY-MM or YYYY-MM-DD.').count()).toBe(1);
    await editor.getByRole('textbox', { name: 'End', exact: true }).fill('2019-05');
    await editor.getByRole('textbox', { name: 'Step (how)' }).fill('Building a database of large corporations');
    await expectAccessible(page);
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('plan-step').first().textContent()).toContain('Building a database of large corporations');
    expect(await page.getByTestId('plan-step').first().textContent()).toContain('2019-05');

    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => page.getByTestId('plan-stage').textContent()).toBe('Submitted');

    // Back to draft, down to one action: the rules warn and block the next submission.
    await page.getByRole('button', { name: 'Back to draft' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => page.getByTestId('plan-stage').textContent()).toBe('Draft');
    for (const objective of ['Objective #4', 'Objective #3', 'Objective #2']) {
      await page.getByRole('button', { name: new RegExp(`^Remove ${objective}`) }).click();
      await expect.poll(() => page.getByRole('region', { name: new RegExp(`^${objective}`) }).count()).toBe(0);
    }
    // Focus moved from the removed objective's button to adding an objective.
    const reference = page.getByRole('form', { name: 'Add an objective' }).getByRole('textbox', { name: 'Reference' });
    await expect.poll(() => reference.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => page.getByTestId('plan-warnings').textContent()).toContain('at least 2 objectives');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => page.getByTestId('transition-errors').textContent()).toContain('at least 2 objectives');
    expect(await page.getByTestId('plan-stage').textContent()).toBe('Draft');
  });

  it('tells the second of two people editing the same step that it changed', async () => {
    await prepareAdive();
    const first = await newPage(browser);
    const second = await newPage(browser);
    for (const page of [first, second]) {
      await signIn(page, 'adive@partners.demo');
      await page.waitForURL('**/dashboard');
      await openPlan(page, 'Adive');
      await page.getByRole('button', { name: /^Edit step 1 of Objective #1/ }).first().click();
    }
    const firstEditor = first.getByRole('form', { name: /^Edit step 1 of Objective #1/ });
    await firstEditor.getByRole('textbox', { name: 'Step (how)' }).fill('Saved first');
    await firstEditor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => first.getByTestId('plan-step').first().textContent()).toContain('Saved first');

    const secondEditor = second.getByRole('form', { name: /^Edit step 1 of Objective #1/ });
    await secondEditor.getByRole('textbox', { name: 'Step (how)' }).fill('Saved second');
    await secondEditor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => second.getByTestId('conflict').textContent()).toContain('Someone else saved this step');
    await second.getByTestId('conflict').getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => second.getByTestId('plan-step').first().textContent()).toContain('Saved first');
  });

  it('reorders, nests and adds with the keyboard-reachable controls', async () => {
    await prepareAdive();
    const page = await newPage(browser);
    await signIn(page, 'adive@partners.demo');
    await page.waitForURL('**/dashboard');
    await openPlan(page, 'Adive');
    const objective = page.getByRole('region', { name: /^Objective #1/ });
    const title = async (row: number) => ((await objective.getByTestId('plan-step').nth(row).textContent()) ?? '').replace(/^[\d.]+\s*/, '');
    await objective.getByRole('button', { name: /^Make step 2 of .* a sub-step$/ }).click();
    await expect.poll(() => objective.getByTestId('plan-step').nth(1).textContent()).toMatch(/^1\.1/);
    await objective.getByRole('button', { name: /^Make step 1\.1 of .* a main step$/ }).click();
    await expect.poll(() => objective.getByRole('button', { name: /^Make step 1\.1 of .* a main step$/ }).count()).toBe(0);

    // Keyboard: focus "move up" on the second step and press Enter; the two steps swap.
    const second = await title(1);
    await objective.getByRole('button', { name: /^Move step 2 of .* up$/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => title(0)).toBe(second);
    // The move is announced, and focus stays on the moved step's button.
    await expect.poll(() => page.getByTestId('plan-announcement').textContent()).toMatch(/^Step 2 of Objective #1.* moved up\.$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Move step 1 of Objective #1.* down$/);

    const form = page.getByRole('form', { name: 'Add an objective' });
    await form.getByRole('textbox', { name: 'Reference' }).fill('Objective #5');
    await form.getByRole('textbox', { name: 'Objective (what)' }).fill('Mentoring for new suppliers');
    await form.getByRole('button', { name: 'Add an objective' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Objective #5 – Mentoring for new suppliers' }).count()).toBe(1);
    await expectAccessible(page);
  });

  it('downloads a plan as CSV and JSON and replaces a draft from the CSV', async () => {
    await prepareAdive();
    const page = await newPage(browser);
    await signIn(page, 'adive@partners.demo');
    await page.waitForURL('**/dashboard');
    await openPlan(page, 'Adive');
    const rows = await page.getByTestId('plan-step').count();

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const path = await csvDownload.path();
    const csv = await import('node:fs').then((fs) => fs.readFileSync(path, 'utf8'));
    expect(csv.startsWith('action_position,action_ref,action_title')).toBe(true);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    expect(jsonDownload.suggestedFilename()).toBe('action-plan-adive.json');

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Replace from CSV…' }).click()]);
    await chooser.setFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByText('Plan imported').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('plan-step').count()).toBe(rows);

    const [broken] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Replace from CSV…' }).click()]);
    await broken.setFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('not,a,plan\n') });
    await expect.poll(() => page.getByTestId('import-errors').textContent()).toContain('header');
    expect(await page.getByTestId('plan-step').count()).toBe(rows);
  });

  it('lets a leading city comment on a learning city’s plan and the owner answer', async () => {
    const munich = await newPage(browser);
    await signIn(munich, 'munich@partners.demo');
    await munich.waitForURL('**/dashboard');
    await openPlan(munich, 'GRDR');
    await munich.getByRole('tab', { name: 'Feedback' }).click();
    const onPlan = munich.getByTestId('plan-feedback');
    await onPlan.getByRole('button', { name: 'Add comment' }).click();
    await onPlan.getByRole('textbox', { name: 'Your feedback' }).last().fill('Involve the Paris region early.');
    await onPlan.getByRole('button', { name: 'Send' }).last().click();
    await expect.poll(() => onPlan.getByTestId('feedback-thread').textContent()).toContain('Involve the Paris region early.');
    await expectAccessible(munich);

    const grdr = await newPage(browser);
    await signIn(grdr, 'grdr@partners.demo');
    await grdr.waitForURL('**/dashboard');
    await openPlan(grdr, 'GRDR');
    await grdr.getByRole('tab', { name: 'Feedback' }).click();
    const thread = grdr.getByTestId('plan-feedback');
    await expect.poll(() => thread.getByTestId('feedback-thread').textContent()).toContain('Involve the Paris region early.');
    await thread.getByRole('button', { name: 'Reply' }).first().click();
    const reply = thread.getByRole('form', { name: 'Reply to Munich Partner' });
    await reply.getByRole('textbox', { name: 'Your feedback' }).fill('Good idea, we will.');
    await reply.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => thread.getByTestId('feedback-thread').textContent()).toContain('Good idea, we will.');
  });
});
