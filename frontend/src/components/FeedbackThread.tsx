import { Badge, Box, Button, Card, Group, Select, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { type FormEvent, type KeyboardEvent, type ReactNode, type Ref, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { graphql } from '../gql';
import type { AddFeedbackInput, FeedbackKind } from '../gql/graphql';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { allMessages, problemsOf } from '../errors/problems';
import { useMutationProblems } from '../errors/useMutationProblems';
import { defaultFeedbackKind, offeredKinds } from './feedbackKinds';
import { useFormat } from './format';
import { notify } from './notify';
import { useViewer } from './viewer';

export const FeedbackItemFields = graphql(`
  fragment FeedbackItemFields on Feedback {
    id
    kind
    body
    createdAt
    editedAt
    resolvedAt
    resolvedBy {
      id
      displayName
    }
    viewerCanEdit
    viewerCanResolve
    viewerCanReply
    author {
      id
      displayName
    }
    replies {
      id
      kind
      body
      createdAt
      editedAt
      viewerCanEdit
      author {
        id
        displayName
      }
    }
  }
`);

const AddFeedbackMutation = graphql(`
  mutation AddFeedback($input: AddFeedbackInput!) {
    addFeedback(input: $input) {
      feedback {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const UpdateFeedbackMutation = graphql(`
  mutation UpdateFeedback($input: UpdateFeedbackInput!) {
    updateFeedback(input: $input) {
      feedback {
        id
        body
        editedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DeleteFeedbackMutation = graphql(`
  mutation DeleteFeedback($input: DeleteFeedbackInput!) {
    deleteFeedback(input: $input) {
      feedback {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const ResolveFeedbackThreadMutation = graphql(`
  mutation ResolveFeedbackThread($input: ResolveFeedbackThreadInput!) {
    resolveFeedbackThread(input: $input) {
      feedback {
        id
        resolvedAt
        resolvedBy {
          id
          displayName
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** What the feedback is about: exactly one of the target ids (a proposed action, a plan, an
 * action or a progress report). */
export type FeedbackTarget = Partial<Pick<AddFeedbackInput, 'proposedActionId' | 'actionPlanId' | 'actionId' | 'progressReportId'>>;

/** Focuses `ref`'s element once after mount (a form opened in place takes the focus). */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

/** A button that opens something in place, and takes the focus back when it closes. */
function useReturnFocus(open: boolean) {
  const ref = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return ref;
}

/** Esc in a text box: `cancel`, unless something inside (a dropdown) took the key. */
function escapeCancels(cancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      cancel();
    }
  };
}

interface FeedbackFormProps {
  target: FeedbackTarget;
  parentId?: string;
  /** The kinds the form offers (see `offeredKinds`); not empty. */
  kinds: FeedbackKind[];
  label: string;
  onSent: () => void;
  onCancel: () => void;
}

function FeedbackForm({ target, parentId, kinds, label, onSent, onCancel }: FeedbackFormProps) {
  const { t } = useTranslation(['feedback', 'common']);
  const viewer = useViewer();
  // Until the viewer picks one, the kind follows the default (the viewer may load later).
  const [chosen, setChosen] = useState<FeedbackKind | null>(null);
  const kind = (chosen && kinds.includes(chosen) ? chosen : defaultFeedbackKind(kinds, viewer?.globalRole, !!parentId)) ?? kinds[0];
  const [body, setBody] = useState('');
  const problems = useMutationProblems({ body: t('feedback:body'), kind: t('feedback:kind') });
  const [state, addFeedback] = useMutation(AddFeedbackMutation);
  const textbox = useFocusOnMount<HTMLTextAreaElement>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!kind) return;
    const result = await addFeedback({ input: { ...target, kind, body, parentId: parentId ?? null } });
    if (!problems.check(result, result.data?.addFeedback.userErrors)) return;
    setBody('');
    notify(t('feedback:sent'));
    onSent();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={label}>
      <Stack gap="xs" mt="xs">
        <ProblemsAlert messages={problems.page} testId="feedback-error" />
        {kinds.length > 1 ? (
          <Select
            label={t('feedback:kind')}
            data={kinds.map((k) => ({ value: k, label: t(`feedback:kinds.${k}`) }))}
            value={kind}
            onChange={(value) => value && setChosen(value as FeedbackKind)}
            allowDeselect={false}
            maw={220}
          />
        ) : (
          <Text size="sm" c="dimmed" data-testid="feedback-kind">
            {t('feedback:kindFixed', { kind: t(`feedback:kinds.${kind}`) })}
          </Text>
        )}
        <Textarea
          ref={textbox}
          label={t('feedback:body')}
          required
          autosize
          minRows={2}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          onKeyDown={escapeCancels(onCancel)}
          error={problems.field('body')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={state.fetching} disabled={body.trim() === ''}>
            {t('feedback:send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The form for a new top-level comment, behind an "Add comment" button. */
function Composer({ target, kinds, label, onSent }: { target: FeedbackTarget; kinds: FeedbackKind[]; label: string; onSent: () => void }) {
  const { t } = useTranslation('feedback');
  const [open, setOpen] = useState(false);
  const button = useReturnFocus(open);
  if (!open) {
    return (
      <Group mt="xs">
        <Button ref={button} size="xs" variant="light" onClick={() => setOpen(true)}>
          {t('feedback:addComment')}
        </Button>
      </Group>
    );
  }
  return (
    <FeedbackForm
      target={target}
      kinds={kinds}
      label={label}
      onCancel={() => setOpen(false)}
      onSent={() => {
        setOpen(false);
        onSent();
      }}
    />
  );
}

interface EditFormProps {
  id: string;
  body: string;
  author: string;
  onDone: (saved: boolean) => void;
}

/** A comment's text corrected in place. */
function EditForm({ id, body: initial, author, onDone }: EditFormProps) {
  const { t } = useTranslation(['feedback', 'common']);
  const [body, setBody] = useState(initial);
  const problems = useMutationProblems({ body: t('feedback:editBody') });
  const [state, updateFeedback] = useMutation(UpdateFeedbackMutation);
  const textbox = useFocusOnMount<HTMLTextAreaElement>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await updateFeedback({ input: { id, body } });
    if (!problems.check(result, result.data?.updateFeedback.userErrors)) return;
    notify(t('feedback:saved'));
    onDone(true);
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('feedback:editCommentBy', { author })}>
      <Stack gap="xs" mt="xs">
        <ProblemsAlert messages={problems.page} testId="feedback-error" />
        <Textarea
          ref={textbox}
          label={t('feedback:editBody')}
          required
          autosize
          minRows={2}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          onKeyDown={escapeCancels(() => onDone(false))}
          error={problems.field('body')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(false)}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={state.fetching} disabled={body.trim() === ''}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface CommentFields {
  id: string;
  kind: FeedbackKind;
  body: string;
  createdAt: string;
  editedAt?: string | null;
  viewerCanEdit: boolean;
  author: { id: string; displayName: string };
}

interface FeedbackItem extends CommentFields {
  resolvedAt?: string | null;
  resolvedBy?: { displayName: string } | null;
  viewerCanResolve: boolean;
  viewerCanReply: boolean;
  replies: CommentFields[];
}

/** A button whose visible word is completed, for a screen reader, by whose comment it acts
 * on ("Edit" + " comment by GRDR Partner"). */
interface NamedButtonProps {
  word: string;
  rest: string;
  onClick: () => void;
  color?: string;
  variant?: 'subtle' | 'outline';
  loading?: boolean;
  'aria-expanded'?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

function NamedButton({ word, rest, ...props }: NamedButtonProps) {
  return (
    <Button size="compact-xs" variant="subtle" {...props}>
      {word}
      <VisuallyHidden> {rest}</VisuallyHidden>
    </Button>
  );
}

/** One comment: who wrote it and when, its text, and Edit/Delete where the API allows. */
function Comment({ comment, badgeColor, replies, onChanged }: { comment: CommentFields; badgeColor: string; replies: number; onChanged: () => void }) {
  const { t } = useTranslation(['feedback', 'common']);
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const editButton = useReturnFocus(editing);
  const [, deleteFeedback] = useMutation(DeleteFeedbackMutation);
  const author = comment.author.displayName;

  async function remove() {
    const question = replies > 0 ? t('feedback:confirmDeleteThread', { author, count: replies }) : t('feedback:confirmDelete', { author });
    if (!window.confirm(question)) return;
    const result = await deleteFeedback({ input: { id: comment.id } });
    const messages = allMessages(problemsOf(t, result, result.data?.deleteFeedback.userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    else notify(t('feedback:deleted'));
    onChanged();
  }

  return (
    <Box data-testid="feedback-comment">
      <Group gap="xs">
        <Badge color={badgeColor}>{t(`feedback:kinds.${comment.kind}`)}</Badge>
        <Text size="sm" fw={600}>
          {author}
        </Text>
        <Text size="xs" c="dimmed" component="time" dateTime={comment.createdAt} title={format.time(comment.createdAt)}>
          {format.relative(comment.createdAt)}
        </Text>
        {comment.editedAt && (
          <Text size="xs" c="dimmed" title={t('feedback:editedAt', { time: format.time(comment.editedAt) })} data-testid="feedback-edited">
            {t('feedback:edited')}
          </Text>
        )}
        {comment.viewerCanEdit && !editing && (
          <Group gap={4} ml="auto">
            <NamedButton ref={editButton} word={t('feedback:edit')} rest={t('feedback:commentBy', { author })} onClick={() => setEditing(true)} />
            <NamedButton color="red.9" variant="outline" word={t('feedback:delete')} rest={t('feedback:commentBy', { author })} onClick={() => void remove()} />
          </Group>
        )}
      </Group>
      {editing ? (
        <EditForm
          id={comment.id}
          body={comment.body}
          author={author}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onChanged();
          }}
        />
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {comment.body}
        </Text>
      )}
    </Box>
  );
}

/** A top-level comment with its replies: collapsed to one line once resolved. */
function Thread({
  item,
  target,
  replyKinds,
  onChanged,
}: {
  item: FeedbackItem;
  target: FeedbackTarget;
  replyKinds: FeedbackKind[];
  onChanged: () => void;
}) {
  const { t } = useTranslation(['feedback', 'common']);
  const format = useFormat();
  const [replying, setReplying] = useState(false);
  const replyButton = useReturnFocus(replying);
  const [shown, setShown] = useState(false);
  const [resolveState, resolveThread] = useMutation(ResolveFeedbackThreadMutation);
  const author = item.author.displayName;
  const resolved = !!item.resolvedAt;
  const thread = t('feedback:threadBy', { author });

  async function setResolved(value: boolean) {
    const result = await resolveThread({ input: { id: item.id, resolved: value } });
    const messages = allMessages(problemsOf(t, result, result.data?.resolveFeedbackThread.userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    else notify(value ? t('feedback:resolvedNotice') : t('feedback:reopenedNotice'));
    if (value) setShown(false);
    onChanged();
  }

  const resolveButton: ReactNode = item.viewerCanResolve && (
    <NamedButton
      loading={resolveState.fetching}
      word={resolved ? t('feedback:reopen') : t('feedback:resolve')}
      rest={thread}
      onClick={() => void setResolved(!resolved)}
    />
  );

  const summary = resolved && (
    <Group gap="xs" wrap="nowrap" data-testid="feedback-resolved">
      <Text size="sm" c="dimmed">
        {t('feedback:resolvedBy', {
          name: item.resolvedBy?.displayName ?? t('feedback:someone'),
          date: format.time(item.resolvedAt ?? ''),
        })}
      </Text>
      {!shown && (
        <Text size="sm" c="dimmed" lineClamp={1} style={{ flex: 1, minWidth: 0 }}>
          {t('feedback:quote', { text: item.body })}
        </Text>
      )}
      <Group gap={4} ml="auto" wrap="nowrap">
        <NamedButton aria-expanded={shown} word={shown ? t('feedback:hide') : t('feedback:show')} rest={thread} onClick={() => setShown((v) => !v)} />
        {resolveButton}
      </Group>
    </Group>
  );

  if (resolved && !shown) {
    return (
      <Card withBorder p="xs" data-testid="feedback-item" bg="var(--mantine-color-gray-light)">
        {summary}
      </Card>
    );
  }

  return (
    <Card withBorder p="xs" data-testid="feedback-item">
      {summary}
      <Comment comment={item} badgeColor="indigo" replies={item.replies.length} onChanged={onChanged} />
      {item.replies.map((reply) => (
        <Card key={reply.id} withBorder p="xs" ml="lg" mt="xs">
          <Comment comment={reply} badgeColor="gray.7" replies={0} onChanged={onChanged} />
        </Card>
      ))}
      {replying && (
        <FeedbackForm
          target={target}
          parentId={item.id}
          kinds={replyKinds}
          label={t('feedback:replyTo', { author })}
          onCancel={() => setReplying(false)}
          onSent={() => {
            setReplying(false);
            onChanged();
          }}
        />
      )}
      {!replying && (resolveButton || (item.viewerCanReply && replyKinds.length > 0)) && (
        <Group justify="flex-end" gap="xs" mt="xs">
          {!resolved && resolveButton}
          {item.viewerCanReply && replyKinds.length > 0 && (
            <Button ref={replyButton} size="xs" variant="subtle" onClick={() => setReplying(true)}>
              {t('feedback:reply')}
            </Button>
          )}
        </Group>
      )}
    </Card>
  );
}

interface FeedbackThreadProps {
  target: FeedbackTarget;
  items: FeedbackItem[];
  /** The kinds of feedback the viewer may post on the subject (its `viewerFeedbackKinds`):
   * without any, the thread is read-only. */
  kinds: readonly FeedbackKind[];
  /** Label of the form for new top-level feedback. */
  label: string;
  onChanged: () => void;
}

/** A feedback thread: top-level items with their replies, a reply form per item the viewer
 * may answer, and a form for new feedback (behind "Add comment") offering the kinds the
 * viewer may post. Comments are corrected or deleted, threads resolved or reopened, where
 * the capability fields allow: the server decides, so no button ends in "not allowed". */
export function FeedbackThread({ target, items, kinds, label, onChanged }: FeedbackThreadProps) {
  const { t } = useTranslation(['feedback', 'common']);
  const topLevelKinds = offeredKinds(kinds, false);
  const replyKinds = offeredKinds(kinds, true);
  return (
    <>
      <Text fw={600} size="sm" mt="sm">
        {t('feedback:feedback')}
      </Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('feedback:noFeedback')}
        </Text>
      )}
      <Stack gap="xs" data-testid="feedback-thread">
        {items.map((item) => (
          <Thread key={item.id} item={item} target={target} replyKinds={replyKinds} onChanged={onChanged} />
        ))}
      </Stack>
      {topLevelKinds.length > 0 && <Composer target={target} kinds={topLevelKinds} label={label} onSent={onChanged} />}
    </>
  );
}
