//! Authentication: password hashing, JWT access tokens, rotating refresh tokens, personal
//! access tokens, and turning a request's `Authorization` header into the [`Actor`] the
//! permission policy sees.

pub mod api_token;
mod cache;
pub mod cookie;
mod jwt;
pub mod password;
mod refresh;
mod session;

use std::time::Duration;

use mega_domain::{Actor, Principal, TokenScope, User};
use mega_persistence::{Database, users, working_groups};

pub use cache::{IDENTITY_TTL, IdentityCache};
pub use jwt::{AccessClaims, TOKEN_TYPE_ACCESS};
pub use session::{Session, login, logout, refresh};

use crate::error::ApiError;

/// Issuer and audience written into and required from every access token.
pub const ISSUER: &str = "mega-hub";
/// See [`ISSUER`].
pub const AUDIENCE: &str = "mega-hub-api";

/// Secrets and lifetimes for tokens, from configuration.
#[derive(Clone)]
pub struct AuthConfig {
    /// HMAC-SHA256 key for access tokens (at least 32 bytes; checked by the server config).
    pub jwt_secret: Vec<u8>,
    /// Lifetime of access tokens (at most 15 minutes).
    pub access_token_ttl: Duration,
    /// Lifetime of refresh tokens.
    pub refresh_token_ttl: Duration,
}

impl std::fmt::Debug for AuthConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthConfig")
            .field("jwt_secret", &"***")
            .field("access_token_ttl", &self.access_token_ttl)
            .field("refresh_token_ttl", &self.refresh_token_ttl)
            .finish()
    }
}

/// The network address a request comes from (for per-address limits such as sign-in
/// throttling), put into the request data by the HTTP layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub std::net::IpAddr);

/// Who a request comes from, decided once before the GraphQL request runs.
#[derive(Clone, Debug)]
pub struct RequestIdentity {
    /// The actor for the permission policy.
    pub actor: Actor,
    /// The signed-in user, when there is one.
    pub user: Option<User>,
    /// The scope of the personal access token the request came with; `None` for anonymous
    /// requests and JWT sessions (which may do everything their user may).
    pub scope: Option<TokenScope>,
}

impl RequestIdentity {
    /// A request without credentials.
    pub fn anonymous() -> Self {
        Self {
            actor: Actor::Anonymous,
            user: None,
            scope: None,
        }
    }

    fn signed_in(user: User, principal: Principal) -> Self {
        Self {
            actor: Actor::User(principal),
            user: Some(user),
            scope: None,
        }
    }

    fn via_token(user: User, principal: Principal, scope: TokenScope) -> Self {
        Self {
            actor: Actor::User(principal),
            user: Some(user),
            scope: Some(scope),
        }
    }

    /// Whether the request came with a personal access token.
    pub fn via_api_token(&self) -> bool {
        self.scope.is_some()
    }
}

/// Resolves a bearer token (a JWT access token, or a personal access token recognised by its
/// `mega_pat_` prefix) to an identity, through `cache` (see [`IdentityCache`]). A token that is
/// present but invalid, expired, revoked, or whose user is gone or deactivated gives
/// [`ApiError::Unauthenticated`].
pub async fn authenticate(
    db: &Database,
    config: &AuthConfig,
    cache: &IdentityCache,
    bearer: Option<&str>,
) -> Result<RequestIdentity, ApiError> {
    let Some(token) = bearer else {
        return Ok(RequestIdentity::anonymous());
    };
    if api_token::is_api_token(token) {
        return api_token::authenticate(db, cache, token).await;
    }
    let claims = jwt::verify(config, token).map_err(|_| ApiError::Unauthenticated)?;
    let (user, principal) = active_user(db, cache, claims.user_id()?).await?;
    Ok(RequestIdentity::signed_in(user, principal))
}

/// The active user `id` with its principal, from the cache or the database.
async fn active_user(
    db: &Database,
    cache: &IdentityCache,
    id: mega_domain::UserId,
) -> Result<(User, Principal), ApiError> {
    // The epoch is read before the database: a change committed meanwhile makes this entry
    // stale at once.
    let epoch = db.identity_epoch();
    if let Some(known) = cache.user(id, epoch) {
        return Ok(known);
    }
    match users::find(db.conn(), id).await? {
        Some(user) if user.active => {
            let principal = principal_of(db, &user).await?;
            cache.remember_user(user.clone(), principal.clone(), epoch);
            Ok((user, principal))
        }
        _ => Err(ApiError::Unauthenticated),
    }
}

/// The policy's view of `user`: its organisation's memberships and its expert invitations.
pub async fn principal_of(db: &Database, user: &User) -> Result<Principal, ApiError> {
    let mut principal = Principal::of(user);
    if let Some(organisation) = user.organisation_id {
        principal.memberships =
            working_groups::memberships_of_organisations(db.conn(), &[organisation])
                .await?
                .into_iter()
                .map(|membership| (membership.working_group_id, membership.role))
                .collect();
    }
    if mega_domain::policy::invitable_as_expert(user.global_role) {
        principal.invitations = working_groups::invitations_of_user(db.conn(), user.id).await?;
    }
    Ok(principal)
}
