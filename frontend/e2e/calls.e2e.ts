// Coordination calls in a real browser (issue 13): the coordinator schedules a series of
// three calls for a working group, cancels one, records the minutes of another with a
// decision linked to a step of GRDR's plan, and GRDR sees the decision on that step.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

interface PlanData {
  viewer: {
    organisation: {
      actionPlan: { actions: { thematicArea: { number: number } | null; steps: { id: string; number: string; title: string }[] }[] } | null;
    } | null;
  };
}

interface GroupsData {
  workingGroups: { nodes: { id: string; thematicArea: { number: number } }[] };
}

interface CallsData {
  coordinationCalls: { nodes: { id: string; heldOn: string; seriesId: string | null; startTime: string | null; timeZone: string | null; facilitator: { email: string } | null }[] };
}

/** The day `years` years and `months` months from now, as YYYY-MM-DD. */
function dayFromNow(years: number, months = 0): string {
  const day = new Date();
  day.setUTCDate(15);
  day.setUTCFullYear(day.getUTCFullYear() + years, day.getUTCMonth() + months);
  return day.toISOString().slice(0, 10);
}

describe('coordination calls', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets the coordinator schedule a series and record minutes whose decision GRDR sees on its step', async () => {
    // A step of GRDR's plan in the City leadership area (group 1, where GRDR learns).
    const grdrToken = await apiLogin('grdr@partners.demo');
    const plan = (await gql<PlanData>(grdrToken, '{ viewer { organisation { actionPlan { actions { thematicArea { number } steps { id number title } } } } } }')).viewer
      .organisation?.actionPlan;
    const step = plan?.actions.filter((a) => a.thematicArea?.number === 1).flatMap((a) => a.steps)[0];
    if (!step) throw new Error('GRDR has no step in the City leadership area');
    const dates = [dayFromNow(3), dayFromNow(3, 4), dayFromNow(3, 8)];
    const decision = `GRDR presents the council meeting at the next call (${Date.now()}).`;

    const page = await newPage(browser);
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Working groups' }).click();
    await page.getByRole('link', { name: '1. City leadership', exact: true }).click();
    const calls = page.getByRole('region', { name: 'Coordination calls' });
    await calls.getByRole('button', { name: 'Schedule a call' }).click();
    const form = calls.getByRole('form', { name: 'Schedule a coordination call' });
    await form.getByLabel('Date (of the first call)').fill(dates[0] ?? '');
    await form.getByLabel('Start time').fill('09:30');
    await expect.poll(() => form.getByLabel('Facilitator', { exact: true }).first().inputValue()).not.toBe('');
    await form.getByRole('checkbox', { name: 'Repeat as a series' }).check();
    await form.getByRole('textbox', { name: 'Number of calls' }).fill('3');
    await form.getByRole('textbox', { name: 'Months between calls' }).fill('4');
    await form.getByRole('textbox', { name: 'Agenda' }).fill('Progress of the plans; next steps.');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Schedule a call' }).click();
    await expect.poll(() => calls.getByRole('form', { name: 'Schedule a coordination call' }).count()).toBe(0);

    // The API has the three calls, one series, four months apart; each shows on the page.
    const coordinatorToken = await apiLogin('coordinator@mpg.demo');
    const group = (await gql<GroupsData>(coordinatorToken, '{ workingGroups(first: 10) { nodes { id thematicArea { number } } } }')).workingGroups.nodes.find(
      (g) => g.thematicArea.number === 1,
    );
    if (!group) throw new Error('no City leadership group');
    const stored = await gql<CallsData>(coordinatorToken, 'query($id: ID!) { coordinationCalls(workingGroupId: $id, first: 100) { nodes { id heldOn seriesId startTime timeZone facilitator { email } } } }', {
      id: group.id,
    });
    const series = stored.coordinationCalls.nodes.filter((c) => dates.includes(c.heldOn)).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
    expect(series.map((c) => c.heldOn)).toEqual(dates);
    expect(new Set(series.map((c) => c.seriesId)).size).toBe(1);
    // Every call of the series at 09:30 in MPG's time zone, the form's default.
    expect(series.map((c) => `${c.startTime} ${c.timeZone}`)).toEqual(dates.map(() => '09:30 Europe/Brussels'));
    // Facilitated by whoever scheduled it, the form's default.
    expect(series.map((c) => c.facilitator?.email)).toEqual(dates.map(() => 'coordinator@mpg.demo'));
    expect(series[0]?.seriesId).toBeTruthy();
    const [first, , third] = series;
    if (!first || !third) throw new Error('the series is incomplete');
    const upcoming = calls.getByTestId('upcoming-calls');
    for (const call of series) await expect.poll(() => upcoming.locator(`[data-call-id="${call.id}"]`).count()).toBe(1);
    expect(await upcoming.locator(`[data-call-id="${first.id}"]`).getByTestId('call-agenda').textContent()).toBe('Progress of the plans; next steps.');

    // Cancel the last call of the series.
    await upcoming.locator(`[data-call-id="${third.id}"]`).getByRole('button', { name: 'Cancel the call' }).click();
    await expect.poll(() => upcoming.locator(`[data-call-id="${third.id}"]`).count()).toBe(0);

    // The minutes of the first: notes and a decision linked to GRDR's step.
    const card = upcoming.locator(`[data-call-id="${first.id}"]`);
    await card.getByRole('button', { name: 'Reschedule or edit' }).click();
    const minutes = card.getByRole('form', { name: /^Call of/ });
    await minutes.getByRole('textbox', { name: 'Notes' }).fill('Every member reported; GRDR is on track.');
    await minutes.getByRole('button', { name: 'Add a decision' }).click();
    await minutes.getByRole('textbox', { name: 'Decision 1' }).fill(decision);
    const stepsField = minutes.getByLabel('Plan steps decision 1 concerns', { exact: true });
    await stepsField.click();
    await page.getByRole('option', { name: `GRDR – step ${step.number}: ${step.title}`, exact: true }).click();
    await page.keyboard.press('Escape');
    await expectAccessible(page);
    await minutes.getByRole('button', { name: 'Save the call' }).click();
    await expect.poll(() => card.getByTestId('call-decisions').count()).toBe(1);
    expect(await card.getByTestId('call-decisions').textContent()).toContain(decision);
    expect(await card.getByTestId('call-decisions').textContent()).toContain(`GRDR – step ${step.number}: ${step.title}`);
    expect(await card.getByTestId('call-notes').textContent()).toBe('Every member reported; GRDR is on track.');

    // GRDR: the decision shows on that step of its plan, and GRDR may not schedule calls.
    const grdr = await newPage(browser);
    await signIn(grdr, 'grdr@partners.demo');
    await grdr.waitForURL('**/dashboard');
    await grdr.getByRole('link', { name: 'Open your plan' }).click();
    const stepCard = grdr.locator(`[data-testid="progress-step"][data-step-id="${step.id}"]`);
    await expect.poll(() => stepCard.getByTestId('step-decisions').textContent()).toContain(decision);
    await expectAccessible(grdr);
    await grdr.goto(`/working-groups/${group.id}`);
    const grdrCalls = grdr.getByRole('region', { name: 'Coordination calls' });
    await expect.poll(() => grdrCalls.locator(`[data-call-id="${first.id}"]`).count()).toBe(1);
    expect(await grdrCalls.getByRole('button', { name: 'Schedule a call' }).count()).toBe(0);
    expect(await grdrCalls.getByRole('button', { name: 'Reschedule or edit' }).count()).toBe(0);
    expect(await grdrCalls.getByRole('button', { name: 'Cancel the call' }).count()).toBe(0);
  }, 120_000);

  it('links an overdue group on the coordinator’s dashboard to scheduling its next call', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    const links = page.getByTestId('overdue-calls').getByRole('link', { name: /^Schedule the next call of / });
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    await links.first().click();
    await page.waitForURL('**/working-groups/**');
    const calls = page.getByRole('region', { name: 'Coordination calls' });
    await expect.poll(() => calls.getByRole('form', { name: 'Schedule a coordination call' }).count()).toBe(1);
    await expectAccessible(page);

    // A partner's dashboard offers no such link.
    const munich = await newPage(browser);
    await signIn(munich, 'munich@partners.demo');
    await munich.waitForURL('**/dashboard');
    await expect.poll(() => munich.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await munich.getByRole('link', { name: /^Schedule the next call of / }).count()).toBe(0);
  });
});
