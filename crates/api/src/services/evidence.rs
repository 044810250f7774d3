//! Coordinator-only records: events' plenary outcomes, awards and territory facts.

use mega_domain::{
    Action, Actor, Award, AwardWinner, EventId, OrganisationId, PlenaryOutcome, PlenaryOutcomeId,
    TerritoryFact, TerritoryId, ValidationError, WorkingGroupId, authorize,
    event::{parse_country, parse_optional, parse_required},
    evidence::{check_value, check_year},
    plenary::parse_points,
    proposed_action::parse_questions,
    webinar::check_count,
};
use mega_persistence::{
    Database, TransactionTrait, events,
    evidence::{self, AwardFields, TerritoryFactFields},
    organisations,
    plenary_outcomes::{self, PlenaryOutcomeFields},
    territories, working_groups,
};

use super::{ServiceError, ServiceResult, actor_id, record};

/// The editable fields of a plenary outcome.
#[derive(Debug)]
pub struct PlenaryOutcomeInput {
    /// The session as printed.
    pub section: String,
    /// Heading.
    pub heading: String,
    /// Editorial remark.
    pub note: Option<String>,
    /// Points of the discussion.
    pub summary_points: Vec<String>,
    /// Recommendations.
    pub recommendations: Vec<String>,
    /// The groups it concerns.
    pub working_group_ids: Vec<WorkingGroupId>,
}

async fn outcome_fields(
    db: &Database,
    input: PlenaryOutcomeInput,
) -> ServiceResult<PlenaryOutcomeFields> {
    let mut errors = Vec::new();
    let mut keep = |result: Result<String, ValidationError>| {
        result.map_err(|err| errors.push(err)).unwrap_or_default()
    };
    let section = keep(parse_required("section", &input.section, 300));
    let heading = keep(parse_required("heading", &input.heading, 300));
    let note = parse_optional("note", input.note.as_deref(), 1_000)
        .map_err(|err| errors.push(err))
        .unwrap_or_default();
    let mut list = |field: &'static str, raw: &[String]| {
        parse_points(field, raw)
            .map_err(|err| errors.push(err))
            .unwrap_or_default()
    };
    let summary_points = list("summaryPoints", &input.summary_points);
    let recommendations = list("recommendations", &input.recommendations);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let mut groups = input.working_group_ids.clone();
    groups.sort_unstable();
    groups.dedup();
    if groups.len() != input.working_group_ids.len() {
        return Err(ValidationError::new(
            "workingGroupIds",
            "DUPLICATE",
            "A working group is named twice.",
        )
        .into());
    }
    if working_groups::find_by_ids(db.conn(), &groups).await?.len() != groups.len() {
        return Err(ServiceError::NotFound("workingGroupIds"));
    }
    Ok(PlenaryOutcomeFields {
        section,
        heading,
        note,
        summary_points,
        recommendations,
        working_group_ids: input.working_group_ids,
    })
}

/// Records a plenary outcome of an event (appended after its other outcomes).
pub async fn create_plenary_outcome(
    db: &Database,
    actor: &Actor,
    event: EventId,
    input: PlenaryOutcomeInput,
) -> ServiceResult<PlenaryOutcome> {
    authorize(actor, Action::ManageEvents)?;
    events::find(db.conn(), event)
        .await?
        .ok_or(ServiceError::NotFound("eventId"))?;
    let fields = outcome_fields(db, input).await?;
    let txn = db.conn().begin().await?;
    let outcome = plenary_outcomes::create(&txn, event, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "createPlenaryOutcome",
        "PlenaryOutcome",
        outcome.id.0,
        None::<&()>,
        Some(&outcome),
    )
    .await?;
    txn.commit().await?;
    Ok(outcome)
}

