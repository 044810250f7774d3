// Proposing an action to a working group's "ask the expert" board, and correcting it.
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
