//! The people who attended an event (without a login).

use mega_domain::event::ParticipantDraft;
use mega_domain::{Action, Actor, EventId, Participant, ParticipantId, authorize};
use mega_persistence::{Database, events as repo, organisations};

use crate::services::unit_of_work::UnitOfWork;
use crate::services::{ServiceError, ServiceResult};

/// Adds a participant to an event.
pub async fn add_participant(
    db: &Database,
    actor: &Actor,
    event: EventId,
    draft: ParticipantDraft,
) -> ServiceResult<Participant> {
    authorize(actor, Action::ManageEvents)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    repo::find(uow.txn(), event)
        .await?
        .ok_or(ServiceError::NotFound("eventId"))?;
    if let Some(organisation) = fields.organisation_id
        && organisations::find_by_ids(uow.txn(), &[organisation])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    let participant = repo::add_participant(uow.txn(), event, fields).await?;
    uow.created("addEventParticipant", &participant).await?;
    uow.commit().await?;
    Ok(participant)
}

/// Removes a participant; returns who was removed.
pub async fn remove_participant(
    db: &Database,
    actor: &Actor,
    id: ParticipantId,
) -> ServiceResult<Participant> {
    authorize(actor, Action::ManageEvents)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find_participant(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    repo::remove_participant(uow.txn(), id).await?;
    uow.removed("removeEventParticipant", &before).await?;
    uow.commit().await?;
    Ok(before)
}
