// Creating and correcting thematic areas (coordinator: `viewerCapabilities.manageWorkingGroups`).
import { graphql } from '../gql';

export const CreateThematicAreaMutation = graphql(`
  mutation CreateThematicArea($input: CreateThematicAreaInput!) {
    createThematicArea(input: $input) {
      thematicArea {
        id
        number
        title
        description
        benchmarkCells {
          keyActor
          dimension
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateThematicAreaMutation = graphql(`
  mutation UpdateThematicArea($input: UpdateThematicAreaInput!) {
    updateThematicArea(input: $input) {
      thematicArea {
        id
        number
        title
        description
        benchmarkCells {
          keyActor
          dimension
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
