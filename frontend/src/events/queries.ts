// The GraphQL documents of the events screens: the list (with whether the viewer may create
// events), one event with its agenda and plenary outcomes, its participants page by page, and
// what the editing forms offer (territories, organisations, working groups).
import { graphql } from '../gql';

export const EventsQuery = graphql(`
  query Events($first: Int, $after: String) {
    viewerCapabilities {
      manageEvents
    }
    events(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        venue
        city
        startDate
        endDate
      }
    }
  }
`);

export const EventFields = graphql(`
  fragment EventFields on Event {
    id
    title
    venue
    city
    territory {
      id
      name
    }
    startDate
    endDate
    datesText
    viewerCanUpdate
  }
`);

export const AgendaItemFields = graphql(`
  fragment AgendaItemFields on AgendaItem {
    id
    date
    start
    end
    timeText
    title
    session
    track
    description
    expertFeedbackMinutes
    expertFeedbackText
    position
    workingGroup {
      id
      title
    }
    presentations {
      minutes
      actions
      organisation {
        id
        name
        shortName
      }
    }
  }
`);

export const PlenaryOutcomeFields = graphql(`
  fragment PlenaryOutcomeFields on PlenaryOutcome {
    id
    section
    heading
    note
    summaryPoints
    recommendations
    position
    workingGroups {
      id
      title
    }
  }
`);

export const EventQuery = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      ...EventFields
      days
      plenaryOutcomes {
        ...PlenaryOutcomeFields
      }
      agenda {
        ...AgendaItemFields
      }
    }
  }
`);

export const ParticipantsQuery = graphql(`
  query EventParticipants($id: ID!, $first: Int, $after: String) {
    event(id: $id) {
      id
      viewerCanUpdate
      participants(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          firstName
          lastName
          organisationText
          country
        }
      }
    }
  }
`);

export const EventOptionsQuery = graphql(`
  query EventOptions {
    territories(first: 100) {
      nodes {
        id
        name
      }
    }
    organisations(first: 100) {
      nodes {
        id
        name
        shortName
      }
    }
    workingGroups(first: 100) {
      nodes {
        id
        title
      }
    }
  }
`);
