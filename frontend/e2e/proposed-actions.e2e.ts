// "Ask the expert" in a real browser (issue 13): UoG, a learning member of the City
// leadership group, proposes an action with guiding questions and corrects it; another
// member sees it without the controls.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, launch, newPage, signIn } from './browser';

describe('proposed actions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a learning member propose an action and correct it', async () => {
    const title = `Mentoring by migrant entrepreneurs (${Date.now()})`;
    const page = await newPage(browser);
    await signIn(page, 'uog@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Working groups' }).click();
    await page.getByRole('link', { name: '1. City leadership', exact: true }).click();
    const board = page.getByRole('region', { name: 'Ask the expert: proposed actions' });
    await board.getByRole('button', { name: 'Propose an action' }).click();
    const form = board.getByRole('form', { name: 'Propose an action to the experts' });
    expect(await form.textContent()).toContain('Presented by Unternehmer ohne Grenzen e.V.');
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByRole('textbox', { name: 'What the action is about' }).fill('Experienced entrepreneurs coach newcomers for a year.');
    await form.getByRole('textbox', { name: 'Guiding questions for the experts' }).fill('How do we find mentors?\nHow long should mentoring last?');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Propose an action' }).click();

    const card = board.getByRole('article', { name: title });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('How long should mentoring last?');
    expect(await card.textContent()).toContain('Presented by Unternehmer ohne Grenzen e.V.');

    await card.getByRole('button', { name: 'Edit' }).click();
    const edit = card.getByRole('form', { name: `Edit ${title}` });
    await edit.getByRole('textbox', { name: 'What the action is about' }).fill('Experienced entrepreneurs coach newcomers for six months.');
    await edit.getByRole('button', { name: 'Save the action' }).click();
    await expect.poll(() => card.textContent()).toContain('coach newcomers for six months.');

    // GRDR, another member, sees it but may not edit it.
    const grdr = await newPage(browser);
    await signIn(grdr, 'grdr@partners.demo');
    await grdr.waitForURL('**/dashboard');
    await grdr.goto(page.url());
    const grdrCard = grdr.getByRole('region', { name: 'Ask the expert: proposed actions' }).getByRole('article', { name: title });
    await expect.poll(() => grdrCard.count()).toBe(1);
    expect(await grdrCard.getByRole('button', { name: 'Edit' }).count()).toBe(0);
  });
});
