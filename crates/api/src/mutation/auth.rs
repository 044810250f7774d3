//! `login`, `refreshToken` and `logout`.

use async_graphql::{Context, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};

use crate::auth::{self, AuthConfig, Session};
use crate::context::db;
use crate::error::ApiResult;
use crate::types::{UserError, UserObject};

/// Credentials for `login`.
#[derive(InputObject)]
pub struct LoginInput {
    /// Login e-mail address (case-insensitive).
    pub email: String,
    /// Password.
    pub password: String,
}

/// Input of `refreshToken`.
#[derive(InputObject)]
pub struct RefreshTokenInput {
    /// The refresh token from the last `login` or `refreshToken`; it can be used once.
    pub refresh_token: String,
}

/// Input of `logout`.
#[derive(InputObject)]
pub struct LogoutInput {
    /// The refresh token of the session to end (every token rotated from the same login).
    pub refresh_token: String,
}

/// Tokens of a session. All fields but `userErrors` are null when `userErrors` is not empty.
#[derive(SimpleObject, Default)]
pub struct LoginPayload {
    /// Short-lived JWT for the `Authorization: Bearer` header.
    pub access_token: Option<String>,
    /// When the access token expires; refresh shortly before.
    pub access_token_expires_at: Option<DateTime<Utc>>,
    /// Opaque single-use token for `refreshToken`; rotates on every use. Null when the
    /// request asked for it as a cookie (`X-Mega-Session: cookie`, the SPA).
    pub refresh_token: Option<String>,
    /// When the refresh token expires.
    pub refresh_token_expires_at: Option<DateTime<Utc>>,
    /// The signed-in user.
    pub viewer: Option<UserObject>,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

/// New tokens for a session. All fields but `userErrors` are null when `userErrors` is not
/// empty.
#[derive(SimpleObject, Default)]
pub struct RefreshTokenPayload {
    /// Short-lived JWT for the `Authorization: Bearer` header.
    pub access_token: Option<String>,
    /// When the access token expires.
    pub access_token_expires_at: Option<DateTime<Utc>>,
    /// The next refresh token; the one presented is spent.
    pub refresh_token: Option<String>,
    /// When the new refresh token expires.
    pub refresh_token_expires_at: Option<DateTime<Utc>>,
    /// The signed-in user.
    pub viewer: Option<UserObject>,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

/// Result of `logout`.
#[derive(SimpleObject, Default)]
pub struct LogoutPayload {
    /// True when the session is ended (also when it had ended already).
    pub success: bool,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

fn required(field: &str, value: &str) -> Option<UserError> {
    value.trim().is_empty().then(|| UserError {
        field: Some(vec!["input".to_owned(), field.to_owned()]),
        message: format!("{field} is required."),
        code: "REQUIRED".to_owned(),
        params: Vec::new(),
    })
}

impl From<Session> for LoginPayload {
    fn from(session: Session) -> Self {
        Self {
            access_token: Some(session.access_token),
            access_token_expires_at: Some(session.access_token_expires_at),
            refresh_token: Some(session.refresh_token),
            refresh_token_expires_at: Some(session.refresh_token_expires_at),
            viewer: Some(UserObject::as_self(session.user)),
            user_errors: Vec::new(),
        }
    }
}

impl From<Session> for RefreshTokenPayload {
    fn from(session: Session) -> Self {
        Self {
            access_token: Some(session.access_token),
            access_token_expires_at: Some(session.access_token_expires_at),
            refresh_token: Some(session.refresh_token),
            refresh_token_expires_at: Some(session.refresh_token_expires_at),
            viewer: Some(UserObject::as_self(session.user)),
            user_errors: Vec::new(),
        }
    }
}

/// Session mutations; the only ones open to anonymous callers.
#[derive(Default)]
pub struct AuthMutation;

#[Object]
impl AuthMutation {
    /// Signs in. Unknown e-mail, wrong password and a deactivated account give the same
    /// `UNAUTHENTICATED` error.
    async fn login(&self, ctx: &Context<'_>, input: LoginInput) -> ApiResult<LoginPayload> {
        let user_errors: Vec<_> = [
            required("email", &input.email),
            required("password", &input.password),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !user_errors.is_empty() {
            return Ok(LoginPayload {
                user_errors,
                ..Default::default()
            });
        }
        let config = ctx.data_unchecked::<AuthConfig>();
        let address = ctx.data_opt::<auth::ClientAddress>().copied();
        let session = auth::login(db(ctx), config, &input.email, input.password, address).await?;
        let expires_at = session.refresh_token_expires_at;
        let mut payload = LoginPayload::from(session);
        // A browser asked for the refresh token as an HttpOnly cookie: it never reaches the
        // page's scripts.
        if let Some(cookies) = ctx.data_opt::<auth::cookie::SessionCookies>()
            && let Some(token) = payload.refresh_token.take()
        {
            ctx.append_http_header("set-cookie", cookies.set(&token, expires_at));
        }
        Ok(payload)
    }

    /// Exchanges a refresh token for a new access token and a new refresh token. Reusing a
    /// spent refresh token ends the whole session (`UNAUTHENTICATED`).
    async fn refresh_token(
        &self,
        ctx: &Context<'_>,
        input: RefreshTokenInput,
    ) -> ApiResult<RefreshTokenPayload> {
        if let Some(error) = required("refreshToken", &input.refresh_token) {
            return Ok(RefreshTokenPayload {
                user_errors: vec![error],
                ..Default::default()
            });
        }
        let config = ctx.data_unchecked::<AuthConfig>();
        let session = auth::refresh(db(ctx), config, &input.refresh_token).await?;
        Ok(session.into())
    }

    /// Ends the session the refresh token belongs to; its access tokens expire on their own
    /// within minutes.
    async fn logout(&self, ctx: &Context<'_>, input: LogoutInput) -> ApiResult<LogoutPayload> {
        if let Some(error) = required("refreshToken", &input.refresh_token) {
            return Ok(LogoutPayload {
                user_errors: vec![error],
                ..Default::default()
            });
        }
        auth::logout(db(ctx), &input.refresh_token).await?;
        Ok(LogoutPayload {
            success: true,
            user_errors: Vec::new(),
        })
    }
}
