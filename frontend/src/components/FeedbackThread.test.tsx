import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { FeedbackKind, GlobalRole } from '../gql/graphql';
import { mockClient, renderWithProviders } from '../test/render';
import { FeedbackThread } from './FeedbackThread';

const ALL: FeedbackKind[] = ['EXPERT_FEEDBACK', 'QUESTION', 'REPLY', 'RECOMMENDATION'];

const item = (viewerCanReply: boolean) => ({
  __typename: 'Feedback',
  id: 'fb-1',
  kind: 'QUESTION' as FeedbackKind,
  body: 'Who runs the workshops?',
  createdAt: '2026-11-01T10:00:00Z',
  viewerCanReply,
  author: { __typename: 'User', id: 'u-munich', displayName: 'Munich Partner' },
  replies: [],
});

/** A client that answers the viewer query with this role and records the feedback sent. */
function client(globalRole: GlobalRole, sent: unknown[] = []) {
  return mockClient((_query, variables, operation) => {
    if (operation === 'Viewer') {
      return {
        viewer: { __typename: 'User', id: 'u1', displayName: 'Someone', email: null, globalRole, organisation: null },
      };
    }
    if (operation === 'AddFeedback') {
      sent.push(variables.input);
      return { addFeedback: { __typename: 'FeedbackPayload', feedback: { __typename: 'Feedback', id: 'fb-new' }, userErrors: [] } };
    }
    return undefined;
  });
}

function renderThread(kinds: FeedbackKind[], globalRole: GlobalRole, items = [item(false)], sent: unknown[] = []) {
  renderWithProviders(
    <FeedbackThread target={{ actionPlanId: 'plan-1' }} items={items} kinds={kinds} label="Feedback on the plan" onChanged={() => undefined} />,
    { client: client(globalRole, sent) },
  );
}

/** The options of the form's "Kind" select, as offered. */
async function kindOptions(form: HTMLElement): Promise<string[]> {
  await userEvent.click(within(form).getAllByLabelText('Kind')[0] as HTMLElement);
  return (await screen.findAllByRole('option')).map((option) => option.textContent ?? '');
}

describe('FeedbackThread', () => {
  it('shows the thread read-only when the viewer may post no kind', () => {
    renderThread([], 'EXPERT', [item(false)]);
    expect(screen.getByText('Who runs the workshops?')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your feedback' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reply' })).not.toBeInTheDocument();
  });

  it('offers an expert the kinds it may post and starts on expert feedback', async () => {
    renderThread(ALL, 'EXPERT');
    const form = screen.getByRole('form', { name: 'Feedback on the plan' });
    expect(within(form).getAllByLabelText('Kind')[0]).toHaveValue('Expert feedback');
    // A new top-level item is no reply: REPLY is offered by the Reply button only.
    expect(await kindOptions(form)).toEqual(['Expert feedback', 'Question', 'Recommendation']);
  });

  it('starts a leading city on a question although expert feedback is offered', () => {
    renderThread(ALL, 'PARTNER');
    const form = screen.getByRole('form', { name: 'Feedback on the plan' });
    expect(within(form).getAllByLabelText('Kind')[0]).toHaveValue('Question');
  });

  it('gives the plan owner a question form without a select and never expert feedback', async () => {
    const sent: unknown[] = [];
    renderThread(['QUESTION', 'REPLY'], 'PARTNER', [item(true)], sent);
    const form = screen.getByRole('form', { name: 'Feedback on the plan' });
    expect(within(form).queryByLabelText('Kind')).not.toBeInTheDocument();
    expect(within(form).getByTestId('feedback-kind')).toHaveTextContent('Kind: Question');
    expect(screen.queryByText('Expert feedback')).not.toBeInTheDocument();

    await userEvent.type(within(form).getByRole('textbox', { name: 'Your feedback' }), 'When is the next call?');
    await userEvent.click(within(form).getByRole('button', { name: 'Send' }));
    expect(sent).toEqual([{ actionPlanId: 'plan-1', kind: 'QUESTION', body: 'When is the next call?', parentId: null }]);
  });

  it('offers Reply only on items the viewer may answer, and a reply starts as a reply', async () => {
    const sent: unknown[] = [];
    renderThread(['QUESTION', 'REPLY'], 'PARTNER', [item(true)], sent);
    await userEvent.click(screen.getByRole('button', { name: 'Reply' }));
    const reply = screen.getByRole('form', { name: 'Reply to Munich Partner' });
    expect(within(reply).getAllByLabelText('Kind')[0]).toHaveValue('Reply');
    expect(await kindOptions(reply)).toEqual(['Question', 'Reply']);
    await userEvent.keyboard('{Escape}');
    await userEvent.type(within(reply).getByRole('textbox', { name: 'Your feedback' }), 'Our team does.');
    await userEvent.click(within(reply).getByRole('button', { name: 'Send' }));
    expect(sent).toEqual([{ actionPlanId: 'plan-1', kind: 'REPLY', body: 'Our team does.', parentId: 'fb-1' }]);
  });

  it('hides Reply where the API says the viewer may not answer', () => {
    renderThread(ALL, 'EXPERT', [item(false)]);
    expect(screen.getByRole('form', { name: 'Feedback on the plan' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reply' })).not.toBeInTheDocument();
  });
});
