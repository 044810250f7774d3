// Webinars in a real browser (issue 13): the City of Munich, a leading member of the City
// leadership group, schedules a webinar with a recording link; a learning member may not.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

interface WebinarsData {
  workingGroups: {
    nodes: {
      id: string;
      thematicArea: { number: number };
      webinars: { id: string; title: string; startsAt: string; timeZone: string; recordingUrl: string | null; attendance: number | null; presenters: { name: string }[] }[];
    }[];
  };
}

describe('webinars', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a leading member schedule a webinar with a recording link', async () => {
    const title = `Data collection in city leadership (${Date.now()})`;
    const page = await newPage(browser);
    await signIn(page, 'munich@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Working groups' }).click();
    await page.getByRole('link', { name: '1. City leadership', exact: true }).click();
    const webinars = page.getByRole('region', { name: 'Webinars' });
    await webinars.getByRole('button', { name: 'Schedule a webinar' }).click();
    const form = webinars.getByRole('form', { name: 'Schedule a webinar' });
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByLabel('Starts at (local time in its time zone)').fill('2027-02-09T10:00');
    await form.getByLabel('Presenters').click();
    await page.getByRole('option', { name: 'City of Munich', exact: true }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('textbox', { name: 'Recording link' }).fill('https://video.example.org/mega/city-leadership');
    await form.getByRole('textbox', { name: 'Attendance' }).fill('18');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Schedule a webinar' }).click();

    const card = webinars.getByRole('article', { name: title });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByRole('link', { name: 'Recording' }).getAttribute('href')).toBe('https://video.example.org/mega/city-leadership');
    expect(await card.textContent()).toContain('City of Munich');
    expect(await card.getByRole('button', { name: 'Edit' }).count()).toBe(1);

    // Stored as the instant 10:00 in Berlin (UTC+1 in February), with its zone and link.
    const token = await apiLogin('munich@partners.demo');
    const data = await gql<WebinarsData>(
      token,
      '{ workingGroups(first: 10) { nodes { id thematicArea { number } webinars { id title startsAt timeZone recordingUrl attendance presenters { name } } } } }',
    );
    const group = data.workingGroups.nodes.find((g) => g.thematicArea.number === 1);
    const webinar = group?.webinars.find((w) => w.title === title);
    expect(webinar?.startsAt).toMatch(/^2027-02-09T09:00:00(\.000)?(Z|\+00:00)$/);
    expect(webinar?.timeZone).toBe('Europe/Berlin');
    expect(webinar?.recordingUrl).toBe('https://video.example.org/mega/city-leadership');
    expect(webinar?.attendance).toBe(18);
    expect(webinar?.presenters.map((p) => p.name)).toEqual(['City of Munich']);

    // GRDR learns in the group: it sees the webinar and no control.
    const grdr = await newPage(browser);
    await signIn(grdr, 'grdr@partners.demo');
    await grdr.waitForURL('**/dashboard');
    await grdr.goto(`/working-groups/${group?.id ?? ''}`);
    const grdrWebinars = grdr.getByRole('region', { name: 'Webinars' });
    await expect.poll(() => grdrWebinars.getByRole('article', { name: title }).count()).toBe(1);
    expect(await grdrWebinars.getByRole('button', { name: 'Schedule a webinar' }).count()).toBe(0);
    expect(await grdrWebinars.getByRole('button', { name: 'Edit' }).count()).toBe(0);
  });
});
