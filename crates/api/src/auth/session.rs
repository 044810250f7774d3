//! Login sessions: sign in, rotate refresh tokens (detecting reuse), sign out. Each change
//! to a session is a unit of work authored by the session's user, with its audit event.

use chrono::{DateTime, Utc};
use mega_domain::{Audited, Email, NewPassword, User, UserId, rate_limit};
use mega_persistence::{Database, rate_limits, refresh_tokens, users};

use super::{AuthConfig, ClientAddress, jwt, password, refresh as token};
use crate::error::ApiError;
use crate::resolve::internal;
use crate::services::unit_of_work::UnitOfWork;

const INVALID_LOGIN: &str = "Invalid e-mail or password.";
const INVALID_REFRESH: &str = "The refresh token is invalid or expired; sign in again.";

/// Tokens handed to a client after login or refresh.
#[derive(Debug)]
pub struct Session {
    /// The signed-in user.
    pub user: User,
    /// JWT for `Authorization: Bearer`.
    pub access_token: String,
    /// When the access token expires.
    pub access_token_expires_at: DateTime<Utc>,
    /// Single-use opaque token for the next refresh.
    pub refresh_token: String,
    /// When the refresh token expires.
    pub refresh_token_expires_at: DateTime<Utc>,
}

async fn open_session(
    db: &impl mega_persistence::ConnectionTrait,
    config: &AuthConfig,
    user: User,
    family: &str,
) -> Result<Session, ApiError> {
    let now = Utc::now();
    let (access_token, access_token_expires_at) = jwt::issue(config, user.id, now)?;
    let refresh_token = token::generate();
    let refresh_ttl = chrono::Duration::from_std(config.refresh_token_ttl)
        .map_err(|err| ApiError::Internal(err.to_string()))?;
    let refresh_token_expires_at = now + refresh_ttl;
    refresh_tokens::insert(
        db,
        user.id,
        family,
        &token::hash(&refresh_token),
        refresh_token_expires_at,
    )
    .await?;
    Ok(Session {
        user,
        access_token,
        access_token_expires_at,
        refresh_token,
        refresh_token_expires_at,
    })
}

/// Signs in. Unknown e-mail, wrong password and a deactivated account all give the same
/// error after the same amount of work. Failures are counted per account (the e-mail as
/// typed, so unknown accounts are throttled alike) and per client address: after a few, each
/// attempt is held a little longer; past the hourly maximum, attempts are refused without
/// checking the password.
pub async fn login(
    db: &Database,
    config: &AuthConfig,
    email: &str,
    password_input: String,
    address: Option<ClientAddress>,
) -> Result<Session, ApiError> {
    let throttle = LoginThrottle::new(email, address);
    let account_failures = throttle.check(db).await?;
    let delay = rate_limit::login_delay(account_failures);
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    match verify_credentials(db, email, password_input).await? {
        Some(user) => {
            throttle.succeeded(db).await?;
            let family = uuid::Uuid::new_v4().to_string();
            let mut uow = begin(db, user.id).await?;
            let session = open_session(uow.txn(), config, user, &family).await?;
            audit_session(&mut uow, session.user.id, "login").await?;
            uow.commit().await.map_err(internal)?;
            Ok(session)
        }
        None => {
            throttle.failed(db).await?;
            Err(ApiError::InvalidCredentials(INVALID_LOGIN))
        }
    }
}

/// The active user with this e-mail and password, or `None` (after the same work either way).
async fn verify_credentials(
    db: &Database,
    email: &str,
    password_input: String,
) -> Result<Option<User>, ApiError> {
    // Longer than any account's password can be: refused without hashing megabytes.
    if password_input.chars().count() > NewPassword::MAX_CHARS {
        return Ok(None);
    }
    let Ok(email) = Email::parse(email) else {
        password::verify_dummy(password_input).await?;
        return Ok(None);
    };
    let Some(credentials) = users::credentials_by_email(db.conn(), &email).await? else {
        password::verify_dummy(password_input).await?;
        return Ok(None);
    };
    let password_ok = password::verify(password_input, credentials.password_hash).await?;
    Ok((password_ok && credentials.user.active).then_some(credentials.user))
}

/// The failed-sign-in counters one attempt is checked against and charged to.
struct LoginThrottle {
    account: String,
    address: Option<String>,
    window: DateTime<Utc>,
}

impl LoginThrottle {
    fn new(email: &str, address: Option<ClientAddress>) -> Self {
        Self {
            // No e-mail address is longer than 254 characters; longer input must not make
            // the counter's key (at most 300 characters) overflow.
            account: format!(
                "login:account:{}",
                email
                    .trim()
                    .to_lowercase()
                    .chars()
                    .take(254)
                    .collect::<String>()
            ),
            address: address.map(|ClientAddress(ip)| format!("login:address:{ip}")),
            window: rate_limit::window_start(Utc::now()),
        }
    }

    /// Refuses when the account or the address has used up its failures this hour;
    /// otherwise answers how many the account has had.
    async fn check(&self, db: &Database) -> Result<i64, ApiError> {
        let retry_at = (self.window + rate_limit::WINDOW).format("%H:%M UTC");
        let account = rate_limits::spent(db.conn(), &self.account, self.window).await?;
        if account >= rate_limit::MAX_ACCOUNT_FAILURES {
            return Err(ApiError::RateLimited(format!(
                "Too many failed sign-ins for this account; try again after {retry_at}."
            )));
        }
        if let Some(address) = &self.address {
            let failures = rate_limits::spent(db.conn(), address, self.window).await?;
            if failures >= rate_limit::MAX_ADDRESS_FAILURES {
                return Err(ApiError::RateLimited(format!(
                    "Too many failed sign-ins from this address; try again after {retry_at}."
                )));
            }
        }
        Ok(account)
    }

