// Errors of the API worded in the user's language, by code: a mutation's userErrors (with
// the field's label and the message's parameters) and GraphQL errors (FORBIDDEN, …). The
// server's English message is never shown.
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';

import type { UserErrorFieldsFragment } from '../gql/graphql';

/** The labels of a form's fields by API field name (the last segment of a userError's
 * `field`, e.g. `title`), already translated: the same words the form shows. */
export type FieldLabels = Readonly<Record<string, string>>;

/** The API field a userError points at: the last segment of its path. */
export function fieldOf(error: Pick<UserErrorFieldsFragment, 'field'>): string | null {
  return error.field?.[error.field.length - 1] ?? null;
}

/** One userError in the user's language: `errors:codes.<CODE>` (or its `_<variant>` form,
 * else its `_<field>` form when a code means something else on that field, e.g.
 * `REASON_REQUIRED_reason`) with the parameters and the field's label interpolated; a CSV row
 * is named first. */
export function describeUserError(t: TFunction, error: UserErrorFieldsFragment, labels: FieldLabels = {}): string {
  const params: Record<string, string> = Object.fromEntries(error.params.map((p) => [p.name, p.value]));
  const name = fieldOf(error);
  const label = (name && (labels[name] ?? (t(`errors:fields.${name}`, { defaultValue: '' }) || null))) || t('errors:thisField');
  const message = t(`errors:codes.${error.code}`, {
    ...params,
    field: label,
    context: params.variant ?? name ?? undefined,
    defaultValue: t('errors:codes.UNKNOWN', { code: error.code }),
  });
  return params.row ? t('errors:inRow', { row: params.row, column: params.column ?? '', message }) : message;
}

/** The code of a GraphQL error (`extensions.code`), or NETWORK when the request failed. */
export function errorCode(error: CombinedError): string {
  if (error.networkError && error.graphQLErrors.length === 0) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/** A failed request in the user's language, by its code. */
export function describeRequestError(t: TFunction, error: CombinedError): string {
  return describeCode(t, errorCode(error));
}

/** The message of GraphQL error code `code` (`errors:graphql.<CODE>`). */
export function describeCode(t: TFunction, code: string): string {
  return t(`errors:graphql.${code}`, { defaultValue: t('errors:graphql.INTERNAL_SERVER_ERROR') });
}

/** Problems of a mutation, split by where they are shown: next to the form's fields (those
 * in `labels`), or above the form (the rest, and a failed request). */
export interface Problems {
  byField: Readonly<Record<string, string>>;
  page: readonly string[];
}

export const NO_PROBLEMS: Problems = { byField: {}, page: [] };

/** The problems of a mutation's result: its request error or its userErrors. */
export function problemsOf(
  t: TFunction,
  result: { error?: CombinedError },
  userErrors: readonly UserErrorFieldsFragment[] | null | undefined,
  labels: FieldLabels = {},
): Problems {
  if (result.error) return { byField: {}, page: [describeRequestError(t, result.error)] };
  const byField: Record<string, string> = {};
  const page: string[] = [];
  for (const error of userErrors ?? []) {
    const name = fieldOf(error);
    const message = describeUserError(t, error, labels);
    if (name && name in labels) byField[name] = byField[name] ? `${byField[name]} ${message}` : message;
    else page.push(message);
  }
  return { byField, page };
}

/** Every problem as one list (for a notification). */
export function allMessages(problems: Problems): string[] {
  return [...Object.values(problems.byField), ...problems.page];
}
