//! GraphQL `Event`, `AgendaItem`, `Presentation` and `EventParticipant`.

use async_graphql::{Context, ID, Object};
use chrono::NaiveDate;
use mega_domain::{AgendaItem, Event, Participant, Presentation, agenda::format_time};

use super::{OrganisationObject, TerritoryObject, WorkingGroupObject};
use crate::connection::{PageConnection, connection, page_request};
use crate::context::actor;
use crate::context::db;
use crate::error::{ApiError, ApiResult};
use crate::global_id::encode;
use crate::loaders::{
    AgendaOfEventLoader, EventLoader, OrganisationLoader, TerritoryLoader, WorkingGroupLoader,
    load_one,
};
use mega_domain::{Action, allows};

/// A gathering of the network, e.g. the Munich peer-learning event, with its agenda and
/// participants.
pub struct EventObject(pub Event);

/// A gathering of the network, e.g. the Munich peer-learning event, with its agenda and
/// participants.
#[Object(name = "Event")]
impl EventObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// Title, e.g. "Peer Learning Event".
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// Address of the venue.
    async fn venue(&self) -> &str {
        &self.0.venue
    }

    /// City, e.g. "Munich".
    async fn city(&self) -> &str {
        &self.0.city
    }

    /// The partner territory hosting the event, if any.
    async fn territory(&self, ctx: &Context<'_>) -> ApiResult<Option<TerritoryObject>> {
        let Some(id) = self.0.territory_id else {
            return Ok(None);
        };
        Ok(load_one::<TerritoryLoader, _>(ctx, id)
            .await?
            .map(TerritoryObject))
    }

    /// First day.
    async fn start_date(&self) -> NaiveDate {
        self.0.start_date
    }

    /// Last day.
    async fn end_date(&self) -> NaiveDate {
        self.0.end_date
    }

    /// The dates as printed, e.g. "4-6 December 2018".
    async fn dates_text(&self) -> Option<&str> {
        self.0.dates_text.as_deref()
    }

    /// The timetable, ordered by date, start time (items without a clock time first) and
    /// printed position.
    async fn agenda(&self, ctx: &Context<'_>) -> ApiResult<Vec<AgendaItemObject>> {
        Ok(load_one::<AgendaOfEventLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(AgendaItemObject)
            .collect())
    }

    /// The distinct days of the agenda, in order, for a day-by-day timetable.
    async fn days(&self, ctx: &Context<'_>) -> ApiResult<Vec<NaiveDate>> {
        let agenda = load_one::<AgendaOfEventLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default();
        Ok(mega_domain::agenda::days(&agenda))
    }

    /// The people who attended, by surname.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn participants(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<EventParticipantObject>> {
        let request = page_request(first, after)?;
        let page =
            mega_persistence::events::participants_page(db(ctx).conn(), self.0.id, request).await?;
        Ok(connection(page, EventParticipantObject))
    }

    /// What the plenary discussions concluded, one outcome per session, in printed order.
    async fn plenary_outcomes(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<super::PlenaryOutcomeObject>> {
        Ok(
            load_one::<crate::loaders::PlenaryOutcomesOfEventLoader, _>(ctx, self.0.id)
                .await?
                .unwrap_or_default()
                .into_iter()
                .map(super::PlenaryOutcomeObject)
                .collect(),
        )
    }
    /// Whether the viewer may edit this event, its agenda, participants and plenary outcomes.
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageEvents)
    }
}

async fn event_of(ctx: &Context<'_>, id: mega_domain::EventId) -> ApiResult<EventObject> {
    load_one::<EventLoader, _>(ctx, id)
        .await?
        .map(EventObject)
        .ok_or_else(|| ApiError::Internal("agenda item or participant without event".into()))
}

/// One line of an event's timetable.
pub struct AgendaItemObject(pub AgendaItem);

