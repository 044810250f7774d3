//! Coordinator-only records: events' plenary outcomes, awards and territory facts.

use mega_domain::evidence::{AwardDraft, TerritoryFactDraft};
use mega_domain::{
    Action, Actor, Award, EventId, OrganisationId, PlenaryOutcome, PlenaryOutcomeId, Problems,
    TerritoryFact, ValidationError, WorkingGroupId, authorize,
    event::{parse_optional, parse_required},
    plenary::parse_points,
};
use mega_persistence::{
    ConnectionTrait, Database, events, evidence, organisations,
    plenary_outcomes::{self, PlenaryOutcomeFields},
    territories, working_groups,
};

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

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
    conn: &impl ConnectionTrait,
    input: PlenaryOutcomeInput,
) -> ServiceResult<PlenaryOutcomeFields> {
    let mut problems = Problems::new();
    let section = problems.check(parse_required("section", &input.section, 300));
    let heading = problems.check(parse_required("heading", &input.heading, 300));
    let note = problems.check(parse_optional("note", input.note.as_deref(), 1_000));
    let summary_points = problems.check(parse_points("summaryPoints", &input.summary_points));
    let recommendations = problems.check(parse_points("recommendations", &input.recommendations));
    problems.finish(()).map_err(ServiceError::Invalid)?;
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
    if working_groups::find_by_ids(conn, &groups).await?.len() != groups.len() {
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
    let mut uow = UnitOfWork::begin(db, actor).await?;
    events::find(uow.txn(), event)
        .await?
        .ok_or(ServiceError::NotFound("eventId"))?;
    let fields = outcome_fields(uow.txn(), input).await?;
    let outcome = plenary_outcomes::create(uow.txn(), event, fields).await?;
    uow.created("createPlenaryOutcome", &outcome).await?;
    uow.commit().await?;
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
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = plenary_outcomes::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let fields = outcome_fields(uow.txn(), input).await?;
    let after = plenary_outcomes::update(uow.txn(), id, fields).await?;
    uow.updated("updatePlenaryOutcome", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Records an award with its winners.
pub async fn create_award(db: &Database, actor: &Actor, draft: AwardDraft) -> ServiceResult<Award> {
    authorize(actor, Action::RecordEvidence)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let mut named: Vec<OrganisationId> = fields
        .winners
        .iter()
        .filter_map(|w| w.organisation_id)
        .collect();
    named.sort_unstable();
    named.dedup();
    if organisations::find_by_ids(uow.txn(), &named).await?.len() != named.len() {
        return Err(ServiceError::NotFound("winners"));
    }
    let award = evidence::create_award(uow.txn(), fields).await?;
    uow.created("createAward", &award).await?;
    uow.commit().await?;
    Ok(award)
}

/// Records a territory fact.
pub async fn create_territory_fact(
    db: &Database,
    actor: &Actor,
    draft: TerritoryFactDraft,
) -> ServiceResult<TerritoryFact> {
    authorize(actor, Action::RecordEvidence)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    if let Some(territory) = fields.territory_id
        && territories::find_by_ids(uow.txn(), &[territory])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("territoryId"));
    }
    let fact = evidence::create_fact(uow.txn(), fields).await?;
    uow.created("createTerritoryFact", &fact).await?;
    uow.commit().await?;
    Ok(fact)
}
