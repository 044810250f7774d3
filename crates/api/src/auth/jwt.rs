//! Access tokens: HS256 JWTs with a pinned algorithm and required `exp`, `iat`, `iss`, `aud`,
//! `sub` and `typ` claims. Refresh tokens are opaque and never JWTs, so the two cannot be
//! swapped.

use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use mega_domain::UserId;
use serde::{Deserialize, Serialize};

use super::{AUDIENCE, AuthConfig, ISSUER};
use crate::error::ApiError;

/// The `typ` claim of access tokens.
pub const TOKEN_TYPE_ACCESS: &str = "access";

/// Seconds of clock skew tolerated between server instances.
const LEEWAY_SECONDS: u64 = 5;

/// Claims of an access token.
#[derive(Debug, Serialize, Deserialize)]
pub struct AccessClaims {
    /// The user's id.
    pub sub: String,
    /// Issued at (seconds since the epoch).
    pub iat: i64,
    /// Expires at (seconds since the epoch).
    pub exp: i64,
    /// Issuer: [`ISSUER`].
    pub iss: String,
    /// Audience: [`AUDIENCE`].
    pub aud: String,
    /// Token type: [`TOKEN_TYPE_ACCESS`].
    pub typ: String,
    /// Unique token id.
    pub jti: String,
}

impl AccessClaims {
    /// The user the token was issued to.
    pub fn user_id(&self) -> Result<UserId, ApiError> {
        self.sub
            .parse()
            .map(UserId)
            .map_err(|_| ApiError::Unauthenticated)
    }
}

/// Signs an access token for `user`, valid from `now` for the configured lifetime.
pub fn issue(
    config: &AuthConfig,
    user: UserId,
    now: DateTime<Utc>,
) -> Result<(String, DateTime<Utc>), ApiError> {
    let ttl = chrono::Duration::from_std(config.access_token_ttl)
        .map_err(|err| ApiError::Internal(err.to_string()))?;
    let expires_at = now + ttl;
    let claims = AccessClaims {
        sub: user.0.to_string(),
        iat: now.timestamp(),
        exp: expires_at.timestamp(),
        iss: ISSUER.to_owned(),
        aud: AUDIENCE.to_owned(),
        typ: TOKEN_TYPE_ACCESS.to_owned(),
        jti: uuid::Uuid::new_v4().to_string(),
    };
    let token = encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(&config.jwt_secret),
    )
    .map_err(|err| ApiError::Internal(err.to_string()))?;
    Ok((token, expires_at))
}

/// Verifies signature, algorithm, expiry, issuer, audience and type.
pub fn verify(
    config: &AuthConfig,
    token: &str,
) -> Result<AccessClaims, jsonwebtoken::errors::Error> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_issuer(&[ISSUER]);
    validation.set_audience(&[AUDIENCE]);
    validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
    validation.leeway = LEEWAY_SECONDS;
    let data = decode::<AccessClaims>(
        token,
        &DecodingKey::from_secret(&config.jwt_secret),
        &validation,
    )?;
    if data.claims.typ != TOKEN_TYPE_ACCESS {
        return Err(jsonwebtoken::errors::ErrorKind::InvalidToken.into());
    }
    Ok(data.claims)
}
