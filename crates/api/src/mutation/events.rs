//! Events, their agenda and participants (coordinator only).

use async_graphql::{Context, ID, InputObject, Object};
use chrono::NaiveDate;
use mega_domain::agenda::AgendaItemDraft;
use mega_domain::event::{EventDraft, ParticipantDraft};
use mega_domain::{
    AgendaItemId, EventId, OrganisationId, ParticipantId, Presentation, TerritoryId, WorkingGroupId,
};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, optional_input_id, payload, settle};
use crate::services::ServiceError;
use crate::services::events as service;
use crate::types::{AgendaItemObject, EventObject, EventParticipantObject};

/// The fields of an event.
#[derive(InputObject)]
pub struct EventFieldsInput {
    /// Title, 1–200 characters.
    pub title: String,
    /// Address of the venue, 1–300 characters.
    pub venue: String,
    /// City, 1–200 characters.
    pub city: String,
    /// The hosting partner territory.
    pub territory_id: Option<ID>,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day, not before the first (else `END_BEFORE_START`).
    pub end_date: NaiveDate,
    /// The dates as printed, e.g. "4-6 December 2018"; at most 200 characters.
    pub dates_text: Option<String>,
}

/// Input of `createEvent`.
#[derive(InputObject)]
pub struct CreateEventInput {
    /// The new event.
    pub event: EventFieldsInput,
}

/// Input of `updateEvent`.
#[derive(InputObject)]
pub struct UpdateEventInput {
    /// The event.
    pub id: ID,
    /// Its new fields (all are replaced).
    pub event: EventFieldsInput,
}

/// Input of `deleteEvent`.
#[derive(InputObject)]
pub struct DeleteEventInput {
    /// The event.
    pub id: ID,
}

/// One organisation's pitch in an agenda item.
#[derive(InputObject)]
pub struct PresentationInput {
    /// The presenting organisation.
    pub organisation_id: ID,
    /// Minutes it speaks (not negative).
    pub minutes: i32,
    /// Number of actions it presents (not negative).
    #[graphql(default)]
    pub actions: i32,
}

/// The fields of an agenda item. The presentations' minutes plus `expertFeedbackMinutes`
/// must fit between `start` and `end`, and items of one day and track must not overlap.
#[derive(InputObject)]
pub struct AgendaItemFieldsInput {
    /// The day.
    pub date: NaiveDate,
    /// Local start time `HH:MM`; null when there is no clock time.
    pub start: Option<String>,
    /// Local end time `HH:MM`, not before `start`; null when open.
    pub end: Option<String>,
    /// The time when it is not a clock time, e.g. "AM/PM"; at most 100 characters.
    pub time_text: Option<String>,
    /// What happens, 1–200 characters.
    pub title: String,
    /// The session it belongs to, e.g. "Session I".
    pub session: Option<String>,
    /// The parallel track; null is the main track.
    pub track: Option<String>,
    /// The working group whose slot this is.
    pub working_group_id: Option<ID>,
    /// What the slot is for; at most 5,000 characters.
    pub description: Option<String>,
    /// The organisations presenting, in order (replaces the existing ones).
    #[graphql(default)]
    pub presentations: Vec<PresentationInput>,
    /// Minutes reserved for the experts' feedback.
    pub expert_feedback_minutes: Option<i32>,
    /// The feedback part as printed, e.g. "Feedback from experts".
    pub expert_feedback_text: Option<String>,
}

/// Input of `addAgendaItem`.
#[derive(InputObject)]
pub struct AddAgendaItemInput {
    /// The event; the item goes after its last item.
    pub event_id: ID,
    /// The item.
    pub item: AgendaItemFieldsInput,
}

/// Input of `updateAgendaItem`.
#[derive(InputObject)]
pub struct UpdateAgendaItemInput {
    /// The item.
    pub id: ID,
    /// Its new fields (all are replaced; event and position stay).
    pub item: AgendaItemFieldsInput,
}

/// Input of `removeAgendaItem`.
#[derive(InputObject)]
pub struct RemoveAgendaItemInput {
    /// The item.
    pub id: ID,
}

/// Input of `addEventParticipant`.
#[derive(InputObject)]
pub struct AddEventParticipantInput {
    /// The event.
    pub event_id: ID,
    /// Given name(s), 1–200 characters.
    pub first_name: String,
    /// Surname with its particles, 1–200 characters.
    pub last_name: String,
    /// The organisation, when it is known to the network.
    pub organisation_id: Option<ID>,
    /// The organisation as written on the list, 1–300 characters.
    pub organisation_text: String,
    /// ISO 3166-1 alpha-2 country code, e.g. "DE".
    pub country: String,
}

/// Input of `removeEventParticipant`.
#[derive(InputObject)]
pub struct RemoveEventParticipantInput {
    /// The participant.
    pub id: ID,
}

payload!(
    /// Result of `createEvent` and `updateEvent`.
    EventPayload,
    /// The event.
    event: EventObject
);
payload!(
    /// Result of `addAgendaItem`, `updateAgendaItem` and `removeAgendaItem`.
    AgendaItemPayload,
    /// The item (as it was, for `removeAgendaItem`).
    agenda_item: AgendaItemObject
);
payload!(
    /// Result of `addEventParticipant` and `removeEventParticipant`.
    EventParticipantPayload,
    /// The participant (as it was, for `removeEventParticipant`).
    participant: EventParticipantObject
);

impl EventFieldsInput {
    fn draft(self) -> Result<EventDraft, ServiceError> {
        Ok(EventDraft {
            territory_id: optional_input_id::<TerritoryId>(
                "territoryId",
                self.territory_id.as_ref(),
            )?,
            title: self.title,
            venue: self.venue,
            city: self.city,
            start_date: self.start_date,
            end_date: self.end_date,
            dates_text: self.dates_text,
        })
    }
}

