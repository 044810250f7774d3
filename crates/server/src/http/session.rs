//! The browser session's refresh endpoint: `POST /auth/refresh` exchanges the `HttpOnly`
//! refresh cookie (set by `login` when asked with `X-Mega-Session: cookie`) for a new access
//! token and a rotated cookie; `DELETE /auth/refresh` ends the session. Both need the
//! `X-Mega-CSRF` header. API clients use the `refreshToken` and `logout` mutations instead.

use axum::{
    Json,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use mega_api::ApiError;
use mega_api::auth::cookie::{CSRF_HEADER, SessionCookies, refresh_token_in};
use serde_json::json;

use super::AppState;

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    let body = json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
    (status, Json(body)).into_response()
}

fn with_cookie(mut response: Response, cookie: String) -> Response {
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// The request lacks the CSRF header.
struct NoCsrfHeader;

impl IntoResponse for NoCsrfHeader {
    fn into_response(self) -> Response {
        error(
            StatusCode::FORBIDDEN,
            "FORBIDDEN",
            "The X-Mega-CSRF header is required.",
        )
    }
}

/// The refresh token of the request's cookie, after the CSRF check.
fn presented(headers: &HeaderMap) -> Result<Option<&str>, NoCsrfHeader> {
    if !headers.contains_key(CSRF_HEADER) {
        return Err(NoCsrfHeader);
    }
    Ok(headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(refresh_token_in))
}

fn cookies(state: &AppState) -> SessionCookies {
    SessionCookies { secure: state.tls }
}

/// Rotates the refresh cookie and answers a new access token.
pub async fn refresh(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let token = match presented(&headers) {
        Ok(Some(token)) => token,
        Ok(None) => return signed_out(&state),
        Err(refused) => return refused.into_response(),
    };
    match mega_api::auth::refresh(&state.db, &state.auth, token).await {
        Ok(session) => {
            let cookie =
                cookies(&state).set(&session.refresh_token, session.refresh_token_expires_at);
            let body = json!({ "data": {
                "accessToken": session.access_token,
                "accessTokenExpiresAt": session.access_token_expires_at.to_rfc3339(),
            } });
            with_cookie(Json(body).into_response(), cookie)
        }
        Err(ApiError::InvalidCredentials(_) | ApiError::Unauthenticated) => signed_out(&state),
        Err(err) => {
            tracing::error!(error = %err, "refreshing a session failed");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "INTERNAL_SERVER_ERROR",
                "Internal server error.",
            )
        }
    }
}

/// Ends the session of the refresh cookie (also when it had ended) and removes the cookie.
pub async fn end(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let token = match presented(&headers) {
        Ok(token) => token,
        Err(refused) => return refused.into_response(),
    };
    if let Some(token) = token
        && let Err(err) = mega_api::auth::logout(&state.db, token).await
    {
        tracing::error!(error = %err, "ending a session failed");
    }
    with_cookie(
        StatusCode::NO_CONTENT.into_response(),
        cookies(&state).clear(),
    )
}

/// No valid session: 401, and the stale cookie removed.
fn signed_out(state: &AppState) -> Response {
    with_cookie(
        error(
            StatusCode::UNAUTHORIZED,
            "UNAUTHENTICATED",
            "The session has ended; sign in again.",
        ),
        cookies(state).clear(),
    )
}
