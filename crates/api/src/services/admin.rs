//! The coordinator's administration of organisations and user accounts. Users are never
//! deleted (they may have authored content): they are deactivated.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use mega_domain::{
    Action, Actor, DisplayName, Email, GlobalRole, NewPassword, Organisation, OrganisationId,
    OrganisationKind, TerritoryId, User, UserId, ValidationError, authorize,
    working_group::parse_title,
};
use mega_persistence::{
    Database, TransactionTrait,
    organisations::{self, OrganisationFields},
    refresh_tokens, territories,
    users::{self, NewUser, UserChanges},
};
use rand::RngCore;

use super::{ServiceError, ServiceResult, actor_id, conflict_as, record};
use crate::auth::password;

/// Input for creating or updating an organisation.
#[derive(Debug)]
pub struct OrganisationInput {
    /// Full name.
    pub name: String,
    /// Short name.
    pub short_name: Option<String>,
    /// Kind of body.
    pub kind: OrganisationKind,
    /// City or region.
    pub territory_id: Option<TerritoryId>,
    /// Consortium partner.
    pub consortium_partner: bool,
}

async fn organisation_fields(
    db: &Database,
    input: OrganisationInput,
) -> ServiceResult<OrganisationFields> {
    let name = parse_title("name", &input.name)?;
    let short_name = input
        .short_name
        .as_deref()
        .map(str::trim)
        .filter(|short| !short.is_empty())
        .map(|short| parse_title("shortName", short))
        .transpose()?;
    if let Some(territory) = input.territory_id
        && territories::find_by_ids(db.conn(), &[territory])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("territoryId"));
    }
    Ok(OrganisationFields {
        name,
        short_name,
        kind: input.kind,
        territory_id: input.territory_id,
        consortium_partner: input.consortium_partner,
    })
}

fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_matches('-').to_owned()
}

/// Creates an organisation.
pub async fn create_organisation(
    db: &Database,
    actor: &Actor,
    input: OrganisationInput,
) -> ServiceResult<Organisation> {
    authorize(actor, Action::ManageOrganisations)?;
    let fields = organisation_fields(db, input).await?;
    // A random suffix keeps slugs unique without revealing how many organisations exist.
    let suffix: String = uuid::Uuid::new_v4()
        .simple()
        .to_string()
        .chars()
        .take(6)
        .collect();
    let slug = format!("{}-{suffix}", slugify(&fields.name));
    let txn = db.conn().begin().await?;
    let organisation = organisations::create(&txn, &slug, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "createOrganisation",
        "Organisation",
        organisation.id.0,
        None::<&()>,
        Some(&organisation),
    )
    .await?;
    txn.commit().await?;
    Ok(organisation)
}

/// Updates an organisation.
pub async fn update_organisation(
    db: &Database,
    actor: &Actor,
    id: OrganisationId,
    input: OrganisationInput,
) -> ServiceResult<Organisation> {
    authorize(actor, Action::ManageOrganisations)?;
    let before = organisations::find_by_ids(db.conn(), &[id])
        .await?
        .pop()
        .ok_or(ServiceError::NotFound("id"))?;
    let fields = organisation_fields(db, input).await?;
    let txn = db.conn().begin().await?;
    let after = organisations::update(&txn, id, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "updateOrganisation",
        "Organisation",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Input for creating a user.
#[derive(Debug)]
pub struct NewUserInput {
    /// Login address.
    pub email: String,
    /// Name shown to others.
    pub display_name: String,
    /// Organisation.
    pub organisation_id: Option<OrganisationId>,
    /// Role.
    pub global_role: GlobalRole,
    /// Initial password.
    pub password: String,
}

async fn check_organisation(
    db: &Database,
    organisation: Option<OrganisationId>,
) -> ServiceResult<()> {
    if let Some(organisation) = organisation
        && organisations::find_by_ids(db.conn(), &[organisation])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    Ok(())
}

/// Creates an account.
pub async fn create_user(db: &Database, actor: &Actor, input: NewUserInput) -> ServiceResult<User> {
    authorize(actor, Action::ManageUsers)?;
    let parsed = (
        Email::parse(&input.email),
        DisplayName::parse(&input.display_name),
        NewPassword::parse(&input.password),
    );
    let (email, display_name, new_password) = match parsed {
        (Ok(email), Ok(name), Ok(password)) => (email, name, password),
        (email, name, password) => {
            let errors = [email.err(), name.err(), password.err()]
                .into_iter()
                .flatten()
                .collect();
            return Err(ServiceError::Invalid(errors));
        }
    };
    check_organisation(db, input.organisation_id).await?;
    let password_hash = password::hash(new_password.expose().to_owned()).await?;
    let txn = db.conn().begin().await?;
    let new = NewUser {
        email,
        display_name,
        organisation_id: input.organisation_id,
        global_role: input.global_role,
        password_hash,
    };
    let user = users::create(&txn, new).await.map_err(conflict_as(
        "email",
        "A user with this e-mail address exists already.",
    ))?;
    record(
        &txn,
        actor_id(actor),
        "createUser",
        "User",
        user.id.0,
        None::<&()>,
        Some(&user),
    )
    .await?;
    txn.commit().await?;
    Ok(user)
}

/// What the coordinator changes about an account.
#[derive(Debug, Default)]
pub struct UserUpdate {
    /// New display name.
    pub display_name: Option<String>,
    /// New organisation (`Some(None)` clears it).
    pub organisation_id: Option<Option<OrganisationId>>,
    /// New role.
    pub global_role: Option<GlobalRole>,
    /// Activate or deactivate.
    pub active: Option<bool>,
}

/// Updates an account; deactivation ends its sessions.
pub async fn update_user(
    db: &Database,
    actor: &Actor,
    id: UserId,
    update: UserUpdate,
    action: &'static str,
) -> ServiceResult<User> {
    authorize(actor, Action::ManageUsers)?;
    if update.active == Some(false) && actor_id(actor) == Some(id) {
        return Err(ValidationError::new(
            "id",
            "CANNOT_DEACTIVATE_SELF",
            "You cannot deactivate your own account.",
        )
        .into());
    }
    let display_name = update
        .display_name
        .as_deref()
        .map(DisplayName::parse)
        .transpose()?;
    if let Some(organisation) = update.organisation_id {
        check_organisation(db, organisation).await?;
    }
    let before = users::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let txn = db.conn().begin().await?;
    let changes = UserChanges {
        display_name,
        organisation_id: update.organisation_id,
        global_role: update.global_role,
        active: update.active,
        password_hash: None,
    };
    let after = users::update(&txn, id, changes).await?;
    if update.active == Some(false) {
        refresh_tokens::revoke_all_for_user(&txn, id).await?;
    }
    record(
        &txn,
        actor_id(actor),
        action,
        "User",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
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
    let before = users::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let mut bytes = [0_u8; 15];
    rand::thread_rng().fill_bytes(&mut bytes);
    let temporary = URL_SAFE_NO_PAD.encode(bytes);
    let password_hash = password::hash(temporary.clone()).await?;
    let txn = db.conn().begin().await?;
    let changes = UserChanges {
        display_name: None,
        organisation_id: None,
        global_role: None,
        active: None,
        password_hash: Some(password_hash),
    };
    let after = users::update(&txn, id, changes).await?;
    refresh_tokens::revoke_all_for_user(&txn, id).await?;
    // The snapshot never contains the password or its hash.
    record(
        &txn,
        actor_id(actor),
        "resetUserPassword",
        "User",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok((after, temporary))
}
