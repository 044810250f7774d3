import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ThematicAreasPage } from '../pages/ThematicAreasPage';
import { mockClient, renderWithProviders } from '../test/render';
import { lowestFreeNumber } from './ThematicAreaForm';

const AREAS = [
  {
    __typename: 'ThematicArea',
    id: 'a-1',
    number: 1,
    title: 'City leadership',
    description: 'Leading',
    benchmarkCells: [{ __typename: 'BenchmarkCell', keyActor: 'MUNICIPALITY', dimension: 'LEADERSHIP_AND_INTERDEPARTMENTAL_WORK' }],
  },
  {
    __typename: 'ThematicArea',
    id: 'a-3',
    number: 3,
    title: 'Access to finance',
    description: '',
    benchmarkCells: [
      { __typename: 'BenchmarkCell', keyActor: 'MUNICIPALITY', dimension: 'SUPPORT_SERVICES' },
      { __typename: 'BenchmarkCell', keyActor: 'CHAMBER_OF_COMMERCE', dimension: 'SUPPORT_SERVICES' },
    ],
  },
];

const page = (manageWorkingGroups: boolean) => ({
  viewerCapabilities: { __typename: 'NetworkCapabilities', manageWorkingGroups },
  thematicAreas: {
    __typename: 'ThematicAreaConnection',
    totalCount: AREAS.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: '1' },
    nodes: AREAS,
  },
});

const payload = (userErrors: unknown[]) => ({ __typename: 'ThematicAreaPayload', thematicArea: userErrors.length ? null : AREAS[0], userErrors });

function renderPage(manageWorkingGroups: boolean, answer: () => unknown = () => payload([])) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const client = mockClient((_q, variables, operation = '') => {
    if (operation === 'ThematicAreas') return page(manageWorkingGroups);
    calls.push({ operation, variables });
    return { [operation === 'CreateThematicArea' ? 'createThematicArea' : 'updateThematicArea']: answer() };
  });
  renderWithProviders(<ThematicAreasPage />, { client });
  return calls;
}

describe('ThematicAreasPage', () => {
  it('offers no New or Edit controls without the capability', async () => {
    renderPage(false);
    expect(await screen.findByText('City leadership')).toBeInTheDocument();
    // Everyone sees which benchmark cells measure each area.
    const rows = screen.getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Municipalities: Leadership and inter-departmental work');
    expect(rows[2]).toHaveTextContent('Municipalities: Support servicesChambers of commerce: Support services');
    expect(screen.queryByRole('button', { name: 'New thematic area' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit 1. City leadership' })).not.toBeInTheDocument();
  });

  it('creates an area with the lowest free number', async () => {
    const calls = renderPage(true);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'New thematic area' }));
    const form = screen.getByRole('form', { name: 'New thematic area' });
    const number = within(form).getByRole('textbox', { name: 'Number' });
    expect(number).toHaveFocus();
    expect(number).toHaveValue('2');
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Mentoring');
    await user.type(within(form).getByRole('textbox', { name: 'Description' }), 'Pairs of peers');
    // Ticked out of matrix order, sent in matrix order.
    await user.click(within(form).getByRole('checkbox', { name: 'Immigrant organisations: Support services' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Municipalities: Recognition and evaluation' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls).toEqual([
        {
          operation: 'CreateThematicArea',
          variables: {
            input: {
              number: 2,
              title: 'Mentoring',
              description: 'Pairs of peers',
              benchmarkCells: [
                { keyActor: 'MUNICIPALITY', dimension: 'RECOGNITION_AND_EVALUATION' },
                { keyActor: 'IMMIGRANT_ORGANISATION', dimension: 'SUPPORT_SERVICES' },
              ],
            },
          },
        },
      ]),
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'New thematic area' })).toHaveFocus());
  }, 30_000);

  it('shows an out-of-range number next to the number field; Esc cancels', async () => {
    const calls = renderPage(true, () =>
      payload([{ __typename: 'UserError', field: ['input', 'number'], code: 'OUT_OF_RANGE', message: 'bad', params: [{ __typename: 'UserErrorParam', name: 'min', value: '1' }, { __typename: 'UserErrorParam', name: 'max', value: '99' }] }]),
    );
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Edit 3. Access to finance' }));
    const form = screen.getByRole('form', { name: 'Edit 3. Access to finance' });
    const number = within(form).getByRole('textbox', { name: 'Number' });
    // The area's cells start ticked; unticking one sends the rest.
    expect(within(form).getByRole('checkbox', { name: 'Municipalities: Support services' })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'Municipalities: Inclusive procurement' })).not.toBeChecked();
    await user.click(within(form).getByRole('checkbox', { name: 'Municipalities: Support services' }));
    await user.clear(number);
    await user.type(number, '100');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(number).toHaveAccessibleDescription(expect.stringContaining('Number must be between 1 and 99.')));
    expect(calls[0]).toEqual({
      operation: 'UpdateThematicArea',
      variables: {
        input: { id: 'a-3', number: 100, title: 'Access to finance', description: '', benchmarkCells: [{ keyActor: 'CHAMBER_OF_COMMERCE', dimension: 'SUPPORT_SERVICES' }] },
      },
    });

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit 3. Access to finance' })).toHaveFocus());
  }, 30_000);

  it('finds the lowest free number', () => {
    expect(lowestFreeNumber([1, 2, 4])).toBe(3);
    expect(lowestFreeNumber([])).toBe(1);
    expect(lowestFreeNumber(Array.from({ length: 99 }, (_, i) => i + 1))).toBeUndefined();
  });
});
