// Re-planning an agreed plan in a real browser (issue 14, part 2): Adive moves a step of its
// implementing plan with a reason — the baseline stays and the plan's Changes keep the move;
// the coordinator sets a new baseline and the timeline compares with either; on the timeline a
// bar dragged, or moved with the keyboard, re-plans its step after asking the reason.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

interface ApiStep {
  id: string;
  number: string;
  title: string;
  start: string | null;
  end: string | null;
  parentId: string | null;
}

interface ApiPlan {
  id: string;
  stage: string;
  version: number;
  baselines: { number: number }[];
  actions: { position: number; ref: string | null; title: string; steps: ApiStep[] }[];
}

const PLAN = '{ viewer { organisation { actionPlan { id stage version baselines { number } actions { position ref title steps { id number title start end parentId } } } } } }';

/** `value`, or a failed test saying what was missing. */
function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no ${what}`);
  return value;
}

const heading = (action: ApiPlan['actions'][number]) => [action.ref, action.title].filter(Boolean).join(' – ');

async function cells(row: Locator): Promise<string[]> {
  return (await row.getByRole('cell').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

describe('re-planning an agreed plan', () => {
  let browser: Browser;
  let token: string;
  let plan: ApiPlan;
  /** Objective #1's steps: 1.1 re-planned in the editor, 1.2 dragged, 1.3 moved by keyboard. */
  let steps: { step: ApiStep; number: string; objective: string }[];
  /** Step 1.1's row in the timeline's table before anything moved. */
  let before: string[];
  const reason = `The corporation's database came two months late (${Date.now()}).`;

  const readPlan = async () => present((await gql<{ viewer: { organisation: { actionPlan: ApiPlan | null } | null } }>(token, PLAN)).viewer.organisation?.actionPlan, 'Adive plan');

  /** Other browser tests put Adive's plan back to draft: take it through to IMPLEMENTING. */
  async function implementing(): Promise<ApiPlan> {
    const coordinator = await apiLogin('coordinator@mpg.demo');
    const moves: [string, string][] = [
      ['DRAFT', 'SUBMITTED'],
      ['SUBMITTED', 'ADOPTED'],
      ['ADOPTED', 'IMPLEMENTING'],
    ];
    for (const [from, to] of moves) {
      const current = await readPlan();
      if (current.stage !== from) continue;
      const result = await gql<{ transitionActionPlan: { userErrors: { code: string }[] } }>(
        to === 'ADOPTED' ? coordinator : token,
        'mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) { userErrors { code } } }',
        { input: { id: current.id, to, expectedVersion: current.version, comment: 'Set up for the re-planning browser test' } },
      );
      expect(result.transitionActionPlan.userErrors.map((e) => e.code)).toEqual([]);
    }
    return readPlan();
  }

  beforeAll(async () => {
    browser = await launch();
    token = await apiLogin('adive@partners.demo');
    plan = await implementing();
    const action = present(plan.actions[0], 'objective in Adive’s plan');
    steps = action.steps.filter((step) => !step.parentId && step.start && step.end).map((step) => ({ step, number: `${action.position + 1}.${step.number}`, objective: heading(action) }));
    if (steps.length < 3) throw new Error('Adive’s first objective needs three steps with dates');
  });
  afterAll(async () => {
    await browser.close();
  });

  async function openPlan(email: string, tab: string): Promise<Page> {
    const page = await newPage(browser);
    await signIn(page, email);
    await page.waitForURL('**/dashboard');
    await page.goto(`/plans/${plan.id}`);
    await page.getByRole('tab', { name: tab, exact: true }).click();
    return page;
  }

  const tableRow = (page: Page, entry: (typeof steps)[number]) => page.getByTestId('timeline-table').getByRole('row').filter({ hasText: `${entry.number} ${entry.step.title}` });

  /** The newest change listed on the Changes tab. */
  async function newestChange(page: Page): Promise<string> {
    await page.getByRole('tab', { name: 'Changes', exact: true }).click();
    const row = page.getByTestId('plan-change').first();
    await row.waitFor();
    return (await row.textContent()) ?? '';
  }

  it('lets Adive re-plan a step with a reason; the baseline stays and Changes keep the move', { timeout: 90_000 }, async () => {
    expect(plan.stage).toBe('IMPLEMENTING');
    const first = present(steps[0], 'step 1.1');
    const page = await openPlan('adive@partners.demo', 'Timeline');
    before = await cells(tableRow(page, first));
    // Adive re-plans; only the coordinator sets baselines.
    expect(await page.getByRole('button', { name: 'Set new baseline' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    const replan = page.getByRole('button', { name: `Re-plan step ${first.number} of ${first.objective}` });
    await replan.click();
    const dialog = page.getByRole('dialog', { name: `Re-plan step ${first.number}: ${first.step.title}` });
    await dialog.waitFor();
    const end = dialog.getByRole('textbox', { name: 'End', exact: true });
    expect(await end.inputValue()).toBe(first.step.end);
    await end.fill('2019-06');
    // Without a reason the form does not go.
    const because = dialog.getByRole('textbox', { name: /^Reason/ });
    expect(await because.getAttribute('required')).not.toBeNull();
    await because.fill(reason);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Save new dates' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Focus is back on the row's Re-plan.
    await expect.poll(() => replan.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
    await expect.poll(async () => (await cells(tableRow(page, first)))[3]).not.toBe(before[3]);
    const after = await cells(tableRow(page, first));
    expect(after[2]).toBe(before[2]);
    // Baseline start and end as they were.
    expect(after.slice(4)).toEqual(before.slice(4));

    const change = await newestChange(page);
    expect(change).toContain('Dates moved');
    expect(change).toContain(first.step.title);
    expect(change).toContain(reason);
    await expectAccessible(page);

    const steps2 = present((await gql<{ viewer: { organisation: { actionPlan: ApiPlan } } }>(token, PLAN)).viewer.organisation.actionPlan.actions[0], 'objective').steps;
    expect(steps2.find((s) => s.id === first.step.id)?.end).toBe('2019-06');
  });

  it('lets the coordinator set a new baseline, and the timeline compares with either', { timeout: 90_000 }, async () => {
    const first = present(steps[0], 'step 1.1');
    const page = await openPlan('coordinator@mpg.demo', 'Timeline');
    // The choice of baseline appears once there are two: the demo's plan has baseline 1 as
    // printed and baseline 2 from carrying its unfinished steps into the current period.
    await expect.poll(async () => (await page.getByLabel('Compare with', { exact: true }).count()) > 0).toBe(plan.baselines.length > 1);
    await page.getByRole('button', { name: 'Set new baseline' }).click();
    const number = plan.baselines.length + 1;
    const dialog = page.getByRole('dialog', { name: `Set baseline ${number}` });
    await dialog.getByRole('textbox', { name: /^Note/ }).fill('Mid-term review');
    await dialog.getByRole('button', { name: 'Set baseline' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The latest baseline is compared by default: step 1.1's baseline is its current dates.
    const compare = page.getByLabel('Compare with', { exact: true }).first();
    await compare.waitFor();
    await expect.poll(async () => (await cells(tableRow(page, first))).slice(4)).toEqual((await cells(tableRow(page, first))).slice(2, 4));
    await compare.click();
    const listbox = page.locator(`#${await compare.getAttribute('aria-controls')}`);
    const options = (await listbox.getByRole('option').allTextContents()).map((text) => text.trim());
    expect(options).toHaveLength(number);
    expect(options[0]).toMatch(/^Baseline 1 \(/);
    expect(options[number - 1]).toMatch(new RegExp(`^Baseline ${number} \\(current, `));
    await listbox.getByRole('option', { name: /^Baseline 1 \(/ }).click();
    await expect.poll(async () => (await cells(tableRow(page, first))).slice(4)).toEqual(before.slice(4));
    await expectAccessible(page);

    expect(await newestChange(page)).toContain('New baseline');
  });

  it('re-plans a step dragged on the timeline, or moved with the keyboard, after asking the reason', { timeout: 120_000 }, async () => {
    const dragged = present(steps[1], 'step 1.2');
    const keyed = present(steps[2], 'step 1.3');
    const keyedStart = present(keyed.step.start, 'start of step 1.3');
    const keyedEnd = present(keyed.step.end, 'end of step 1.3');
    const page = await openPlan('adive@partners.demo', 'Timeline');
    const chart = page.getByRole('group', { name: 'Timeline chart' });
    await chart.waitFor();
    // It opens on today.
    const today = chart.getByTestId('timeline-today');
    await expect.poll(async () => {
      const [box, line] = await Promise.all([chart.boundingBox(), today.boundingBox()]);
      return Boolean(box && line && line.x > box.x && line.x < box.x + box.width);
    }).toBe(true);

    // Drag: by mouse, some weeks to the right.
    const bar = chart.locator(`[data-step-id="${dragged.step.id}"]`).getByRole('button', { name: `Move step ${dragged.number} ${dragged.step.title}` });
    await bar.scrollIntoViewIfNeeded();
    const box = await bar.boundingBox();
    if (!box) throw new Error('no bar');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 5, y);
    await page.mouse.down();
    for (const dx of [20, 40, 60, 80, 100]) await page.mouse.move(box.x + 5 + dx, y);
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: `Re-plan step ${dragged.number}: ${dragged.step.title}` });
    await dialog.waitFor();
    expect(await dialog.getByTestId('replan-was').textContent()).toMatch(/^Before: /);
    const start = await dialog.getByRole('textbox', { name: 'Start', exact: true }).inputValue();
    expect(start > (dragged.step.start ?? '')).toBe(true);
    const draggedReason = `Dragged: the buyers meet later (${Date.now()}).`;
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill(draggedReason);
    await dialog.getByRole('button', { name: 'Save new dates' }).click();
    await dialog.waitFor({ state: 'detached' });
    const moved = async (id: string) =>
      present((await gql<{ viewer: { organisation: { actionPlan: ApiPlan } } }>(token, PLAN)).viewer.organisation.actionPlan.actions[0], 'objective').steps.find((s) => s.id === id);
    await expect.poll(async () => (await moved(dragged.step.id))?.start).toBe(start);
    expect(await newestChange(page)).toContain(draggedReason);

    // The same by keyboard: a month to the right keeps the month precision.
    await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
    const keyBar = chart.locator(`[data-step-id="${keyed.step.id}"]`).getByRole('button', { name: `Move step ${keyed.number} ${keyed.step.title}` });
    await keyBar.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const keyDialog = page.getByRole('dialog', { name: `Re-plan step ${keyed.number}: ${keyed.step.title}` });
    await keyDialog.waitFor();
    const nextMonth = (month: string) => {
      const [y, m] = month.split('-').map(Number) as [number, number];
      return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    };
    expect(await keyDialog.getByRole('textbox', { name: 'Start', exact: true }).inputValue()).toBe(nextMonth(keyedStart));
    expect(await keyDialog.getByRole('textbox', { name: 'End', exact: true }).inputValue()).toBe(nextMonth(keyedEnd));
    const keyedReason = `Moved by keyboard: a month later (${Date.now()}).`;
    await keyDialog.getByRole('textbox', { name: /^Reason/ }).fill(keyedReason);
    await keyDialog.getByRole('button', { name: 'Save new dates' }).click();
    await keyDialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await moved(keyed.step.id))?.end).toBe(nextMonth(keyedEnd));
    // Focus is back on the bar.
    await expect.poll(() => keyBar.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await newestChange(page)).toContain(keyedReason);
  });
});
