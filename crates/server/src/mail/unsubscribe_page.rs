//! `/mail/unsubscribe?token=…`: the page an unsubscribe link opens. GET asks for
//! confirmation (link scanners and prefetchers must not unsubscribe anyone); POST, from that
//! page or from a mail client's RFC 8058 one-click request, turns the mail off. A malformed,
//! forged or dead token gets a 400 page and changes nothing.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use mega_api::services::mail_preferences::{self, UnsubscribeScope};
use mega_domain::UserId;
use mega_domain::user::Language;
use mega_persistence::users;
use serde::Deserialize;

use super::messages::{self, Messages};
use super::render::escape;
use crate::http::AppState;

/// The link's query.
#[derive(Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

/// The confirmation page.
pub async fn confirm(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<TokenQuery>,
) -> Response {
    let Some(Link {
        language,
        scope,
        token,
        ..
    }) = check(&state, query).await
    else {
        return invalid(&headers);
    };
    let m = messages::of(language);
    let question = question(m, scope);
    page(
        StatusCode::OK,
        language,
        m,
        &format!(
            "<p>{}</p><form method=\"post\" action=\"/mail/unsubscribe?token={}\">\
             <button type=\"submit\">{}</button></form>",
            escape(&question),
            escape(&token),
            escape(&m.confirm_button)
        ),
    )
}

/// Unsubscribes (the confirmation page's button, or a one-click POST from a mail client).
pub async fn unsubscribe(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<TokenQuery>,
) -> Response {
    let Some(Link {
        user,
        language,
        scope,
        ..
    }) = check(&state, query).await
    else {
        return invalid(&headers);
    };
    match mail_preferences::unsubscribe(&state.db, user, scope).await {
        Ok(_) => {
            let m = messages::of(language);
            page(
                StatusCode::OK,
                language,
                m,
                &format!("<p>{}</p>", escape(&m.done)),
            )
        }
        Err(mega_api::services::ServiceError::NotFound(_)) => invalid(&headers),
        Err(err) => {
            tracing::error!(error = ?err, "unsubscribing failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// A valid link to an active account.
struct Link {
    user: UserId,
    language: Language,
    scope: UnsubscribeScope,
    token: String,
}

async fn check(state: &AppState, query: TokenQuery) -> Option<Link> {
    let token = query.token?;
    let (user, scope) = state.unsubscribe_key.verify(&token)?;
    let account = users::find(state.db.conn(), user).await.ok()??;
    account.active.then(|| Link {
        user,
        language: account.language.unwrap_or(Language::En),
        scope,
        token,
    })
}

fn question(m: &Messages, scope: UnsubscribeScope) -> String {
    match scope {
        UnsubscribeScope::Kind(kind) => m.confirm_kind.replace("{what}", m.label(kind.code())),
        UnsubscribeScope::Digest(_) => m.confirm_digest.clone(),
    }
}

/// The 400 page, in the language the browser asks for.
fn invalid(headers: &HeaderMap) -> Response {
    let language = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.get(..2))
        .and_then(|code| Language::from_code(&code.to_ascii_lowercase()))
        .unwrap_or(Language::En);
    let m = messages::of(language);
    page(
        StatusCode::BAD_REQUEST,
        language,
        m,
        &format!("<p>{}</p>", escape(&m.invalid)),
    )
}

fn page(status: StatusCode, language: Language, m: &Messages, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title></head><body><main><h1>MEGA Hub</h1>{body}</main></body></html>",
        language.code(),
        escape(&m.page_title)
    );
    (status, [(header::CACHE_CONTROL, "no-store")], Html(html)).into_response()
}
