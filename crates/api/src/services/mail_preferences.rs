//! How a user wants each kind of notification mailed: read and changed by the user itself
//! (settings page), or turned off through a signed unsubscribe link (no session needed: the
//! link's signature proves who it is for). One audited write each.

use std::collections::BTreeMap;

use mega_domain::mail::{DigestPeriod, MailDelivery};
use mega_domain::notification::NotificationKind;
use mega_domain::{Action, Actor, Denial, UserId, authorize};
use mega_persistence::{Database, mail, users};

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

/// Every notification kind with how `owner` wants it mailed, in the order of the kinds.
pub type MailPreferences = Vec<(NotificationKind, MailDelivery)>;

/// What an unsubscribe link turns off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsubscribeScope {
    /// One kind of notification (an immediate message's link).
    Kind(NotificationKind),
    /// Every kind gathered in this digest (a digest's link).
    Digest(DigestPeriod),
}

fn complete(stored: &BTreeMap<&'static str, MailDelivery>) -> MailPreferences {
    NotificationKind::ALL
        .iter()
        .map(|kind| (*kind, stored.get(kind.code()).copied().unwrap_or_default()))
        .collect()
}

/// `owner`'s choices, for `owner` itself only.
pub async fn of_user(
    db: &Database,
    actor: &Actor,
    owner: UserId,
) -> ServiceResult<MailPreferences> {
    authorize(actor, Action::ManageOwnNotifications { recipient: owner })?;
    Ok(complete(&mail::preferences(db.conn(), owner).await?))
}

/// Sets how the signed-in `actor` wants `kind` mailed.
pub async fn update_own(
    db: &Database,
    actor: &Actor,
    kind: NotificationKind,
    delivery: MailDelivery,
) -> ServiceResult<MailPreferences> {
    let me = actor.user_id().ok_or(Denial::Unauthenticated)?;
    authorize(actor, Action::ManageOwnNotifications { recipient: me })?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = complete(&mail::preferences(uow.txn(), me).await?);
    mail::set_preference(uow.txn(), me, kind, delivery).await?;
    let after = complete(&mail::preferences(uow.txn(), me).await?);
    uow.record(
        "updateMailPreference",
        "User",
        me.0,
        Some(&snapshot(&before)),
        Some(&snapshot(&after)),
    )
    .await?;
    uow.commit().await?;
    Ok(after)
}

/// Turns off what `scope` names for `user`, on the strength of a verified unsubscribe link.
/// A deactivated or deleted user is refused (`NotFound`): the link is dead with the account.
pub async fn unsubscribe(
    db: &Database,
    user: UserId,
    scope: UnsubscribeScope,
) -> ServiceResult<Vec<NotificationKind>> {
    let mut uow = UnitOfWork::begin_as(db, Some(user)).await?;
    let account = users::find(uow.txn(), user)
        .await?
        .filter(|u| u.active)
        .ok_or(ServiceError::NotFound("token"))?;
    let before = complete(&mail::preferences(uow.txn(), account.id).await?);
    let kinds: Vec<NotificationKind> = match scope {
        UnsubscribeScope::Kind(kind) => vec![kind],
        UnsubscribeScope::Digest(period) => before
            .iter()
            .filter(|(_, delivery)| delivery.digest() == Some(period))
            .map(|(kind, _)| *kind)
            .collect(),
    };
    for kind in &kinds {
        mail::set_preference(uow.txn(), account.id, *kind, MailDelivery::Off).await?;
    }
    let after = complete(&mail::preferences(uow.txn(), account.id).await?);
    uow.record(
        "unsubscribe",
        "User",
        account.id.0,
        Some(&snapshot(&before)),
        Some(&snapshot(&after)),
    )
    .await?;
    uow.commit().await?;
    Ok(kinds)
}

/// The audit form: kind code → delivery code.
fn snapshot(preferences: &MailPreferences) -> BTreeMap<&'static str, &'static str> {
    preferences
        .iter()
        .map(|(kind, delivery)| (kind.code(), delivery.code()))
        .collect()
}
