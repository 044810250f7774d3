// Invited experts in a real browser (issue 13, point 8): the coordinator invites the IHK
// Munich expert to a working group, sees them listed and withdraws the invitation; Munich, a
// leading member, does the same in its group (the report: the leading cities invited their
// experts), while a learning member gets no control.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

interface GroupsData {
  workingGroups: { nodes: { id: string; thematicArea: { number: number }; invitedExperts: { displayName: string }[] }[] };
}

async function cityLeadership(email: string) {
  const token = await apiLogin(email);
  const data = await gql<GroupsData>(token, '{ workingGroups(first: 10) { nodes { id thematicArea { number } invitedExperts { displayName } } } }');
  const group = data.workingGroups.nodes.find((g) => g.thematicArea.number === 1);
  if (!group) throw new Error('no City leadership group');
  return group;
}

describe('experts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets the coordinator invite an expert to a group and withdraw the invitation', async () => {
    const before = await cityLeadership('coordinator@mpg.demo');
    expect(before.invitedExperts).toEqual([]);
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Working groups' }).click();
    await page.getByRole('link', { name: '1. City leadership', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '1. City leadership' }).waitFor();
    const experts = page.getByRole('region', { name: 'Invited experts' });
    const form = experts.getByRole('form', { name: 'Invite an expert' });
    await form.getByRole('combobox', { name: 'Expert' }).click();
    await page.getByRole('option', { name: 'IHK Munich Expert', exact: true }).click();
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Invite an expert' }).click();

    const list = experts.getByTestId('invited-experts');
    await expect.poll(async () => ((await list.count()) > 0 ? list.textContent() : '')).toContain('IHK Munich Expert');
    expect((await cityLeadership('coordinator@mpg.demo')).invitedExperts.map((e) => e.displayName)).toEqual(['IHK Munich Expert']);
    await expectAccessible(page);

    page.once('dialog', (d) => void d.accept());
    await experts.getByRole('button', { name: 'Withdraw the invitation of IHK Munich Expert' }).click();
    await experts.getByText('No experts invited.').waitFor();
    expect((await cityLeadership('coordinator@mpg.demo')).invitedExperts).toEqual([]);
  });

  it('lets Munich, leading the group, invite and withdraw an expert, and gives a learning member no control', async () => {
    const group = await cityLeadership('munich@partners.demo');
    const page = await newPage(browser);
    await signIn(page, 'munich@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.goto(`/working-groups/${group.id}`);
    const experts = page.getByRole('region', { name: 'Invited experts' });
    const form = experts.getByRole('form', { name: 'Invite an expert' });
    await form.getByRole('combobox', { name: 'Expert' }).click();
    await page.getByRole('option', { name: 'IHK Munich Expert', exact: true }).click();
    await form.getByRole('button', { name: 'Invite an expert' }).click();
    const list = experts.getByTestId('invited-experts');
    await expect.poll(async () => ((await list.count()) > 0 ? list.textContent() : '')).toContain('IHK Munich Expert');
    expect((await cityLeadership('munich@partners.demo')).invitedExperts.map((e) => e.displayName)).toEqual(['IHK Munich Expert']);

    // UoG learns in the group: it sees the expert, and no control.
    const uog = await newPage(browser);
    await signIn(uog, 'uog@partners.demo');
    await uog.waitForURL('**/dashboard');
    await uog.goto(`/working-groups/${group.id}`);
    const seen = uog.getByRole('region', { name: 'Invited experts' });
    await expect.poll(async () => ((await seen.getByTestId('invited-experts').count()) > 0 ? seen.getByTestId('invited-experts').textContent() : '')).toContain('IHK Munich Expert');
    expect(await seen.getByRole('form', { name: 'Invite an expert' }).count()).toBe(0);
    expect(await seen.getByRole('button', { name: /^Withdraw the invitation/ }).count()).toBe(0);

    page.once('dialog', (d) => void d.accept());
    await experts.getByRole('button', { name: 'Withdraw the invitation of IHK Munich Expert' }).click();
    await experts.getByText('No experts invited.').waitFor();
    expect((await cityLeadership('munich@partners.demo')).invitedExperts).toEqual([]);
  });
});
