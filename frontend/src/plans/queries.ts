// GraphQL operations of the action-plan pages.
import { graphql } from '../gql';

export const ProgressReportFields = graphql(`
  fragment ProgressReportFields on ProgressReport {
    id
    createdAt
    status
    percentComplete
    narrative
    evidenceLinks
    author {
      id
      displayName
    }
    coordinationCall {
      id
      heldOn
    }
    viewerFeedbackKinds
    feedback {
      ...FeedbackItemFields
    }
  }
`);

export const PlanActionFields = graphql(`
  fragment PlanActionFields on Action {
    id
    ref
    title
    origin
    position
    version
    progress
    viewerCanUpdate
    viewerFeedbackKinds
    ...ActionPracticesFields
    feedback {
      ...FeedbackItemFields
    }
    thematicArea {
      id
      number
      title
    }
    proposedAction {
      id
      title
      organisation {
        id
        name
        shortName
      }
      workingGroup {
        id
      }
    }
    steps {
      id
      number
      ref
      parentId
      title
      stakeholders
      stakeholderEntries {
        name
        organisation {
          id
          name
        }
      }
      stakeholdersText
      successFactors
      successFactorsText
      start
      end
      startText
      endText
      baselineStart
      baselineEnd
      position
      version
      viewerCanUpdate
      viewerCanReplan
      viewerCanReportProgress
      status
      percentComplete
      slippage {
        late
        daysLate
        daysBehindBaseline
        daysOverdue
      }
      latestReport {
        ...ProgressReportFields
      }
      decisions {
        text
        coordinationCall {
          id
          heldOn
        }
      }
    }
  }
`);

export const PlanChangeFields = graphql(`
  fragment PlanChangeFields on PlanChange {
    kind
    stepId
    stepTitle
    previousStart
    previousEnd
    start
    end
    baselineNumber
    reason
    at
    by {
      id
      displayName
    }
  }
`);

export const PlanFields = graphql(`
  fragment PlanFields on ActionPlan {
    id
    stage
    version
    progress
    ...StageControlsFields
    viewerCanUpdate
    replanning
    viewerCanReplan
    viewerCanSetBaseline
    publishedAt
    viewerCanPublish
    changes {
      ...PlanChangeFields
    }
    baselines {
      number
      note
      setAt
      setBy {
        id
        displayName
      }
      steps {
        stepId
        title
        start
        end
      }
    }
    viewerFeedbackKinds
    feedback {
      ...FeedbackItemFields
    }
    organisation {
      id
      name
    }
    warnings {
      ...UserErrorFields
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

/** The viewer's organisation, for "New action plan" when it has none. */
export const ViewerPlanQuery = graphql(`
  query ViewerPlan {
    viewer {
      id
      organisation {
        id
        name
        viewerCanCreateActionPlan
      }
    }
  }
`);

/** The working group of each thematic area (a step's calls are its group's). */
export const GroupAreasQuery = graphql(`
  query GroupAreas {
    workingGroups(first: 50) {
      nodes {
        id
        thematicArea {
          id
        }
      }
    }
  }
`);

export const GroupCallsQuery = graphql(`
  query GroupCalls($workingGroupId: ID!) {
    coordinationCalls(workingGroupId: $workingGroupId, first: 12) {
      nodes {
        id
        heldOn
        scheduled
      }
    }
  }
`);

export const StakeholderOrganisationsQuery = graphql(`
  query StakeholderOrganisations {
    organisations(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
