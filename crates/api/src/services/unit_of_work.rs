//! One audited unit of work per write: it opens the transaction, the service loads `before`
//! and writes through it, it records exactly one audit event, queues webhook events in the
//! outbox, and commits only when the audit event is there. Dropping it rolls everything back.

use mega_domain::webhook::WebhookEvent;
use mega_domain::{Actor, AuditRecord, Audited, OrganisationId, UserId};
use mega_persistence::{Database, DatabaseTransaction, PersistenceError, audit};
use serde::Serialize;

use super::{ServiceError, ServiceResult};

/// A write in progress. Services read `before` and write through [`UnitOfWork::txn`], so
/// everything they decide on is seen inside the transaction.
#[must_use = "a unit of work does nothing unless committed"]
pub struct UnitOfWork {
    db: Database,
    txn: DatabaseTransaction,
    actor: Option<UserId>,
    /// The recorded audit event's (action, entity).
    recorded: Option<(&'static str, &'static str)>,
}

/// The audit entities whose changes change who may do what: committing one makes the cached
/// identities of this instance stale.
const IDENTITY_ENTITIES: &[&str] = &[
    "User",
    "Membership",
    "ExpertInvitation",
    "ApiToken",
    "WorkingGroup",
    "Organisation",
];

/// Sessions are audited on the user but change nothing about it.
const SESSION_ACTIONS: &[&str] = &["login", "refreshToken", "logout"];

fn snapshot(value: Option<&impl Serialize>) -> ServiceResult<Option<String>> {
    value
        .map(serde_json::to_string)
        .transpose()
        .map_err(|err| ServiceError::Persistence(PersistenceError::Corrupt(err.to_string())))
}

impl UnitOfWork {
    /// Opens a unit of work for `actor` (the author of its audit event).
    pub async fn begin(db: &Database, actor: &Actor) -> ServiceResult<Self> {
        Self::begin_as(db, actor.user_id()).await
    }

    /// Opens a unit of work authored by `actor`, for writes made before an [`Actor`] exists
    /// (signing in, refreshing a session).
    pub async fn begin_as(db: &Database, actor: Option<UserId>) -> ServiceResult<Self> {
        Ok(Self {
            db: db.clone(),
            txn: db.begin_write().await?,
            actor,
            recorded: None,
        })
    }

    /// The transaction: read `before` and write through it.
    pub fn txn(&self) -> &DatabaseTransaction {
        &self.txn
    }

    /// Records that mutation `action` created `after`.
    pub async fn created<T: Audited>(
        &mut self,
        action: &'static str,
        after: &T,
    ) -> ServiceResult<()> {
        self.record(action, T::ENTITY, after.audit_id(), None::<&T>, Some(after))
            .await
    }

    /// Records that mutation `action` changed `before` into `after`.
    pub async fn updated<T: Audited>(
        &mut self,
        action: &'static str,
        before: &T,
        after: &T,
    ) -> ServiceResult<()> {
        self.record(
            action,
            T::ENTITY,
            after.audit_id(),
            Some(before),
            Some(after),
        )
        .await
    }

    /// Records that mutation `action` removed `before`.
    pub async fn removed<T: Audited>(
        &mut self,
        action: &'static str,
        before: &T,
    ) -> ServiceResult<()> {
        self.record(
            action,
            T::ENTITY,
            before.audit_id(),
            Some(before),
            None::<&T>,
        )
        .await
    }

    /// Records the audit event of this unit: mutation `action` on object `entity_id` of type
    /// `entity_type`, with JSON snapshots. A second record is refused: one write, one event.
    pub async fn record<B: Serialize, A: Serialize>(
        &mut self,
        action: &'static str,
        entity_type: &'static str,
        entity_id: i32,
        before: Option<&B>,
        after: Option<&A>,
    ) -> ServiceResult<()> {
        if self.recorded.is_some() {
            return Err(ServiceError::Internal(format!(
                "{action}: a unit of work records exactly one audit event"
            )));
        }
        let record = AuditRecord {
            action,
            entity_type,
            entity_id,
            before: snapshot(before)?,
            after: snapshot(after)?,
        };
        audit::record(&self.txn, self.actor, record).await?;
        self.recorded = Some((action, entity_type));
        Ok(())
    }

