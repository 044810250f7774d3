// An invited expert's journey in a real browser: Munich, leading the City leadership group,
// schedules a webinar with a recording link and invites the IHK Munich expert; UoG, a
// learning member, proposes an action; the expert finds the group and the action awaiting
// its feedback on its start page, follows the link and writes feedback; UoG reads it.
// Afterwards the invitation is withdrawn (experts.e2e.ts expects no expert in the group).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

const GROUP = '1. City leadership';
const EXPERT = 'IHK Munich Expert';

interface GroupsData {
  workingGroups: { nodes: { id: string; thematicArea: { number: number }; invitedExperts: { id: string; displayName: string }[] }[] };
}

async function cityLeadership() {
  const token = await apiLogin('coordinator@mpg.demo');
  const data = await gql<GroupsData>(token, '{ workingGroups(first: 10) { nodes { id thematicArea { number } invitedExperts { id displayName } } } }');
  const group = data.workingGroups.nodes.find((g) => g.thematicArea.number === 1);
  if (!group) throw new Error('no City leadership group');
  return { token, group };
}

/** Withdraws the expert's invitation to City leadership through the API, if it is there. */
async function withdrawInvitation() {
  const { token, group } = await cityLeadership();
  for (const expert of group.invitedExperts) {
    await gql(token, 'mutation($input: ExpertInvitationInput!) { withdrawExpertInvitation(input: $input) { __typename } }', {
      input: { workingGroupId: group.id, userId: expert.id },
    });
  }
}

