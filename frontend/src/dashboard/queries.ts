// GraphQL operations of the dashboard. Each section asks for what it shows; the aggregates
// (`report { … }`) are computed by the server.
import { graphql } from '../gql';

/** The viewer's organisation: its plan with every step's progress and slippage, its groups'
 * call rhythm, and its steps by status; for an expert, the groups it is invited to with their
 * proposed actions and who has written in each feedback thread. */
export const DashboardQuery = graphql(`
  query Dashboard {
    ...ProgrammeTimelineFields
    viewerCapabilities {
      readEveryPlan
    }
    viewer {
      id
      expertGroups {
        id
        title
        thematicArea {
          id
          number
        }
        proposedActions {
          id
          title
          organisation {
            id
            name
            shortName
          }
          feedback {
            id
            author {
              id
            }
            replies {
              id
              author {
                id
              }
            }
          }
        }
      }
      organisation {
        id
        name
        shortName
        memberships {
          id
          role
          workingGroup {
            id
            title
            thematicArea {
              id
              number
            }
            lastCallOn
            nextScheduledCallOn
            nextCallDue
            callOverdue
          }
        }
        actionPlan {
          id
          stage
          progress
          actions {
            id
            ref
            title
            position
            progress
            steps {
              id
              number
              title
              status
              percentComplete
              end
              endText
              baselineEnd
              slippage {
                late
                daysLate
                daysBehindBaseline
                daysOverdue
              }
            }
          }
        }
      }
    }
    report {
      stepsByStatus(groupBy: ORGANISATION) {
        organisation {
          id
        }
        status
        count
      }
    }
  }
`);

/** One group the viewer's organisation leads: its learning members' plans (the actions in the
 * group's area with their steps), the reports on steps in its area still awaiting feedback,
 * and the group's steps by status. */
export const LedGroupQuery = graphql(`
  query DashboardLedGroup($id: ID!) {
    workingGroup(id: $id) {
      id
      title
      thematicArea {
        id
        number
      }
      memberships(role: LEARNING) {
        id
        organisation {
          id
          name
          shortName
          actionPlan {
            id
            stage
            progress
            actions {
              id
              ref
              title
              position
              progress
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
    }
    awaiting: progressReports(filter: { workingGroupId: $id, awaitingFeedback: true }, first: 100) {
      totalCount
      nodes {
        id
        createdAt
        status
        percentComplete
        narrative
        actionPlanId
        organisation {
          id
          name
          shortName
        }
        step {
          id
          number
          title
        }
      }
    }
    report {
      stepsByStatus(groupBy: WORKING_GROUP) {
        workingGroup {
          id
        }
        status
        count
      }
    }
  }
`);

/** The view of the whole network, for whoever sees every plan (the coordinator). */
export const NetworkReportQuery = graphql(`
  query DashboardNetwork {
    report {
      plansByStage {
        stage
        count
      }
      stepsByStatus(groupBy: WORKING_GROUP) {
        workingGroup {
          id
          title
          thematicArea {
            id
            number
          }
        }
        status
        count
      }
      overdueCalls {
        workingGroup {
          id
          title
          viewerCanScheduleCall
          thematicArea {
            id
            number
          }
        }
        lastCallOn
        nextCallDue
        daysOverdue
      }
      missingProgressReports {
        workingGroup {
          id
          title
          thematicArea {
            id
            number
          }
        }
        coordinationCall {
          id
          heldOn
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);
