import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { FeedbackKind, GlobalRole } from '../gql/graphql';
import { mockClient, renderWithProviders } from '../test/render';
import { FeedbackThread } from './FeedbackThread';

const ALL: FeedbackKind[] = ['EXPERT_FEEDBACK', 'QUESTION', 'REPLY', 'RECOMMENDATION'];

interface Reply {
  __typename: string;
  id: string;
  kind: FeedbackKind;
  body: string;
  createdAt: string;
  editedAt: string | null;
  viewerCanEdit: boolean;
  author: { __typename: string; id: string; displayName: string };
}

const item = (viewerCanReply: boolean, more: { viewerCanEdit?: boolean; viewerCanResolve?: boolean; editedAt?: string | null; resolvedAt?: string | null; replies?: Reply[] } = {}) => ({
  __typename: 'Feedback',
  id: 'fb-1',
  kind: 'QUESTION' as FeedbackKind,
  body: 'Who runs the workshops?',
  createdAt: '2026-11-01T10:00:00Z',
  editedAt: more.editedAt ?? null,
  resolvedAt: more.resolvedAt ?? null,
  resolvedBy: more.resolvedAt ? { __typename: 'User', id: 'u-grdr', displayName: 'GRDR Partner' } : null,
  viewerCanEdit: more.viewerCanEdit ?? false,
  viewerCanResolve: more.viewerCanResolve ?? false,
  viewerCanReply,
  author: { __typename: 'User', id: 'u-munich', displayName: 'Munich Partner' },
  replies: more.replies ?? [],
});

