// The programme's phases and stages (read by every signed-in viewer), and correcting them
// (the coordinator: `viewerCanUpdate`, `viewerCapabilities.manageProgramme`).
import { graphql } from '../gql';

export const ProgrammePhaseFields = graphql(`
  fragment ProgrammePhaseFields on ProgrammePhase {
    id
    reference
    title
    summary
    start
    end
    startText
    endText
    viewerCanUpdate
  }
`);

/** What the timeline shows, asked for by the dashboard's query (one request, so the section
 * does not push the page down when it arrives). */
export const ProgrammeTimelineFields = graphql(`
  fragment ProgrammeTimelineFields on Query {
    viewerCapabilities {
      manageProgramme
    }
    programmePhases {
      ...ProgrammePhaseFields
      stages {
        ...ProgrammePhaseFields
      }
    }
  }
`);

export const UpdateProgrammePhaseMutation = graphql(`
  mutation UpdateProgrammePhase($input: UpdateProgrammePhaseInput!) {
    updateProgrammePhase(input: $input) {
      programmePhase {
        ...ProgrammePhaseFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreateProgrammePhaseMutation = graphql(`
  mutation CreateProgrammePhase($input: CreateProgrammePhaseInput!) {
    createProgrammePhase(input: $input) {
      programmePhase {
        ...ProgrammePhaseFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