async function openCityLeadership(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Working groups' }).click();
  await page.getByRole('link', { name: GROUP, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
}

describe('expert journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await withdrawInvitation();
    await browser.close();
  });

  it('brings an invited expert from its start page to a proposed action, and its feedback to the member', async () => {
    const stamp = Date.now();
    const webinarTitle = `Expert webinar on city leadership (${stamp})`;
    const actionTitle = `Chamber mentoring for newcomers (${stamp})`;
    const feedbackText = `Start with the chamber’s founders’ desk (${stamp}).`;
    const recording = `https://video.example.org/mega/expert-${stamp}`;
    expect((await cityLeadership()).group.invitedExperts).toEqual([]);

    // a. Munich, leading the group, schedules a webinar with a recording link and invites the expert.
    const munich = await newPage(browser);
    await signIn(munich, 'munich@partners.demo');
    await munich.waitForURL('**/dashboard');
    await openCityLeadership(munich);
    const webinars = munich.getByRole('region', { name: 'Webinars' });
    await webinars.getByRole('button', { name: 'Schedule a webinar' }).click();
    const webinarForm = webinars.getByRole('form', { name: 'Schedule a webinar' });
    await webinarForm.getByRole('textbox', { name: 'Title' }).fill(webinarTitle);
    await webinarForm.getByLabel('Starts at (local time in its time zone)').fill('2027-03-09T10:00');
    await webinarForm.getByLabel('Presenters').click();
    await munich.getByRole('option', { name: 'City of Munich', exact: true }).click();
    await munich.keyboard.press('Escape');
    await webinarForm.getByRole('textbox', { name: 'Recording link' }).fill(recording);
    await webinarForm.getByRole('button', { name: 'Schedule a webinar' }).click();
    const webinar = webinars.getByRole('article', { name: webinarTitle });
    await expect.poll(() => webinar.count()).toBe(1);
    expect(await webinar.getByRole('link', { name: 'Recording' }).getAttribute('href')).toBe(recording);

    const experts = munich.getByRole('region', { name: 'Invited experts' });
    const inviteForm = experts.getByRole('form', { name: 'Invite an expert' });
    await inviteForm.getByRole('combobox', { name: 'Expert' }).click();
    await munich.getByRole('option', { name: EXPERT, exact: true }).click();
    await inviteForm.getByRole('button', { name: 'Invite an expert' }).click();
    const invited = experts.getByTestId('invited-experts');
    await expect.poll(async () => ((await invited.count()) > 0 ? invited.textContent() : '')).toContain(EXPERT);
    expect((await cityLeadership()).group.invitedExperts.map((e) => e.displayName)).toEqual([EXPERT]);

    // b. UoG, learning in the group, proposes an action on the "ask the expert" board.
    const uog = await newPage(browser);
    await signIn(uog, 'uog@partners.demo');
    await uog.waitForURL('**/dashboard');
    await openCityLeadership(uog);
    const board = uog.getByRole('region', { name: 'Ask the expert: proposed actions' });
    await board.getByRole('button', { name: 'Propose an action' }).click();
    const proposeForm = board.getByRole('form', { name: 'Propose an action to the experts' });
    await proposeForm.getByRole('textbox', { name: 'Title' }).fill(actionTitle);
    await proposeForm.getByRole('textbox', { name: 'What the action is about' }).fill('The chamber pairs newcomers with established founders.');
    await proposeForm.getByRole('textbox', { name: 'Guiding questions for the experts' }).fill('Which chamber services fit newcomers?');
    await proposeForm.getByRole('button', { name: 'Propose an action' }).click();
    await expect.poll(() => board.getByRole('article', { name: actionTitle }).count()).toBe(1);

    // c. The expert's start page: group 1 among its groups, UoG's action awaiting its feedback.
    const expert = await newPage(browser);
    await signIn(expert, 'expert@experts.demo');
    await expert.waitForURL('**/dashboard');
    const mine = expert.getByRole('region', { name: 'Your groups as an expert' });
    const city = mine.getByRole('region', { name: GROUP, exact: true });
    await expect.poll(() => city.count()).toBe(1);
    const { group } = await cityLeadership();
    expect(await city.getByRole('link', { name: GROUP, exact: true }).getAttribute('href')).toBe(`/working-groups/${group.id}`);
    // Its demo group is still there.
    expect(await mine.getByRole('link', { name: '3. Furthering a proactive role of Chambers of Commerce', exact: true }).count()).toBe(1);
    const awaiting = city.getByRole('region', { name: /^Awaiting your feedback/ });
    const link = awaiting.getByRole('link', { name: actionTitle, exact: true });
    await expect.poll(() => link.count()).toBe(1);
    expect(await awaiting.getByRole('row').filter({ hasText: actionTitle }).textContent()).toContain('Unternehmer ohne Grenzen e.V.');
    await expectAccessible(expert);

    await link.click();
    await expert.waitForURL((url) => url.hash.startsWith('#proposed-action-'));
    await expert.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    // Munich's webinar and its recording are on the group page the expert now sees.
    const expertWebinar = expert.getByRole('region', { name: 'Webinars' }).getByRole('article', { name: webinarTitle });
    await expect.poll(() => expertWebinar.count()).toBe(1);
    expect(await expertWebinar.getByRole('link', { name: 'Recording' }).getAttribute('href')).toBe(recording);

    const card = expert.getByRole('region', { name: 'Ask the expert: proposed actions' }).getByRole('article', { name: actionTitle });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getAttribute('id')).toBe(decodeURIComponent(new URL(expert.url()).hash.slice(1)));
    await card.getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => card.getByRole('combobox', { name: 'Kind' }).inputValue()).toBe('Expert feedback');
    await card.getByRole('textbox', { name: 'Your feedback' }).fill(feedbackText);
    await card.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => card.getByTestId('feedback-thread').textContent()).toContain(feedbackText);

    // Answered: back on the start page it no longer awaits the expert's feedback.
    await expert.goto('/dashboard');
    await expect.poll(() => city.getByRole('region', { name: /^Awaiting your feedback/ }).count()).toBe(1);
    expect(await city.getByRole('link', { name: actionTitle, exact: true }).count()).toBe(0);

    // d. UoG sees the expert's feedback on its action (its board refreshes in place).
    await uog.goto(`/working-groups/${group.id}`);
    const uogThread = uog.getByRole('region', { name: 'Ask the expert: proposed actions' }).getByRole('article', { name: actionTitle }).getByTestId('feedback-thread');
    await expect.poll(async () => ((await uogThread.count()) > 0 ? uogThread.textContent() : ''), { timeout: 15_000 }).toContain(feedbackText);
    const entry = uogThread.locator('.mantine-Card-root', { hasText: feedbackText }).first();
    expect(await entry.textContent()).toContain(EXPERT);
    expect(await entry.textContent()).toContain('Expert feedback');

    // e. Clean-up (also in afterAll): the invitation goes; the expert keeps only its demo group.
    await withdrawInvitation();
    expect((await cityLeadership()).group.invitedExperts).toEqual([]);
  });
});
