// Recording evidence in a real browser (issue 13, point 9): the coordinator records a
// territory fact (refused first for a year out of range, the error next to the field) and sees
// it listed; a partner sees the evidence without any "New" button.
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
});
