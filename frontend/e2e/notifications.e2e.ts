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

interface AdiveData {
  actionPlans: { nodes: { id: string; stage: string; version: number; organisation: { shortName: string | null } }[] };
  workingGroups: { nodes: { memberships: { id: string; role: string; organisation: { shortName: string | null } }[]; thematicArea: { number: number } }[] };
}

/** Adive's plan in DRAFT, with Adive a learning member of the procurement group so the plan
 * rules let it submit (set-up as a script would). */
async function adiveDraft(coordinator: string): Promise<{ id: string; version: number }> {
  const query = `{ actionPlans(first: 100) { nodes { id stage version organisation { shortName } } }
    workingGroups { nodes { thematicArea { number } memberships { id role organisation { shortName } } } } }`;
  const data = await gql<AdiveData>(coordinator, query);
  const membership = data.workingGroups.nodes.find((g) => g.thematicArea.number === 4)?.memberships.find((m) => m.organisation.shortName === 'Adive');
  if (membership?.role === 'LEADING') {
    await gql(coordinator, 'mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { userErrors { code } } }', {
      input: { id: membership.id, role: 'LEARNING', participation: 'MANDATORY' },
    });
  }
  const plan = data.actionPlans.nodes.find((p) => p.organisation.shortName === 'Adive');
  if (!plan) throw new Error('no Adive plan');
  if (plan.stage === 'DRAFT') return plan;
  const moved = await gql<{ transitionActionPlan: { actionPlan: { version: number } } }>(
    coordinator,
    'mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) { actionPlan { version } } }',
    { input: { id: plan.id, to: 'DRAFT', expectedVersion: plan.version } },
  );
  return { id: plan.id, version: moved.transitionActionPlan.actionPlan.version };
}

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

  it('tells the coordinator when Adive submits its plan', { timeout: 120_000 }, async () => {
    const coordinatorToken = await apiLogin('coordinator@mpg.demo');
    const plan = await adiveDraft(coordinatorToken);
    const adiveToken = await apiLogin('adive@partners.demo');
    await gql(adiveToken, 'mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) { actionPlan { stage } } }', {
      input: { id: plan.id, to: 'SUBMITTED', expectedVersion: plan.version },
    });

    const coordinator = await newPage(browser);
    await signIn(coordinator, 'coordinator@mpg.demo');
    await coordinator.waitForURL('**/dashboard');
    const bell = coordinator.getByRole('link', { name: BELL });
    await expect.poll(async () => Number(BELL.exec((await bell.getAttribute('aria-label')) ?? '')?.[1])).toBeGreaterThan(0);
    await bell.click();
    await coordinator.waitForURL('**/notifications');
    const link = coordinator.getByTestId('notification').first().getByRole('link', { name: /submitted an action plan for review$/ });
    await expect.poll(() => link.getAttribute('href')).toBe(`/plans/${plan.id}`);
    await link.click();
    await coordinator.waitForURL(`**/plans/${plan.id}`);
    await expect.poll(() => coordinator.getByTestId('plan-stage').textContent()).toBe('Submitted');
  });

  it('lets GRDR choose a daily digest for feedback, kept after a reload', { timeout: 120_000 }, async () => {
    const grdr = await newPage(browser);
    await signIn(grdr, 'grdr@partners.demo');
    await grdr.waitForURL('**/dashboard');
    await grdr.getByRole('link', { name: BELL }).click();
    await grdr.waitForURL('**/notifications');
    await grdr.getByRole('link', { name: 'E-mail settings' }).click();
    await grdr.waitForURL('**/settings/notifications');
    const select = grdr.getByRole('combobox', { name: 'E-mail for: Feedback on your organisation’s work' });
    await expect.poll(() => select.inputValue()).toBe('IMMEDIATELY');
    await expectAccessible(grdr);
    await select.selectOption({ label: 'Daily digest' });
    await expect.poll(() => grdr.getByText('Saved: Feedback on your organisation’s work').count()).toBe(1);
    await grdr.reload();
    await expect.poll(() => select.inputValue()).toBe('DAILY_DIGEST');
    expect(await grdr.getByRole('combobox', { name: 'E-mail for: Your plan adopted' }).inputValue()).toBe('IMMEDIATELY');
  });

  it('shows the coordinator the mail waiting in the outbox (the demo has no SMTP server), and nobody else', { timeout: 120_000 }, async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('link', { name: 'Mail outbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mail outbox' }).waitFor();
    // Earlier tests notified GRDR of Munich's feedback: that message waits.
    await expect.poll(() => page.getByRole('row', { name: /GRDR/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('radio', { name: /^Waiting \(\d+\)$/ }).count()).toBe(1);
    await expectAccessible(page);

    const grdr = await newPage(browser);
    await signIn(grdr, 'grdr@partners.demo');
    await grdr.waitForURL('**/dashboard');
    await grdr.getByRole('link', { name: BELL }).waitFor();
    expect(await grdr.getByRole('link', { name: 'Mail outbox' }).count()).toBe(0);
  });
});
