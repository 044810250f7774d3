//! The coordinator's administration of organisations and user accounts. Users are never
//! deleted (they may have authored content): they are deactivated.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use mega_domain::network::OrganisationDraft;
use mega_domain::user::{UserChangesDraft, UserDraft};
use mega_domain::{
    Action, Actor, Organisation, OrganisationId, TerritoryId, User, UserId, authorize,
};
use mega_persistence::{
    ConnectionTrait, Database, organisations, refresh_tokens, territories,
    users::{self, NewUser},
};
use rand::RngCore;

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult, conflict_as};
use crate::auth::password;

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

/// `NotFound` on `organisationId` unless the organisation exists.
async fn check_organisation(
    conn: &impl ConnectionTrait,
    organisation: Option<OrganisationId>,
) -> ServiceResult<()> {
    if let Some(organisation) = organisation
        && organisations::find_by_ids(conn, &[organisation])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    Ok(())
}

/// Creates an organisation.
pub async fn create_organisation(
    db: &Database,
    actor: &Actor,
    draft: OrganisationDraft,
) -> ServiceResult<Organisation> {
    authorize(actor, Action::ManageOrganisations)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    check_territory(uow.txn(), fields.territory_id).await?;
    let slug = super::reference_data::unique_slug(&fields.name);
    let organisation = organisations::create(uow.txn(), &slug, fields).await?;
    uow.created("createOrganisation", &organisation).await?;
    uow.commit().await?;
    Ok(organisation)
}

/// Replaces an organisation's fields.
pub async fn update_organisation(
    db: &Database,
    actor: &Actor,
    id: OrganisationId,
    draft: OrganisationDraft,
) -> ServiceResult<Organisation> {
    authorize(actor, Action::ManageOrganisations)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = organisations::find_by_ids(uow.txn(), &[id])
        .await?
        .pop()
        .ok_or(ServiceError::NotFound("id"))?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    check_territory(uow.txn(), fields.territory_id).await?;
    let after = organisations::update(uow.txn(), id, fields).await?;
    uow.updated("updateOrganisation", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Creates an account.
pub async fn create_user(db: &Database, actor: &Actor, draft: UserDraft) -> ServiceResult<User> {
    authorize(actor, Action::ManageUsers)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    // Hashing is the slow part: done before the transaction opens, so it stays short.
    let password_hash = password::hash(fields.password.expose().to_owned()).await?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    check_organisation(uow.txn(), fields.organisation_id).await?;
    let user = users::create(uow.txn(), NewUser::new(fields, password_hash))
        .await
        .map_err(conflict_as(
            "email",
            "A user with this e-mail address exists already.",
        ))?;
    uow.created("createUser", &user).await?;
    uow.commit().await?;
    Ok(user)
}

/// Changes account `id` as mutation `action` (`updateUser`, `deactivateUser`);
/// deactivation ends its sessions.
pub async fn update_user(
    db: &Database,
    actor: &Actor,
    id: UserId,
    draft: UserChangesDraft,
    action: &'static str,
) -> ServiceResult<User> {
    authorize(actor, Action::ManageUsers)?;
    let changes = draft
        .validate(id, actor.user_id())
        .map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    if let Some(organisation) = changes.organisation_id {
        check_organisation(uow.txn(), organisation).await?;
    }
    let before = users::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let deactivates = changes.deactivates();
    let after = users::update(uow.txn(), id, changes).await?;
    if deactivates {
        refresh_tokens::revoke_all_for_user(uow.txn(), id).await?;
    }
    uow.updated(action, &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Sets a new random password, ends the user's sessions and returns the password, which is
/// shown once to the coordinator.
pub async fn reset_password(
    db: &Database,
    actor: &Actor,
    id: UserId,
) -> ServiceResult<(User, String)> {
    authorize(actor, Action::ManageUsers)?;
    let mut bytes = [0_u8; 15];
    rand::thread_rng().fill_bytes(&mut bytes);
    let temporary = URL_SAFE_NO_PAD.encode(bytes);
    // Hashing is the slow part: done before the transaction opens, so it stays short.
    let password_hash = password::hash(temporary.clone()).await?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = users::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let after = users::replace_password_hash(uow.txn(), id, password_hash).await?;
    refresh_tokens::revoke_all_for_user(uow.txn(), id).await?;
    // The snapshots never contain the password or its hash.
    uow.updated("resetUserPassword", &before, &after).await?;
    uow.commit().await?;
    Ok((after, temporary))
}
