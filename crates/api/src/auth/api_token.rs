//! Personal access tokens on the wire: `mega_pat_` + 43 characters (base64url of 256 random
//! bits). Only the SHA-256 is stored; a request carrying one acts as the token's owner with
//! the owner's role and memberships as they are now.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Duration, Utc};
use mega_domain::ApiToken;
use mega_persistence::{Database, api_tokens};
use rand::RngCore;

use super::{IdentityCache, RequestIdentity, refresh};
use crate::error::ApiError;

/// What every personal access token starts with.
pub const PREFIX: &str = "mega_pat_";
/// How many leading characters of a secret are stored and shown (`mega_pat_` + 3).
pub const DISPLAY_PREFIX_CHARS: usize = 12;
/// `lastUsedAt` is written at most once per this interval per token.
pub const LAST_USED_GRANULARITY_SECONDS: i64 = 60;

/// A new secret.
pub fn generate() -> String {
    let mut bytes = [0_u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The stored form of a secret (SHA-256, hex).
pub fn hash(secret: &str) -> String {
    refresh::hash(secret)
}

/// The part of a secret shown in lists.
pub fn display_prefix(secret: &str) -> String {
    secret.chars().take(DISPLAY_PREFIX_CHARS).collect()
}

/// Whether a bearer credential is a personal access token (rather than a JWT).
pub fn is_api_token(bearer: &str) -> bool {
    bearer.starts_with(PREFIX)
}

/// Resolves a personal access token through `cache`. Unknown, revoked and expired tokens and
/// tokens of deactivated owners give [`ApiError::Unauthenticated`].
pub(super) async fn authenticate(
    db: &Database,
    cache: &IdentityCache,
    presented: &str,
) -> Result<RequestIdentity, ApiError> {
    let now = Utc::now();
    let hashed = hash(presented);
    let epoch = db.identity_epoch();
    let token = match cache.token(&hashed, epoch) {
        Some(token) => token,
        None => {
            let Some(token) = api_tokens::find_by_hash(db.conn(), &hashed).await? else {
                return Err(ApiError::Unauthenticated);
            };
            cache.remember_token(hashed.clone(), token.clone(), epoch);
            token
        }
    };
    if !token.usable_at(now) {
        return Err(ApiError::Unauthenticated);
    }
    let (user, principal) = super::active_user(db, cache, token.owner_id).await?;
    if stamp_use(db, &token, now).await {
        let mut stamped = token.clone();
        stamped.last_used_at = Some(now);
        cache.remember_token(hashed, stamped, epoch);
    }
    Ok(RequestIdentity::via_token(user, principal, token.scope))
}

/// Records the use unless the stored stamp is younger than the granularity; a failure to
/// write the stamp is logged and never fails the request. Whether it wrote.
async fn stamp_use(db: &Database, token: &ApiToken, now: DateTime<Utc>) -> bool {
    let stale_before = now - Duration::seconds(LAST_USED_GRANULARITY_SECONDS);
    if token.last_used_at.is_some_and(|at| at >= stale_before) {
        return false;
    }
    match api_tokens::touch(db.conn(), token.id, now, stale_before).await {
        Ok(_) => true,
        Err(err) => {
            tracing::warn!(error = %err, token_id = %token.id, "could not record API token use");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_have_the_documented_shape() {
        let (a, b) = (generate(), generate());
        assert_ne!(a, b);
        assert!(is_api_token(&a));
        assert_eq!(a.len(), PREFIX.len() + 43);
        assert!(
            a[PREFIX.len()..]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_eq!(display_prefix(&a).len(), 12);
        assert!(a.starts_with(&display_prefix(&a)));
        assert_eq!(hash(&a).len(), 64);
        assert!(!is_api_token("eyJhbGciOiJIUzI1NiJ9.e30.x"));
    }
}
