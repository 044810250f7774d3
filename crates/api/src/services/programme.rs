//! The programme's phases and stages: read by everyone signed in, kept by the coordinator.

use mega_domain::programme::{ProgrammePhase, ProgrammePhaseDraft};
use mega_domain::{Action, Actor, ProgrammePhaseId, authorize};
use mega_persistence::{Database, programme as repo};

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

/// Every phase and stage, phases by position, then stages.
pub async fn all(db: &Database, actor: &Actor) -> ServiceResult<Vec<ProgrammePhase>> {
    authorize(actor, Action::ReadNetwork)?;
    Ok(repo::all(db.conn()).await?)
}

/// Adds a phase, or a stage of `parent` (which must be a phase: stages have no stages).
pub async fn create(
    db: &Database,
    actor: &Actor,
    parent: Option<ProgrammePhaseId>,
    draft: ProgrammePhaseDraft,
) -> ServiceResult<ProgrammePhase> {
    authorize(actor, Action::ManageProgramme)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    if let Some(parent) = parent {
        let phase = repo::find(uow.txn(), parent)
            .await?
            .ok_or(ServiceError::NotFound("parentId"))?;
        if phase.parent_id.is_some() {
            // A stage's stage would be a phase nobody sees on the timeline.
            return Err(ServiceError::NotFound("parentId"));
        }
    }
    let phase = repo::create(uow.txn(), parent, fields).await?;
    uow.created("createProgrammePhase", &phase).await?;
    uow.commit().await?;
    Ok(phase)
}

/// Corrects a phase's title, summary or dates; its place stays.
pub async fn update(
    db: &Database,
    actor: &Actor,
    id: ProgrammePhaseId,
    draft: ProgrammePhaseDraft,
) -> ServiceResult<ProgrammePhase> {
    authorize(actor, Action::ManageProgramme)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let after = repo::update(uow.txn(), id, fields).await?;
    uow.updated("updateProgrammePhase", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}
