// A plan's whole life in the browser (issue 14): a new partner organisation's user creates its
// plan, adds two objectives (one from a proposed action), adds, edits and deletes steps with
// the keyboard-friendly editors, and submits; the coordinator downloads the steps CSV.
import { readFileSync } from 'node:fs';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiLogin, gql } from './api';
import { expectAccessible, launch, newPage, signIn } from './browser';

// "Aaa": first in the paged list of organisations.
const ORGANISATION = 'Aaa Zeta Newcomers';
const EMAIL = 'zeta@partners.demo';
const PASSWORD = 'a long enough password for zeta';

/** The coordinator's set-up, as a script would do it: the organisation, a learning
 * membership in the procurement group (so a mutual-learning objective there counts), a user. */
async function createPartner() {
  const coordinator = await apiLogin('coordinator@mpg.demo');
  const created = await gql<{ createOrganisation: { organisation: { id: string } | null; userErrors: { code: string }[] } }>(
    coordinator,
    'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } userErrors { code } } }',
    { input: { organisation: { name: ORGANISATION, shortName: 'Zeta', kind: 'BUSINESS_ORGANISATION' } } },
  );
  expect(created.createOrganisation.userErrors).toEqual([]);
  const organisationId = created.createOrganisation.organisation?.id;
  const groups = await gql<{ workingGroups: { nodes: { id: string; thematicArea: { number: number } }[] } }>(
    coordinator,
    '{ workingGroups { nodes { id thematicArea { number } } } }',
  );
  const procurement = groups.workingGroups.nodes.find((g) => g.thematicArea.number === 4);
  const membership = await gql<{ addMembership: { userErrors: { code: string }[] } }>(
    coordinator,
    'mutation($input: AddMembershipInput!) { addMembership(input: $input) { userErrors { code } } }',
    { input: { workingGroupId: procurement?.id, organisationId, role: 'LEARNING' } },
  );
  expect(membership.addMembership.userErrors).toEqual([]);
  const user = await gql<{ createUser: { userErrors: { code: string }[] } }>(
    coordinator,
    'mutation($input: CreateUserInput!) { createUser(input: $input) { userErrors { code } } }',
    { input: { email: EMAIL, displayName: 'Zeta Officer', organisationId, globalRole: 'PARTNER', password: PASSWORD } },
  );
  expect(user.createUser.userErrors).toEqual([]);
}

/** The accessible name of the focused element. */
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

