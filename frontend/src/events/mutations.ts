// The mutations of the events screens: the event itself, its agenda, its participants and
// its plenary outcomes. Each asks for its userErrors, worded by code on the screen.
import { graphql } from '../gql';

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        ...EventFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      event {
        ...EventFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteEventMutation = graphql(`
  mutation DeleteEvent($input: DeleteEventInput!) {
    deleteEvent(input: $input) {
      event {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      agendaItem {
        ...AgendaItemFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
      agendaItem {
        ...AgendaItemFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($input: RemoveAgendaItemInput!) {
    removeAgendaItem(input: $input) {
      agendaItem {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddEventParticipantMutation = graphql(`
  mutation AddEventParticipant($input: AddEventParticipantInput!) {
    addEventParticipant(input: $input) {
      participant {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveEventParticipantMutation = graphql(`
  mutation RemoveEventParticipant($input: RemoveEventParticipantInput!) {
    removeEventParticipant(input: $input) {
      participant {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreatePlenaryOutcomeMutation = graphql(`
  mutation CreatePlenaryOutcome($input: CreatePlenaryOutcomeInput!) {
    createPlenaryOutcome(input: $input) {
      plenaryOutcome {
        ...PlenaryOutcomeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdatePlenaryOutcomeMutation = graphql(`
  mutation UpdatePlenaryOutcome($input: UpdatePlenaryOutcomeInput!) {
    updatePlenaryOutcome(input: $input) {
      plenaryOutcome {
        ...PlenaryOutcomeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeletePlenaryOutcomeMutation = graphql(`
  mutation DeletePlenaryOutcome($input: DeletePlenaryOutcomeInput!) {
    deletePlenaryOutcome(input: $input) {
      plenaryOutcome {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
