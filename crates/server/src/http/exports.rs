//! Exports for scripts and spreadsheets: `GET /api/action-plans/{id}.csv` and `.json`, and
//! `GET /api/reports/steps.csv` (every readable step with its status and slippage),
//! authenticated and authorised like the GraphQL API.

use axum::{
    Json,
    extract::{Path, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use mega_api::{
    ApiError, RequestIdentity,
    auth::authenticate,
    global_id_of_action_plan,
    services::{ServiceError, monitoring, plan_exchange},
};
use serde_json::json;

use super::{AppState, graphql::bearer};

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({ "errors": [{ "message": message, "extensions": { "code": code } }] })),
    )
        .into_response()
}

/// The signed-in caller, or the response refusing the request.
pub(crate) async fn signed_in(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<RequestIdentity, Response> {
    match authenticate(&state.db, &state.auth, &state.identities, bearer(headers)).await {
        Ok(identity) if identity.user.is_some() => Ok(identity),
        Ok(_) | Err(ApiError::Unauthenticated) => Err(error(
            StatusCode::UNAUTHORIZED,
            "UNAUTHENTICATED",
            "Authentication required.",
        )),
        Err(err) => {
            tracing::error!(error = %err, "authentication failed");
            Err(error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "INTERNAL_SERVER_ERROR",
                "Internal server error.",
            ))
        }
    }
}

/// Serves every step the caller may read as CSV (see `docs/API.md`).
pub async fn steps(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let identity = match signed_in(&state, &headers).await {
        Ok(identity) => identity,
        Err(response) => return response,
    };
    // The semaphore is never closed, so waiting ends with a permit; the request timeout
    // bounds the wait.
    let Ok(_slot) = state.exports.acquire().await else {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "INTERNAL_SERVER_ERROR",
            "Internal server error.",
        );
    };
    let today = chrono::Utc::now().date_naive();
    match monitoring::steps_csv(&state.db, &identity.actor, today).await {
        Ok(csv) => ([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], csv).into_response(),
        Err(err) => {
            tracing::error!(error = ?err, "steps export failed");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "INTERNAL_SERVER_ERROR",
                "Internal server error.",
            )
        }
    }
}

/// Serves one plan as CSV or JSON; the file name is the plan's global ID plus the extension.
pub async fn plan(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Response {
    let Some((id, extension)) = file.rsplit_once('.') else {
        return error(StatusCode::NOT_FOUND, "NOT_FOUND", "No such export.");
    };
    let identity = match signed_in(&state, &headers).await {
        Ok(identity) => identity,
        Err(response) => return response,
    };
    let Some(plan_id) = global_id_of_action_plan(id) else {
        return error(StatusCode::NOT_FOUND, "NOT_FOUND", "No such plan.");
    };
    let export = match plan_exchange::load(&state.db, &identity.actor, plan_id).await {
        Ok(export) => export,
        Err(ServiceError::NotFound(_)) => {
            return error(StatusCode::NOT_FOUND, "NOT_FOUND", "No such plan.");
        }
        Err(ServiceError::Denied(_)) => {
            return error(
                StatusCode::FORBIDDEN,
                "FORBIDDEN",
                "You are not allowed to do this.",
            );
        }
        Err(err) => {
            tracing::error!(error = ?err, "plan export failed");
            return error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "INTERNAL_SERVER_ERROR",
                "Internal server error.",
            );
        }
    };
    match extension {
        "json" => Json(plan_exchange::to_json(&export)).into_response(),
        "csv" => match plan_exchange::to_csv(&export) {
            Ok(csv) => ([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], csv).into_response(),
            Err(err) => {
                tracing::error!(error = ?err, "CSV export failed");
                error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "INTERNAL_SERVER_ERROR",
                    "Internal server error.",
                )
            }
        },
        _ => error(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "No such export format; use .csv or .json.",
        ),
    }
}
