// Proposing an action to a working group's "ask the expert" board, correcting it and deleting it.
import { graphql } from '../gql';

export const CreateProposedActionMutation = graphql(`
  mutation CreateProposedAction($input: CreateProposedActionInput!) {
    createProposedAction(input: $input) {
      proposedAction {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateProposedActionMutation = graphql(`
  mutation UpdateProposedAction($input: UpdateProposedActionInput!) {
    updateProposedAction(input: $input) {
      proposedAction {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteProposedActionMutation = graphql(`
  mutation DeleteProposedAction($input: DeleteProposedActionInput!) {
    deleteProposedAction(input: $input) {
      proposedAction {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
