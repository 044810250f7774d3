// Monitoring in a real browser: a learning city reports progress on a step of its plan, its
// leading city sees the report awaiting feedback on its dashboard and replies, and the
// coordinator's dashboard counts the step in its new status.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

const GROUP = '1. City leadership';
const REPORTED = 'DELAYED';

interface PlanData {
  viewer: {
    organisation: {
      actionPlan: {
        id: string;
        stage: string;
        actions: {
          thematicArea: { number: number } | null;
          steps: { id: string; number: string; title: string; status: string; slippage: { daysOverdue: number; daysBehindBaseline: number } }[];
        }[];
      } | null;
    } | null;
  };
}

interface StatusData {
  report: { stepsByStatus: { workingGroup: { title: string; thematicArea: { number: number } } | null; status: string; count: number }[] };
}

/** Steps of IMPLEMENTING plans in the City leadership group with this status (the API's count). */
async function cityLeadershipSteps(token: string, status: string): Promise<number> {
  const data = await gql<StatusData>(token, '{ report { stepsByStatus(groupBy: WORKING_GROUP) { workingGroup { title thematicArea { number } } status count } } }');
  return data.report.stepsByStatus.find((row) => row.workingGroup?.thematicArea.number === 1 && row.status === status)?.count ?? 0;
}

/** The coordinator's dashboard figure for the City leadership group in one status. */
async function dashboardCount(page: Page, status: string): Promise<number> {
  const table = page.getByTestId('steps-by-status-table');
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: GROUP, exact: true }) });
  return Number((await row.locator(`[data-series="${status}"]`).textContent())?.replace(/\D/g, ''));
}

