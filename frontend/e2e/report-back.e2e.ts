// Taking back "done" in a real browser (issue 14, progress reports): GRDR reports a step of
// its plan done, then moves it back to work in progress; the form warns, asks for a reason and
// a confirmation, and the step's report history shows both reports, newest first.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

interface PlanData {
  viewer: { organisation: { actionPlan: { id: string; actions: { steps: { id: string; number: string; status: string; parentId: string | null }[] }[] } | null } | null };
}

const SUBMIT = `mutation($input: SubmitProgressReportInput!) {
  submitProgressReport(input: $input) { userErrors { code } } }`;

describe('moving a done step back', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('needs a reason and a confirmation, and the history keeps both reports', { timeout: 90_000 }, async () => {
    const token = await apiLogin('grdr@partners.demo');
    const plan = (await gql<PlanData>(token, '{ viewer { organisation { actionPlan { id actions { steps { id number status parentId } } } } } }')).viewer.organisation?.actionPlan;
    const steps = plan?.actions.flatMap((a) => a.steps) ?? [];
    // A leaf step (progress is reported on leaves) still open.
    const step = steps.find((s) => s.status !== 'DONE' && s.status !== 'CANCELLED' && !steps.some((c) => c.parentId === s.id));
    if (!plan || !step) throw new Error('GRDR has no open step');
    const finished = `Finished with the council (${Date.now()}).`;
    const done = await gql<{ submitProgressReport: { userErrors: { code: string }[] } }>(token, SUBMIT, {
      input: { stepId: step.id, status: 'DONE', percentComplete: 100, narrative: finished },
    });
    expect(done.submitProgressReport.userErrors.map((e) => e.code)).toEqual([]);

    const page = await newPage(browser);
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      void (asked.length === 1 ? dialog.dismiss() : dialog.accept());
    });
    await signIn(page, 'grdr@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.goto(`/plans/${plan.id}`);
    const card = page.locator(`[data-step-id="${step.id}"]`);
    await card.getByRole('button', { name: /^Report progress/ }).click();
    const form = card.getByRole('form', { name: `Report progress on step ${step.number}` });
    await form.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'On track', exact: true }).click();
    await expect.poll(() => form.getByTestId('back-from-done').textContent()).toContain('needs a reason');
    await form.getByRole('textbox', { name: 'Percent complete' }).fill('70');
    const reason = form.getByRole('textbox', { name: /Why is the step not done any more\?/ });
    expect(await reason.getAttribute('required')).not.toBeNull();
    const because = `The council postponed its vote (${Date.now()}).`;
    await reason.fill(because);
    await expectAccessible(page);

    // Dismissed: nothing is sent; accepted: the step is open again.
    await form.getByRole('button', { name: 'Submit the report' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toBe(`Move step ${step.number} back from Done to “On track”?`);
    expect(await card.getByTestId('step-status').textContent()).toBe('Done');
    await form.getByRole('button', { name: 'Submit the report' }).click();
    await expect.poll(() => card.getByTestId('step-status').textContent()).toBe('On track');

    await card.getByRole('button', { name: /^Report history/ }).click();
    const history = card.getByTestId('report-history');
    await expect.poll(() => history.getByRole('listitem').count()).toBeGreaterThan(1);
    const items = await history.getByRole('listitem').allTextContents();
    expect(items[0]).toContain(because);
    expect(items[1]).toContain(finished);
    await expectAccessible(page);
    await page.close();
  });
});
