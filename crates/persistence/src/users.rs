//! Repository of users and their password hashes.

use chrono::Utc;
use mega_domain::user::{PreferenceChanges, UserChanges, UserFields};
use mega_domain::{DisplayName, Email, GlobalRole, Language, OrganisationId, User, UserId};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::entities::user;
use crate::error::{PersistenceError, Result};

/// A user together with the stored password hash, for signing in only.
#[derive(Clone, Debug)]
pub struct Credentials {
    /// The account.
    pub user: User,
    /// PHC-format argon2id hash.
    pub password_hash: String,
}

/// What is needed to create an account.
#[derive(Clone, Debug)]
pub struct NewUser {
    /// Login address.
    pub email: Email,
    /// Name shown to others.
    pub display_name: DisplayName,
    /// The organisation the user acts for.
    pub organisation_id: Option<OrganisationId>,
    /// Network-wide role.
    pub global_role: GlobalRole,
    /// PHC-format argon2id hash of the chosen password.
    pub password_hash: String,
}

impl NewUser {
    /// The account of validated `fields`, whose password hashes to `password_hash`.
    pub fn new(fields: UserFields, password_hash: String) -> Self {
        Self {
            email: fields.email,
            display_name: fields.display_name,
            organisation_id: fields.organisation_id,
            global_role: fields.global_role,
            password_hash,
        }
    }
}

fn to_domain(row: user::Model) -> Result<User> {
    let corrupt = |what: &str| PersistenceError::Corrupt(format!("user {}: {what}", row.id));
    Ok(User {
        id: UserId(row.id),
        email: Email::parse(&row.email).map_err(|_| corrupt("email"))?,
        global_role: GlobalRole::from_code(&row.global_role).ok_or_else(|| corrupt("role"))?,
        display_name: row.display_name,
        organisation_id: row.organisation_id.map(OrganisationId),
        active: row.active,
        language: row
            .language
            .as_deref()
            .map(|code| Language::from_code(code).ok_or_else(|| corrupt("language")))
            .transpose()?,
    })
}

/// The account signing in with `email`, with its password hash.
pub async fn credentials_by_email(
    conn: &impl ConnectionTrait,
    email: &Email,
) -> Result<Option<Credentials>> {
    let Some(row) = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let password_hash = row.password_hash.clone();
    Ok(Some(Credentials {
        user: to_domain(row)?,
        password_hash,
    }))
}

/// One user by id.
pub async fn find(conn: &impl ConnectionTrait, id: UserId) -> Result<Option<User>> {
    user::Entity::find_by_id(id.0)
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}

/// The users with the given ids (missing ids are left out), in one statement.
pub async fn find_by_ids(conn: &impl ConnectionTrait, ids: &[UserId]) -> Result<Vec<User>> {
    user::Entity::find()
        .filter(user::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// Creates an account; [`PersistenceError::Conflict`] when the e-mail is taken.
pub async fn create(conn: &impl ConnectionTrait, new: NewUser) -> Result<User> {
    let now = Utc::now();
    let row = user::ActiveModel {
        email: Set(new.email.as_str().to_owned()),
        display_name: Set(new.display_name.as_str().to_owned()),
        organisation_id: Set(new.organisation_id.map(|id| id.0)),
        global_role: Set(new.global_role.code().to_owned()),
        active: Set(true),
        password_hash: Set(new.password_hash),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let inserted = user::Entity::insert(row).exec_with_returning(conn).await?;
    to_domain(inserted)
}

/// Activates or deactivates an account.
pub async fn set_active(conn: &impl ConnectionTrait, id: UserId, active: bool) -> Result<()> {
    let result = user::Entity::update_many()
        .col_expr(user::Column::Active, active.into())
        .col_expr(user::Column::UpdatedAt, Utc::now().into())
        .filter(user::Column::Id.eq(id.0))
        .exec(conn)
        .await?;
    if result.rows_affected == 0 {
        return Err(PersistenceError::NotFound);
    }
    Ok(())
}

/// Replaces the password hash of the account with `email`; `false` when there is none.
pub async fn set_password_hash(
    conn: &impl ConnectionTrait,
    email: &Email,
    password_hash: &str,
) -> Result<bool> {
    let result = user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, password_hash.into())
        .col_expr(user::Column::UpdatedAt, Utc::now().into())
        .filter(user::Column::Email.eq(email.as_str()))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Users ordered by display name.
pub async fn page(
    conn: &impl ConnectionTrait,
    request: mega_domain::PageRequest,
) -> Result<mega_domain::Page<User>> {
    use sea_orm::QueryOrder;
    let select = user::Entity::find()
        .order_by_asc(user::Column::DisplayName)
        .order_by_asc(user::Column::Id);
    crate::paging::fetch_page(conn, select, request, to_domain).await
}

/// Applies `changes` to account `id`.
pub async fn update(conn: &impl ConnectionTrait, id: UserId, changes: UserChanges) -> Result<User> {
    use sea_orm::ActiveValue::NotSet;
    let row = user::ActiveModel {
        id: Set(id.0),
        display_name: changes
            .display_name
            .map_or(NotSet, |name| Set(name.as_str().to_owned())),
        organisation_id: changes
            .organisation_id
            .map_or(NotSet, |org| Set(org.map(|id| id.0))),
        global_role: changes
            .global_role
            .map_or(NotSet, |role| Set(role.code().to_owned())),
        active: changes.active.map_or(NotSet, Set),
        updated_at: Set(Utc::now()),
        ..Default::default()
    };
    to_domain(user::Entity::update(row).exec(conn).await?)
}

/// Applies the user's own preference `changes` to account `id`.
pub async fn update_preferences(
    conn: &impl ConnectionTrait,
    id: UserId,
    changes: PreferenceChanges,
) -> Result<User> {
    use sea_orm::ActiveValue::NotSet;
    let row = user::ActiveModel {
        id: Set(id.0),
        language: changes.language.map_or(NotSet, |language| {
            Set(language.map(|l| l.code().to_owned()))
        }),
        updated_at: Set(Utc::now()),
        ..Default::default()
    };
    to_domain(user::Entity::update(row).exec(conn).await?)
}

/// Replaces the password hash of account `id`.
pub async fn replace_password_hash(
    conn: &impl ConnectionTrait,
    id: UserId,
    password_hash: String,
) -> Result<User> {
    let row = user::ActiveModel {
        id: Set(id.0),
        password_hash: Set(password_hash),
        updated_at: Set(Utc::now()),
        ..Default::default()
    };
    to_domain(user::Entity::update(row).exec(conn).await?)
}
