// The GraphQL documents of recording evidence: whether the viewer may, what the forms offer
// (territories, the network's organisations as winners), and recording an award or a fact.
import { graphql } from '../gql';

export const EvidenceCapabilitiesQuery = graphql(`
  query EvidenceCapabilities {
    viewerCapabilities {
      recordEvidence
    }
  }
`);

export const TerritoryOptionsQuery = graphql(`
  query TerritoryOptions {
    territories(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const WinnerOrganisationOptionsQuery = graphql(`
  query WinnerOrganisationOptions {
    organisations(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateAwardMutation = graphql(`
  mutation CreateAward($input: CreateAwardInput!) {
    createAward(input: $input) {
      award {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreateTerritoryFactMutation = graphql(`
  mutation CreateTerritoryFact($input: CreateTerritoryFactInput!) {
    createTerritoryFact(input: $input) {
      territoryFact {
        id
        figure
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
