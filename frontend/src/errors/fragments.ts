// What every mutation asks about its userErrors: enough to word the message in the user's
// language (the code, the field and the message's parameters); `message` is the API's
// English text, never shown.
import { graphql } from '../gql';

export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError {
    field
    code
    message
    params {
      name
      value
    }
  }
`);
