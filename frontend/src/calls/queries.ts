// The GraphQL documents of a working group's coordination calls: the list with minutes and
// decisions, the steps a decision may concern, and scheduling, minutes and cancelling.
import { graphql } from '../gql';

export const CallFields = graphql(`
  fragment CallFields on CoordinationCall {
    id
    heldOn
    startTime
    timeZone
    startsAt
    scheduled
    version
    seriesId
    agenda
    notes
    viewerCanUpdate
    facilitator {
      id
      displayName
    }
    participants {
      id
      name
    }
    decisions {
      text
      stepIds
    }
  }
`);

export const GroupCallsPanelQuery = graphql(`
  query GroupCallsPanel($workingGroupId: ID!) {
    workingGroup(id: $workingGroupId) {
      id
      viewerCanScheduleCall
      thematicArea {
        id
      }
      memberships {
        id
        organisation {
          id
          name
          shortName
          actionPlan {
            id
            actions {
              id
              ref
              title
              thematicArea {
                id
              }
              steps {
                id
                number
                title
              }
            }
          }
        }
      }
      coordinationCalls(first: 50) {
        totalCount
        nodes {
          ...CallFields
        }
      }
    }
  }
`);

/** Who may facilitate a call: everyone with a login (the form picks one). */
export const FacilitatorsQuery = graphql(`
  query CallFacilitators {
    users(first: 100) {
      nodes {
        id
        displayName
      }
    }
  }
`);

export const ScheduleCallMutation = graphql(`
  mutation ScheduleCoordinationCall($input: ScheduleCoordinationCallInput!) {
    scheduleCoordinationCall(input: $input) {
      series {
        id
        heldOn
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCallMutation = graphql(`
  mutation UpdateCoordinationCall($input: UpdateCoordinationCallInput!) {
    updateCoordinationCall(input: $input) {
      coordinationCall {
        ...CallFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteCallMutation = graphql(`
  mutation DeleteCoordinationCall($input: DeleteCoordinationCallInput!) {
    deleteCoordinationCall(input: $input) {
      coordinationCall {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
