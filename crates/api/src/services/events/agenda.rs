//! An event's agenda: items are checked against the timetable rules and the event's other
//! items inside the transaction that saves them.

use mega_domain::agenda::{AgendaItemDraft, check_item};
use mega_domain::{Action, Actor, AgendaItem, AgendaItemId, EventId, OrganisationId, authorize};
use mega_persistence::{ConnectionTrait, Database, agenda, events, organisations, working_groups};

use crate::services::unit_of_work::UnitOfWork;
use crate::services::{ServiceError, ServiceResult};

/// Checks that the group and the organisations an item names exist.
async fn check_references(conn: &impl ConnectionTrait, item: &AgendaItem) -> ServiceResult<()> {
    if let Some(group) = item.working_group_id
        && working_groups::find(conn, group).await?.is_none()
    {
        return Err(ServiceError::NotFound("workingGroupId"));
    }
    let ids: Vec<OrganisationId> = item
        .presentations
        .iter()
        .map(|p| p.organisation_id)
        .collect();
    let mut found: Vec<_> = organisations::find_by_ids(conn, &ids)
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
    draft: AgendaItemDraft,
) -> ServiceResult<AgendaItem> {
    authorize(actor, Action::ManageEvents)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    events::find(uow.txn(), event)
        .await?
        .ok_or(ServiceError::NotFound("eventId"))?;
    // Placed provisionally: the item has no id yet and goes after the last one.
    let unsaved = fields.placed(AgendaItemId(0), event, 0);
    check_references(uow.txn(), &unsaved).await?;
    check_rules(uow.txn(), &unsaved).await?;
    let position = agenda::next_position(uow.txn(), event).await?;
    let item = agenda::insert(
        uow.txn(),
        &AgendaItem {
            position,
            ..unsaved
        },
    )
    .await?;
    uow.created("addAgendaItem", &item).await?;
    uow.commit().await?;
    Ok(item)
}

/// Replaces an agenda item's fields (its event and position stay).
pub async fn update_agenda_item(
    db: &Database,
    actor: &Actor,
    id: AgendaItemId,
    draft: AgendaItemDraft,
) -> ServiceResult<AgendaItem> {
    authorize(actor, Action::ManageEvents)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = agenda::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let item = fields.placed(id, before.event_id, before.position);
    check_references(uow.txn(), &item).await?;
    check_rules(uow.txn(), &item).await?;
    let after = agenda::update(uow.txn(), &item).await?;
    uow.updated("updateAgendaItem", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Removes an agenda item; returns what was removed.
pub async fn remove_agenda_item(
    db: &Database,
    actor: &Actor,
    id: AgendaItemId,
) -> ServiceResult<AgendaItem> {
    authorize(actor, Action::ManageEvents)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = agenda::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    agenda::remove(uow.txn(), id).await?;
    uow.removed("removeAgendaItem", &before).await?;
    uow.commit().await?;
    Ok(before)
}
