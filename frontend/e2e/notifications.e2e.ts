// Notifications in a real browser: Munich comments on GRDR's progress report; GRDR's bell
// count rises without a reload (the bell polls), and the notification opens the report's
// thread on the plan page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

interface PlanData {
  viewer: {
    organisation: {
      actionPlan: { id: string; stage: string; actions: { thematicArea: { number: number } | null; steps: { id: string; number: string }[] }[] } | null;
    } | null;
  };
}

/** The bell's accessible name carries the count: "Notifications: 3 unread". */
const BELL = /^Notifications: (\d+) unread$/;

describe('notifications', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('tells GRDR of Munich’s comment on its report without a reload, and opens the thread', { timeout: 120_000 }, async () => {
    // GRDR reports on a step of its plan in the City leadership area, which Munich leads.
    const grdrToken = await apiLogin('grdr@partners.demo');
    const plan = (await gql<PlanData>(grdrToken, '{ viewer { organisation { actionPlan { id stage actions { thematicArea { number } steps { id number } } } } } }')).viewer
      .organisation?.actionPlan;
    expect(plan?.stage).toBe('IMPLEMENTING');
    const step = plan?.actions.filter((a) => a.thematicArea?.number === 1).flatMap((a) => a.steps)[0];
    if (!plan || !step) throw new Error('GRDR has no step in the City leadership area');
    const report = await gql<{ submitProgressReport: { progressReport: { id: string } } }>(
      grdrToken,
      'mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { progressReport { id } } }',
      { input: { stepId: step.id, status: 'ON_TRACK', percentComplete: 50, narrative: 'Half of the workshops are done.' } },
    );
    const reportId = report.submitProgressReport.progressReport.id;

    const grdr = await newPage(browser);
    await signIn(grdr, 'grdr@partners.demo');
    await grdr.waitForURL('**/dashboard');
    const bell = grdr.getByRole('link', { name: BELL });
    await expect.poll(() => bell.count()).toBe(1);
    const unread = async () => Number(BELL.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    const before = await unread();

    // Munich asks a question on the report (through the API, as its own session would).
    const comment = `Which venues have you booked? (${Date.now()})`;
    const munichToken = await apiLogin('munich@partners.demo');
    await gql(munichToken, 'mutation($input: AddFeedbackInput!) { addFeedback(input: $input) { feedback { id } } }', {
      input: { progressReportId: reportId, kind: 'QUESTION', body: comment },
    });

    // GRDR's bell rises on its own (the page is not reloaded).
    const url = grdr.url();
    await expect.poll(unread, { timeout: 45_000, interval: 500 }).toBe(before + 1);
    expect(grdr.url()).toBe(url);

    await bell.click();
    await grdr.waitForURL('**/notifications');
    const item = grdr.getByTestId('notification').filter({ hasText: comment });
    await expect.poll(() => item.count()).toBe(1);
    await expectAccessible(grdr);
    await item.getByRole('link', { name: 'Munich Partner gave feedback on your organisation’s work' }).click();

    // It lands on the report's thread, open, with Munich's question; opening it read it.
    await grdr.waitForURL(`**/plans/${plan.id}?step=${step.id}`);
    const thread = grdr.locator(`[data-step-id="${step.id}"]`).getByTestId('report-feedback');
    await expect.poll(() => thread.textContent()).toContain(comment);
    await expect.poll(unread).toBe(before);
  });
});
