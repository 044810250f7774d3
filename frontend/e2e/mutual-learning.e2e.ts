// The Munich event and the "ask the expert" board in a real browser: the agenda and
// participants as printed, and a feedback thread between a leading and a learning city.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, launch, newPage, signIn } from './browser';

async function openCityLeadershipBoard(page: Page) {
  await page.getByRole('link', { name: 'Working groups' }).click();
  await page.getByRole('link', { name: '1. City leadership', exact: true }).click();
  // The five seeded actions, and any that tests before this one proposed (proposed actions
  // cannot be deleted: expert-journey.e2e.ts adds one here).
  await expect.poll(() => page.getByTestId('proposed-action').count()).toBeGreaterThanOrEqual(5);
}

describe('mutual learning', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the Munich event with its agenda by day and its participants', async () => {
    const page = await newPage(browser);
    await signIn(page, 'garapen@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('link', { name: 'Events' }).click();
    await page.getByRole('link', { name: 'Peer Learning Event' }).click();
    await expect.poll(() => page.getByRole('tab').count()).toBe(3);
    await page.getByRole('tab', { name: /Day 2/ }).click();
    const day2 = page.getByTestId('agenda-2018-12-05');
    await expect.poll(() => day2.textContent()).toContain('WG - City Leadership');
    const row = day2.getByRole('row').filter({ hasText: 'WG - City Leadership' });
    await expect.poll(() => row.textContent()).toContain('09:15–10:20');
    expect(await row.textContent()).toContain('Garapen: 10 min, 2 action(s)');
    expect(await row.textContent()).toContain('Feedback from experts (40 min)');
    await expect.poll(() => page.getByTestId('participants').getByRole('row').count()).toBe(21);
    expect(await page.getByText('21 in total').count()).toBe(1);
    await expectAccessible(page);
  });

  it('lets a leading city give feedback that the learning city sees without reloading and answers', async () => {
    const grdr = await newPage(browser);
    await signIn(grdr, 'grdr@partners.demo');
    await grdr.waitForURL('**/dashboard');
    await openCityLeadershipBoard(grdr);
    const grdrAction = grdr.getByRole('article', { name: 'Awareness raising' });
    expect(await grdr.getByRole('article', { name: 'Promoting city’s leadership on migrant entrepreneurship' }).textContent()).toContain(
      'How can Munich be a role model for Hamburg?',
    );

    const munich = await newPage(browser);
    await signIn(munich, 'munich@partners.demo');
    await munich.waitForURL('**/dashboard');
    await openCityLeadershipBoard(munich);
    const munichAction = munich.getByRole('article', { name: 'Awareness raising' });
    await munichAction.getByRole('button', { name: 'Add comment' }).click();
    await munichAction.getByRole('textbox', { name: 'Your feedback' }).last().fill('Start with the Phoenix Award jury.');
    await munichAction.getByRole('button', { name: 'Send' }).last().click();
    await expect.poll(() => munichAction.getByTestId('feedback-thread').textContent()).toContain('Start with the Phoenix Award jury.');
    await expectAccessible(munich);

    // GRDR's page was open all along: the feedback arrives without a reload.
    await expect.poll(() => grdrAction.getByTestId('feedback-thread').textContent(), { timeout: 15_000 }).toContain(
      'Start with the Phoenix Award jury.',
    );
    await grdrAction.getByRole('button', { name: 'Reply' }).click();
    const replyForm = grdrAction.getByRole('form', { name: 'Reply to Munich Partner' });
    await replyForm.getByRole('textbox', { name: 'Your feedback' }).fill('Thank you, we will contact them.');
    await replyForm.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => grdrAction.getByTestId('feedback-thread').textContent()).toContain('Thank you, we will contact them.');
    await expect.poll(() => munichAction.getByTestId('feedback-thread').textContent(), { timeout: 15_000 }).toContain(
      'Thank you, we will contact them.',
    );
  });

  it('offers no feedback form to an organisation outside the group', async () => {
    // Adive is no member of the City leadership group: the API gives it no feedback kinds
    // there, so the board shows the threads without a form or a reply button.
    const adive = await newPage(browser);
    await signIn(adive, 'adive@partners.demo');
    await adive.waitForURL('**/dashboard');
    await openCityLeadershipBoard(adive);
    const action = adive.getByRole('article', { name: 'Capacity building' });
    await expect.poll(() => action.getByTestId('feedback-thread').count()).toBe(1);
    expect(await adive.getByRole('textbox', { name: 'Your feedback' }).count()).toBe(0);
    expect(await adive.getByRole('button', { name: 'Add comment' }).count()).toBe(0);
    expect(await adive.getByRole('button', { name: 'Reply' }).count()).toBe(0);
  });
});

describe('learning library', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('searches the good-practice library', async () => {
    const page = await newPage(browser);
    await signIn(page, 'formaper@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('link', { name: 'Good practices' }).click();
    await expect.poll(() => page.getByTestId('good-practice').count()).toBe(4);
    await expectAccessible(page);
    await page.getByRole('searchbox', { name: 'Search' }).fill('supplier diversity');
    await expect.poll(() => page.getByTestId('good-practice').count()).toBe(1);
    expect(await page.getByTestId('good-practice').textContent()).toContain('Adive’s corporate procurement model');
    await page.getByRole('searchbox', { name: 'Search' }).fill('nothing like this');
    await expect.poll(() => page.getByText('No good practice matches.').count()).toBe(1);
  });

  it('shows the Phoenix Award, the territory facts and the plenary outcomes', async () => {
    const page = await newPage(browser);
    await signIn(page, 'formaper@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('link', { name: 'Awards and facts' }).click();
    await expect.poll(() => page.getByTestId('award-winners').getByRole('listitem').count()).toBe(5);
    expect(await page.getByTestId('award-winners').textContent()).toContain('USTR GmbH');
    await expect.poll(() => page.getByTestId('territory-facts').textContent()).toContain('30,000 businesses');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Events' }).click();
    await page.getByRole('link', { name: 'Peer Learning Event' }).click();
    await expect.poll(() => page.getByTestId('plenary-outcome').count()).toBe(3);
  });
});
