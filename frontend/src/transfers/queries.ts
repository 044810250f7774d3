// The transfer of good practices (issue 14): which practices a plan action adopts, setting
// them, and every link of a practice to an adopting city's action with its progress.
import { graphql } from '../gql';

/** What an objective shows of the practices it adopts, and whether the viewer may set them. */
export const ActionPracticesFields = graphql(`
  fragment ActionPracticesFields on Action {
    id
    version
    viewerCanLinkPractices
    goodPractices {
      id
      title
      organisation {
        id
        name
        shortName
      }
    }
  }
`);

/** One objective's practices now, after someone else changed it. */
export const ActionPracticesQuery = graphql(`
  query ActionPractices($id: ID!) {
    node(id: $id) {
      ... on Action {
        ...ActionPracticesFields
      }
    }
  }
`);

/** The network's good practices, offered when linking an objective to some. */
export const LinkablePracticesQuery = graphql(`
  query LinkablePractices($search: String) {
    goodPractices(first: 50, search: $search) {
      nodes {
        id
        title
        organisation {
          id
          name
          shortName
        }
      }
    }
  }
`);

export const SetActionGoodPracticesMutation = graphql(`
  mutation SetActionGoodPractices($input: SetActionGoodPracticesInput!) {
    setActionGoodPractices(input: $input) {
      action {
        ...ActionPracticesFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Every link of a practice (of the given ones, when given) to an action the viewer may read:
 * the city it comes from, the adopting city, its action's progress and steps, and the plan's
 * stage. */
export const PracticeTransfersQuery = graphql(`
  query PracticeTransfers($goodPracticeIds: [ID!]) {
    report {
      practiceTransfers(goodPracticeIds: $goodPracticeIds) {
        goodPractice {
          id
          title
          organisation {
            id
            name
            shortName
          }
        }
        action {
          id
          ref
          title
          position
          progress
          steps {
            id
            parentId
            status
          }
        }
        actionPlan {
          id
          stage
          organisation {
            id
            name
            shortName
          }
        }
      }
    }
  }
`);

/** What the coordinator's dashboard card counts: which practice went to which city, without
 * the actions' steps and progress that the transfers view shows. */
export const PracticeTransferCountsQuery = graphql(`
  query PracticeTransferCounts {
    report {
      practiceTransfers {
        goodPractice {
          id
        }
        actionPlan {
          id
          organisation {
            id
          }
        }
      }
    }
  }
`);
