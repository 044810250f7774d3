// GraphQL operations of the action-plan pages.
import { graphql } from '../gql';

export const PlanActionFields = graphql(`
  fragment PlanActionFields on Action {
    id
    ref
    title
    origin
    position
    version
    feedback {
      ...FeedbackItemFields
    }
    thematicArea {
      id
      number
      title
    }
    steps {
      id
      number
      parentId
      title
      stakeholders
      successFactors
      start
      end
      startText
      endText
      baselineStart
      baselineEnd
      position
      version
    }
  }
`);

export const PlanFields = graphql(`
  fragment PlanFields on ActionPlan {
    id
    stage
    version
    feedback {
      ...FeedbackItemFields
    }
    organisation {
      id
      name
    }
    warnings {
      field
      message
      code
    }
    stageHistory {
      from
      to
      at
      comment
      by {
        id
        displayName
      }
    }
    actions {
      ...PlanActionFields
    }
  }
`);

export const PlanQuery = graphql(`
  query ActionPlan($id: ID!) {
    actionPlan(id: $id) {
      ...PlanFields
    }
  }
`);

export const PlansQuery = graphql(`
  query ActionPlans($first: Int, $after: String) {
    actionPlans(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        stage
        organisation {
          id
          name
        }
        actions {
          id
        }
      }
    }
  }
`);
