// Recording evidence in a real browser (issue 13, point 9): the coordinator records a
// territory fact (refused first for a year out of range, the error next to the field) and sees
// it listed; a partner sees the evidence without any "New" button. The coordinator corrects a
// fact and deletes a plenary outcome, and the audit log shows both.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

interface FactsData {
  territoryFacts: { nodes: { figure: string; value: number; unit: string; year: number | null; qualifier: string | null; country: string | null; territory: { name: string } | null }[] };
}

describe('evidence', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets the coordinator record a territory fact', async () => {
    const figure = `Businesses run by migrants (${Date.now()})`;
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Awards and facts', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Awards and territory facts' }).waitFor();
    await page.getByRole('button', { name: 'New territory fact' }).click();
    const form = page.getByRole('form', { name: 'New territory fact' });
    await form.getByRole('textbox', { name: 'Figure' }).fill(figure);
    await form.getByRole('textbox', { name: 'Qualifier' }).fill('around');
    await form.getByRole('textbox', { name: 'Value' }).fill('1500');
    await form.getByRole('textbox', { name: 'Unit' }).fill('businesses');
    await form.getByRole('textbox', { name: 'Year' }).fill('1850');
    await form.getByRole('textbox', { name: 'Source sentence' }).fill('Around 1,500 businesses in the city are run by migrants.');
    await form.getByRole('button', { name: 'Record the fact' }).click();
    await form.getByText('The year must be between 1900 and 2100.').waitFor();
    await expectAccessible(page);

    await form.getByRole('textbox', { name: 'Year' }).fill('2017');
    await form.getByRole('combobox', { name: 'Territory' }).click();
    await page.getByRole('option', { name: 'Hamburg', exact: true }).click();
    await form.getByRole('button', { name: 'Record the fact' }).click();
    await expect.poll(() => form.count()).toBe(0);
    const facts = page.getByTestId('territory-facts');
    await expect.poll(() => facts.textContent()).toContain(figure);

    const token = await apiLogin('coordinator@mpg.demo');
    const data = await gql<FactsData>(token, '{ territoryFacts(first: 100) { nodes { figure value unit year qualifier country territory { name } } } }');
    const fact = data.territoryFacts.nodes.find((f) => f.figure === figure);
    expect(fact).toMatchObject({ value: 1500, unit: 'businesses', year: 2017, qualifier: 'around', country: null, territory: { name: 'Hamburg' } });
  });

  it('shows a partner the evidence without any "New" button', async () => {
    const page = await newPage(browser);
    await signIn(page, 'grdr@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.goto('/evidence');
    await page.getByRole('heading', { level: 1, name: 'Awards and territory facts' }).waitFor();
    await page.getByTestId('territory-facts').waitFor();
    await expectAccessible(page);
    expect(await page.getByRole('button', { name: /^New / }).count()).toBe(0);
  });

  it('lets the coordinator correct a fact and delete a plenary outcome, both in the audit log', async () => {
    // A fact and an outcome of the Munich event of this test's own, so that the demo's stay as
    // other tests expect them.
    const stamp = Date.now();
    const figure = `Start-ups advised (${stamp})`;
    const heading = `Outcome to withdraw (${stamp})`;
    const token = await apiLogin('coordinator@mpg.demo');
    await gql(token, 'mutation($input: CreateTerritoryFactInput!) { createTerritoryFact(input: $input) { territoryFact { id } userErrors { code } } }', {
      input: { figure, value: 120, unit: 'start-ups', year: 2019, sourceText: 'The advice service counted the start-ups it advised.' },
    });

    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');

    // The fact, corrected in its prefilled form.
    await page.goto('/evidence');
    await page.getByRole('heading', { level: 1, name: 'Awards and territory facts' }).waitFor();
    const title = `${figure} (2019)`;
    await page.getByRole('button', { name: `Edit ${title}`, exact: true }).click();
    const form = page.getByRole('form', { name: `Edit ${title}` });
    expect(await form.getByRole('textbox', { name: 'Figure' }).inputValue()).toBe(figure);
    await form.getByRole('textbox', { name: 'Value' }).fill('135');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.count()).toBe(0);
    const row = () => page.getByTestId('territory-facts').getByRole('row').filter({ hasText: figure });
    await expect.poll(() => row().textContent()).toContain('135 start-ups');
    await page.reload();
    await expect.poll(() => row().textContent()).toContain('135 start-ups');
    expect(await row().textContent()).not.toContain('120 start-ups');

    // The outcome, deleted from the Munich event's page after the confirmation (recorded just
    // before, so that a failure above leaves the demo's outcomes as they are).
    const events = await gql<{ events: { nodes: { id: string; city: string | null }[] } }>(token, '{ events(first: 100) { nodes { id city } } }');
    const munich = events.events.nodes.find((e) => e.city === 'Munich');
    expect(munich, 'the demo has an event in Munich').toBeDefined();
    const created = await gql<{ createPlenaryOutcome: { plenaryOutcome: { id: string } | null } }>(
      token,
      'mutation($input: CreatePlenaryOutcomeInput!) { createPlenaryOutcome(input: $input) { plenaryOutcome { id } userErrors { code } } }',
      { input: { eventId: munich?.id, plenaryOutcome: { section: '(9) Test', heading } } },
    );
    expect(created.createPlenaryOutcome.plenaryOutcome).not.toBeNull();
    await page.goto(`/events/${munich?.id}`);
    const plenary = page.getByRole('region', { name: 'Plenary outcomes' });
    const outcome = plenary.getByRole('article', { name: heading });
    await outcome.waitFor();
    const others = await plenary.getByRole('article').count();
    page.once('dialog', (dialog) => void dialog.accept());
    await outcome.getByRole('button', { name: `Delete the outcome “${heading}”` }).click();
    await expect.poll(() => outcome.count()).toBe(0);
    expect(await plenary.getByRole('article').count()).toBe(others - 1);
    await page.reload();
    await plenary.getByRole('heading', { name: 'Plenary outcomes' }).waitFor();
    await expect.poll(() => plenary.getByRole('article').count()).toBe(others - 1);
    expect(await plenary.getByRole('article', { name: heading }).count()).toBe(0);

    // The audit log, newest first, lists both changes.
    await page.goto('/admin/audit-log');
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'deletePlenaryOutcome' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('row').filter({ hasText: 'updateTerritoryFact' }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });
});
