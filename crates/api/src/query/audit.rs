//! Reading the audit log (coordinator only).

use async_graphql::{Context, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use mega_domain::{Action, AuditFilter, UserId, authorize};
use mega_persistence::audit;

use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::arg_id;
use crate::types::AuditEventObject;

/// Filters for `auditEvents`; all given filters must match.
#[derive(InputObject, Default)]
pub struct AuditEventFilter {
    /// Only events by this user.
    pub actor_id: Option<ID>,
    /// Only this mutation, e.g. `addMembership`.
    pub action: Option<String>,
    /// Only this type of object, e.g. `Membership`.
    pub entity_type: Option<String>,
    /// Only this object (database id; use with `entityType`).
    pub entity_id: Option<i32>,
    /// Only events at or after this time.
    pub since: Option<DateTime<Utc>>,
    /// Only events before this time.
    pub until: Option<DateTime<Utc>>,
}

/// Audit-log queries.
#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// Every successful mutation, newest first. Coordinator only.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn audit_events(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Filters; all must match.")] filter: Option<AuditEventFilter>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<AuditEventObject>> {
        authorize(actor(ctx), Action::ReadAuditLog)?;
        let filter = filter.unwrap_or_default();
        let actor_id = filter
            .actor_id
            .map(|id| arg_id::<UserId>("actorId", &id))
            .transpose()?;
        let filter = AuditFilter {
            actor_id,
            action: filter.action,
            entity_type: filter.entity_type,
            entity_id: filter.entity_id,
            since: filter.since,
            until: filter.until,
        };
        let page = audit::page(db(ctx).conn(), &filter, page_request(first, after)?).await?;
        Ok(connection(page, AuditEventObject))
    }
}
