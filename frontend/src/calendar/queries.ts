import { graphql } from '../gql';

/** The viewer's calendar feed, if one is active. */
export const CalendarFeedQuery = graphql(`
  query ViewerCalendarFeed {
    viewer {
      id
      calendarFeed {
        createdAt
      }
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed(input: {}) {
      path
      calendarFeed {
        createdAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed(input: {}) {
      revoked
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
