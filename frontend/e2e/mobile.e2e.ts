// On a 390 px phone the dashboard, a plan, a working group and the benchmarks never scroll
// sideways (wide tables scroll in their own box) and the header stays on one line.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, launch, signIn } from './browser';

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('phones', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('fits the dashboard, a plan, a working group and the benchmarks into 390 px', async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-GB', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    // Munich leads a group (its dashboard shows the learning members' table) and has a plan.
    await signIn(page, 'munich@partners.demo');
    await page.waitForURL('**/dashboard');
    await expect.poll(() => page.getByTestId('learning-members').count()).toBeGreaterThan(0);

    const header = page.locator('header');
    const title = header.getByRole('heading', { name: 'MEGA Hub' });
    const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect((await title.boundingBox())?.height ?? 0).toBeLessThanOrEqual(lineHeight + 1);
    expect(await header.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await overflow(page), 'dashboard').toBeLessThanOrEqual(0);

    const open = async (path: RegExp, ready: () => Promise<number>) => {
      await page.getByRole('button', { name: 'Open navigation' }).click();
      await page.getByRole('navigation').getByRole('link', { name: path }).click();
      await expect.poll(ready).toBeGreaterThan(0);
    };
    await open(/^Action plans$/, () => page.getByRole('link', { name: 'City of Munich', exact: true }).count());
    await page.getByRole('link', { name: 'City of Munich', exact: true }).click();
    await expect.poll(() => page.getByTestId('plan-stage').count()).toBe(1);
    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await expect.poll(() => page.getByTestId('plan-step').count()).toBeGreaterThan(0);
    expect(await overflow(page), 'plan').toBeLessThanOrEqual(0);

    await open(/^Working groups$/, () => page.getByRole('link', { name: /^1\. / }).count());
    await page.getByRole('link', { name: /^1\. / }).first().click();
    await expect.poll(() => page.getByRole('region', { name: 'Learning members' }).count()).toBe(1);
    expect(await overflow(page), 'working group').toBeLessThanOrEqual(0);

    await open(/^Benchmarks$/, () => page.getByRole('table').count());
    expect(await overflow(page), 'benchmarks').toBeLessThanOrEqual(0);
    await context.close();
  });
});