const reply = (viewerCanEdit: boolean): Reply => ({
  __typename: 'Feedback',
  id: 'fb-2',
  kind: 'REPLY',
  body: 'Our own team.',
  createdAt: '2026-11-02T10:00:00Z',
  editedAt: null,
  viewerCanEdit,
  author: { __typename: 'User', id: 'u-grdr', displayName: 'GRDR Partner' },
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
    if (operation === 'UpdateFeedback') {
      sent.push({ update: variables.input });
      const input = variables.input as { id: string; body: string };
      const userErrors =
        input.body.length > 20 ? [{ __typename: 'UserError', field: ['input', 'body'], code: 'TOO_LONG', message: 'too long (server text)', params: [{ __typename: 'UserErrorParam', name: 'max', value: '20' }] }] : [];
      return {
        updateFeedback: {
          __typename: 'FeedbackPayload',
          feedback: userErrors.length ? null : { __typename: 'Feedback', id: input.id, body: input.body, editedAt: '2026-11-03T10:00:00Z' },
          userErrors,
        },
      };
    }
    if (operation === 'DeleteFeedback') {
      sent.push({ delete: variables.input });
      return { deleteFeedback: { __typename: 'FeedbackPayload', feedback: { __typename: 'Feedback', id: 'fb-1' }, userErrors: [] } };
    }
    if (operation === 'ResolveFeedbackThread') {
      sent.push({ resolve: variables.input });
      return {
        resolveFeedbackThread: {
          __typename: 'FeedbackPayload',
          feedback: { __typename: 'Feedback', id: 'fb-1', resolvedAt: '2026-11-04T10:00:00Z', resolvedBy: { __typename: 'User', id: 'u1', displayName: 'Someone' } },
          userErrors: [],
        },
      };
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

/** Opens the composer behind "Add comment" and returns its form. */
async function openComposer(): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: 'Add comment' }));
  return screen.getByRole('form', { name: 'Feedback on the plan' });
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
    const form = await openComposer();
    expect(within(form).getAllByLabelText('Kind')[0]).toHaveValue('Expert feedback');
    // A new top-level item is no reply: REPLY is offered by the Reply button only.
    expect(await kindOptions(form)).toEqual(['Expert feedback', 'Question', 'Recommendation']);
  });

  it('starts a leading city on a question although expert feedback is offered', async () => {
    renderThread(ALL, 'PARTNER');
    const form = await openComposer();
    expect(within(form).getAllByLabelText('Kind')[0]).toHaveValue('Question');
  });

  it('gives the plan owner a question form without a select and never expert feedback', async () => {
    const sent: unknown[] = [];
    renderThread(['QUESTION', 'REPLY'], 'PARTNER', [item(true)], sent);
    const form = await openComposer();
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
    expect(screen.getByRole('button', { name: 'Add comment' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reply' })).not.toBeInTheDocument();
  });

  it('opens the composer in place with the focus in the text box; Esc closes it and returns the focus', async () => {
    renderThread(['QUESTION'], 'PARTNER');
    expect(screen.queryByRole('form', { name: 'Feedback on the plan' })).not.toBeInTheDocument();
    const form = await openComposer();
    expect(within(form).getByRole('textbox', { name: 'Your feedback' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Feedback on the plan' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add comment' })).toHaveFocus();
  });
});

describe('FeedbackThread comments', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows when a comment was written and that it was edited', () => {
    renderThread([], 'PARTNER', [item(false, { editedAt: '2026-11-02T09:00:00Z' })]);
    const comment = screen.getByTestId('feedback-comment');
    expect(within(comment).getByText((_, el) => el?.tagName === 'TIME')).toHaveAttribute('datetime', '2026-11-01T10:00:00Z');
    expect(within(comment).getByText('(edited)')).toBeInTheDocument();
  });

  it('offers Edit, Delete and Resolve only with the capability', () => {
    renderThread(['QUESTION', 'REPLY'], 'PARTNER', [item(true, { replies: [reply(false)] })]);
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Resolve/ })).not.toBeInTheDocument();
    expect(screen.queryByText('(edited)')).not.toBeInTheDocument();
  });

  it('names whose comment Edit and Delete act on, per comment', () => {
    renderThread(['QUESTION', 'REPLY'], 'PARTNER', [item(true, { viewerCanEdit: false, replies: [reply(true)] })]);
    expect(screen.getByRole('button', { name: 'Edit comment by GRDR Partner' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete comment by GRDR Partner' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit comment by Munich Partner' })).not.toBeInTheDocument();
  });

  it('edits in place: prefilled, errors by code next to the field, Esc cancels, Save sends id and body', async () => {
    const sent: unknown[] = [];
    renderThread(['QUESTION'], 'PARTNER', [item(false, { viewerCanEdit: true })], sent);
    const edit = screen.getByRole('button', { name: 'Edit comment by Munich Partner' });
    await userEvent.click(edit);
    const form = screen.getByRole('form', { name: 'Edit comment by Munich Partner' });
    const textbox = within(form).getByRole('textbox', { name: 'Comment text' });
    expect(textbox).toHaveValue('Who runs the workshops?');
    expect(textbox).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Edit comment by Munich Partner' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit comment by Munich Partner' })).toHaveFocus();
    expect(sent).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Edit comment by Munich Partner' }));
    const again = screen.getByRole('form', { name: 'Edit comment by Munich Partner' });
    const box = within(again).getByRole('textbox', { name: 'Comment text' });
    await userEvent.clear(box);
    await userEvent.type(box, 'Who runs all of the workshops?');
    await userEvent.click(within(again).getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([{ update: { id: 'fb-1', body: 'Who runs all of the workshops?' } }]);
    expect(await within(again).findByText('Comment text must be at most 20 characters.')).toBeInTheDocument();
    expect(screen.queryByText('too long (server text)')).not.toBeInTheDocument();

    await userEvent.clear(box);
    await userEvent.type(box, 'Who runs them?');
    await userEvent.click(within(again).getByRole('button', { name: 'Save' }));
    expect(sent).toContainEqual({ update: { id: 'fb-1', body: 'Who runs them?' } });
    expect(screen.queryByRole('form', { name: 'Edit comment by Munich Partner' })).not.toBeInTheDocument();
  });

  it('deletes after confirmation only', async () => {
    const sent: unknown[] = [];
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    renderThread(['QUESTION'], 'PARTNER', [item(false, { viewerCanEdit: true, replies: [reply(false), { ...reply(false), id: 'fb-3' }] })], sent);
    const remove = screen.getByRole('button', { name: 'Delete comment by Munich Partner' });
    await userEvent.click(remove);
    expect(confirm).toHaveBeenLastCalledWith('Delete the comment by Munich Partner and its 2 replies?');
    expect(sent).toEqual([]);
    await userEvent.click(remove);
    expect(sent).toEqual([{ delete: { id: 'fb-1' } }]);
  });

  it('resolves a thread with the capability', async () => {
    const sent: unknown[] = [];
    renderThread(['QUESTION'], 'PARTNER', [item(false, { viewerCanResolve: true })], sent);
    await userEvent.click(screen.getByRole('button', { name: 'Resolve thread by Munich Partner' }));
    expect(sent).toEqual([{ resolve: { id: 'fb-1', resolved: true } }]);
  });

  it('collapses a resolved thread to one line, shown on demand, and reopens it', async () => {
    const sent: unknown[] = [];
    renderThread(['QUESTION', 'REPLY'], 'PARTNER', [item(true, { viewerCanResolve: true, resolvedAt: '2026-11-04T10:00:00Z', replies: [reply(true)] })], sent);
    const line = screen.getByTestId('feedback-resolved');
    expect(line).toHaveTextContent(/^Resolved by GRDR Partner on /);
    expect(screen.queryByTestId('feedback-comment')).not.toBeInTheDocument();
    expect(screen.queryByText('Our own team.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reply' })).not.toBeInTheDocument();
    const show = screen.getByRole('button', { name: 'Show thread by Munich Partner' });
    expect(show).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(show);
    expect(screen.getByText('Our own team.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide thread by Munich Partner' })).toHaveAttribute('aria-expanded', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'Reopen thread by Munich Partner' }));
    expect(sent).toEqual([{ resolve: { id: 'fb-1', resolved: false } }]);
  });
});
