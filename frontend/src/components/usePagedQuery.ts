import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type AnyVariables, type RequestPolicy, useQuery } from 'urql';

import { PAGE_SIZE, useCursorPages } from './Pager';

/** A query over one Relay connection, a page at a time (`first`/`after` are managed here). */
export function usePagedQuery<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  requestPolicy?: RequestPolicy,
) {
  const pages = useCursorPages();
  const [result, refetch] = useQuery<Data, Variables>({
    query,
    variables: { ...variables, first: PAGE_SIZE, after: pages.after } as unknown as Variables,
    requestPolicy,
  });
  return { ...result, pages, refetch };
}