async function pick(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string) {
  await scope.getByRole('textbox', { name: label, exact: true }).or(scope.getByRole('combobox', { name: label, exact: true })).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('a plan’s whole life in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    await createPartner();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a new partner create its plan, add objectives and steps, delete one and submit', async () => {
    const page = await newPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    await signIn(page, EMAIL, PASSWORD);
    await page.waitForURL('**/dashboard');

    // Create the plan from the plans list; it opens as an empty draft.
    await page.getByRole('link', { name: 'Action plans' }).click();
    await page.getByRole('button', { name: `New action plan for ${ORGANISATION}` }).click();
    await expect.poll(() => page.getByTestId('plan-stage').count()).toBe(1);
    expect(await page.getByTestId('plan-stage').textContent()).toBe('Draft');
    expect(page.url()).toMatch(/\/plans\/[^/]+$/);
    await expectAccessible(page);

    // Objective 1 grows from a proposed action of the procurement group.
    const form = page.getByRole('form', { name: 'Add an objective' });
    await form.getByRole('textbox', { name: 'Reference' }).fill('Objective #1');
    await form.getByRole('textbox', { name: 'Objective (what)' }).fill('Supplier mentoring');
    await pick(page, form, 'Thematic area', '4. Socially responsible procurement');
    await pick(page, form, 'Proposed action it grew from', 'Identification of business opportunities for minority entrepreneurs (Adive)');
    await form.getByRole('button', { name: 'Add an objective' }).click();
    const first = page.getByRole('region', { name: 'Objective #1 – Supplier mentoring' });
    await expect.poll(() => first.count()).toBe(1);
    expect(await first.getByTestId('grew-from').textContent()).toContain('Identification of business opportunities for minority entrepreneurs (Adive)');

    // Objective 2 from another opportunity, then renamed in place.
    await form.getByRole('textbox', { name: 'Reference' }).fill('Objective #2');
    await form.getByRole('textbox', { name: 'Objective (what)' }).fill('Awareness');
    await pick(page, form, 'Origin', 'Other opportunity');
    await form.getByRole('button', { name: 'Add an objective' }).click();
    const second = page.getByRole('region', { name: 'Objective #2 – Awareness' });
    await expect.poll(() => second.count()).toBe(1);
    await second.getByRole('button', { name: 'Edit objective Objective #2 – Awareness' }).click();
    const objectiveEditor = page.getByRole('form', { name: 'Edit Objective #2 – Awareness' });
    await objectiveEditor.getByRole('textbox', { name: 'Objective (what)' }).fill('Awareness campaign for buyers');
    await objectiveEditor.getByRole('button', { name: 'Save' }).click();
    const renamed = page.getByRole('region', { name: 'Objective #2 – Awareness campaign for buyers' });
    await expect.poll(() => renamed.count()).toBe(1);
    await expect.poll(() => focusedLabel(page)).toBe('Edit objective Objective #2 – Awareness campaign for buyers');

    // "+ Add step" under objective 1 asks for a title and opens the new step's editor.
    await first.getByRole('button', { name: 'Add step to Objective #1 – Supplier mentoring' }).click();
    await first.getByRole('textbox', { name: /^New step \(how\)/ }).fill('Map local suppliers');
    await first.getByRole('button', { name: 'Add and edit' }).click();
    const editor = page.getByRole('form', { name: 'Edit step 1 of Objective #1 – Supplier mentoring' });
    await expect.poll(() => editor.count()).toBe(1);
    const stepTitle = editor.getByRole('textbox', { name: /^Step \(how\)/ });
    await expect.poll(() => stepTitle.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await stepTitle.inputValue()).toBe('Map local suppliers');
    await editor.getByRole('textbox', { name: 'Reference' }).fill('1');
    // A stakeholder is picked from the network's organisations, another typed as words.
    const stakeholders = editor.getByRole('combobox', { name: 'Partners & stakeholders' });
    await stakeholders.fill('Hamburg Chamber');
    await page.getByRole('option', { name: 'Hamburg Chamber of Commerce' }).click();
    await stakeholders.fill('Large buyers');
    await stakeholders.press('Enter');
    await expect
      .poll(() => editor.getByRole('list', { name: 'Partners & stakeholders' }).getByRole('listitem').allTextContents())
      .toEqual(['Hamburg Chamber of Commerce (network organisation)', 'Large buyers']);
    // The start is picked on the calendar, then kept to the month.
    await editor.getByLabel('Start on the calendar').fill('2027-01-15');
    await expect.poll(() => editor.getByRole('textbox', { name: 'Start', exact: true }).inputValue()).toBe('2027-01-15');
    await editor.getByRole('group', { name: 'Precision of the start' }).getByText('Month', { exact: true }).click();
    await expect.poll(() => editor.getByRole('textbox', { name: 'Start', exact: true }).inputValue()).toBe('2027-01');
    await editor.getByRole('textbox', { name: 'End', exact: true }).fill('2027-03');
    await editor.getByRole('textbox', { name: 'End as printed' }).fill('End of March 2027');
    await expectAccessible(page);
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => first.getByTestId('plan-step').count()).toBe(1);
    const row = first.getByTestId('plan-step').first();
    await expect.poll(() => row.textContent()).toContain('Large buyers');
    // The organisation links to its page; the words stay words.
    await expect.poll(() => row.getByRole('link', { name: 'Hamburg Chamber of Commerce' }).getAttribute('href')).toMatch(/^\/organisations\//);
    expect(await row.getByRole('link', { name: 'Large buyers' }).count()).toBe(0);
    expect(await row.textContent()).toContain('Map local suppliers');
    expect(await row.textContent()).toContain('End of March 2027');
    await expect.poll(() => focusedLabel(page)).toBe('Edit step 1 of Objective #1 – Supplier mentoring');

    // A second step: Esc closes its editor and focus returns to its Edit; then it is deleted.
    await first.getByRole('button', { name: 'Add step to Objective #1 – Supplier mentoring' }).click();
    await first.getByRole('textbox', { name: /^New step \(how\)/ }).fill('Step added by mistake');
    await first.getByRole('button', { name: 'Add and edit' }).click();
    const secondEditor = page.getByRole('form', { name: 'Edit step 2 of Objective #1 – Supplier mentoring' });
    await expect.poll(() => secondEditor.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => secondEditor.count()).toBe(0);
    await expect.poll(() => focusedLabel(page)).toBe('Edit step 2 of Objective #1 – Supplier mentoring');
    await expect.poll(() => first.getByTestId('plan-step').count()).toBe(2);
    await first.getByRole('button', { name: 'Delete step 2 of Objective #1 – Supplier mentoring' }).click();
    await expect.poll(() => first.getByTestId('plan-step').count()).toBe(1);
    expect(dialogs).toEqual(['Delete step 2 “Step added by mistake”?']);
    expect(await first.getByTestId('plan-step').first().textContent()).toContain('Map local suppliers');

    // The plan meets the rules: it is submitted.
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => page.getByTestId('plan-stage').textContent()).toBe('Submitted');
  });

  it('shows the coordinator the plan awaiting adoption, in the steps CSV and on the organisation page', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator@mpg.demo');
    await page.waitForURL('**/dashboard');
    const awaiting = page.getByTestId('awaiting-adoption').getByRole('article', { name: ORGANISATION });
    await expect.poll(() => awaiting.textContent()).toContain('Objective #1 – Supplier mentoring');
    expect(await awaiting.textContent()).toContain('Objective #2 – Awareness campaign for buyers');
    expect(await awaiting.textContent()).toContain('You may adopt it');
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the steps (CSV)' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('action_plan_id,organisation,plan_stage')).toBe(true);
    const rows = csv.split('\n').filter((line) => line.includes('Map local suppliers'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/Zeta/);
    expect(rows[0]).toContain('SUBMITTED');
    expect(csv).not.toContain('Step added by mistake');

    await page.getByRole('navigation').getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('table').getByRole('link', { name: ORGANISATION }).click();
    const section = page.getByRole('region', { name: 'Action plan' });
    await expect.poll(() => section.getByRole('link', { name: `Action plan of ${ORGANISATION} (Submitted)` }).count()).toBe(1);
    expect(await section.getByRole('button', { name: /New action plan/ }).count()).toBe(0);
  });
});
