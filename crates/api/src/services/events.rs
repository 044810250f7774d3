//! Events, their agenda and participants (coordinator only). Agenda rules come from
//! `mega_domain::agenda`; every broken rule is reported and nothing is saved.

use chrono::NaiveDate;
use mega_domain::{
    Action, Actor, AgendaItem, AgendaItemId, Event, EventId, OrganisationId, Participant,
    ParticipantId, Presentation, TerritoryId, ValidationError, WorkingGroupId,
    agenda::{check_item, parse_time},
    authorize,
    event::{check_dates, parse_country, parse_optional, parse_required},
    working_group::parse_title,
};
use mega_persistence::{
    ConnectionTrait, Database, TransactionTrait, agenda,
    events::{self as repo, EventFields, ParticipantFields},
    organisations, territories, working_groups,
};

use super::{ServiceError, ServiceResult, actor_id, record};

/// Input for creating or updating an event.
#[derive(Debug)]
pub struct EventInput {
    /// Title.
    pub title: String,
    /// Venue address.
    pub venue: String,
    /// City.
    pub city: String,
    /// Hosting territory.
    pub territory_id: Option<TerritoryId>,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
    /// Dates as printed.
    pub dates_text: Option<String>,
}

async fn event_fields(db: &Database, input: EventInput) -> ServiceResult<EventFields> {
    let mut errors = Vec::new();
    let mut keep = |result: Result<String, ValidationError>| {
        result.map_err(|err| errors.push(err)).unwrap_or_default()
    };
    let title = keep(parse_title("title", &input.title));
    let venue = keep(parse_required("venue", &input.venue, 300));
    let city = keep(parse_required("city", &input.city, 200));
    let dates_text = parse_optional("datesText", input.dates_text.as_deref(), 200)
        .map_err(|err| errors.push(err))
        .unwrap_or_default();
    if let Err(err) = check_dates(input.start_date, input.end_date) {
        errors.push(err);
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    if let Some(territory) = input.territory_id
        && territories::find_by_ids(db.conn(), &[territory])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("territoryId"));
    }
    Ok(EventFields {
        title,
        venue,
        city,
        territory_id: input.territory_id,
        start_date: input.start_date,
        end_date: input.end_date,
        dates_text,
    })
}

/// Creates an event.
pub async fn create_event(db: &Database, actor: &Actor, input: EventInput) -> ServiceResult<Event> {
    authorize(actor, Action::ManageEvents)?;
    let fields = event_fields(db, input).await?;
    let txn = db.conn().begin().await?;
    let slug = format!("event-{}", uuid::Uuid::new_v4());
    let event = repo::create(&txn, &slug, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "createEvent",
        "Event",
        event.id.0,
        None::<&()>,
        Some(&event),
    )
    .await?;
    txn.commit().await?;
    Ok(event)
}

/// Replaces an event's fields.
pub async fn update_event(
    db: &Database,
    actor: &Actor,
    id: EventId,
    input: EventInput,
) -> ServiceResult<Event> {
    authorize(actor, Action::ManageEvents)?;
    let fields = event_fields(db, input).await?;
    let before = repo::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let txn = db.conn().begin().await?;
    let after = repo::update(&txn, id, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "updateEvent",
        "Event",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Input for adding or replacing an agenda item.
#[derive(Debug)]
pub struct AgendaItemInput {
    /// The day.
    pub date: NaiveDate,
    /// Start, `HH:MM`.
    pub start: Option<String>,
    /// End, `HH:MM`.
    pub end: Option<String>,
    /// Time as printed when not a clock time.
    pub time_text: Option<String>,
    /// Title.
    pub title: String,
    /// Session name.
    pub session: Option<String>,
    /// Parallel track; none is the main track.
    pub track: Option<String>,
    /// The working group whose slot it is.
    pub working_group_id: Option<WorkingGroupId>,
    /// What the slot is for.
    pub description: Option<String>,
    /// Presentations in order.
    pub presentations: Vec<Presentation>,
    /// Minutes of expert feedback.
    pub expert_feedback_minutes: Option<i32>,
    /// The feedback part as printed.
    pub expert_feedback_text: Option<String>,
}

/// Parses `input` into the item `id` of `event`, collecting every field problem.
fn build_item(
    input: AgendaItemInput,
    id: AgendaItemId,
    event: EventId,
    position: i32,
) -> ServiceResult<AgendaItem> {
    let mut errors = Vec::new();
    let mut time = |field: &'static str, raw: Option<&str>| {
        let raw = raw.map(str::trim).filter(|raw| !raw.is_empty())?;
        parse_time(field, raw).map_err(|err| errors.push(err)).ok()
    };
    let start = time("start", input.start.as_deref());
    let end = time("end", input.end.as_deref());
    let mut optional = |field: &'static str, raw: Option<&str>, max: usize| {
        parse_optional(field, raw, max)
            .map_err(|err| errors.push(err))
            .unwrap_or_default()
    };
    let time_text = optional("timeText", input.time_text.as_deref(), 100);
    let session = optional("session", input.session.as_deref(), 200);
    let track = optional("track", input.track.as_deref(), 200);
    let description = optional("description", input.description.as_deref(), 5_000);
    let expert_feedback_text = optional(
        "expertFeedbackText",
        input.expert_feedback_text.as_deref(),
        500,
    );
    let title = parse_title("title", &input.title)
        .map_err(|err| errors.push(err))
        .unwrap_or_default();
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    Ok(AgendaItem {
        id,
        event_id: event,
        date: input.date,
        start,
        end,
        time_text,
        title,
        session,
        track,
        working_group_id: input.working_group_id,
        description,
        presentations: input.presentations,
        expert_feedback_minutes: input.expert_feedback_minutes,
        expert_feedback_text,
        position,
    })
}

