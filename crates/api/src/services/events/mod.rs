//! Events, their agenda and participants (coordinator only). Agenda rules come from
//! `mega_domain::agenda`; every broken rule is reported and nothing is saved.

mod agenda;
mod participants;

pub use agenda::*;
pub use participants::*;

use mega_domain::event::EventDraft;
use mega_domain::{Action, Actor, Event, EventId, TerritoryId, authorize};
use mega_persistence::{ConnectionTrait, Database, events as repo, territories};

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

/// `NotFound` on `territoryId` unless the territory exists.
async fn check_territory(
    conn: &impl ConnectionTrait,
    territory: Option<TerritoryId>,
) -> ServiceResult<()> {
    if let Some(territory) = territory
        && territories::find_by_ids(conn, &[territory])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("territoryId"));
    }
    Ok(())
}

/// Creates an event.
pub async fn create_event(db: &Database, actor: &Actor, draft: EventDraft) -> ServiceResult<Event> {
    authorize(actor, Action::ManageEvents)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    check_territory(uow.txn(), fields.territory_id).await?;
    let slug = format!("event-{}", uuid::Uuid::new_v4());
    let event = repo::create(uow.txn(), &slug, fields).await?;
    uow.created("createEvent", &event).await?;
    uow.commit().await?;
    Ok(event)
}

/// Replaces an event's fields.
pub async fn update_event(
    db: &Database,
    actor: &Actor,
    id: EventId,
    draft: EventDraft,
) -> ServiceResult<Event> {
    authorize(actor, Action::ManageEvents)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    check_territory(uow.txn(), fields.territory_id).await?;
    let before = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let after = repo::update(uow.txn(), id, fields).await?;
    uow.updated("updateEvent", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Deletes an event with its agenda, participants and plenary outcomes; returns it as it was.
pub async fn delete_event(db: &Database, actor: &Actor, id: EventId) -> ServiceResult<Event> {
    authorize(actor, Action::ManageEvents)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    repo::delete(uow.txn(), id).await?;
    uow.removed("deleteEvent", &before).await?;
    uow.commit().await?;
    Ok(before)
}
