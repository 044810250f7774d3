// Adding a good practice to the library, correcting one and deleting one, and what the form offers.
import { graphql } from '../gql';

export const PracticeOrganisationOptionsQuery = graphql(`
  query PracticeOrganisationOptions {
    organisations(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateGoodPracticeMutation = graphql(`
  mutation CreateGoodPractice($input: CreateGoodPracticeInput!) {
    createGoodPractice(input: $input) {
      goodPractice {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateGoodPracticeMutation = graphql(`
  mutation UpdateGoodPractice($input: UpdateGoodPracticeInput!) {
    updateGoodPractice(input: $input) {
      goodPractice {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteGoodPracticeMutation = graphql(`
  mutation DeleteGoodPractice($input: DeleteGoodPracticeInput!) {
    deleteGoodPractice(input: $input) {
      goodPractice {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