    async fn failed(&self, db: &Database) -> Result<(), ApiError> {
        rate_limits::charge(db.conn(), &self.account, self.window, 1).await?;
        if let Some(address) = &self.address {
            rate_limits::charge(db.conn(), address, self.window, 1).await?;
        }
        Ok(())
    }

    /// A correct password clears the account's failures (not the address's: one right
    /// password must not unlock guessing at other accounts).
    async fn succeeded(&self, db: &Database) -> Result<(), ApiError> {
        rate_limits::reset(db.conn(), &self.account, self.window).await?;
        Ok(())
    }
}

/// Opens a unit of work on `user`'s session, authored by the user.
async fn begin(db: &Database, user: UserId) -> Result<UnitOfWork, ApiError> {
    UnitOfWork::begin_as(db, Some(user)).await.map_err(internal)
}

/// Records the audit event of a session change: `action` on the user, without snapshots.
async fn audit_session(
    uow: &mut UnitOfWork,
    user: UserId,
    action: &'static str,
) -> Result<(), ApiError> {
    uow.record(action, User::ENTITY, user.0, None::<&()>, None::<&()>)
        .await
        .map_err(internal)
}

/// Exchanges a refresh token for a new pair. A token that was already used revokes its whole
/// session: either the client or an attacker holds a copy, and we cannot tell which.
pub async fn refresh(
    db: &Database,
    config: &AuthConfig,
    presented: &str,
) -> Result<Session, ApiError> {
    let refused = || ApiError::InvalidCredentials(INVALID_REFRESH);
    let Some(stored) = refresh_tokens::find_by_hash(db.conn(), &token::hash(presented)).await?
    else {
        return Err(refused());
    };
    if stored.revoked_at.is_some() || stored.expires_at <= Utc::now() {
        return Err(refused());
    }
    // Read before the unit of work, which its user authors; `spend` re-checks it inside.
    let mut uow = begin(db, stored.user_id).await?;
    if stored.used_at.is_some() || !refresh_tokens::spend(uow.txn(), stored.id).await? {
        refresh_tokens::revoke_family(uow.txn(), &stored.family).await?;
        audit_session(&mut uow, stored.user_id, "revokeSessionOnReuse").await?;
        uow.commit().await.map_err(internal)?;
        tracing::warn!(user_id = %stored.user_id, "refresh token reuse detected; session revoked");
        return Err(refused());
    }
    let user = match users::find(uow.txn(), stored.user_id).await? {
        Some(user) if user.active => user,
        _ => return Err(refused()),
    };
    let session = open_session(uow.txn(), config, user, &stored.family).await?;
    audit_session(&mut uow, session.user.id, "refreshToken").await?;
    uow.commit().await.map_err(internal)?;
    Ok(session)
}

/// Ends the session a refresh token belongs to (also when it had ended already, so logging
/// out twice is harmless). `false` when the token is unknown.
pub async fn logout(db: &Database, presented: &str) -> Result<bool, ApiError> {
    let Some(stored) = refresh_tokens::find_by_hash(db.conn(), &token::hash(presented)).await?
    else {
        return Ok(false);
    };
    let mut uow = begin(db, stored.user_id).await?;
    refresh_tokens::revoke_family(uow.txn(), &stored.family).await?;
    audit_session(&mut uow, stored.user_id, "logout").await?;
    uow.commit().await.map_err(internal)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use mega_domain::{AuditFilter, DisplayName, GlobalRole, PageRequest};
    use mega_persistence::audit;
    use mega_persistence::users::NewUser;

    use super::*;

    #[tokio::test]
    async fn a_reused_refresh_token_revokes_the_session_with_an_audit_event() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
        let db = Database::connect(&url).await.expect("connect");
        db.migrate().await.expect("migrate");
        let user = users::create(
            db.conn(),
            NewUser {
                email: Email::parse("reuse@example.org").expect("email"),
                display_name: DisplayName::parse("Reuse").expect("name"),
                organisation_id: None,
                global_role: GlobalRole::Partner,
                password_hash: "unused".into(),
            },
        )
        .await
        .expect("user");
        let config = AuthConfig {
            jwt_secret: vec![7; 32],
            access_token_ttl: Duration::from_secs(60),
            refresh_token_ttl: Duration::from_secs(600),
        };
        let first = token::generate();
        let expires = Utc::now() + chrono::Duration::minutes(10);
        refresh_tokens::insert(db.conn(), user.id, "family", &token::hash(&first), expires)
            .await
            .expect("token");

        let next = refresh(&db, &config, &first).await.expect("rotated");
        assert!(
            refresh(&db, &config, &first).await.is_err(),
            "reuse refused"
        );
        assert!(
            refresh(&db, &config, &next.refresh_token).await.is_err(),
            "the whole session is revoked"
        );

        let log = audit::page(
            db.conn(),
            &AuditFilter::default(),
            PageRequest {
                offset: 0,
                limit: 10,
            },
        )
        .await
        .expect("audit log");
        let mut actions: Vec<_> = log
            .items
            .iter()
            .map(|e| (e.action.as_str(), e.entity_type.as_str(), e.actor_id))
            .collect();
        actions.sort_unstable();
        assert_eq!(
            actions,
            [
                ("refreshToken", "User", Some(user.id)),
                ("revokeSessionOnReuse", "User", Some(user.id)),
            ]
        );
    }
}
