// @vitest-environment node
// CI check: every mutation of `schema.graphql` has a screen (a frontend document uses it) or
// is on the API-only list (`frontend/api-only-mutations.json`) with a reason.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { type ApiOnlyEntry, coverage, schemaMutations, usedMutations } from './mutationCoverage';

const frontend = new URL('../..', import.meta.url).pathname;
const schema = readFileSync(join(frontend, '../schema.graphql'), 'utf8');
const apiOnly = JSON.parse(readFileSync(join(frontend, 'api-only-mutations.json'), 'utf8')) as ApiOnlyEntry[];

/** The SPA's sources, without the generated types and the tests. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('mutation coverage', () => {
  const mutations = schemaMutations(schema);
  const used = usedMutations(sources(join(frontend, 'src')));

  it('reads the schema’s mutations and the SPA’s documents', () => {
    expect(mutations.length).toBeGreaterThan(50);
    for (const name of ['login', 'updateActionStep', 'scheduleCoordinationCall']) expect(used).toContain(name);
  });

  it('finds a screen or an API-only reason for every mutation, and no stale entry', () => {
    expect(coverage(mutations, used, apiOnly)).toEqual({ uncovered: [], listedButUsed: [], listedButUnknown: [], withoutReason: [] });
  });

  it('fails when the schema gains a mutation without a screen', () => {
    const extended = schema.replace(/type Mutation \{/, 'type Mutation {\n\tlaunchRocket(id: ID!): Boolean!');
    expect(extended).not.toBe(schema);
    const added = schemaMutations(extended);
    expect(coverage(added, used, apiOnly).uncovered).toEqual(['launchRocket']);
  });

  it('fails when a screen stops using a mutation, or an entry loses its reason or its mutation', () => {
    const withoutSchedule = new Set([...used].filter((m) => m !== 'scheduleCoordinationCall'));
    expect(coverage(mutations, withoutSchedule, apiOnly).uncovered).toEqual(['scheduleCoordinationCall']);
    const listed: ApiOnlyEntry[] = [...apiOnly, { mutation: 'login', reason: '' }, { mutation: 'noSuchMutation', reason: 'gone' }];
    const found = coverage(mutations, used, listed);
    expect(found.listedButUsed).toEqual(['login']);
    expect(found.withoutReason).toEqual(['login']);
    expect(found.listedButUnknown).toEqual(['noSuchMutation']);
  });

  it('reads operations from template literals and plain strings, not from other text', () => {
    const found = usedMutations([
      "const a = graphql(`\n  mutation A($input: X!) {\n    createThing(input: $input) { id }\n    other: removeThing(id: 1) { id }\n  }\n`);",
      "fetch('/graphql', { body: 'mutation B { login(input: {}) { accessToken } }' });",
      "const c = graphql(`query C { things { id } }`); // mutation D { notThis }",
    ]);
    expect([...found].sort()).toEqual(['createThing', 'login', 'removeThing']);
  });
});