describe('monitoring', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('carries a learning city’s progress report to its leading city and the coordinator’s dashboards', { timeout: 120_000 }, async () => {
    // A step of GRDR's plan in the City leadership area, not yet in the status it will report.
    const grdrToken = await apiLogin('grdr@partners.demo');
    const plan = (await gql<PlanData>(
      grdrToken,
      '{ viewer { organisation { actionPlan { id stage actions { thematicArea { number } steps { id number title status slippage { daysOverdue daysBehindBaseline } } } } } } }',
    )).viewer.organisation?.actionPlan;
    expect(plan?.stage).toBe('IMPLEMENTING');
    const step = plan?.actions.filter((a) => a.thematicArea?.number === 1).flatMap((a) => a.steps).find((s) => s.status !== REPORTED && s.status !== 'DONE' && s.status !== 'CANCELLED');
    if (!plan || !step) throw new Error('GRDR has no step to report on in the City leadership area');
    const coordinatorToken = await apiLogin('coordinator@mpg.demo');
    const before = { reported: await cityLeadershipSteps(coordinatorToken, REPORTED), previous: await cityLeadershipSteps(coordinatorToken, step.status) };
    const narrative = `Workshop series moved to spring (${Date.now()}).`;

    // GRDR: its dashboard, then the report on the plan page.
    const grdr = await newPage(browser);
    await signIn(grdr, 'grdr@partners.demo');
    await grdr.waitForURL('**/dashboard');
    await expect.poll(() => grdr.getByTestId('plan-progress').textContent()).toMatch(/\d+%/);
    await expect.poll(() => grdr.getByTestId('next-calls').getByRole('row').count()).toBeGreaterThan(1);
    // Late steps: overdue (against today) and drift (against the baseline) in their own
    // columns, in words, never one "late by 2,982 days".
    const lateSteps = grdr.getByTestId('late-steps');
    expect((await lateSteps.getByRole('columnheader').allTextContents()).slice(-2)).toEqual(['Overdue', 'Drift']);
    const overdueCells = await lateSteps.getByTestId('overdue-cell').allTextContents();
    const driftCells = await lateSteps.getByTestId('drift-cell').allTextContents();
    expect(overdueCells.length).toBeGreaterThan(0);
    for (const text of overdueCells) expect(text).toMatch(/^(—|Due (yesterday|\d+ (days|weeks|months|years) ago), not done)$/);
    for (const text of driftCells) expect(text).toMatch(/^(—|Moved \d+ (day|days|weeks|months|years) later than the baseline)$/);
    expect(await lateSteps.textContent()).not.toMatch(/late by/i);
    await expectAccessible(grdr);

    await grdr.getByRole('link', { name: 'Open your plan' }).click();
    // Slippage on the plan: overdue (past the current end, not done) and drift (the current end
    // after the baseline's), each with its own badge and its own sentence.
    const allSteps = plan.actions.flatMap((a) => a.steps);
    const overdueStep = allSteps.find((s) => s.slippage.daysOverdue > 0);
    const driftStep = allSteps.find((s) => s.slippage.daysBehindBaseline > 0);
    if (!overdueStep || !driftStep) throw new Error('GRDR’s demo plan has no overdue step or no step that drifted');
    const overdueCard = grdr.locator(`[data-step-id="${overdueStep.id}"]`);
    await expect.poll(() => overdueCard.getByTestId('step-overdue-text').textContent()).toMatch(/^Due (yesterday|\d+ (days|weeks|months|years) ago), not done$/);
    expect(await overdueCard.getByTestId('step-overdue').textContent()).toBe('Overdue');
    const driftCard = grdr.locator(`[data-step-id="${driftStep.id}"]`);
    expect(await driftCard.getByTestId('step-drift').textContent()).toBe('Drift');
    expect(await driftCard.getByTestId('step-drift-text').textContent()).toMatch(/^Moved \d+ (day|days|weeks|months|years) later than the baseline$/);
    // Each indicator only where it applies.
    for (const s of allSteps) {
      const stepCard = grdr.locator(`[data-step-id="${s.id}"]`);
      expect(await stepCard.getByTestId('step-overdue').count(), `step ${s.number} overdue`).toBe(s.slippage.daysOverdue > 0 ? 1 : 0);
      expect(await stepCard.getByTestId('step-drift').count(), `step ${s.number} drift`).toBe(s.slippage.daysBehindBaseline > 0 ? 1 : 0);
    }
    expect(await grdr.getByTestId('progress-step').filter({ hasText: /late by/i }).count()).toBe(0);

    const card = grdr.locator(`[data-step-id="${step.id}"]`);
    await card.getByRole('button', { name: /^Report progress/ }).click();
    const form = card.getByRole('form', { name: `Report progress on step ${step.number}` });
    await form.getByRole('combobox', { name: 'Status' }).click();
    await grdr.getByRole('option', { name: 'Delayed', exact: true }).click();
    await form.getByRole('textbox', { name: 'Percent complete' }).fill('35');
    await form.getByRole('textbox', { name: 'What happened' }).fill(narrative);
    await form.getByRole('combobox', { name: 'Presented at the call' }).click();
    await grdr.getByRole('option', { name: /\(held\)$/ }).first().click();
    await form.getByRole('textbox', { name: 'Evidence links' }).fill('not a link');
    await expectAccessible(grdr);
    await form.getByRole('button', { name: 'Submit the report' }).click();
    // The server's userError is shown at its field, in the interface's words, and nothing is saved.
    await expect.poll(() => form.getByRole('textbox', { name: 'Evidence links' }).getAttribute('aria-invalid')).toBe('true');
    expect(await form.textContent()).toContain('Evidence links must be a web address starting with http:// or https://.');
    expect(await form.textContent()).not.toContain('Not an http(s) link');
    await form.getByRole('textbox', { name: 'Evidence links' }).fill('https://example.org/workshops-2026');
    await form.getByRole('button', { name: 'Submit the report' }).click();
    await expect.poll(() => card.getByTestId('report-narrative').textContent()).toBe(narrative);
    expect(await card.getByTestId('step-status').textContent()).toBe('Delayed');
    expect(await card.getByTestId('latest-report').textContent()).toContain('35%');
    expect(await card.getByRole('link', { name: 'https://example.org/workshops-2026' }).count()).toBe(1);

    // Munich leads the group: the report awaits its feedback; it replies from the dashboard.
    const munich = await newPage(browser);
    await signIn(munich, 'munich@partners.demo');
    await munich.waitForURL('**/dashboard');
    const group = munich.getByRole('region', { name: GROUP, exact: true });
    const awaitingRow = group.getByTestId('awaiting-reports').getByRole('row').filter({ hasText: narrative });
    await expect.poll(() => awaitingRow.count()).toBe(1);
    expect(await awaitingRow.textContent()).toContain('GRDR');
    await expect.poll(() => group.getByTestId('learning-members').textContent()).toContain('GRDR');
    await expectAccessible(munich);

    await awaitingRow.getByRole('link', { name: /^Reply to GRDR/ }).click();
    const thread = munich.locator(`[data-step-id="${step.id}"]`).getByTestId('report-feedback');
    await thread.getByRole('button', { name: 'Add comment' }).click();
    const feedback = thread.getByRole('form', { name: `Feedback on the report on step ${step.number}` });
    await feedback.getByRole('textbox', { name: 'Your feedback' }).fill('Book the venues now so that spring holds.');
    await feedback.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => thread.getByTestId('feedback-thread').textContent()).toContain('Book the venues now so that spring holds.');
    await expectAccessible(munich);

    await munich.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => group.getByTestId('awaiting-feedback').count()).toBe(1);
    await expect.poll(() => group.getByTestId('awaiting-feedback').getByText(narrative).count()).toBe(0);

    // The coordinator's dashboard counts the step in its new status.
    const after = { reported: await cityLeadershipSteps(coordinatorToken, REPORTED), previous: await cityLeadershipSteps(coordinatorToken, step.status) };
    expect(after).toEqual({ reported: before.reported + 1, previous: before.previous - 1 });
    const coordinator = await newPage(browser);
    await signIn(coordinator, 'coordinator@mpg.demo');
    await coordinator.waitForURL('**/dashboard');
    await expect.poll(() => dashboardCount(coordinator, REPORTED)).toBe(before.reported + 1);
    expect(await dashboardCount(coordinator, step.status)).toBe(before.previous - 1);
    expect(await coordinator.getByRole('img', { name: /^Bar chart: Steps by status per working group/ }).count()).toBe(1);
    await expect.poll(() => coordinator.getByTestId('overdue-calls').getByTestId('days-overdue').count()).toBeGreaterThan(0);
    await expect.poll(() => coordinator.getByTestId('missing-reports').getByRole('row').count()).toBeGreaterThan(1);
    await expectAccessible(coordinator);
  });
});
