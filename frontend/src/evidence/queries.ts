// The GraphQL documents of recording evidence: whether the viewer may, what the forms offer
// (territories, the network's organisations as winners), and recording, correcting and
// deleting an award or a fact.
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

/** What the award form needs to edit an award. */
export const AwardFields = graphql(`
  fragment AwardFields on Award {
    id
    name
    edition
    year
    criteria
    applications
    winners {
      name
      activity
      organisation {
        id
      }
    }
  }
`);

/** What the territory-fact form needs to edit a fact. */
export const TerritoryFactFields = graphql(`
  fragment TerritoryFactFields on TerritoryFact {
    id
    figure
    value
    unit
    year
    qualifier
    country
    sourceText
    section
    territory {
      id
      name
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

export const UpdateAwardMutation = graphql(`
  mutation UpdateAward($input: UpdateAwardInput!) {
    updateAward(input: $input) {
      award {
        ...AwardFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteAwardMutation = graphql(`
  mutation DeleteAward($input: DeleteAwardInput!) {
    deleteAward(input: $input) {
      award {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateTerritoryFactMutation = graphql(`
  mutation UpdateTerritoryFact($input: UpdateTerritoryFactInput!) {
    updateTerritoryFact(input: $input) {
      territoryFact {
        ...TerritoryFactFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteTerritoryFactMutation = graphql(`
  mutation DeleteTerritoryFact($input: DeleteTerritoryFactInput!) {
    deleteTerritoryFact(input: $input) {
      territoryFact {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
