import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { BenchmarkCard } from '../pages/BenchmarksPage';
import { mockClient, renderWithProviders } from '../test/render';
import { BenchmarkCellEditor, type EditableBenchmark } from './BenchmarkCellEditor';

const benchmark = {
  __typename: 'Benchmark',
  id: 'bm-1',
  status: 'DRAFT',
  version: 4,
  organisation: { __typename: 'Organisation', id: 'org-1', name: 'GRDR' },
  round: { __typename: 'BenchmarkRound', id: 'round-1', name: 'Baseline 2018', heldOn: '2018-09-01' },
  needs: [{ __typename: 'ThematicArea', id: 'area-1', title: 'City leadership' }],
  scores: [
    { __typename: 'BenchmarkScore', keyActor: 'MUNICIPALITY', dimension: 'SUPPORT_SERVICES', level: 1, achievements: 'Desk', needs: '', gaps: 'Funding' },
    { __typename: 'BenchmarkScore', keyActor: 'CHAMBER_OF_COMMERCE', dimension: 'INCLUSIVE_PROCUREMENT', level: 0, achievements: '', needs: 'Rules', gaps: '' },
  ],
  viewerCanUpdate: true,
  viewerCanValidate: true,
};

const areas = {
  thematicAreas: {
    __typename: 'ThematicAreaConnection',
    nodes: [
      { __typename: 'ThematicArea', id: 'area-1', number: 1, title: 'City leadership' },
      { __typename: 'ThematicArea', id: 'area-2', number: 2, title: 'Outreach and empowerment' },
    ],
  },
};

function client(sent: unknown[], userErrors: unknown[] = []) {
  return mockClient((_query, variables, operation) => {
    if (operation === 'BenchmarkAreas') return areas;
    sent.push({ operation, input: variables.input });
    const payload = { __typename: 'BenchmarkPayload', benchmark: { __typename: 'Benchmark', id: 'bm-1', version: 5, status: 'DRAFT' }, userErrors };
    if (operation === 'UpdateBenchmark') return { updateBenchmark: payload };
    if (operation === 'ValidateBenchmark') return { validateBenchmark: { ...payload, benchmark: { ...payload.benchmark, status: 'VALIDATED' } } };
    return undefined;
  });
}

describe('BenchmarkCellEditor', () => {
  it('saves the cell and the marked needs, sending the other cells unchanged', async () => {
    const sent: unknown[] = [];
    const handlers = { onDone: vi.fn(), onCancel: vi.fn() };
    renderWithProviders(<BenchmarkCellEditor benchmark={benchmark as unknown as EditableBenchmark} keyActor="MUNICIPALITY" dimension="SUPPORT_SERVICES" {...handlers} />, {
      client: client(sent),
    });
    const form = await screen.findByRole('form', { name: 'Edit Municipalities – Support services of GRDR' });
    expect(within(form).getByRole('radio', { name: 'Level 1' })).toBeChecked();
    await userEvent.click(within(form).getByRole('radio', { name: 'Level 3' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Needs (what is needed)' }), 'Training');
    await userEvent.click(within(form).getByRole('checkbox', { name: '1. City leadership' }));
    await userEvent.click(within(form).getByRole('checkbox', { name: '2. Outreach and empowerment' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([
      {
        operation: 'UpdateBenchmark',
        input: {
          id: 'bm-1',
          expectedVersion: 4,
          scores: [
            { keyActor: 'CHAMBER_OF_COMMERCE', dimension: 'INCLUSIVE_PROCUREMENT', level: 0, achievements: '', needs: 'Rules', gaps: '' },
            { keyActor: 'MUNICIPALITY', dimension: 'SUPPORT_SERVICES', level: 3, achievements: 'Desk', needs: 'Training', gaps: 'Funding' },
          ],
          needAreaIds: ['area-2'],
        },
      },
    ]);
    expect(handlers.onDone).toHaveBeenCalledOnce();
  }, 20_000);

  it('shows a conflict when someone else saved first', async () => {
    const sent: unknown[] = [];
    const handlers = { onDone: vi.fn(), onCancel: vi.fn() };
    const { unmount } = renderWithProviders(
      <BenchmarkCellEditor benchmark={benchmark as unknown as EditableBenchmark} keyActor="MUNICIPALITY" dimension="SUPPORT_SERVICES" {...handlers} />,
      { client: client(sent, [{ __typename: 'UserError', field: ['expectedVersion'], code: 'STALE_VERSION', message: 'stale', params: [] }]) },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('conflict')).toHaveTextContent('nothing was saved');
    expect(handlers.onDone).not.toHaveBeenCalled();
    unmount();
  }, 20_000);

  it('shows a refused text next to its field', async () => {
    const tooLong = { __typename: 'UserError', field: ['achievements'], code: 'TOO_LONG', message: 'too long', params: [{ __typename: 'UserErrorParam', name: 'max', value: '5000' }] };
    const handlers = { onDone: vi.fn(), onCancel: vi.fn() };
    renderWithProviders(<BenchmarkCellEditor benchmark={benchmark as unknown as EditableBenchmark} keyActor="MUNICIPALITY" dimension="SUPPORT_SERVICES" {...handlers} />, {
      client: client([], [tooLong]),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    const field = screen.getByRole('textbox', { name: 'Achievements (what works already)' });
    expect(await screen.findByText('Achievements (what works already) must be at most 5000 characters.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(handlers.onDone).not.toHaveBeenCalled();
  }, 20_000);

  it('cancels on Esc', async () => {
    const handlers = { onDone: vi.fn(), onCancel: vi.fn() };
    renderWithProviders(<BenchmarkCellEditor benchmark={benchmark as unknown as EditableBenchmark} keyActor="MUNICIPALITY" dimension="MAPPING_AND_NEEDS_ASSESSMENT" {...handlers} />, {
      client: client([]),
    });
    const form = await screen.findByRole('form', { name: /^Edit Municipalities – Mapping/ });
    expect(within(form).getByRole('radio', { name: 'not assessed' })).toBeChecked();
    await userEvent.keyboard('{Escape}');
    expect(handlers.onCancel).toHaveBeenCalledOnce();
  }, 20_000);
});

describe('BenchmarkCard', () => {
  it('opens the editor from a cell by keyboard and validates a draft', async () => {
    const sent: unknown[] = [];
    const onChanged = vi.fn();
    renderWithProviders(<BenchmarkCard benchmark={benchmark as never} onChanged={onChanged} />, { client: client(sent) });
    const cell = screen.getByRole('button', { name: 'Edit Municipalities – Support services: Level 1' });
    cell.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('form', { name: 'Edit Municipalities – Support services of GRDR' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Validate' }));
    expect(sent).toEqual([{ operation: 'ValidateBenchmark', input: { id: 'bm-1', expectedVersion: 4 } }]);
    expect(onChanged).toHaveBeenCalledOnce();
  }, 20_000);

  it('shows no edit control and no Validate to a viewer who may not use them', () => {
    renderWithProviders(<BenchmarkCard benchmark={{ ...benchmark, viewerCanUpdate: false, viewerCanValidate: false } as never} />, { client: client([]) });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getAllByText('Level 1').length).toBeGreaterThan(0);
  });
});
