// Working groups and benchmarks in a real browser: adding a missing mandatory member, and who
// sees which benchmark.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, launch, newPage, signIn } from './browser';

describe('network', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets the coordinator add a missing mandatory member', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('link', { name: 'Working groups' }).click();
    await page.getByRole('link', { name: '2. Outreach and empowerment of migrant communities', exact: true }).click();
    await expect.poll(() => page.getByTestId('missing-members').textContent()).toContain('Adive');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Add missing mandatory members' }).click();
    await expect.poll(() => page.getByTestId('none-missing').count()).toBe(1);
    const learning = page.getByRole('region', { name: 'Learning members' });
    await expect.poll(() => learning.textContent()).toContain('Adive');
  });

  it('shows a partner its own benchmark and refuses another organisation’s', async () => {
    const page = await newPage(browser);
    await signIn(page, 'uog@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.getByTestId('viewer-name').getByRole('link', { name: 'UoG' }).click();
    await expect.poll(() => page.getByTestId('benchmark').count()).toBe(1);
    await expect.poll(() => page.getByTestId('benchmark').textContent()).toContain('City leadership');
    await expectAccessible(page);

    await page.goto('/organisations');
    await page.getByRole('table').getByRole('link', { name: 'GRDR', exact: true }).click();
    await expect.poll(() => page.getByTestId('not-allowed').count()).toBe(1);
    expect(await page.getByTestId('benchmark').count()).toBe(0);
  });

  it('shows a leading member the benchmarks of the organisations it coaches, and only those', async () => {
    // UoG leads the Chambers group, where the City of Munich learns; GRDR is in no group UoG leads.
    const page = await newPage(browser);
    await signIn(page, 'uog@partners.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('link', { name: 'Benchmarks' }).click();
    for (const name of ['City of Munich', 'Unternehmer ohne Grenzen e.V.']) {
      await expect.poll(() => page.getByRole('region', { name }).count()).toBe(1);
    }
    expect(await page.getByRole('region', { name: 'GRDR' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('lets the coordinator manage members and organisations', async () => {
    const page = await newPage(browser);
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('button', { name: 'Create organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create organisation' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Aaa Test Mentoring Network');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('table').getByRole('link', { name: 'Aaa Test Mentoring Network' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Working groups' }).click();
    await page.getByRole('link', { name: '4. Socially responsible procurement', exact: true }).click();
    const form = page.getByRole('form', { name: 'Add member' });
    await form.getByRole('combobox', { name: 'Name' }).click();
    await page.getByRole('option', { name: 'Aaa Test Mentoring Network' }).click();
    await form.getByRole('button', { name: 'Add member' }).click();
    const learning = page.getByRole('region', { name: 'Learning members' });
    await expect.poll(() => learning.textContent()).toContain('Aaa Test Mentoring Network');
    await expectAccessible(page);
    await learning.getByRole('row', { name: /Aaa Test Mentoring Network/ }).getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => learning.textContent()).not.toContain('Aaa Test Mentoring Network');

    await page.getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('table').getByRole('link', { name: 'Aaa Test Mentoring Network' }).click();
    await page.getByRole('button', { name: 'Edit organisation' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit organisation' });
    await edit.getByRole('textbox', { name: 'Short name' }).fill('ATMN');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('button', { name: 'Create user' }).click();
    const create = page.getByRole('dialog', { name: 'Create user' });
    await create.getByRole('textbox', { name: 'E-mail' }).fill('mentor@partners.demo');
    await create.getByRole('textbox', { name: 'Display name' }).fill('Aaa Mentor');
    await create.getByRole('textbox', { name: 'Initial password' }).fill('a long enough password');
    await create.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('row', { name: /Aaa Mentor/ });
    await expect.poll(() => row.textContent()).toContain('mentor@partners.demo');
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await expect.poll(() => row.textContent()).toContain('Deactivated');
    await row.getByRole('button', { name: 'Reactivate' }).click();
    await expect.poll(() => row.getByRole('button', { name: 'Deactivate' }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect.poll(() => page.getByRole('table').textContent()).toContain('updateUser');
    expect(await page.getByRole('table').textContent()).toContain('updateOrganisation');
  });
});
