// The public, read-only pages (no sign-in) and the coordinator's publish/withdraw control.
import { graphql } from '../gql';

/** What the library needs to show a practice's publication and offer the control. */
export const PracticePublicationFragment = graphql(`
  fragment PracticePublication on GoodPractice {
    id
    title
    publishedAt
    viewerCanPublish
  }
`);

export const PublicGoodPracticesQuery = graphql(`
  query PublicGoodPractices {
    publicGoodPractices {
      id
      title
      organisationName
      thematicAreaTitle
      publishedAt
    }
  }
`);

export const PublicGoodPracticeQuery = graphql(`
  query PublicGoodPractice($id: ID!) {
    publicGoodPractice(id: $id) {
      id
      title
      description
      source
      organisationName
      thematicAreaTitle
      publishedAt
    }
  }
`);

export const PublishGoodPracticeMutation = graphql(`
  mutation PublishGoodPractice($input: PublicationInput!) {
    publishGoodPractice(input: $input) {
      goodPractice {
        ...PracticePublication
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawGoodPracticeMutation = graphql(`
  mutation WithdrawGoodPractice($input: PublicationInput!) {
    withdrawGoodPractice(input: $input) {
      goodPractice {
        ...PracticePublication
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** What the plan page needs to show a plan summary's publication and offer the control. */
export const PlanPublicationFragment = graphql(`
  fragment PlanPublication on ActionPlan {
    id
    publishedAt
    viewerCanPublish
  }
`);

export const PublishPlanSummaryMutation = graphql(`
  mutation PublishPlanSummary($input: PublicationInput!) {
    publishPlanSummary(input: $input) {
      actionPlan {
        ...PlanPublication
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawPlanSummaryMutation = graphql(`
  mutation WithdrawPlanSummary($input: PublicationInput!) {
    withdrawPlanSummary(input: $input) {
      actionPlan {
        ...PlanPublication
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PublicPlanSummariesQuery = graphql(`
  query PublicPlanSummaries {
    publicPlanSummaries {
      id
      organisationName
      territoryName
      stage
      progress
      publishedAt
      objectives {
        title
      }
    }
  }
`);

export const PublicPlanSummaryQuery = graphql(`
  query PublicPlanSummary($id: ID!) {
    publicPlanSummary(id: $id) {
      id
      organisationName
      territoryName
      stage
      progress
      publishedAt
      objectives {
        ref
        title
        thematicAreaTitle
        progress
        goodPractices {
          id
          title
          organisationName
        }
        steps {
          number
          title
          start
          end
          status
          percentComplete
        }
      }
    }
  }
`);
