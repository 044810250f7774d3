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