impl PresentationInput {
    fn presentation(&self) -> Result<Presentation, ServiceError> {
        Ok(Presentation {
            organisation_id: input_id::<OrganisationId>("presentations", &self.organisation_id)?,
            minutes: self.minutes,
            actions: self.actions,
        })
    }
}

impl AgendaItemFieldsInput {
    fn draft(self) -> Result<AgendaItemDraft, ServiceError> {
        let presentations = self
            .presentations
            .iter()
            .map(PresentationInput::presentation)
            .collect::<Result<_, _>>()?;
        Ok(AgendaItemDraft {
            working_group_id: optional_input_id::<WorkingGroupId>(
                "workingGroupId",
                self.working_group_id.as_ref(),
            )?,
            date: self.date,
            start: self.start,
            end: self.end,
            time_text: self.time_text,
            title: self.title,
            session: self.session,
            track: self.track,
            description: self.description,
            presentations,
            expert_feedback_minutes: self.expert_feedback_minutes,
            expert_feedback_text: self.expert_feedback_text,
        })
    }
}

impl AddEventParticipantInput {
    fn draft(self) -> Result<(EventId, ParticipantDraft), ServiceError> {
        let event = input_id::<EventId>("eventId", &self.event_id)?;
        let draft = ParticipantDraft {
            organisation_id: optional_input_id::<OrganisationId>(
                "organisationId",
                self.organisation_id.as_ref(),
            )?,
            first_name: self.first_name,
            last_name: self.last_name,
            organisation_text: self.organisation_text,
            country: self.country,
        };
        Ok((event, draft))
    }
}

/// Event mutations. Coordinator only.
#[derive(Default)]
pub struct EventMutation;

#[Object]
impl EventMutation {
    /// Creates an event. Coordinator only.
    async fn create_event(
        &self,
        ctx: &Context<'_>,
        input: CreateEventInput,
    ) -> ApiResult<EventPayload> {
        let result = async {
            let draft = input.event.draft()?;
            service::create_event(db(ctx), actor(ctx), draft).await
        }
        .await;
        Ok(settle(result.map(EventObject))?.into())
    }

    /// Replaces an event's fields. Coordinator only.
    async fn update_event(
        &self,
        ctx: &Context<'_>,
        input: UpdateEventInput,
    ) -> ApiResult<EventPayload> {
        let result = async {
            let id = input_id::<EventId>("id", &input.id)?;
            let draft = input.event.draft()?;
            service::update_event(db(ctx), actor(ctx), id, draft).await
        }
        .await;
        Ok(settle(result.map(EventObject))?.into())
    }

    /// Deletes an event with its agenda, participants and plenary outcomes; the payload holds
    /// it as it was. Coordinator only.
    async fn delete_event(
        &self,
        ctx: &Context<'_>,
        input: DeleteEventInput,
    ) -> ApiResult<EventPayload> {
        let result = async {
            let id = input_id::<EventId>("id", &input.id)?;
            service::delete_event(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(EventObject))?.into())
    }

    /// Adds an item to an event's agenda. Every broken agenda rule comes back as a
    /// `userError` (`END_BEFORE_START`, `MINUTES_EXCEED_SLOT`, `OVERLAPPING_ITEMS`, …) and
    /// nothing is saved. Coordinator only.
    async fn add_agenda_item(
        &self,
        ctx: &Context<'_>,
        input: AddAgendaItemInput,
    ) -> ApiResult<AgendaItemPayload> {
        let result = async {
            let event = input_id::<EventId>("eventId", &input.event_id)?;
            let draft = input.item.draft()?;
            service::add_agenda_item(db(ctx), actor(ctx), event, draft).await
        }
        .await;
        Ok(settle(result.map(AgendaItemObject))?.into())
    }

    /// Replaces an agenda item's fields, under the same rules as `addAgendaItem`.
    /// Coordinator only.
    async fn update_agenda_item(
        &self,
        ctx: &Context<'_>,
        input: UpdateAgendaItemInput,
    ) -> ApiResult<AgendaItemPayload> {
        let result = async {
            let id = input_id::<AgendaItemId>("id", &input.id)?;
            let draft = input.item.draft()?;
            service::update_agenda_item(db(ctx), actor(ctx), id, draft).await
        }
        .await;
        Ok(settle(result.map(AgendaItemObject))?.into())
    }

    /// Removes an agenda item. Coordinator only.
    async fn remove_agenda_item(
        &self,
        ctx: &Context<'_>,
        input: RemoveAgendaItemInput,
    ) -> ApiResult<AgendaItemPayload> {
        let result = async {
            let id = input_id::<AgendaItemId>("id", &input.id)?;
            service::remove_agenda_item(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(AgendaItemObject))?.into())
    }

    /// Adds a participant (a person without a login) to an event. Coordinator only.
    async fn add_event_participant(
        &self,
        ctx: &Context<'_>,
        input: AddEventParticipantInput,
    ) -> ApiResult<EventParticipantPayload> {
        let result = async {
            let (event, draft) = input.draft()?;
            service::add_participant(db(ctx), actor(ctx), event, draft).await
        }
        .await;
        Ok(settle(result.map(EventParticipantObject))?.into())
    }

    /// Removes a participant from an event. Coordinator only.
    async fn remove_event_participant(
        &self,
        ctx: &Context<'_>,
        input: RemoveEventParticipantInput,
    ) -> ApiResult<EventParticipantPayload> {
        let result = async {
            let id = input_id::<ParticipantId>("id", &input.id)?;
            service::remove_participant(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(EventParticipantObject))?.into())
    }
}
