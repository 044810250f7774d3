import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { CreatePlanButton } from './CreatePlanButton';

function renderButton(answer: unknown, sent: unknown[]) {
  const client = mockClient((_query, variables, operation) => {
    if (operation !== 'CreateActionPlan') return undefined;
    sent.push(variables.input);
    return { createActionPlan: answer };
  });
  renderWithProviders(
    <Routes>
      <Route path="/" element={<CreatePlanButton organisationId="org-new" organisationName="New Partner" />} />
      <Route path="/plans/:id" element={<p>the plan page</p>} />
    </Routes>,
    { client },
  );
}

describe('CreatePlanButton', () => {
  it('creates the organisation’s plan and opens it', async () => {
    const sent: unknown[] = [];
    renderButton({ __typename: 'ActionPlanPayload', actionPlan: { __typename: 'ActionPlan', id: 'plan-new' }, userErrors: [] }, sent);
    await userEvent.click(screen.getByRole('button', { name: 'New action plan for New Partner' }));
    expect(sent).toEqual([{ organisationId: 'org-new' }]);
    expect(await screen.findByText('the plan page')).toBeInTheDocument();
  });

  it('explains a refusal by its code and stays', async () => {
    const sent: unknown[] = [];
    renderButton(
      {
        __typename: 'ActionPlanPayload',
        actionPlan: null,
        userErrors: [{ __typename: 'UserError', field: ['input', 'organisationId'], code: 'ALREADY_EXISTS', message: 'The organisation has an action plan already.', params: [] }],
      },
      sent,
    );
    await userEvent.click(screen.getByRole('button', { name: /New action plan/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This already exists.');
    expect(screen.queryByText('the plan page')).not.toBeInTheDocument();
    expect(screen.queryByText(/action plan already/)).not.toBeInTheDocument();
  });
});
