//! Calendar files: `GET /calendar/<secret>.ics`, a user's feed for calendar apps (no session:
//! the secret is the credential; an unknown or revoked one is 404), and
//! `GET /api/calendar/{calls|webinars|events}/<id>.ics`, one entry to add to a calendar,
//! authenticated like the GraphQL API.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use mega_api::services::ServiceError;
use mega_api::services::calendar::{self, Labels, Single};
use mega_domain::calendar::{CalendarEntry, ics};
use mega_domain::user::Language;
use mega_domain::{Actor, CoordinationCallId, EventId, WebinarId};

use super::AppState;
use super::exports::signed_in;
use crate::mail::messages;

fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CACHE_CONTROL, "no-store")],
        "Not found.",
    )
        .into_response()
}

fn calendar_response(name: &str, entries: &[CalendarEntry]) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        ics(name, entries, Utc::now()),
    )
        .into_response()
}

fn labels<'a>(m: &'a messages::Messages, base_url: &'a str) -> Labels<'a> {
    Labels {
        call: &m.cal_call,
        webinar: &m.cal_webinar,
        due: &m.cal_due,
        base_url,
    }
}

/// A user's feed.
pub async fn feed(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some(token) = file.strip_suffix(".ics") else {
        return not_found();
    };
    let user = match calendar::owner_of(&state.db, token).await {
        Ok(Some(user)) => user,
        Ok(None) => return not_found(),
        Err(err) => {
            tracing::error!(error = ?err, "reading a calendar feed failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let principal = match mega_api::auth::principal_of(&state.db, &user).await {
        Ok(principal) => principal,
        Err(err) => {
            tracing::error!(error = %err, "reading a calendar feed failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let m = messages::of(user.language.unwrap_or(Language::En));
    let base_url = state.public_url.trim_end_matches('/');
    match calendar::entries(&state.db, &Actor::User(principal), labels(m, base_url)).await {
        Ok(entries) => calendar_response(&m.cal_name, &entries),
        Err(err) => {
            tracing::error!(error = ?err, "building a calendar feed failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// One call, webinar or event.
pub async fn single(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((kind, file)): Path<(String, String)>,
) -> Response {
    let identity = match signed_in(&state, &headers).await {
        Ok(identity) => identity,
        Err(response) => return response,
    };
    let Some(id) = file.strip_suffix(".ics") else {
        return not_found();
    };
    let what = match kind.as_str() {
        "calls" => mega_api::global_id_of::<CoordinationCallId>(id).map(|i| Single::Call(i.0)),
        "webinars" => mega_api::global_id_of::<WebinarId>(id).map(|i| Single::Webinar(i.0)),
        "events" => mega_api::global_id_of::<EventId>(id).map(|i| Single::Event(i.0)),
        _ => None,
    };
    let Some(what) = what else {
        return not_found();
    };
    let language = identity
        .user
        .as_ref()
        .and_then(|user| user.language)
        .unwrap_or(Language::En);
    let m = messages::of(language);
    let base_url = state.public_url.trim_end_matches('/');
    match calendar::single(&state.db, &identity.actor, what, labels(m, base_url)).await {
        Ok(entry) => calendar_response(&entry.summary, std::slice::from_ref(&entry)),
        Err(ServiceError::NotFound(_)) => not_found(),
        Err(err) => {
            tracing::error!(error = ?err, "a calendar file failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
