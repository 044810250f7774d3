// Which of the API's mutations the SPA calls: every mutation in `schema.graphql` must be used
// by a GraphQL document of the frontend, or be on the API-only list with a reason. Run by
// `mutationCoverage.test.ts` (part of `npm run test`, so of CI).
import { Kind, parse } from 'graphql';

/** An entry of the API-only list: a mutation with no screen, and why. */
export interface ApiOnlyEntry {
  mutation: string;
  reason: string;
}

/** The fields of the schema's `Mutation` type. */
export function schemaMutations(sdl: string): string[] {
  const document = parse(sdl);
  const names: string[] = [];
  for (const definition of document.definitions) {
    if ((definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.name.value === 'Mutation') {
      for (const field of definition.fields ?? []) names.push(field.name.value);
    }
  }
  return names.sort();
}

/** The GraphQL texts in a source file: string and template literals that start with an
 * operation or a fragment. */
function graphqlTexts(source: string): string[] {
  const texts: string[] = [];
  for (const match of source.matchAll(/([`'"])\s*((?:mutation|query|fragment|subscription)\b(?:(?!\1)[^\\]|\\.)*)\1/g)) {
    if (match[2]) texts.push(match[2]);
  }
  return texts;
}

/** The mutation fields selected by the operations of `sources` (file texts). */
export function usedMutations(sources: readonly string[]): Set<string> {
  const used = new Set<string>();
  for (const source of sources) {
    for (const text of graphqlTexts(source)) {
      let document;
      try {
        document = parse(text);
      } catch {
        continue;
      }
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation') continue;
        for (const selection of definition.selectionSet.selections) if (selection.kind === Kind.FIELD) used.add(selection.name.value);
      }
    }
  }
  return used;
}

export interface Coverage {
  /** Mutations neither used by the SPA nor on the API-only list. */
  uncovered: string[];
  /** API-only entries the SPA now uses: take them off the list. */
  listedButUsed: string[];
  /** API-only entries that are no mutation of the schema. */
  listedButUnknown: string[];
  /** API-only entries without a reason. */
  withoutReason: string[];
}

/** Compares the schema's mutations with those used and those listed as API-only. */
export function coverage(mutations: readonly string[], used: ReadonlySet<string>, apiOnly: readonly ApiOnlyEntry[]): Coverage {
  const listed = new Set(apiOnly.map((e) => e.mutation));
  return {
    uncovered: mutations.filter((m) => !used.has(m) && !listed.has(m)),
    listedButUsed: apiOnly.filter((e) => used.has(e.mutation)).map((e) => e.mutation),
    listedButUnknown: apiOnly.filter((e) => !mutations.includes(e.mutation)).map((e) => e.mutation),
    withoutReason: apiOnly.filter((e) => e.reason.trim().length === 0).map((e) => e.mutation),
  };
}
