// The timeline to plan with, in a real browser: Adive (Paris) opens its plan's timeline on
// today, zooms and reads the steps grouped by objective with unique numbers; a working group's
// timeline shows only the steps of the group's thematic area. What to expect is read from the
// API, since other browser tests change the demo plans.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

interface ApiAction {
  position: number;
  ref: string | null;
  title: string;
  thematicArea: { number: number } | null;
  steps: { number: string; title: string }[];
}

interface ApiPlan {
  id: string;
  organisation: { name: string; shortName: string | null };
  actions: ApiAction[];
}

const PLAN = '{ id organisation { name shortName } actions { position ref title thematicArea { number } steps { number title } } }';

const heading = (action: ApiAction) => `${action.position + 1} ${[action.ref, action.title].filter(Boolean).join(' – ')}`;

/** Whether `inner`'s box lies inside the part of the chart beside its label column. */
async function inView(chart: Locator, inner: Locator): Promise<boolean> {
  const [box, line, label] = await Promise.all([chart.boundingBox(), inner.boundingBox(), chart.locator('.tl-label').first().boundingBox()]);
  if (!box || !line || !label) return false;
  return line.x >= label.x + label.width && line.x + line.width <= box.x + box.width;
}

async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

describe('timeline', () => {
  let browser: Browser;
  let token: string;
  beforeAll(async () => {
    browser = await launch();
    token = await apiLogin('adive@partners.demo');
  });
  afterAll(async () => {
    await browser.close();
  });

  async function signedIn(): Promise<Page> {
    const page = await newPage(browser);
    await signIn(page, 'adive@partners.demo');
    await page.waitForURL('**/dashboard');
    return page;
  }

  it('opens Adive’s plan on today, zooms, and groups the steps by objective with unique numbers', async () => {
    const data = await gql<{ actionPlans: { nodes: ApiPlan[] } }>(token, `{ actionPlans(first: 100) { nodes ${PLAN} } }`);
    const plan = data.actionPlans.nodes.find((p) => p.organisation.shortName === 'Adive');
    if (!plan) throw new Error('no Adive plan');

    const page = await signedIn();
    await page.goto(`/plans/${plan.id}`);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const chart = page.getByRole('group', { name: 'Timeline chart' });
    await chart.waitFor();

    // Today's line is labelled and in view, although the plan's steps start in 2019.
    const today = chart.getByTestId('timeline-today');
    expect(await today.textContent()).toMatch(/^Today, /);
    await expect.poll(() => inView(chart, today)).toBe(true);

    // One heading per objective, then its steps; numbers unique in the plan ("2.1").
    expect(await texts(chart.getByTestId('timeline-heading'))).toEqual(plan.actions.map(heading));
    const numbers = await texts(chart.getByTestId('timeline-row').locator('.tl-number'));
    expect(numbers).toEqual(plan.actions.flatMap((action) => action.steps.map((step) => `${action.position + 1}.${step.number}`)));
    expect(new Set(numbers).size).toBe(numbers.length);
    // Labels are never cut: the whole title is in the label column.
    const first = plan.actions[0]?.steps[0];
    if (first) expect(await chart.getByTestId('timeline-row').first().textContent()).toContain(first.title);
    expect(await page.getByTestId('timeline-table').getByRole('row').count()).toBe(numbers.length + 1);

    // The legend names current and baseline in words: the baseline compared with, as the demo's
    // plan has two (the printed dates, then its unfinished steps carried into the current period).
    const legend = await texts(page.getByRole('list', { name: 'Legend' }).getByRole('listitem'));
    expect([legend[0], legend[2]]).toEqual(['Current plan', 'Today']);
    expect(legend[1]).toMatch(/^Baseline \d+$/);
    // Adive may re-plan its implementing plan: every step with dates is a bar to move.
    const dated = plan.actions.flatMap((action) => action.steps).length - (await chart.locator('.tl-no-dates').count());
    expect(await chart.getByRole('button', { name: /^Move step / }).count()).toBe(dated);

    // Zooming keeps today in view; away from it, "Today" brings it back.
    const zoom = page.getByRole('group', { name: 'Zoom' });
    await zoom.getByText('Weeks', { exact: true }).click();
    await expect.poll(() => chart.getAttribute('data-zoom')).toBe('week');
    await expect.poll(() => inView(chart, today)).toBe(true);
    await chart.evaluate((element) => (element.scrollLeft = 0));
    await expect.poll(() => inView(chart, today)).toBe(false);
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await expect.poll(() => inView(chart, today)).toBe(true);
    await zoom.getByText('Years', { exact: true }).click();
    await expect.poll(() => chart.getAttribute('data-zoom')).toBe('year');
    await expect.poll(() => inView(chart, today)).toBe(true);

    await expectAccessible(page);
  });

  it('shows on a working group’s timeline only the steps of the group’s thematic area', async () => {
    const groups = await gql<{ workingGroups: { nodes: { id: string; thematicArea: { number: number } }[] } }>(token, '{ workingGroups { nodes { id thematicArea { number } } } }');
    const group = groups.workingGroups.nodes.find((g) => g.thematicArea.number === 3);
    if (!group) throw new Error('no group 3');
    const data = await gql<{ actionPlans: { nodes: ApiPlan[] } }>(token, `query($id: ID!) { actionPlans(filter: { workingGroupId: $id }, first: 100) { nodes ${PLAN} } }`, { id: group.id });
    const plans = data.actionPlans.nodes;
    const inArea = plans.flatMap((plan) => plan.actions.filter((action) => action.thematicArea?.number === 3).map((action) => ({ plan, action })));
    const elsewhere = plans.flatMap((plan) => plan.actions.filter((action) => action.thematicArea?.number !== 3)).flatMap((action) => action.steps);
    // Munich's plan has a procurement objective (area 4) beside its chambers one (area 3).
    expect(elsewhere.length).toBeGreaterThan(0);

    const page = await signedIn();
    await page.goto(`/working-groups/${group.id}`);
    const section = page.getByRole('region', { name: "Timeline of the group's plans" });
    const chart = section.getByRole('group', { name: 'Timeline chart' });
    await chart.waitFor();
    await chart.scrollIntoViewIfNeeded();

    // Per organisation, then per objective of the area.
    const expected = plans.flatMap((plan) => {
      const actions = inArea.filter((entry) => entry.plan.id === plan.id).map((entry) => heading(entry.action));
      return actions.length > 0 ? [plan.organisation.name, ...actions] : [];
    });
    expect(await texts(chart.getByTestId('timeline-heading'))).toEqual(expected);
    const steps = inArea.flatMap(({ action }) => action.steps);
    expect(await chart.getByTestId('timeline-row').count()).toBe(steps.length);
    for (const step of steps) expect(await chart.textContent()).toContain(step.title);
    for (const step of elsewhere) expect(await chart.textContent()).not.toContain(step.title);
    expect(await section.getByTestId('timeline-table').getByRole('row').count()).toBe(steps.length + 1);
    await expect.poll(() => inView(chart, chart.getByTestId('timeline-today'))).toBe(true);

    await expectAccessible(page);
  });
});
