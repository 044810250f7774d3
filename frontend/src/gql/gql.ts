/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TerritoryOptions {\n    territories(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TerritoryOptionsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      globalRole\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment BenchmarkFields on Benchmark {\n    id\n    status\n    version\n    organisation {\n      id\n      name\n    }\n    round {\n      id\n      name\n      heldOn\n    }\n    needs {\n      id\n      title\n    }\n    scores {\n      keyActor\n      dimension\n      level\n      achievements\n      needs\n      gaps\n    }\n  }\n": typeof types.BenchmarkFieldsFragmentDoc,
    "\n  query Benchmarks($first: Int, $after: String) {\n    benchmarks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...BenchmarkFields\n      }\n    }\n  }\n": typeof types.BenchmarksDocument,
    "\n  query Organisation($id: ID!) {\n    node(id: $id) {\n      ... on Organisation {\n        id\n        name\n        kind\n        territory {\n          id\n          name\n        }\n        memberships {\n          id\n          role\n          workingGroup {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  query OrganisationBenchmarks($id: ID!) {\n    node(id: $id) {\n      ... on Organisation {\n        id\n        benchmarks {\n          id\n          status\n          round {\n            id\n            name\n          }\n          needs {\n            id\n            title\n          }\n          scores {\n            keyActor\n            dimension\n            level\n            achievements\n            needs\n            gaps\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationBenchmarksDocument,
    "\n  query Organisations($first: Int, $after: String) {\n    organisations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        shortName\n        kind\n        consortiumPartner\n        territory {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query Territories($first: Int, $after: String) {\n    territories(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        country\n      }\n    }\n  }\n": typeof types.TerritoriesDocument,
    "\n  query ThematicAreas($first: Int, $after: String) {\n    thematicAreas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        title\n        description\n      }\n    }\n  }\n": typeof types.ThematicAreasDocument,
    "\n  query WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      title\n      thematicArea {\n        id\n        number\n        description\n      }\n      memberships {\n        id\n        role\n        participation\n        note\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      invitedExperts {\n        id\n        displayName\n      }\n      missingMandatoryMembers {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WorkingGroupDocument,
    "\n  mutation AddMissingMandatoryMembers($input: AddMissingMandatoryMembersInput!) {\n    addMissingMandatoryMembers(input: $input) {\n      added {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AddMissingMandatoryMembersDocument,
    "\n  query WorkingGroups($first: Int, $after: String) {\n    workingGroups(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        thematicArea {\n          id\n          number\n        }\n        memberships {\n          id\n          role\n          organisation {\n            id\n            name\n            shortName\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkingGroupsDocument,
    "\n  query AuditEvents($first: Int, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        entityType\n        entityId\n        at\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query Users($first: Int, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        displayName\n        email\n        globalRole\n        active\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        active\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ResetUserPassword($input: UserIdInput!) {\n    resetUserPassword(input: $input) {\n      temporaryPassword\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
};
const documents: Documents = {
    "\n  query TerritoryOptions {\n    territories(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.TerritoryOptionsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      globalRole\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment BenchmarkFields on Benchmark {\n    id\n    status\n    version\n    organisation {\n      id\n      name\n    }\n    round {\n      id\n      name\n      heldOn\n    }\n    needs {\n      id\n      title\n    }\n    scores {\n      keyActor\n      dimension\n      level\n      achievements\n      needs\n      gaps\n    }\n  }\n": types.BenchmarkFieldsFragmentDoc,
    "\n  query Benchmarks($first: Int, $after: String) {\n    benchmarks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...BenchmarkFields\n      }\n    }\n  }\n": types.BenchmarksDocument,
    "\n  query Organisation($id: ID!) {\n    node(id: $id) {\n      ... on Organisation {\n        id\n        name\n        kind\n        territory {\n          id\n          name\n        }\n        memberships {\n          id\n          role\n          workingGroup {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationDocument,
    "\n  query OrganisationBenchmarks($id: ID!) {\n    node(id: $id) {\n      ... on Organisation {\n        id\n        benchmarks {\n          id\n          status\n          round {\n            id\n            name\n          }\n          needs {\n            id\n            title\n          }\n          scores {\n            keyActor\n            dimension\n            level\n            achievements\n            needs\n            gaps\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationBenchmarksDocument,
    "\n  query Organisations($first: Int, $after: String) {\n    organisations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        shortName\n        kind\n        consortiumPartner\n        territory {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query Territories($first: Int, $after: String) {\n    territories(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        country\n      }\n    }\n  }\n": types.TerritoriesDocument,
    "\n  query ThematicAreas($first: Int, $after: String) {\n    thematicAreas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        title\n        description\n      }\n    }\n  }\n": types.ThematicAreasDocument,
    "\n  query WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      title\n      thematicArea {\n        id\n        number\n        description\n      }\n      memberships {\n        id\n        role\n        participation\n        note\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      invitedExperts {\n        id\n        displayName\n      }\n      missingMandatoryMembers {\n        id\n        name\n      }\n    }\n  }\n": types.WorkingGroupDocument,
    "\n  mutation AddMissingMandatoryMembers($input: AddMissingMandatoryMembersInput!) {\n    addMissingMandatoryMembers(input: $input) {\n      added {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AddMissingMandatoryMembersDocument,
    "\n  query WorkingGroups($first: Int, $after: String) {\n    workingGroups(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        thematicArea {\n          id\n          number\n        }\n        memberships {\n          id\n          role\n          organisation {\n            id\n            name\n            shortName\n          }\n        }\n      }\n    }\n  }\n": types.WorkingGroupsDocument,
    "\n  query AuditEvents($first: Int, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        entityType\n        entityId\n        at\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query Users($first: Int, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        displayName\n        email\n        globalRole\n        active\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        active\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ResetUserPassword($input: UserIdInput!) {\n    resetUserPassword(input: $input) {\n      temporaryPassword\n      userErrors {\n        message\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoryOptions {\n    territories(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TerritoryOptions {\n    territories(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      globalRole\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      globalRole\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchmarkFields on Benchmark {\n    id\n    status\n    version\n    organisation {\n      id\n      name\n    }\n    round {\n      id\n      name\n      heldOn\n    }\n    needs {\n      id\n      title\n    }\n    scores {\n      keyActor\n      dimension\n      level\n      achievements\n      needs\n      gaps\n    }\n  }\n"): (typeof documents)["\n  fragment BenchmarkFields on Benchmark {\n    id\n    status\n    version\n    organisation {\n      id\n      name\n    }\n    round {\n      id\n      name\n      heldOn\n    }\n    needs {\n      id\n      title\n    }\n    scores {\n      keyActor\n      dimension\n      level\n      achievements\n      needs\n      gaps\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Benchmarks($first: Int, $after: String) {\n    benchmarks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...BenchmarkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Benchmarks($first: Int, $after: String) {\n    benchmarks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...BenchmarkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    node(id: $id) {\n      ... on Organisation {\n        id\n        name\n        kind\n        territory {\n          id\n          name\n        }\n        memberships {\n          id\n          role\n          workingGroup {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    node(id: $id) {\n      ... on Organisation {\n        id\n        name\n        kind\n        territory {\n          id\n          name\n        }\n        memberships {\n          id\n          role\n          workingGroup {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationBenchmarks($id: ID!) {\n    node(id: $id) {\n      ... on Organisation {\n        id\n        benchmarks {\n          id\n          status\n          round {\n            id\n            name\n          }\n          needs {\n            id\n            title\n          }\n          scores {\n            keyActor\n            dimension\n            level\n            achievements\n            needs\n            gaps\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationBenchmarks($id: ID!) {\n    node(id: $id) {\n      ... on Organisation {\n        id\n        benchmarks {\n          id\n          status\n          round {\n            id\n            name\n          }\n          needs {\n            id\n            title\n          }\n          scores {\n            keyActor\n            dimension\n            level\n            achievements\n            needs\n            gaps\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int, $after: String) {\n    organisations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        shortName\n        kind\n        consortiumPartner\n        territory {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($first: Int, $after: String) {\n    organisations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        shortName\n        kind\n        consortiumPartner\n        territory {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Territories($first: Int, $after: String) {\n    territories(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query Territories($first: Int, $after: String) {\n    territories(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThematicAreas($first: Int, $after: String) {\n    thematicAreas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        title\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThematicAreas($first: Int, $after: String) {\n    thematicAreas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        title\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      title\n      thematicArea {\n        id\n        number\n        description\n      }\n      memberships {\n        id\n        role\n        participation\n        note\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      invitedExperts {\n        id\n        displayName\n      }\n      missingMandatoryMembers {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      title\n      thematicArea {\n        id\n        number\n        description\n      }\n      memberships {\n        id\n        role\n        participation\n        note\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      invitedExperts {\n        id\n        displayName\n      }\n      missingMandatoryMembers {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMissingMandatoryMembers($input: AddMissingMandatoryMembersInput!) {\n    addMissingMandatoryMembers(input: $input) {\n      added {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMissingMandatoryMembers($input: AddMissingMandatoryMembersInput!) {\n    addMissingMandatoryMembers(input: $input) {\n      added {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroups($first: Int, $after: String) {\n    workingGroups(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        thematicArea {\n          id\n          number\n        }\n        memberships {\n          id\n          role\n          organisation {\n            id\n            name\n            shortName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroups($first: Int, $after: String) {\n    workingGroups(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        thematicArea {\n          id\n          number\n        }\n        memberships {\n          id\n          role\n          organisation {\n            id\n            name\n            shortName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        entityType\n        entityId\n        at\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        entityType\n        entityId\n        at\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        displayName\n        email\n        globalRole\n        active\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        displayName\n        email\n        globalRole\n        active\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        active\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        active\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: UserIdInput!) {\n    resetUserPassword(input: $input) {\n      temporaryPassword\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($input: UserIdInput!) {\n    resetUserPassword(input: $input) {\n      temporaryPassword\n      userErrors {\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;