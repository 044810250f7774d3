// Creating and correcting territories (coordinator: `viewerCapabilities.manageOrganisations`).
import { graphql } from '../gql';

export const CreateTerritoryMutation = graphql(`
  mutation CreateTerritory($input: CreateTerritoryInput!) {
    createTerritory(input: $input) {
      territory {
        id
        name
        country
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateTerritoryMutation = graphql(`
  mutation UpdateTerritory($input: UpdateTerritoryInput!) {
    updateTerritory(input: $input) {
      territory {
        id
        name
        country
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