    /// Queues `event` concerning the organisations `concerned` for every webhook that wants
    /// it; delivered only if this unit commits (a transactional outbox).
    pub async fn emit(
        &self,
        event: WebhookEvent,
        concerned: &[OrganisationId],
        data: serde_json::Value,
    ) -> ServiceResult<()> {
        super::webhooks::emit(&self.txn, event, concerned, data).await
    }

    /// Commits, provided the audit event was recorded; otherwise rolls back and fails, so no
    /// write can land unaudited.
    pub async fn commit(self) -> ServiceResult<()> {
        let Some((action, entity)) = self.recorded else {
            self.txn.rollback().await?;
            return Err(ServiceError::Internal(
                "a write without its audit event cannot commit".into(),
            ));
        };
        self.txn.commit().await?;
        if IDENTITY_ENTITIES.contains(&entity) && !SESSION_ACTIONS.contains(&action) {
            self.db.identities_changed();
        }
        Ok(())
    }

    /// Gives up: nothing of this unit is kept.
    pub async fn rollback(self) -> ServiceResult<()> {
        self.txn.rollback().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use mega_domain::{Actor, OrganisationKind};
    use mega_persistence::organisations::{self, OrganisationFields};

    use super::*;

    async fn database() -> (Database, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("uow.db").display());
        let db = Database::connect(&url).await.expect("connect");
        db.migrate().await.expect("migrate");
        (db, dir)
    }

    fn fields(name: &str) -> OrganisationFields {
        OrganisationFields {
            name: name.to_owned(),
            short_name: None,
            kind: OrganisationKind::Ngo,
            territory_id: None,
            consortium_partner: false,
        }
    }

    async fn count(db: &Database) -> u64 {
        let request = mega_domain::PageRequest {
            offset: 0,
            limit: 10,
        };
        organisations::page(db.conn(), request)
            .await
            .expect("list")
            .total
    }

    #[tokio::test]
    async fn a_write_without_its_audit_event_cannot_commit() {
        let (db, _dir) = database().await;
        let uow = UnitOfWork::begin(&db, &Actor::Anonymous)
            .await
            .expect("begin");
        organisations::create(uow.txn(), "unaudited", fields("Unaudited"))
            .await
            .expect("insert");
        let refused = uow.commit().await;
        assert!(
            matches!(refused, Err(ServiceError::Internal(ref m)) if m.contains("audit")),
            "{refused:?}"
        );
        assert_eq!(count(&db).await, 0, "the unaudited write was rolled back");
    }

    #[tokio::test]
    async fn an_audited_write_commits_with_exactly_one_event() {
        let (db, _dir) = database().await;
        let mut uow = UnitOfWork::begin(&db, &Actor::Anonymous)
            .await
            .expect("begin");
        let created = organisations::create(uow.txn(), "audited", fields("Audited"))
            .await
            .expect("insert");
        uow.created("createOrganisation", &created)
            .await
            .expect("audit");
        let second = uow.created("createOrganisation", &created).await;
        assert!(
            matches!(second, Err(ServiceError::Internal(_))),
            "{second:?}"
        );
        uow.commit().await.expect("commit");
        assert_eq!(count(&db).await, 1);
        let log = audit::page(
            db.conn(),
            &mega_domain::AuditFilter::default(),
            mega_domain::PageRequest {
                offset: 0,
                limit: 10,
            },
        )
        .await
        .expect("audit log");
        assert_eq!(log.total, 1);
        assert_eq!(log.items[0].entity_type, "Organisation");
    }
}