/// One line of an event's timetable.
#[Object(name = "AgendaItem")]
impl AgendaItemObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The event.
    async fn event(&self, ctx: &Context<'_>) -> ApiResult<EventObject> {
        event_of(ctx, self.0.event_id).await
    }

    /// The day.
    async fn date(&self) -> NaiveDate {
        self.0.date
    }

    /// Local start time `HH:MM`; null when not printed.
    async fn start(&self) -> Option<String> {
        self.0.start.map(format_time)
    }

    /// Local end time `HH:MM`; null when not printed.
    async fn end(&self) -> Option<String> {
        self.0.end.map(format_time)
    }

    /// The time as printed when it is not a clock time, e.g. "AM/PM".
    async fn time_text(&self) -> Option<&str> {
        self.0.time_text.as_deref()
    }

    /// What happens, e.g. "WG - City Leadership".
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// The session it belongs to, e.g. "Session I".
    async fn session(&self) -> Option<&str> {
        self.0.session.as_deref()
    }

    /// The parallel track; null is the main track.
    async fn track(&self) -> Option<&str> {
        self.0.track.as_deref()
    }

    /// The working group whose slot this is.
    async fn working_group(&self, ctx: &Context<'_>) -> ApiResult<Option<WorkingGroupObject>> {
        let Some(id) = self.0.working_group_id else {
            return Ok(None);
        };
        Ok(load_one::<WorkingGroupLoader, _>(ctx, id)
            .await?
            .map(WorkingGroupObject))
    }

    /// What the slot is for.
    async fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }

    /// The organisations presenting, in order.
    async fn presentations(&self) -> Vec<PresentationObject> {
        self.0
            .presentations
            .iter()
            .cloned()
            .map(PresentationObject)
            .collect()
    }

    /// Minutes reserved for the experts' feedback.
    async fn expert_feedback_minutes(&self) -> Option<i32> {
        self.0.expert_feedback_minutes
    }

    /// The feedback part as printed, e.g. "Feedback from experts".
    async fn expert_feedback_text(&self) -> Option<&str> {
        self.0.expert_feedback_text.as_deref()
    }

    /// Order as printed, from 1.
    async fn position(&self) -> i32 {
        self.0.position
    }
}

/// One organisation's pitch in an agenda item.
pub struct PresentationObject(pub Presentation);

/// One organisation's pitch in an agenda item.
#[Object(name = "Presentation")]
impl PresentationObject {
    /// The presenting organisation.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<OrganisationObject> {
        load_one::<OrganisationLoader, _>(ctx, self.0.organisation_id)
            .await?
            .map(OrganisationObject)
            .ok_or_else(|| ApiError::Internal("presentation without organisation".into()))
    }

    /// Minutes it speaks.
    async fn minutes(&self) -> i32 {
        self.0.minutes
    }

    /// Number of actions it presents.
    async fn actions(&self) -> i32 {
        self.0.actions
    }
}

/// A person who attended an event; people need no login.
pub struct EventParticipantObject(pub Participant);

/// A person who attended an event; people need no login.
#[Object(name = "EventParticipant")]
impl EventParticipantObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The event.
    async fn event(&self, ctx: &Context<'_>) -> ApiResult<EventObject> {
        event_of(ctx, self.0.event_id).await
    }

    /// Given name(s), e.g. "Toufic M.".
    async fn first_name(&self) -> &str {
        &self.0.first_name
    }

    /// Surname with its particles, e.g. "von Kapff".
    async fn last_name(&self) -> &str {
        &self.0.last_name
    }

    /// The organisation the person came for, when it is known to the network.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<OrganisationObject>> {
        let Some(id) = self.0.organisation_id else {
            return Ok(None);
        };
        Ok(load_one::<OrganisationLoader, _>(ctx, id)
            .await?
            .map(OrganisationObject))
    }

    /// The organisation as printed, e.g. "Company Founding, IHK Munich".
    async fn organisation_text(&self) -> &str {
        &self.0.organisation_text
    }

    /// ISO 3166-1 alpha-2 country code, e.g. "DE".
    async fn country(&self) -> &str {
        &self.0.country
    }
}
