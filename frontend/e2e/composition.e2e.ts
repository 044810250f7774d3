// The report's composition rules in a real browser (issue 13): the coordinator sees, on the
// working groups page, that group 2 is led by one city/region (the report prints Paris as
// its second leading city without an organisation); a partner sees no such panel.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, launch, newPage, signIn } from './browser';

describe('composition of the working groups', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('warns the coordinator of a group with one leading city/region, and nobody else', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Working groups' }).click();
    await page.getByRole('heading', { name: 'Working groups', level: 1 }).waitFor();
    const panel = page.getByTestId('composition-warnings');
    await expect
      .poll(() => panel.textContent())
      .toContain('2. Outreach and empowerment of migrant communities is led by 1 city/region instead of 2.');
    await expectAccessible(page);
    await page.close();

    const munich = await newPage(browser);
    await signIn(munich, 'munich@partners.demo');
    await munich.waitForURL('**/dashboard');
    await munich.getByRole('navigation').getByRole('link', { name: 'Working groups' }).click();
    await munich.getByRole('heading', { name: 'Working groups', level: 1 }).waitFor();
    await expect.poll(() => munich.getByRole('link', { name: /^1\. / }).count()).toBeGreaterThan(0);
    expect(await munich.getByTestId('composition-warnings').count()).toBe(0);
    await munich.close();
  });
});
