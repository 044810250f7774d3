// Calendars in a real browser: GRDR creates its secret calendar address on the settings page
// (shown once), a calendar app (here: a plain fetch without a session) reads it, and once
// revoked it answers 404; a call of GRDR's group downloads as an .ics file.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

describe('calendar', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('gives GRDR a calendar address that a calendar app reads until it is revoked', { timeout: 120_000 }, async () => {
    const page = await newPage(browser);
    await signIn(page, 'grdr@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.goto('/settings/notifications');
    const section = page.getByRole('region', { name: 'Calendar' });
    await section.getByRole('button', { name: 'Create a calendar address' }).click();
    const shown = section.getByTestId('calendar-url');
    await expect.poll(() => shown.count()).toBe(1);
    const url = (await shown.textContent()) ?? '';
    expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    await expectAccessible(page);

    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await feed.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('SUMMARY:Peer Learning Event');

    // After a reload the address is not shown again; revoking ends it.
    await page.reload();
    await section.getByText(/^Active since /).waitFor();
    expect(await section.getByTestId('calendar-url').count()).toBe(0);
    page.once('dialog', (d) => void d.accept());
    await section.getByRole('button', { name: 'Revoke the address' }).click();
    await section.getByRole('button', { name: 'Create a calendar address' }).waitFor();
    expect((await fetch(url)).status).toBe(404);
  });

  it('downloads a scheduled call of GRDR’s group as an .ics file', { timeout: 120_000 }, async () => {
    // A call scheduled for the City leadership group, where GRDR learns.
    const coordinator = await apiLogin('coordinator@mpg.demo');
    const groups = await gql<{ workingGroups: { nodes: { id: string; thematicArea: { number: number } }[] } }>(
      coordinator,
      '{ workingGroups(first: 10) { nodes { id thematicArea { number } } } }',
    );
    const group = groups.workingGroups.nodes.find((g) => g.thematicArea.number === 1);
    if (!group) throw new Error('no City leadership group');
    const scheduled = await gql<{ scheduleCoordinationCall: { series: { id: string }[] } }>(
      coordinator,
      'mutation($input: ScheduleCoordinationCallInput!) { scheduleCoordinationCall(input: $input) { series { id } } }',
      { input: { workingGroupId: group.id, heldOn: '2031-02-17' } },
    );
    const callId = scheduled.scheduleCoordinationCall.series[0]?.id;
    if (!callId) throw new Error('the call was not scheduled');

    const page = await newPage(browser);
    await signIn(page, 'grdr@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.goto(`/working-groups/${group.id}`);
    // Other tests schedule calls in this group too: this call's own card.
    const button = page.locator(`[data-call-id="${callId}"]`).getByRole('button', { name: /^Add to calendar: / });
    await expect.poll(() => button.count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('call.ics');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const ics = await readFile(path, 'utf8');
    expect(ics).toContain('DTSTART;VALUE=DATE:20310217');
    expect(ics).toContain('SUMMARY:Coordination call: ');
  });
});
