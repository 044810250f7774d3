//! Coordinator-only records: events' plenary outcomes, awards and territory facts.

use mega_domain::evidence::{AwardDraft, TerritoryFactDraft};
use mega_domain::plenary::{PlenaryOutcomeDraft, PlenaryOutcomeFields};
use mega_domain::{
    Action, Actor, Award, EventId, OrganisationId, PlenaryOutcome, PlenaryOutcomeId, TerritoryFact,
    authorize,
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
