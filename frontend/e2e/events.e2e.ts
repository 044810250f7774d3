// Events in a real browser (issue 13): the coordinator creates an event, fills a two-day
// agenda (an overlapping slot is refused next to its start time) and adds participants; a
// partner sees the event without any control.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

interface EventData {
  event: {
    title: string;
    city: string;
    startDate: string;
    endDate: string;
    viewerCanUpdate: boolean;
    agenda: { date: string; start: string | null; end: string | null; title: string; presentations: { minutes: number; organisation: { name: string } }[]; expertFeedbackMinutes: number | null }[];
    participants: { totalCount: number; nodes: { firstName: string; lastName: string; country: string }[] };
  } | null;
}

/** The text of what describes `field` (its help and its error), as a screen reader reads it. */
function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

async function addSlot(page: Page, day: string, slot: { start: string; end: string; title: string }): Promise<Locator> {
  const panel = page.getByRole('tabpanel', { name: new RegExp(day) });
  await panel.getByRole('button', { name: 'Add a slot' }).click();
  const form = panel.getByRole('form', { name: 'Add a slot' });
  await form.getByLabel('Start time').fill(slot.start);
  await form.getByLabel('End time').fill(slot.end);
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill(slot.title);
  return form;
}

describe('events', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets the coordinator create an event with a two-day agenda and participants, which a partner only reads', async () => {
    const title = `Transnational meeting in Lisbon (${Date.now()})`;
    const page = await newPage(browser);
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Events', exact: true }).click();
    await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New event' }).click();
    const form = page.getByRole('form', { name: 'New event' });
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await form.getByRole('textbox', { name: 'Venue (address)' }).fill('Praça do Município');
    await form.getByRole('textbox', { name: 'City', exact: true }).fill('Lisbon');
    await form.getByLabel('First day').fill('2028-05-10');
    await form.getByLabel('Last day').fill('2028-05-11');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Create event' }).click();

    // The new event's page opens, with a tab for each of its two days.
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const agenda = page.getByRole('region', { name: 'Agenda' });
    await expect.poll(() => agenda.getByRole('tab').count()).toBe(2);

    // Day 1: an opening slot with a presentation and the experts' feedback.
    const opening = await addSlot(page, 'Day 1', { start: '09:00', end: '10:00', title: 'Opening and city leadership' });
    await opening.getByRole('button', { name: 'Add a presentation' }).click();
    await opening.getByLabel('Presenting organisation 1').click();
    await page.getByRole('option', { name: 'City of Munich', exact: true }).click();
    await opening.getByRole('textbox', { name: 'Minutes', exact: true }).fill('20');
    await opening.getByRole('textbox', { name: 'Expert feedback (minutes)' }).fill('15');
    await expectAccessible(page);
    await opening.getByRole('button', { name: 'Add the slot' }).click();
    const day1 = page.getByTestId('agenda-2028-05-10');
    await expect.poll(() => day1.getByRole('row').filter({ hasText: 'Opening and city leadership' }).count()).toBe(1);
    expect(await day1.getByRole('row').filter({ hasText: 'Opening and city leadership' }).textContent()).toContain('09:00–10:00');

    // An overlapping slot is refused, the reason next to its start time; moved, it is saved.
    const coffee = await addSlot(page, 'Day 1', { start: '09:30', end: '10:30', title: 'Coffee and networking' });
    await coffee.getByRole('button', { name: 'Add the slot' }).click();
    const start = coffee.getByLabel('Start time');
    await expect.poll(() => start.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(start)).toContain('This overlaps “Opening and city leadership” (09:00–10:00) in the same track.');
    expect(await coffee.getByRole('alert').count()).toBe(0);
    await start.fill('10:00');
    await coffee.getByRole('button', { name: 'Add the slot' }).click();
    await expect.poll(() => day1.getByRole('row').filter({ hasText: 'Coffee and networking' }).count()).toBe(1);

    // Day 2: a site visit.
    await agenda.getByRole('tab', { name: /Day 2/ }).click();
    const visit = await addSlot(page, 'Day 2', { start: '09:00', end: '12:00', title: 'Site visit: the start-up hub' });
    await visit.getByRole('button', { name: 'Add the slot' }).click();
    await expect.poll(() => page.getByTestId('agenda-2028-05-11').getByRole('row').filter({ hasText: 'Site visit' }).count()).toBe(1);

    // Two participants.
    const participants = page.getByRole('region', { name: 'Participants' });
    for (const [firstName, lastName, organisation, country] of [
      ['Ana', 'Silva', 'Câmara Municipal de Lisboa', 'pt'],
      ['Jan', 'de Vries', 'Gemeente Utrecht', 'NL'],
    ] as const) {
      await participants.getByRole('button', { name: 'Add a participant' }).click();
      const add = participants.getByRole('form', { name: 'Add a participant' });
      await add.getByRole('textbox', { name: 'First name' }).fill(firstName);
      await add.getByRole('textbox', { name: 'Last name' }).fill(lastName);
      await add.getByRole('textbox', { name: 'Organisation as written' }).fill(organisation);
      await add.getByRole('textbox', { name: 'Country code' }).fill(country);
      await add.getByRole('button', { name: 'Add the participant' }).click();
      await expect.poll(() => participants.getByRole('row').filter({ hasText: `${firstName} ${lastName}` }).count()).toBe(1);
    }
    await expectAccessible(page);

    // The API has it all.
    const token = await apiLogin('coordinator@mpg.demo');
    const stored = await gql<EventData>(
      token,
      'query($id: ID!) { event(id: $id) { title city startDate endDate viewerCanUpdate agenda { date start end title presentations { minutes organisation { name } } expertFeedbackMinutes } participants(first: 20) { totalCount nodes { firstName lastName country } } } }',
      { id },
    );
    expect(stored.event?.title).toBe(title);
    expect(stored.event?.agenda.map((a) => [a.date, a.start, a.end, a.title])).toEqual([
      ['2028-05-10', '09:00', '10:00', 'Opening and city leadership'],
      ['2028-05-10', '10:00', '10:30', 'Coffee and networking'],
      ['2028-05-11', '09:00', '12:00', 'Site visit: the start-up hub'],
    ]);
    expect(stored.event?.agenda[0]?.presentations).toEqual([{ minutes: 20, organisation: { name: 'City of Munich' } }]);
    expect(stored.event?.agenda[0]?.expertFeedbackMinutes).toBe(15);
    expect(stored.event?.participants.totalCount).toBe(2);
    expect(stored.event?.participants.nodes.map((p) => p.country).sort()).toEqual(['NL', 'PT']);

    // GRDR, a partner, reads the event and has no control on it.
    const grdr = await newPage(browser);
    await signIn(grdr, 'grdr@partners.demo');
    await grdr.waitForURL('**/dashboard');
    await grdr.getByRole('navigation').getByRole('link', { name: 'Events', exact: true }).click();
    await grdr.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    expect(await grdr.getByRole('button', { name: 'New event' }).count()).toBe(0);
    await grdr.getByRole('link', { name: title, exact: true }).click();
    await grdr.getByRole('heading', { name: title, level: 1 }).waitFor();
    await expect.poll(() => grdr.getByTestId('agenda-2028-05-10').getByRole('row').filter({ hasText: 'Coffee and networking' }).count()).toBe(1);
    await expect.poll(() => grdr.getByTestId('participants').getByRole('row').filter({ hasText: 'Ana Silva' }).count()).toBe(1);
    for (const name of ['Edit event', 'Add a slot', 'Add a participant', 'Record an outcome']) expect(await grdr.getByRole('button', { name }).count()).toBe(0);
    expect(await grdr.getByRole('button', { name: /^(Edit|Remove)/ }).count()).toBe(0);
    await expectAccessible(grdr);
  });

  it('lets the coordinator edit the event, its slots, participants and plenary outcomes in place', async () => {
    const title = `Thematic seminar (${Date.now()})`;
    const token = await apiLogin('coordinator@mpg.demo');
    const created = await gql<{ createEvent: { event: { id: string } | null } }>(
      token,
      'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { code } } }',
      { input: { event: { title, venue: 'Rua Augusta 1', city: 'Lisbon', startDate: '2028-06-01', endDate: '2028-06-01' } } },
    );
    const id = created.createEvent.event?.id ?? '';
    for (const item of [
      { date: '2028-06-01', start: '12:30', end: '13:30', title: 'Lunch' },
      { date: '2028-06-01', start: '14:00', end: '15:00', title: 'Workshop' },
    ]) {
      await gql(token, 'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { userErrors { code } } }', { input: { eventId: id, item } });
    }
    await gql(token, 'mutation($input: AddEventParticipantInput!) { addEventParticipant(input: $input) { userErrors { code } } }', {
      input: { eventId: id, firstName: 'Rui', lastName: 'Costa', organisationText: 'Porto Digital', country: 'PT' },
    });

    const page = await newPage(browser);
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.goto(`/events/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();

    // The event itself, edited in place.
    await page.getByRole('button', { name: 'Edit event' }).click();
    const eventForm = page.getByRole('form', { name: `Edit ${title}` });
    await eventForm.getByRole('textbox', { name: 'City', exact: true }).fill('Porto');
    await eventForm.getByRole('textbox', { name: 'Dates as printed' }).fill('1 June 2028');
    await eventForm.getByRole('button', { name: 'Save event' }).click();
    await expect.poll(() => page.getByText('Rua Augusta 1, Porto · 1 June 2028').count()).toBe(1);

    // A slot whose talks do not fit is refused next to its presentations.
    const day = page.getByTestId('agenda-2028-06-01');
    await day.getByRole('button', { name: 'Edit the slot “Workshop”' }).click();
    const workshop = page.getByRole('form', { name: 'Edit the slot “Workshop”' });
    await workshop.getByRole('button', { name: 'Add a presentation' }).click();
    await workshop.getByLabel('Presenting organisation 1').click();
    await page.getByRole('option', { name: 'City of Munich', exact: true }).click();
    await workshop.getByRole('textbox', { name: 'Minutes', exact: true }).fill('50');
    await workshop.getByRole('textbox', { name: 'Expert feedback (minutes)' }).fill('20');
    await workshop.getByRole('button', { name: 'Save the slot' }).click();
    await expect.poll(() => workshop.getByTestId('presentations-error').textContent()).toBe('The presentations and the feedback take 70 minutes, but the slot has only 60.');
    await expectAccessible(page);
    await workshop.getByRole('textbox', { name: 'Minutes', exact: true }).fill('40');
    await workshop.getByRole('button', { name: 'Save the slot' }).click();
    await expect.poll(() => day.getByRole('row').filter({ hasText: 'Workshop' }).textContent()).toContain('Munich: 40 min');

    // Another slot moved, then removed.
    await day.getByRole('button', { name: 'Edit the slot “Lunch”' }).click();
    const lunch = page.getByRole('form', { name: 'Edit the slot “Lunch”' });
    await lunch.getByLabel('End time').fill('14:00');
    await lunch.getByRole('button', { name: 'Save the slot' }).click();
    await expect.poll(() => day.getByRole('row').filter({ hasText: 'Lunch' }).textContent()).toContain('12:30–14:00');
    await day.getByRole('button', { name: 'Remove the slot “Lunch”' }).click();
    await expect.poll(() => day.getByRole('row').filter({ hasText: 'Lunch' }).count()).toBe(0);

    // A plenary outcome, recorded then edited.
    const plenary = page.getByRole('region', { name: 'Plenary outcomes' });
    await plenary.getByRole('button', { name: 'Record an outcome' }).click();
    const outcome = plenary.getByRole('form', { name: 'Record an outcome' });
    await outcome.getByRole('textbox', { name: 'Section' }).fill('(1) City leadership');
    await outcome.getByRole('textbox', { name: 'Heading', exact: true }).fill('Plenary exchange');
    await outcome.getByRole('textbox', { name: 'Points of the discussion' }).fill('Data drives the plans.\nPartners want shorter cycles.');
    await outcome.getByRole('textbox', { name: 'Recommendations' }).fill('Meet every four months.');
    await expectAccessible(page);
    await outcome.getByRole('button', { name: 'Record the outcome' }).click();
    const recorded = plenary.getByRole('article', { name: 'Plenary exchange' });
    await expect.poll(() => recorded.getByRole('listitem').count()).toBe(3);
    await recorded.getByRole('button', { name: 'Edit' }).click();
    const editOutcome = plenary.getByRole('form', { name: 'Edit the outcome “Plenary exchange”' });
    await editOutcome.getByRole('textbox', { name: 'Heading', exact: true }).fill('Plenary exchange with the experts');
    await editOutcome.getByRole('button', { name: 'Save the outcome' }).click();
    await expect.poll(() => plenary.getByRole('article', { name: 'Plenary exchange with the experts' }).count()).toBe(1);

    // A participant removed.
    const participants = page.getByRole('region', { name: 'Participants' });
    await participants.getByRole('button', { name: 'Remove Rui Costa' }).click();
    await expect.poll(() => participants.getByRole('row').filter({ hasText: 'Rui Costa' }).count()).toBe(0);

    const stored = await gql<{
      event: {
        city: string;
        datesText: string | null;
        agenda: { title: string; presentations: { minutes: number }[]; expertFeedbackMinutes: number | null }[];
        participants: { totalCount: number };
        plenaryOutcomes: { heading: string; summaryPoints: string[]; recommendations: string[] }[];
      } | null;
    }>(
      token,
      'query($id: ID!) { event(id: $id) { city datesText agenda { title presentations { minutes } expertFeedbackMinutes } participants { totalCount } plenaryOutcomes { heading summaryPoints recommendations } } }',
      { id },
    );
    expect(stored.event?.city).toBe('Porto');
    expect(stored.event?.datesText).toBe('1 June 2028');
    expect(stored.event?.agenda).toEqual([{ title: 'Workshop', presentations: [{ minutes: 40 }], expertFeedbackMinutes: 20 }]);
    expect(stored.event?.participants.totalCount).toBe(0);
    expect(stored.event?.plenaryOutcomes).toEqual([
      { heading: 'Plenary exchange with the experts', summaryPoints: ['Data drives the plans.', 'Partners want shorter cycles.'], recommendations: ['Meet every four months.'] },
    ]);
  });
});
