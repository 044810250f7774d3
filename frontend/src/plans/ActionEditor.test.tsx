import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { ActionEditor } from './ActionEditor';
import type { PlanAction } from './types';

const area = (id: string, number: number, title: string) => ({ __typename: 'ThematicArea' as const, id, number, title });
const proposed = (id: string, title: string, organisation: string, group: string, areaId: string) => ({
  __typename: 'ProposedAction' as const,
  id,
  title,
  organisation: { __typename: 'Organisation' as const, id: `org-${organisation}`, name: organisation, shortName: organisation },
  workingGroup: { __typename: 'WorkingGroup' as const, id: group, title: `Group ${group}`, thematicArea: { __typename: 'ThematicArea' as const, id: areaId } },
});

const action = {
  __typename: 'Action',
  id: 'action-1',
  ref: 'Objective #1',
  title: 'Supplier database',
  origin: 'OTHER_OPPORTUNITY',
  position: 0,
  version: 3,
  progress: null,
  viewerCanUpdate: true,
  viewerFeedbackKinds: [],
  feedback: [],
  thematicArea: area('area-1', 1, 'City leadership'),
  proposedAction: null,
  steps: [],
} as unknown as PlanAction;

function renderEditor(sent: unknown[], userErrors: unknown[] = []) {
  const client = mockClient((_query, variables, operation) => {
    if (operation === 'ActionOptions') {
      return {
        thematicAreas: { __typename: 'ThematicAreaConnection', nodes: [area('area-1', 1, 'City leadership'), area('area-4', 4, 'Procurement')] },
        proposedActions: {
          __typename: 'ProposedActionConnection',
          nodes: [proposed('pa-1', 'Data collection', 'GARAPEN', 'g1', 'area-1'), proposed('pa-4', 'Supplier diversity', 'Munich', 'g4', 'area-4')],
        },
      };
    }
    if (operation !== 'UpdateAction') return undefined;
    sent.push(variables.input);
    return { updateAction: { __typename: 'ActionPayload', action: { __typename: 'Action', id: 'action-1', version: 4 }, userErrors } };
  });
  const handlers = { onDone: vi.fn(), onCancel: vi.fn(), onReload: vi.fn() };
  renderWithProviders(<ActionEditor action={action} {...handlers} />, { client });
  return handlers;
}

describe('ActionEditor', () => {
  it('edits every field of an objective, offering the proposed actions of its area', async () => {
    const sent: unknown[] = [];
    const { onDone } = renderEditor(sent);
    const form = screen.getByRole('form', { name: 'Edit Objective #1 – Supplier database' });
    expect(screen.getByRole('textbox', { name: 'Reference' })).toHaveFocus();
    const title = screen.getByRole('textbox', { name: 'Objective (what)' });
    await userEvent.clear(title);
    await userEvent.type(title, 'Diverse suppliers');
    await userEvent.click(screen.getAllByLabelText('Origin')[0] as HTMLElement);
    await userEvent.click(await screen.findByRole('option', { name: 'From mutual learning' }));
    await userEvent.click(screen.getAllByLabelText(/Proposed action it grew from/)[0] as HTMLElement);
    // Only the area's group's proposed actions are offered.
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Data collection (GARAPEN)']);
    await userEvent.click(screen.getByRole('option', { name: 'Data collection (GARAPEN)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([
      {
        id: 'action-1',
        expectedVersion: 3,
        action: { ref: 'Objective #1', title: 'Diverse suppliers', thematicAreaId: 'area-1', origin: 'MUTUAL_LEARNING', proposedActionId: 'pa-1' },
      },
    ]);
    expect(onDone).toHaveBeenCalledOnce();
    expect(form).toBeInTheDocument();
  }, 20_000);

  it('shows a problem next to its field and stays open', async () => {
    const sent: unknown[] = [];
    const { onDone } = renderEditor(sent, [
      { __typename: 'UserError', field: ['input', 'action', 'ref'], code: 'TOO_LONG', message: 'ref is too long', params: [{ __typename: 'UserErrorParam', name: 'max', value: '100' }] },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Reference must be at most 100 characters.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Reference' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('ref is too long')).not.toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('cancels on Esc', async () => {
    const { onCancel } = renderEditor([]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Objective (what)' }), '{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
