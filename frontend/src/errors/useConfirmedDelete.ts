// Deleting a record after a confirmation that names it: the problems of a refusal are
// worded by code in the user's language (never the server's message) and shown next to
// the control; a deletion that went through is announced and reported to the caller.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { notify } from '../components/notify';
import { allMessages, type FieldLabels, problemsOf } from './problems';
import type { MutationOutcome } from './useMutationProblems';

export interface ConfirmedDelete {
  /** The question `window.confirm` asks, naming the record. */
  confirmation: string;
  /** Runs the mutation and hands back its result and userErrors. */
  remove: () => Promise<MutationOutcome>;
  /** The notification once deleted. */
  done: string;
  /** Called once deleted (reload the list, leave the page, …). */
  onDeleted: () => void;
  /** Labels of the fields a userError may point at (e.g. `id`), already translated. */
  labels?: FieldLabels;
}

/** `run` asks for the confirmation and deletes; `deleting` while it runs; `messages` are the
 * problems of the last attempt, for a `ProblemsAlert` next to the control. */
export function useConfirmedDelete({ confirmation, remove, done, onDeleted, labels }: ConfirmedDelete) {
  const { t } = useTranslation(['errors']);
  const [deleting, setDeleting] = useState(false);
  const [messages, setMessages] = useState<string[]>([]);
  async function run() {
    if (!window.confirm(confirmation)) return;
    setDeleting(true);
    setMessages([]);
    try {
      const { result, userErrors } = await remove();
      const found = allMessages(problemsOf(t, result, userErrors, labels));
      setMessages(found);
      if (found.length === 0) {
        notify(done);
        onDeleted();
      }
    } finally {
      setDeleting(false);
    }
  }
  return { deleting, messages, run: () => void run() };
}
