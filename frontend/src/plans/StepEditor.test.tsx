import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { StepButtons } from './StepButtons';
import { StepEditor } from './StepEditor';
import type { PlanAction, PlanStep } from './types';

const step = {
  __typename: 'ActionStep',
  id: 'step-1',
  number: '1',
  ref: '1',
  parentId: null,
  title: 'Map services',
  stakeholders: ['MEGA network partners', 'GARAPEN'],
  stakeholderEntries: [
    { __typename: 'StepStakeholder', name: 'MEGA network partners', organisation: null },
    { __typename: 'StepStakeholder', name: 'GARAPEN', organisation: { __typename: 'Organisation', id: 'org-garapen', name: 'Asociación Vasca de Agencias de Desarrollo GARAPEN' } },
  ],
  stakeholdersText: null,
  successFactors: [],
  successFactorsText: 'N/A',
  start: '2019-01',
  end: '2019-01-18',
  startText: 'January 2019',
  endText: '18 January 2019',
  version: 2,
  viewerCanUpdate: true,
  viewerCanReplan: true,
} as unknown as PlanStep;

const action = { __typename: 'Action', id: 'action-1', ref: 'Objective #1', title: 'Network', position: 0, steps: [step] } as unknown as PlanAction;

function client(sent: unknown[]) {
  return mockClient((_query, variables, operation) => {
    if (operation === 'StakeholderOrganisations') {
      return {
        organisations: {
          __typename: 'OrganisationConnection',
          nodes: [
            { __typename: 'Organisation', id: 'org-garapen', name: 'Asociación Vasca de Agencias de Desarrollo GARAPEN' },
            { __typename: 'Organisation', id: 'org-adive', name: 'Adive' },
          ],
        },
      };
    }
    sent.push({ operation, input: variables.input });
    if (operation === 'UpdateActionStep') return { updateActionStep: { __typename: 'ActionStepPayload', step: { __typename: 'ActionStep', id: 'step-1', version: 3 }, userErrors: [] } };
    if (operation === 'RemoveActionStep') return { removeActionStep: { __typename: 'ActionPayload', action: { __typename: 'Action', id: 'action-1', version: 5 }, userErrors: [] } };
    return undefined;
  });
}

