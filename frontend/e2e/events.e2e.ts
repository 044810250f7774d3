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
});
