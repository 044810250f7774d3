//! GraphQL `AuditEvent`.

use async_graphql::{Context, ID, Json, Object};
use chrono::{DateTime, Utc};
use mega_domain::AuditEvent;

use super::UserObject;
use crate::error::ApiResult;
use crate::global_id::encode;
use crate::loaders::{UserLoader, load_one};

/// A record of one successful mutation.
pub struct AuditEventObject(pub AuditEvent);

fn parse(json: Option<&String>) -> Option<Json<serde_json::Value>> {
    json.and_then(|text| serde_json::from_str(text).ok())
        .map(Json)
}

/// A record of one successful mutation.
#[Object(name = "AuditEvent")]
impl AuditEventObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// Who did it.
    async fn actor(&self, ctx: &Context<'_>) -> ApiResult<Option<UserObject>> {
        let Some(id) = self.0.actor_id else {
            return Ok(None);
        };
        Ok(load_one::<UserLoader, _>(ctx, id)
            .await?
            .map(UserObject::new))
    }

    /// The mutation, e.g. `addMembership`.
    async fn action(&self) -> &str {
        &self.0.action
    }

    /// The type of the changed object, e.g. `Membership`.
    async fn entity_type(&self) -> &str {
        &self.0.entity_type
    }

    /// The changed object's database id (use with `entityType`).
    async fn entity_id(&self) -> i32 {
        self.0.entity_id
    }

    /// The object before the change; null when it was created.
    async fn before(&self) -> Option<Json<serde_json::Value>> {
        parse(self.0.before.as_ref())
    }

    /// The object after the change; null when it was deleted.
    async fn after(&self) -> Option<Json<serde_json::Value>> {
        parse(self.0.after.as_ref())
    }

    /// When it happened.
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
}