describe('StepEditor', () => {
  it('shows an agreed plan\'s dates without offering to change them, and sends them unchanged', async () => {
    const sent: unknown[] = [];
    const handlers = { onDone: vi.fn(), onCancel: vi.fn(), onReload: vi.fn() };
    renderWithProviders(<StepEditor step={step} objective="Objective #1 – Network" datesLocked {...handlers} />, { client: client(sent) });
    expect(screen.queryByRole('textbox', { name: 'End' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Start as printed' })).toBeNull();
    expect(screen.getByTestId('step-dates-locked')).toHaveTextContent(/^Dates: Jan 2019 to Jan 18, 2019\. .*Re-plan/);
    await userEvent.type(screen.getByRole('textbox', { name: /^Step \(how\)/ }), ' again');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ operation: 'UpdateActionStep', input: { step: { title: 'Map services again', start: '2019-01', end: '2019-01-18', endText: '18 January 2019' } } });
  });

  it('edits every printed field, and a new date replaces its printed wording', async () => {
    const sent: unknown[] = [];
    const handlers = { onDone: vi.fn(), onCancel: vi.fn(), onReload: vi.fn() };
    renderWithProviders(<StepEditor step={step} objective="Objective #1 – Network" {...handlers} />, { client: client(sent) });
    const form = screen.getByRole('form', { name: 'Edit step 1 of Objective #1 – Network' });
    expect(screen.getByRole('textbox', { name: /^Step \(how\)/ })).toHaveFocus();
    const field = (name: string) => screen.getByRole('textbox', { name });
    await userEvent.clear(field('Reference'));
    await userEvent.type(field('Reference'), '1a');
    await userEvent.type(field('Partners & stakeholders as printed'), 'All partners');
    await userEvent.clear(field('Critical success factors as printed'));
    await userEvent.clear(field('End'));
    await userEvent.type(field('End'), '2019-02');
    expect(field('End as printed')).toHaveValue('');
    await userEvent.type(field('End as printed'), 'Early February 2019');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([
      {
        operation: 'UpdateActionStep',
        input: {
          id: 'step-1',
          expectedVersion: 2,
          step: {
            ref: '1a',
            title: 'Map services',
            stakeholderEntries: [
              { organisationId: null, name: 'MEGA network partners' },
              { organisationId: 'org-garapen', name: 'GARAPEN' },
            ],
            stakeholdersText: 'All partners',
            successFactors: [],
            successFactorsText: null,
            start: '2019-01',
            end: '2019-02',
            startText: 'January 2019',
            endText: 'Early February 2019',
          },
        },
      },
    ]);
    expect(handlers.onDone).toHaveBeenCalledOnce();
    expect(form).toBeInTheDocument();
  }, 20_000);

  it('picks stakeholders from the network or types them, and keeps an organisation’s printed wording', async () => {
    const sent: unknown[] = [];
    const handlers = { onDone: vi.fn(), onCancel: vi.fn(), onReload: vi.fn() };
    renderWithProviders(<StepEditor step={step} objective="Objective #1 – Network" {...handlers} />, { client: client(sent) });
    const list = screen.getByRole('list', { name: 'Partners & stakeholders' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['MEGA network partners', 'GARAPEN (network organisation)']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove MEGA network partners' }));
    const add = screen.getByRole('combobox', { name: 'Partners & stakeholders' });
    await userEvent.type(add, 'Adi');
    await userEvent.click(await screen.findByRole('option', { name: 'Adive' }));
    // Enter adds typed words and does not submit the form.
    await userEvent.type(add, 'Local buyers{Enter}');
    expect(sent).toHaveLength(0);
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['GARAPEN (network organisation)', 'Adive (network organisation)', 'Local buyers']);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent[0]).toMatchObject({
      operation: 'UpdateActionStep',
      input: {
        step: {
          stakeholderEntries: [
            { organisationId: 'org-garapen', name: 'GARAPEN' },
            { organisationId: 'org-adive', name: null },
            { organisationId: null, name: 'Local buyers' },
          ],
        },
      },
    });
  }, 20_000);

  it('picks a date on the calendar at the date’s precision, and changes the precision', async () => {
    const handlers = { onDone: vi.fn(), onCancel: vi.fn(), onReload: vi.fn() };
    renderWithProviders(<StepEditor step={step} objective="Objective #1 – Network" {...handlers} />, { client: client([]) });
    const start = screen.getByRole('textbox', { name: 'Start' });
    const calendar = screen.getByLabelText('Start on the calendar');
    expect(calendar).toHaveValue('2019-01-01');
    // The start is a month ("2019-01"): a day picked on the calendar keeps the month.
    fireEvent.change(calendar, { target: { value: '2019-04-17' } });
    expect(start).toHaveValue('2019-04');
    expect(screen.getByRole('textbox', { name: 'Start as printed' })).toHaveValue('');
    const precision = screen.getByRole('group', { name: 'Precision of the start' });
    await userEvent.click(within(precision).getByText('Year'));
    expect(start).toHaveValue('2019');
    await userEvent.click(within(precision).getByText('Day'));
    expect(start).toHaveValue('2019-01-01');
    fireEvent.change(calendar, { target: { value: '2019-02-28' } });
    expect(start).toHaveValue('2019-02-28');
  }, 20_000);

  it('cancels on Esc without saving', async () => {
    const sent: unknown[] = [];
    const handlers = { onDone: vi.fn(), onCancel: vi.fn(), onReload: vi.fn() };
    renderWithProviders(<StepEditor step={step} objective="Objective #1 – Network" {...handlers} />, { client: client(sent) });
    await userEvent.keyboard('{Escape}');
    expect(handlers.onCancel).toHaveBeenCalledOnce();
    expect(sent).toEqual([]);
  });
});

describe('StepButtons', () => {
  it('names the objective and deletes the step only after a confirmation naming it', async () => {
    const sent: unknown[] = [];
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.confirm = confirm;
    const onChanged = vi.fn();
    const onRemoved = vi.fn();
    renderWithProviders(<StepButtons step={step} action={action} onEdit={() => undefined} onChanged={onChanged} onRemoved={onRemoved} />, { client: client(sent) });
    expect(screen.getByRole('button', { name: 'Edit step 1 of Objective #1 – Network' })).toBeInTheDocument();
    const remove = screen.getByRole('button', { name: 'Delete step 1 of Objective #1 – Network' });
    await userEvent.click(remove);
    expect(confirm).toHaveBeenLastCalledWith('Delete step 1 “Map services”?');
    expect(sent).toEqual([]);
    await userEvent.click(remove);
    expect(sent).toEqual([{ operation: 'RemoveActionStep', input: { id: 'step-1', expectedVersion: 2 } }]);
    expect(onRemoved).toHaveBeenCalledOnce();
  });
});
