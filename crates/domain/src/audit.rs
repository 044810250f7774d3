//! Audit events: one per successful mutation, written in the mutation's transaction.

use chrono::{DateTime, Utc};

use crate::{AuditEventId, UserId};

/// A record of one successful mutation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEvent {
    /// Identity.
    pub id: AuditEventId,
    /// Who did it (none for anonymous mutations such as a failed login, which are not audited).
    pub actor_id: Option<UserId>,
    /// The mutation, e.g. `addMembership`.
    pub action: String,
    /// The type of the changed object, e.g. `Membership`.
    pub entity_type: String,
    /// The changed object's id.
    pub entity_id: i32,
    /// The object before, as JSON (none when created).
    pub before: Option<String>,
    /// The object after, as JSON (none when deleted).
    pub after: Option<String>,
    /// When.
    pub at: DateTime<Utc>,
}

/// What a mutation hands to the audit log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRecord {
    /// The mutation, e.g. `addMembership`.
    pub action: &'static str,
    /// The type of the changed object.
    pub entity_type: &'static str,
    /// The changed object's id.
    pub entity_id: i32,
    /// JSON before.
    pub before: Option<String>,
    /// JSON after.
    pub after: Option<String>,
}

/// Filters for reading the audit log.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Only events by this user.
    pub actor_id: Option<UserId>,
    /// Only this mutation.
    pub action: Option<String>,
    /// Only this type of object.
    pub entity_type: Option<String>,
    /// Only this object (with `entity_type`).
    pub entity_id: Option<i32>,
    /// Only events at or after.
    pub since: Option<DateTime<Utc>>,
    /// Only events before.
    pub until: Option<DateTime<Utc>>,
}
