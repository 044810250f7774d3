//! Coordinator-only records: events' plenary outcomes, awards and territory facts.

use mega_domain::evidence::{AwardDraft, AwardFields, TerritoryFactDraft, TerritoryFactFields};
use mega_domain::plenary::{PlenaryOutcomeDraft, PlenaryOutcomeFields};
use mega_domain::{
    Action, Actor, Award, AwardId, EventId, OrganisationId, PlenaryOutcome, PlenaryOutcomeId,
    TerritoryFact, TerritoryFactId, authorize,
};
use mega_persistence::{
    ConnectionTrait, Database, events, evidence, organisations, plenary_outcomes, territories,
    working_groups,
};

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

/// Validates a plenary outcome's draft and checks that the groups it names exist.
async fn outcome_fields(
    conn: &impl ConnectionTrait,
    draft: PlenaryOutcomeDraft,
) -> ServiceResult<PlenaryOutcomeFields> {
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let groups = &fields.working_group_ids;
    if working_groups::find_by_ids(conn, groups).await?.len() != groups.len() {
        return Err(ServiceError::NotFound("workingGroupIds"));
    }
    Ok(fields)
}

/// Records a plenary outcome of an event (appended after its other outcomes).
pub async fn create_plenary_outcome(
    db: &Database,
    actor: &Actor,
    event: EventId,
    draft: PlenaryOutcomeDraft,
) -> ServiceResult<PlenaryOutcome> {
    authorize(actor, Action::ManageEvents)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    events::find(uow.txn(), event)
        .await?
        .ok_or(ServiceError::NotFound("eventId"))?;
    let fields = outcome_fields(uow.txn(), draft).await?;
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
    draft: PlenaryOutcomeDraft,
) -> ServiceResult<PlenaryOutcome> {
    authorize(actor, Action::ManageEvents)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = plenary_outcomes::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let fields = outcome_fields(uow.txn(), draft).await?;
    let after = plenary_outcomes::update(uow.txn(), id, fields).await?;
    uow.updated("updatePlenaryOutcome", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Deletes a plenary outcome (the event's other outcomes keep their order).
pub async fn delete_plenary_outcome(
    db: &Database,
    actor: &Actor,
    id: PlenaryOutcomeId,
) -> ServiceResult<PlenaryOutcome> {
    authorize(actor, Action::ManageEvents)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = plenary_outcomes::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    plenary_outcomes::delete(uow.txn(), id).await?;
    uow.removed("deletePlenaryOutcome", &before).await?;
    uow.commit().await?;
    Ok(before)
}

/// Validates an award's draft and checks that the organisations its winners name exist.
async fn award_fields(
    conn: &impl ConnectionTrait,
    draft: AwardDraft,
) -> ServiceResult<AwardFields> {
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut named: Vec<OrganisationId> = fields
        .winners
        .iter()
        .filter_map(|w| w.organisation_id)
        .collect();
    named.sort_unstable();
    named.dedup();
    if organisations::find_by_ids(conn, &named).await?.len() != named.len() {
        return Err(ServiceError::NotFound("winners"));
    }
    Ok(fields)
}

/// Records an award with its winners.
pub async fn create_award(db: &Database, actor: &Actor, draft: AwardDraft) -> ServiceResult<Award> {
    authorize(actor, Action::RecordEvidence)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let fields = award_fields(uow.txn(), draft).await?;
    let award = evidence::create_award(uow.txn(), fields).await?;
    uow.created("createAward", &award).await?;
    uow.commit().await?;
    Ok(award)
}

/// Replaces an award's fields and winners.
pub async fn update_award(
    db: &Database,
    actor: &Actor,
    id: AwardId,
    draft: AwardDraft,
) -> ServiceResult<Award> {
    authorize(actor, Action::RecordEvidence)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = evidence::find_award(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let fields = award_fields(uow.txn(), draft).await?;
    let after = evidence::update_award(uow.txn(), id, fields).await?;
    uow.updated("updateAward", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Deletes an award with its winners.
pub async fn delete_award(db: &Database, actor: &Actor, id: AwardId) -> ServiceResult<Award> {
    authorize(actor, Action::RecordEvidence)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = evidence::find_award(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    evidence::delete_award(uow.txn(), id).await?;
    uow.removed("deleteAward", &before).await?;
    uow.commit().await?;
    Ok(before)
}

/// Validates a territory fact's draft and checks that its territory exists.
async fn fact_fields(
    conn: &impl ConnectionTrait,
    draft: TerritoryFactDraft,
) -> ServiceResult<TerritoryFactFields> {
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    if let Some(territory) = fields.territory_id
        && territories::find_by_ids(conn, &[territory])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("territoryId"));
    }
    Ok(fields)
}

/// Records a territory fact.
pub async fn create_territory_fact(
    db: &Database,
    actor: &Actor,
    draft: TerritoryFactDraft,
) -> ServiceResult<TerritoryFact> {
    authorize(actor, Action::RecordEvidence)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let fields = fact_fields(uow.txn(), draft).await?;
    let fact = evidence::create_fact(uow.txn(), fields).await?;
    uow.created("createTerritoryFact", &fact).await?;
    uow.commit().await?;
    Ok(fact)
}

/// Replaces a territory fact's fields.
pub async fn update_territory_fact(
    db: &Database,
    actor: &Actor,
    id: TerritoryFactId,
    draft: TerritoryFactDraft,
) -> ServiceResult<TerritoryFact> {
    authorize(actor, Action::RecordEvidence)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = evidence::find_fact(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let fields = fact_fields(uow.txn(), draft).await?;
    let after = evidence::update_fact(uow.txn(), id, fields).await?;
    uow.updated("updateTerritoryFact", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Deletes a territory fact.
pub async fn delete_territory_fact(
    db: &Database,
    actor: &Actor,
    id: TerritoryFactId,
) -> ServiceResult<TerritoryFact> {
    authorize(actor, Action::RecordEvidence)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = evidence::find_fact(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    evidence::delete_fact(uow.txn(), id).await?;
    uow.removed("deleteTerritoryFact", &before).await?;
    uow.commit().await?;
    Ok(before)
}
