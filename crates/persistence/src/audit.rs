//! Repository of the audit log.

use chrono::Utc;
use mega_domain::{AuditEvent, AuditEventId, AuditFilter, AuditRecord, Page, PageRequest, UserId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::audit_event;
use crate::error::Result;
use crate::paging::fetch_page;

fn to_domain(row: audit_event::Model) -> Result<AuditEvent> {
    Ok(AuditEvent {
        id: AuditEventId(row.id),
        actor_id: row.actor_id.map(UserId),
        action: row.action,
        entity_type: row.entity_type,
        entity_id: row.entity_id,
        before: row.before,
        after: row.after,
        at: row.at,
    })
}

/// Records a successful mutation; call inside the mutation's transaction.
pub async fn record(
    conn: &impl ConnectionTrait,
    actor: Option<UserId>,
    record: AuditRecord,
) -> Result<()> {
    let row = audit_event::ActiveModel {
        actor_id: Set(actor.map(|id| id.0)),
        action: Set(record.action.to_owned()),
        entity_type: Set(record.entity_type.to_owned()),
        entity_id: Set(record.entity_id),
        before: Set(record.before),
        after: Set(record.after),
        at: Set(Utc::now()),
        ..Default::default()
    };
    audit_event::Entity::insert(row).exec(conn).await?;
    Ok(())
}

/// Events matching `filter`, newest first.
pub async fn page(
    conn: &impl ConnectionTrait,
    filter: &AuditFilter,
    request: PageRequest,
) -> Result<Page<AuditEvent>> {
    let mut condition = Condition::all();
    if let Some(actor) = filter.actor_id {
        condition = condition.add(audit_event::Column::ActorId.eq(actor.0));
    }
    if let Some(action) = &filter.action {
        condition = condition.add(audit_event::Column::Action.eq(action.as_str()));
    }
    if let Some(entity_type) = &filter.entity_type {
        condition = condition.add(audit_event::Column::EntityType.eq(entity_type.as_str()));
    }
    if let Some(entity_id) = filter.entity_id {
        condition = condition.add(audit_event::Column::EntityId.eq(entity_id));
    }
    if let Some(since) = filter.since {
        condition = condition.add(audit_event::Column::At.gte(since));
    }
    if let Some(until) = filter.until {
        condition = condition.add(audit_event::Column::At.lt(until));
    }
    let select = audit_event::Entity::find()
        .filter(condition)
        .order_by_desc(audit_event::Column::Id);
    fetch_page(conn, select, request, to_domain).await
}

/// One event.
pub async fn find(conn: &impl ConnectionTrait, id: AuditEventId) -> Result<Option<AuditEvent>> {
    audit_event::Entity::find_by_id(id.0)
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}
