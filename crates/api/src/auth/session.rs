//! Login sessions: sign in, rotate refresh tokens (detecting reuse), sign out.

use chrono::{DateTime, Utc};
use mega_domain::{AuditRecord, Email, NewPassword, User, rate_limit};
use mega_persistence::{Database, TransactionTrait, audit, rate_limits, refresh_tokens, users};

use super::{AuthConfig, ClientAddress, jwt, password, refresh as token};
use crate::error::ApiError;

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
            let txn = db.conn().begin().await?;
            let session = open_session(&txn, config, user, &family).await?;
            audit_session(&txn, &session.user, "login").await?;
            txn.commit().await?;
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

async fn audit_session(
    conn: &impl mega_persistence::ConnectionTrait,
    user: &User,
    action: &'static str,
) -> Result<(), ApiError> {
    let record = AuditRecord {
        action,
        entity_type: "User",
        entity_id: user.id.0,
        before: None,
        after: None,
    };
    audit::record(conn, Some(user.id), record).await?;
    Ok(())
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
    let txn = db.conn().begin().await?;
    if stored.used_at.is_some() || !refresh_tokens::spend(&txn, stored.id).await? {
        refresh_tokens::revoke_family(&txn, &stored.family).await?;
        txn.commit().await?;
        tracing::warn!(user_id = %stored.user_id, "refresh token reuse detected; session revoked");
        return Err(refused());
    }
    let user = match users::find(&txn, stored.user_id).await? {
        Some(user) if user.active => user,
        _ => return Err(refused()),
    };
    let session = open_session(&txn, config, user, &stored.family).await?;
    audit_session(&txn, &session.user, "refreshToken").await?;
    txn.commit().await?;
    Ok(session)
}

/// Ends the session a refresh token belongs to (also when it had ended already, so logging
/// out twice is harmless). `false` when the token is unknown.
pub async fn logout(db: &Database, presented: &str) -> Result<bool, ApiError> {
    let Some(stored) = refresh_tokens::find_by_hash(db.conn(), &token::hash(presented)).await?
    else {
        return Ok(false);
    };
    let txn = db.conn().begin().await?;
    refresh_tokens::revoke_family(&txn, &stored.family).await?;
    let record = AuditRecord {
        action: "logout",
        entity_type: "User",
        entity_id: stored.user_id.0,
        before: None,
        after: None,
    };
    audit::record(&txn, Some(stored.user_id), record).await?;
    txn.commit().await?;
    Ok(true)
}
