// GraphQL documents of the learning-journey pages: one query per page, built from the API's
// existing fields (benchmarks' needs, memberships, proposed actions, plan actions).
import { graphql } from '../gql';

export const JourneyBenchmarkFields = graphql(`
  fragment JourneyBenchmarkFields on Benchmark {
    id
    status
    round {
      id
      name
      heldOn
    }
    needs {
      id
      number
      title
      benchmarkCells {
        keyActor
        dimension
      }
    }
    scores {
      keyActor
      dimension
      level
    }
  }
`);

export const JourneyGroupFields = graphql(`
  fragment JourneyGroupFields on WorkingGroup {
    id
    title
    thematicArea {
      id
    }
    proposedActions {
      id
      title
      organisation {
        id
      }
    }
  }
`);

export const JourneyPlanFields = graphql(`
  fragment JourneyPlanFields on ActionPlan {
    id
    stage
    actions {
      id
      ref
      title
      position
      progress
      thematicArea {
        id
      }
      proposedAction {
        id
      }
      steps {
        id
        parentId
        status
      }
    }
  }
`);

/** One partner's journey: its memberships and plan, its benchmarks the viewer may read (the
 * list query filters rather than refusing, so a viewer who may not read them still sees the
 * rest), and every round, to know whether a later one was held. */
export const PartnerJourneyQuery = graphql(`
  query PartnerJourney($id: ID!) {
    node(id: $id) {
      ... on Organisation {
        id
        name
        shortName
        memberships {
          id
          role
          participation
          workingGroup {
            ...JourneyGroupFields
          }
        }
        actionPlan {
          ...JourneyPlanFields
        }
      }
    }
    benchmarks(organisationId: $id, first: 100) {
      totalCount
      nodes {
        ...JourneyBenchmarkFields
      }
    }
    benchmarkRounds(first: 100) {
      nodes {
        id
        name
        heldOn
      }
    }
  }
`);

/** Every partner's journey at once, for the coordinator's network table. */
export const NetworkJourneysQuery = graphql(`
  query NetworkJourneys {
    organisations(first: 100) {
      totalCount
      nodes {
        id
        name
        shortName
        consortiumPartner
      }
    }
    benchmarks(first: 100) {
      totalCount
      nodes {
        ...JourneyBenchmarkFields
        organisation {
          id
        }
      }
    }
    benchmarkRounds(first: 100) {
      nodes {
        id
        name
        heldOn
      }
    }
    workingGroups(first: 100) {
      nodes {
        ...JourneyGroupFields
        memberships {
          id
          role
          participation
          organisation {
            id
          }
        }
      }
    }
    actionPlans(first: 100) {
      totalCount
      nodes {
        ...JourneyPlanFields
        organisation {
          id
        }
      }
    }
  }
`);
