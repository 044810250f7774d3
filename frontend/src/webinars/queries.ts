// The GraphQL documents of a working group's webinars: the list, what the form offers
// (the group's leading members as presenters, good practices to showcase), scheduling, editing
// and cancelling.
import { graphql } from '../gql';

export const WebinarFields = graphql(`
  fragment WebinarFields on Webinar {
    id
    title
    startsAt
    timeZone
    recordingUrl
    attendance
    viewerCanUpdate
    presenters {
      id
      name
    }
    goodPractices {
      id
      title
    }
  }
`);

export const GroupWebinarsQuery = graphql(`
  query GroupWebinars($workingGroupId: ID!) {
    workingGroup(id: $workingGroupId) {
      id
      viewerCanScheduleWebinar
      memberships(role: LEADING) {
        id
        organisation {
          id
          name
        }
      }
      webinars {
        ...WebinarFields
      }
    }
  }
`);

export const GoodPracticeOptionsQuery = graphql(`
  query GoodPracticeOptions {
    goodPractices(first: 100) {
      nodes {
        id
        title
      }
    }
  }
`);

export const ScheduleWebinarMutation = graphql(`
  mutation ScheduleWebinar($input: ScheduleWebinarInput!) {
    scheduleWebinar(input: $input) {
      webinar {
        ...WebinarFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateWebinarMutation = graphql(`
  mutation UpdateWebinar($input: UpdateWebinarInput!) {
    updateWebinar(input: $input) {
      webinar {
        ...WebinarFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteWebinarMutation = graphql(`
  mutation DeleteWebinar($input: DeleteWebinarInput!) {
    deleteWebinar(input: $input) {
      webinar {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