/// Replaces a plenary outcome's fields; its event and position stay.
pub async fn update_plenary_outcome(
    db: &Database,
    actor: &Actor,
    id: PlenaryOutcomeId,
    input: PlenaryOutcomeInput,
) -> ServiceResult<PlenaryOutcome> {
    authorize(actor, Action::ManageEvents)?;
    let before = plenary_outcomes::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let fields = outcome_fields(db, input).await?;
    let txn = db.conn().begin().await?;
    let after = plenary_outcomes::update(&txn, id, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "updatePlenaryOutcome",
        "PlenaryOutcome",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// A winner as given.
#[derive(Debug)]
pub struct WinnerInput {
    /// Name.
    pub name: String,
    /// Activity.
    pub activity: String,
    /// The organisation, when known.
    pub organisation_id: Option<OrganisationId>,
}

/// The fields of a new award.
#[derive(Debug)]
pub struct AwardInput {
    /// Name.
    pub name: String,
    /// Edition.
    pub edition: Option<i32>,
    /// Year.
    pub year: i32,
    /// Criteria.
    pub criteria: Vec<String>,
    /// Applications.
    pub applications: Option<i32>,
    /// Winners.
    pub winners: Vec<WinnerInput>,
}

/// Records an award with its winners.
pub async fn create_award(db: &Database, actor: &Actor, input: AwardInput) -> ServiceResult<Award> {
    authorize(actor, Action::RecordEvidence)?;
    let mut errors = Vec::new();
    let name = parse_required("name", &input.name, 200)
        .map_err(|err| errors.push(err))
        .unwrap_or_default();
    for result in [
        check_year("year", input.year),
        check_count("applications", input.applications),
        check_count("edition", input.edition),
    ] {
        if let Err(err) = result {
            errors.push(err);
        }
    }
    let criteria = parse_questions("criteria", &input.criteria)
        .map_err(|err| errors.push(err))
        .unwrap_or_default();
    if input.winners.len() > 100 {
        errors.push(ValidationError::new(
            "winners",
            "TOO_MANY",
            "winners may hold at most 100 entries.",
        ));
    }
    let mut winners = Vec::new();
    for winner in input.winners {
        let name = parse_required("winners", &winner.name, 200);
        let activity = parse_required("winners", &winner.activity, 300);
        match (name, activity) {
            (Ok(name), Ok(activity)) => winners.push(AwardWinner {
                name,
                activity,
                organisation_id: winner.organisation_id,
            }),
            (Err(err), _) | (_, Err(err)) => errors.push(err),
        }
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let mut organisations_named: Vec<OrganisationId> =
        winners.iter().filter_map(|w| w.organisation_id).collect();
    organisations_named.sort_unstable();
    organisations_named.dedup();
    if organisations::find_by_ids(db.conn(), &organisations_named)
        .await?
        .len()
        != organisations_named.len()
    {
        return Err(ServiceError::NotFound("winners"));
    }
    let fields = AwardFields {
        name,
        edition: input.edition,
        year: input.year,
        criteria,
        applications: input.applications,
        winners,
    };
    let txn = db.conn().begin().await?;
    let award = evidence::create_award(&txn, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "createAward",
        "Award",
        award.id.0,
        None::<&()>,
        Some(&award),
    )
    .await?;
    txn.commit().await?;
    Ok(award)
}

/// The fields of a new territory fact.
#[derive(Debug)]
pub struct TerritoryFactInput {
    /// Territory.
    pub territory_id: Option<TerritoryId>,
    /// Country when there is no territory.
    pub country: Option<String>,
    /// What is counted.
    pub figure: String,
    /// The number.
    pub value: f64,
    /// Unit.
    pub unit: String,
    /// Year.
    pub year: Option<i32>,
    /// Qualifier.
    pub qualifier: Option<String>,
    /// The quoted sentence.
    pub source_text: String,
    /// Where in the source.
    pub section: Option<String>,
}

/// Records a territory fact.
pub async fn create_territory_fact(
    db: &Database,
    actor: &Actor,
    input: TerritoryFactInput,
) -> ServiceResult<TerritoryFact> {
    authorize(actor, Action::RecordEvidence)?;
    let mut errors = Vec::new();
    let mut keep = |result: Result<String, ValidationError>| {
        result.map_err(|err| errors.push(err)).unwrap_or_default()
    };
    let figure = keep(parse_required("figure", &input.figure, 300));
    let unit = keep(parse_required("unit", &input.unit, 100));
    let source_text = keep(parse_required("sourceText", &input.source_text, 2_000));
    let mut optional = |field: &'static str, raw: Option<&str>, max: usize| {
        parse_optional(field, raw, max)
            .map_err(|err| errors.push(err))
            .unwrap_or_default()
    };
    let qualifier = optional("qualifier", input.qualifier.as_deref(), 100);
    let section = optional("section", input.section.as_deref(), 300);
    let country = match input.country.as_deref().map(str::trim) {
        Some(raw) if !raw.is_empty() => parse_country("country", raw)
            .map_err(|err| errors.push(err))
            .ok(),
        _ => None,
    };
    if let Err(err) = check_value(input.value) {
        errors.push(err);
    }
    if let Some(year) = input.year
        && let Err(err) = check_year("year", year)
    {
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
    let fields = TerritoryFactFields {
        territory_id: input.territory_id,
        country,
        figure,
        value: input.value,
        unit,
        year: input.year,
        qualifier,
        source_text,
        section,
    };
    let txn = db.conn().begin().await?;
    let fact = evidence::create_fact(&txn, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "createTerritoryFact",
        "TerritoryFact",
        fact.id.0,
        None::<&()>,
        Some(&fact),
    )
    .await?;
    txn.commit().await?;
    Ok(fact)
}
