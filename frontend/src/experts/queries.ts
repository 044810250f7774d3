// The GraphQL documents of a working group's invited experts: the list with whether the viewer
// may change it, the experts who could be invited, inviting and withdrawing.
import { graphql } from '../gql';

export const GroupExpertsQuery = graphql(`
  query GroupExperts($workingGroupId: ID!) {
    workingGroup(id: $workingGroupId) {
      id
      viewerCanInviteExpert
      invitedExperts {
        id
        displayName
      }
    }
  }
`);

/** Everyone with a login (the API has no filter by role): the form offers the active experts. */
export const ExpertCandidatesQuery = graphql(`
  query ExpertCandidates {
    users(first: 100) {
      nodes {
        id
        displayName
        globalRole
        active
      }
    }
  }
`);

export const InviteExpertMutation = graphql(`
  mutation InviteExpert($input: ExpertInvitationInput!) {
    inviteExpert(input: $input) {
      workingGroup {
        id
        invitedExperts {
          id
          displayName
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawExpertInvitationMutation = graphql(`
  mutation WithdrawExpertInvitation($input: ExpertInvitationInput!) {
    withdrawExpertInvitation(input: $input) {
      workingGroup {
        id
        invitedExperts {
          id
          displayName
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
