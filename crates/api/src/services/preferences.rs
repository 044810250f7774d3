//! A user's own preferences (the interface language): self-service, one audited write.

use mega_domain::user::PreferenceChanges;
use mega_domain::{Action, Actor, Denial, User, authorize};
use mega_persistence::{Database, users};

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

/// Applies `changes` to the preferences of the signed-in `actor`.
pub async fn update_own(
    db: &Database,
    actor: &Actor,
    changes: PreferenceChanges,
) -> ServiceResult<User> {
    authorize(actor, Action::UpdateOwnPreferences)?;
    let me = actor.user_id().ok_or(Denial::Unauthenticated)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = users::find(uow.txn(), me)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let after = users::update_preferences(uow.txn(), me, changes).await?;
    uow.updated("updateViewerPreferences", &before, &after)
        .await?;
    uow.commit().await?;
    Ok(after)
}
