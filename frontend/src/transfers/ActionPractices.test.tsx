import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { ActionPractices, type PracticesAction } from './ActionPractices';
import { ADIVE, PHOENIX } from './fixtures';

const action = (viewerCanLinkPractices: boolean): PracticesAction =>
  ({
    __typename: 'Action',
    id: 'action-1',
    ref: 'Objective #1',
    title: 'Supplier database',
    position: 0,
    version: 3,
    viewerCanLinkPractices,
    goodPractices: [PHOENIX],
  }) as PracticesAction;

const userError = (code: string, field: string[], params: Record<string, string> = {}) => ({
  __typename: 'UserError',
  code,
  field,
  message: 'Server text',
  params: Object.entries(params).map(([name, value]) => ({ __typename: 'UserErrorParam', name, value })),
});

function renderPractices(
  linkable: boolean,
  answer: (input: Record<string, unknown>) => { userErrors?: unknown[]; version?: number } = () => ({}),
  searches: unknown[] = [],
) {
  const sent: Record<string, unknown>[] = [];
  const client = mockClient((_q, variables, operation) => {
    if (operation === 'LinkablePractices') {
      // The server's search: title contains the text.
      searches.push(variables.search);
      const search = typeof variables.search === 'string' ? variables.search.toLowerCase() : '';
      return { goodPractices: { __typename: 'GoodPracticeConnection', nodes: [PHOENIX, ADIVE].filter((p) => p.title.toLowerCase().includes(search)) } };
    }
    if (operation === 'ActionPractices') return { node: { ...action(true), version: 7 } };
    if (operation !== 'SetActionGoodPractices') return undefined;
    const input = variables.input as Record<string, unknown>;
    sent.push(input);
    const { userErrors = [] } = answer(input);
    return {
      setActionGoodPractices: {
        __typename: 'ActionPayload',
        action: userErrors.length ? null : { ...action(true), version: 4 },
        userErrors,
      },
    };
  });
  renderWithProviders(<ActionPractices action={action(linkable)} />, { client });
  return sent;
}

describe('ActionPractices', () => {
  it('shows the practices an objective adopts, each linking to the practice, and no control to a reader', async () => {
    renderPractices(false);
    const practices = await screen.findByTestId('action-practices');
    expect(practices).toHaveTextContent('Adopts: Phoenix Award (Munich)');
    expect(within(practices).getByRole('link', { name: 'Phoenix Award (Munich)' })).toHaveAttribute('href', '/good-practices/gp-phoenix');
    expect(screen.queryByRole('button', { name: /Link good practices/ })).not.toBeInTheDocument();
  });

  it('links the objective to the network’s practices, against its version', async () => {
    const user = userEvent.setup({ delay: null });
    const sent = renderPractices(true);
    await user.click(await screen.findByRole('button', { name: 'Link good practices to Objective #1 – Supplier database' }));
    const form = screen.getByRole('form', { name: 'Good practices adopted by Objective #1 – Supplier database' });
    const field = within(form).getByRole('combobox', { name: 'Good practices adopted' });
    expect(field).toHaveFocus();
    await user.click(field);
    // "Practice — City"; the one adopted already is not offered again.
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Supplier diversity — Adive']);
    await user.click(screen.getByRole('option', { name: 'Supplier diversity — Adive' }));
    await user.click(within(form).getByRole('button', { name: 'Save the practices of Objective #1 – Supplier database' }));
    expect(sent).toEqual([{ actionId: 'action-1', expectedVersion: 3, goodPracticeIds: ['gp-phoenix', 'gp-adive'] }]);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  }, 20_000);

  it('searches the whole library on the server, and keeps a choice named when a later search no longer lists it', async () => {
    const user = userEvent.setup({ delay: null });
    const searches: unknown[] = [];
    const sent = renderPractices(true, () => ({}), searches);
    await user.click(await screen.findByRole('button', { name: /Link good practices/ }));
    const form = screen.getByRole('form', { name: /^Good practices adopted by/ });
    const field = within(form).getByRole('combobox', { name: 'Good practices adopted' });
    await user.type(field, 'supplier');
    await waitFor(() => expect(searches).toContain('supplier'));
    await user.click(await screen.findByRole('option', { name: 'Supplier diversity — Adive' }));
    await user.type(field, 'phoenix');
    await waitFor(() => expect(searches).toContain('phoenix'));
    expect(within(form).getByText('Supplier diversity — Adive')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: /Save the practices/ }));
    expect(sent).toEqual([{ actionId: 'action-1', expectedVersion: 3, goodPracticeIds: ['gp-phoenix', 'gp-adive'] }]);
  }, 20_000);

  it('shows a refusal by its code next to the field and keeps the form', async () => {
    const user = userEvent.setup({ delay: null });
    renderPractices(true, () => ({ userErrors: [userError('TOO_MANY', ['input', 'goodPracticeIds'], { max: '20' })] }));
    await user.click(await screen.findByRole('button', { name: /Link good practices/ }));
    await user.click(screen.getByRole('button', { name: /Save the practices/ }));
    expect(await screen.findByText('Good practices adopted may have at most 20 entries.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Good practices adopted' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Server text')).not.toBeInTheDocument();
  }, 20_000);

  it('shows an unknown objective above the form', async () => {
    const user = userEvent.setup({ delay: null });
    renderPractices(true, () => ({ userErrors: [userError('NOT_FOUND', ['input', 'actionId'])] }));
    await user.click(await screen.findByRole('button', { name: /Link good practices/ }));
    await user.click(screen.getByRole('button', { name: /Save the practices/ }));
    expect(await screen.findByTestId('practices-problems')).toHaveTextContent(/does not exist or that you may not see/);
  }, 20_000);

  it('on a conflict, reloads the objective and saves the choice against its new version', async () => {
    const user = userEvent.setup({ delay: null });
    let first = true;
    const sent = renderPractices(true, () => {
      if (!first) return {};
      first = false;
      return { userErrors: [userError('STALE_VERSION', ['input', 'expectedVersion'])] };
    });
    await user.click(await screen.findByRole('button', { name: /Link good practices/ }));
    await user.click(screen.getByRole('button', { name: /Save the practices/ }));
    const conflict = await screen.findByTestId('practices-conflict');
    await user.click(within(conflict).getByRole('button', { name: 'Reload' }));
    await user.click(screen.getByRole('button', { name: /Save the practices/ }));
    expect(sent.map((input) => input.expectedVersion)).toEqual([3, 7]);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  }, 20_000);

  it('cancels on Esc, back to the control', async () => {
    const user = userEvent.setup({ delay: null });
    renderPractices(true);
    await user.click(await screen.findByRole('button', { name: /Link good practices/ }));
    // The first Esc closes the list of practices, the second the form.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('form')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: /Link good practices/ })).toHaveFocus());
  });
});
