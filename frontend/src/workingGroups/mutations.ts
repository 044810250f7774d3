// Creating and renaming working groups, and changing a membership in place.
import { graphql } from '../gql';

export const WorkingGroupAdminQuery = graphql(`
  query WorkingGroupAdmin {
    viewerCapabilities {
      manageWorkingGroups
    }
    thematicAreas(first: 100) {
      nodes {
        id
        number
        title
      }
    }
  }
`);

export const CreateWorkingGroupMutation = graphql(`
  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {
    createWorkingGroup(input: $input) {
      workingGroup {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateWorkingGroupMutation = graphql(`
  mutation UpdateWorkingGroup($input: UpdateWorkingGroupInput!) {
    updateWorkingGroup(input: $input) {
      workingGroup {
        id
        title
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateMembershipMutation = graphql(`
  mutation UpdateMembership($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      membership {
        id
        role
        participation
        note
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
