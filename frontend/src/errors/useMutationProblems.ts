// A form's problems after a mutation, translated by code and placed next to their fields.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

import type { UserErrorFieldsFragment } from '../gql/graphql';
import { type FieldLabels, NO_PROBLEMS, type Problems, problemsOf } from './problems';

/** What a mutation answered, for a form that does not call it itself. */
export interface MutationOutcome {
  result: { error?: CombinedError };
  userErrors: readonly UserErrorFieldsFragment[] | null | undefined;
}

/**
 * The problems of a form's last mutation: `check` reads a result and tells whether it
 * succeeded; `field(name)` is the message for the field (Mantine's `error` prop); `page` are
 * the messages of errors on no field of the form, and of a failed request (an alert).
 */
export function useMutationProblems(labels: FieldLabels = {}) {
  const { t } = useTranslation('errors');
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  return {
    problems,
    /** Records the problems of `result` (its request error, else `userErrors`); true when
     * there are none. */
    check(result: { error?: CombinedError }, userErrors: readonly UserErrorFieldsFragment[] | null | undefined): boolean {
      const found = problemsOf(t, result, userErrors, labels);
      setProblems(found);
      return found.page.length === 0 && Object.keys(found.byField).length === 0;
    },
    field: (name: string): string | undefined => problems.byField[name],
    page: problems.page,
    clear: () => setProblems(NO_PROBLEMS),
  };
}