/// Checks that the groups and organisations an item names exist.
async fn check_references(db: &Database, item: &AgendaItem) -> ServiceResult<()> {
    if let Some(group) = item.working_group_id
        && working_groups::find(db.conn(), group).await?.is_none()
    {
        return Err(ServiceError::NotFound("workingGroupId"));
    }
    let ids: Vec<OrganisationId> = item
        .presentations
        .iter()
        .map(|p| p.organisation_id)
        .collect();
    let mut found: Vec<_> = organisations::find_by_ids(db.conn(), &ids)
        .await?
        .into_iter()
        .map(|org| org.id)
        .collect();
    found.sort_unstable();
    if ids.iter().any(|id| found.binary_search(id).is_err()) {
        return Err(ServiceError::NotFound("presentations"));
    }
    Ok(())
}

/// Checks the agenda rules of `item` against the other items of its event.
async fn check_rules(conn: &impl ConnectionTrait, item: &AgendaItem) -> ServiceResult<()> {
    let others: Vec<_> = agenda::of_events(conn, &[item.event_id])
        .await?
        .into_iter()
        .filter(|other| other.id != item.id)
        .collect();
    let errors = check_item(item, &others);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ServiceError::Invalid(errors))
    }
}

/// Adds an item to an event's agenda, after its last item.
pub async fn add_agenda_item(
    db: &Database,
    actor: &Actor,
    event: EventId,
    input: AgendaItemInput,
) -> ServiceResult<AgendaItem> {
    authorize(actor, Action::ManageEvents)?;
    let draft = build_item(input, AgendaItemId(0), event, 0)?;
    repo::find(db.conn(), event)
        .await?
        .ok_or(ServiceError::NotFound("eventId"))?;
    check_references(db, &draft).await?;
    let txn = db.conn().begin().await?;
    check_rules(&txn, &draft).await?;
    let position = agenda::next_position(&txn, event).await?;
    let item = agenda::insert(&txn, &AgendaItem { position, ..draft }).await?;
    record(
        &txn,
        actor_id(actor),
        "addAgendaItem",
        "AgendaItem",
        item.id.0,
        None::<&()>,
        Some(&item),
    )
    .await?;
    txn.commit().await?;
    Ok(item)
}

/// Replaces an agenda item's fields (its event and position stay).
pub async fn update_agenda_item(
    db: &Database,
    actor: &Actor,
    id: AgendaItemId,
    input: AgendaItemInput,
) -> ServiceResult<AgendaItem> {
    authorize(actor, Action::ManageEvents)?;
    let before = agenda::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let item = build_item(input, id, before.event_id, before.position)?;
    check_references(db, &item).await?;
    let txn = db.conn().begin().await?;
    check_rules(&txn, &item).await?;
    let after = agenda::update(&txn, &item).await?;
    record(
        &txn,
        actor_id(actor),
        "updateAgendaItem",
        "AgendaItem",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Removes an agenda item; returns what was removed.
pub async fn remove_agenda_item(
    db: &Database,
    actor: &Actor,
    id: AgendaItemId,
) -> ServiceResult<AgendaItem> {
    authorize(actor, Action::ManageEvents)?;
    let before = agenda::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let txn = db.conn().begin().await?;
    agenda::remove(&txn, id).await?;
    record(
        &txn,
        actor_id(actor),
        "removeAgendaItem",
        "AgendaItem",
        id.0,
        Some(&before),
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
    Ok(before)
}

/// Input for adding a participant.
#[derive(Debug)]
pub struct ParticipantInput {
    /// Given name(s).
    pub first_name: String,
    /// Surname.
    pub last_name: String,
    /// The organisation, when known to the network.
    pub organisation_id: Option<OrganisationId>,
    /// The organisation as printed.
    pub organisation_text: String,
    /// ISO alpha-2 country.
    pub country: String,
}

/// Adds a participant to an event.
pub async fn add_participant(
    db: &Database,
    actor: &Actor,
    event: EventId,
    input: ParticipantInput,
) -> ServiceResult<Participant> {
    authorize(actor, Action::ManageEvents)?;
    let mut errors = Vec::new();
    let mut keep = |result: Result<String, ValidationError>| {
        result.map_err(|err| errors.push(err)).unwrap_or_default()
    };
    let fields = ParticipantFields {
        first_name: keep(parse_required("firstName", &input.first_name, 200)),
        last_name: keep(parse_required("lastName", &input.last_name, 200)),
        organisation_text: keep(parse_required(
            "organisationText",
            &input.organisation_text,
            300,
        )),
        country: keep(parse_country("country", &input.country)),
        organisation_id: input.organisation_id,
    };
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    repo::find(db.conn(), event)
        .await?
        .ok_or(ServiceError::NotFound("eventId"))?;
    if let Some(organisation) = input.organisation_id
        && organisations::find_by_ids(db.conn(), &[organisation])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    let txn = db.conn().begin().await?;
    let participant = repo::add_participant(&txn, event, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "addEventParticipant",
        "EventParticipant",
        participant.id.0,
        None::<&()>,
        Some(&participant),
    )
    .await?;
    txn.commit().await?;
    Ok(participant)
}

/// Removes a participant; returns who was removed.
pub async fn remove_participant(
    db: &Database,
    actor: &Actor,
    id: ParticipantId,
) -> ServiceResult<Participant> {
    authorize(actor, Action::ManageEvents)?;
    let before = repo::find_participant(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let txn = db.conn().begin().await?;
    repo::remove_participant(&txn, id).await?;
    record(
        &txn,
        actor_id(actor),
        "removeEventParticipant",
        "EventParticipant",
        id.0,
        Some(&before),
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
    Ok(before)
}
