// Removing records in a real browser: the coordinator deletes an event (and lands on the list
// of events), the City of Munich, a leading member of the City leadership group, cancels one of
// the group's webinars and deletes a good practice of the group's area, and GRDR deletes an
// action it proposed, refused first (IN_USE, worded next to the control) while a plan action
// grew from it. Each record is made for the test
// through the API, so that the demo's own stay as other tests expect them; a learning member
// sees neither control.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

interface GroupsData {
  viewer: { organisation: { id: string } | null } | null;
  workingGroups: { nodes: { id: string; thematicArea: { number: number } }[] };
}

/** The City leadership group (area 1) and the signed-in user's organisation. */
async function cityLeadership(token: string): Promise<{ groupId: string; organisationId: string }> {
  const data = await gql<GroupsData>(token, '{ viewer { organisation { id } } workingGroups(first: 20) { nodes { id thematicArea { number } } } }');
  const group = data.workingGroups.nodes.find((g) => g.thematicArea.number === 1);
  if (!group || !data.viewer?.organisation) throw new Error('the demo has a City leadership group and an organisation for the persona');
  return { groupId: group.id, organisationId: data.viewer.organisation.id };
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.waitForURL('**/dashboard');
  return page;
}

describe('removals', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets the coordinator delete an event, after a confirmation naming it, and go back to the list', async () => {
    const title = `Event to delete (${Date.now()})`;
    const coordinator = await apiLogin('coordinator@mpg.demo');
    const created = await gql<{ createEvent: { event: { id: string } | null; userErrors: { code: string }[] } }>(
      coordinator,
      'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { code } } }',
      { input: { event: { title, venue: 'Town hall', city: 'Lisbon', startDate: '2027-05-03', endDate: '2027-05-04' } } },
    );
    expect(created.createEvent.userErrors).toEqual([]);
    const id = created.createEvent.event?.id ?? '';
    // Something that hangs off it and goes with it.
    const participant = await gql<{ addEventParticipant: { userErrors: { code: string }[] } }>(
      coordinator,
      'mutation($input: AddEventParticipantInput!) { addEventParticipant(input: $input) { userErrors { code } } }',
      { input: { eventId: id, firstName: 'Ana', lastName: 'Silva', organisationText: 'City of Lisbon', country: 'PT' } },
    );
    expect(participant.addEventParticipant.userErrors).toEqual([]);

    // A partner sees the event without the control.
    const munich = await signedIn(browser, 'munich@partners.demo');
    await munich.goto(`/events/${id}`);
    await munich.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await munich.getByRole('button', { name: 'Delete event' }).count()).toBe(0);

    const page = await signedIn(browser, 'coordinator@mpg.demo');
    await page.goto(`/events/${id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const remove = page.getByRole('button', { name: 'Delete event', exact: true });
    await remove.waitFor();
    await expectAccessible(page);

    // Dismissed first: nothing happens.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await remove.click();
    await expect.poll(() => asked).toBe(`Delete the event “${title}” with its agenda, participants and plenary outcomes?`);
    expect(new URL(page.url()).pathname).toBe(`/events/${id}`);

    page.once('dialog', (dialog) => void dialog.accept());
    await remove.click();
    await page.waitForURL((url) => url.pathname === '/events');
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: title }).count()).toBe(0);
    await expectAccessible(page);

    const events = await gql<{ events: { nodes: { id: string }[] } }>(coordinator, '{ events(first: 100) { nodes { id } } }');
    expect(events.events.nodes.map((e) => e.id)).not.toContain(id);
  });

  it('lets a leading member cancel one of its group’s webinars, and not a learning member', async () => {
    const title = `Webinar to cancel (${Date.now()})`;
    const token = await apiLogin('munich@partners.demo');
    const { groupId, organisationId } = await cityLeadership(token);
    const scheduled = await gql<{ scheduleWebinar: { webinar: { id: string } | null; userErrors: { code: string }[] } }>(
      token,
      'mutation($input: ScheduleWebinarInput!) { scheduleWebinar(input: $input) { webinar { id } userErrors { code } } }',
      { input: { workingGroupId: groupId, webinar: { title, startsAt: '2027-06-08T08:00:00Z', timeZone: 'Europe/Berlin', presenterIds: [organisationId] } } },
    );
    expect(scheduled.scheduleWebinar.userErrors).toEqual([]);

    // GRDR learns in the group: it sees the webinar and no control.
    const grdr = await signedIn(browser, 'grdr@partners.demo');
    await grdr.goto(`/working-groups/${groupId}`);
    const grdrCard = grdr.getByRole('region', { name: 'Webinars' }).getByRole('article', { name: title });
    await expect.poll(() => grdrCard.count()).toBe(1);
    expect(await grdrCard.getByRole('button', { name: /Cancel/ }).count()).toBe(0);

    const page = await signedIn(browser, 'munich@partners.demo');
    await page.goto(`/working-groups/${groupId}`);
    const webinars = page.getByRole('region', { name: 'Webinars' });
    const card = webinars.getByRole('article', { name: title });
    await card.waitFor();
    const others = await webinars.getByRole('article').count();
    const cancel = card.getByRole('button', { name: `Cancel webinar: ${title}`, exact: true });
    expect(await cancel.textContent()).toBe('Cancel webinar');
    await expectAccessible(page);

    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await cancel.click();
    await expect.poll(() => card.count()).toBe(0);
    expect(asked).toBe(`Cancel the webinar “${title}”? It is deleted with its presenters and showcased practices.`);
    expect(await webinars.getByRole('article').count()).toBe(others - 1);
    await page.reload();
    await webinars.getByRole('heading', { name: 'Webinars' }).waitFor();
    await expect.poll(() => webinars.getByRole('article').count()).toBe(others - 1);
    expect(await webinars.getByRole('article', { name: title }).count()).toBe(0);

    const data = await gql<{ workingGroup: { webinars: { title: string }[] } }>(token, 'query($id: ID!) { workingGroup(id: $id) { webinars { title } } }', { id: groupId });
    expect(data.workingGroup.webinars.map((w) => w.title)).not.toContain(title);
  });

  it('lets GRDR delete an action it proposed, refused while a plan action grew from it', async () => {
    const title = `Proposed action to withdraw (${Date.now()})`;
    const token = await apiLogin('grdr@partners.demo');
    const { groupId, organisationId } = await cityLeadership(token);
    const proposed = await gql<{ createProposedAction: { proposedAction: { id: string } | null; userErrors: { code: string }[] } }>(
      token,
      'mutation($input: CreateProposedActionInput!) { createProposedAction(input: $input) { proposedAction { id } userErrors { code } } }',
      { input: { organisationId, proposedAction: { workingGroupId: groupId, title, description: 'A one-day fair of migrant-run businesses.' } } },
    );
    expect(proposed.createProposedAction.userErrors).toEqual([]);
    const proposedActionId = proposed.createProposedAction.proposedAction?.id;

    // A plan action of GRDR's grows from it (the coordinator adds it, whatever the plan's
    // stage); it is removed again below, so that the plan stays as the demo has it.
    const coordinator = await apiLogin('coordinator@mpg.demo');
    const plans = await gql<{ actionPlans: { nodes: { id: string; organisation: { id: string } }[] } }>(
      coordinator,
      '{ actionPlans(first: 100) { nodes { id organisation { id } } } }',
    );
    const plan = plans.actionPlans.nodes.find((p) => p.organisation.id === organisationId);
    expect(plan, 'the demo gives GRDR an action plan').toBeDefined();
    const added = await gql<{ addAction: { action: { id: string; version: number } | null; userErrors: { code: string }[] } }>(
      coordinator,
      'mutation($input: AddActionInput!) { addAction(input: $input) { action { id version } userErrors { code } } }',
      { input: { actionPlanId: plan?.id, action: { title: 'Fair of migrant-run businesses', origin: 'MUTUAL_LEARNING', proposedActionId } } },
    );
    expect(added.addAction.userErrors).toEqual([]);

    const page = await signedIn(browser, 'grdr@partners.demo');
    await page.goto(`/working-groups/${groupId}`);
    const board = page.getByRole('region', { name: 'Ask the expert: proposed actions' });
    const card = board.getByRole('article', { name: title });
    await card.waitFor();
    const remove = card.getByRole('button', { name: `Delete ${title}`, exact: true });

    // Refused: the reason, by its code, under the button; the action stays.
    page.once('dialog', (dialog) => void dialog.accept());
    await remove.click();
    const alert = card.getByTestId('proposed-action-delete-problems');
    await expect.poll(() => alert.textContent()).toBe('A plan action grew from this proposed action, so it cannot be deleted.');
    expect(await card.count()).toBe(1);
    await expectAccessible(page);

    // Once the plan action is gone, the deletion goes through. GRDR's plan is agreed, so
    // removing an action from it is re-planning and needs a reason.
    const removed = await gql<{ removeAction: { userErrors: { code: string }[] } }>(
      coordinator,
      'mutation($input: RemoveVersionedInput!) { removeAction(input: $input) { userErrors { code } } }',
      { input: { id: added.addAction.action?.id, expectedVersion: added.addAction.action?.version, reason: 'Added only to test the refusal' } },
    );
    expect(removed.removeAction.userErrors).toEqual([]);
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await remove.click();
    await expect.poll(() => card.count()).toBe(0);
    expect(asked).toBe(`Delete the proposed action “${title}” with its feedback?`);
    const data = await gql<{ workingGroup: { proposedActions: { title: string }[] } }>(token, 'query($id: ID!) { workingGroup(id: $id) { proposedActions { title } } }', {
      id: groupId,
    });
    expect(data.workingGroup.proposedActions.map((a) => a.title)).not.toContain(title);
  });

  it('lets a leading member delete a good practice of its group’s area, and not a learning member', async () => {
    const title = `Practice to delete (${Date.now()})`;
    const token = await apiLogin('munich@partners.demo');
    const areas = await gql<{ thematicAreas: { nodes: { id: string; number: number }[] } }>(token, '{ thematicAreas(first: 20) { nodes { id number } } }');
    const area = areas.thematicAreas.nodes.find((a) => a.number === 1);
    const created = await gql<{ createGoodPractice: { goodPractice: { id: string } | null; userErrors: { code: string }[] } }>(
      token,
      'mutation($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) { goodPractice { id } userErrors { code } } }',
      { input: { goodPractice: { title, thematicAreaId: area?.id, description: 'A one-stop shop for founders.', source: 'Test' } } },
    );
    expect(created.createGoodPractice.userErrors).toEqual([]);

    const find = async (page: Page) => {
      await page.goto('/good-practices');
      await page.getByRole('searchbox', { name: 'Search' }).fill(title);
      const card = page.getByRole('article', { name: title });
      await card.waitFor();
      return card;
    };

    const grdr = await signedIn(browser, 'grdr@partners.demo');
    const grdrCard = await find(grdr);
    expect(await grdrCard.getByRole('button', { name: /Delete/ }).count()).toBe(0);

    const page = await signedIn(browser, 'munich@partners.demo');
    const card = await find(page);
    await expectAccessible(page);
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await card.getByRole('button', { name: `Delete ${title}`, exact: true }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(asked).toBe(`Delete the good practice “${title}”? Webinars that showcased it keep their other practices.`);
    const data = await gql<{ goodPractices: { nodes: { id: string }[] } }>(token, 'query($search: String) { goodPractices(search: $search, first: 10) { nodes { id } } }', { search: title });
    expect(data.goodPractices.nodes).toEqual([]);
  });
});
