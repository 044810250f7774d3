import { graphql } from '../gql';

/** The typename whose changes refresh the bell and the list (urql's document cache). */
export const NOTIFICATION_TYPENAMES = ['Notification'];

/** The bell's figure: how many of the viewer's notifications are unread. */
export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    viewer {
      id
      unreadNotificationCount
    }
  }
`);

/** The viewer's notifications, a page at a time, newest first. */
export const NotificationsQuery = graphql(`
  query ViewerNotifications($first: Int, $after: String, $unreadOnly: Boolean!) {
    viewer {
      id
      unreadNotificationCount
      notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          kind
          path
          excerpt
          createdAt
          readAt
          actor {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {
    markNotificationRead(input: $input) {
      notification {
        id
        readAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead($input: MarkAllNotificationsReadInput!) {
    markAllNotificationsRead(input: $input) {
      marked
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** How the viewer wants each kind of notification mailed. */
export const MailPreferencesQuery = graphql(`
  query ViewerMailPreferences {
    viewer {
      id
      email
      mailPreferences {
        kind
        delivery
      }
    }
  }
`);

export const UpdateMailPreferenceMutation = graphql(`
  mutation UpdateMailPreference($input: UpdateMailPreferenceInput!) {
    updateMailPreference(input: $input) {
      mailPreferences {
        kind
        delivery
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
