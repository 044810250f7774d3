//! The GraphQL endpoint: authenticates the bearer token, refuses mutations over GET (a link
//! must never change data), mutations with a READ-scoped API token, and queries with too many
//! aliases, runs one operation per request (no batching), and answers malformed requests with
//! a generic error instead of parser internals.

use async_graphql::{
    ErrorExtensions, Response, ServerError,
    http::GraphiQLSource,
    parser::{
        parse_query,
        types::{ExecutableDocument, OperationType, Selection, SelectionSet},
    },
};
use async_graphql_axum::{GraphQLRequest, GraphQLResponse, rejection::GraphQLRejection};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::{
    extract::{ConnectInfo, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    response::{Html, IntoResponse},
};
use mega_api::{
    ApiError, RequestIdentity,
    auth::{ClientAddress, authenticate},
    prepare_request,
    rate_limit::RateLimitSlot,
};
use mega_domain::TokenScope;
use mega_domain::rate_limit::{self, RateLimitStatus};

use super::{AppState, document_guard};

/// Most aliases one request may use (against alias-based amplification).
pub const MAX_ALIASES: usize = 30;

/// The token of an `Authorization: Bearer …` header.
pub(crate) fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

fn error_response(err: &ApiError) -> GraphQLResponse {
    let extended = err.extend();
    let mut server_error = ServerError::new(extended.message, None);
    server_error.extensions = extended.extensions;
    Response::from_errors(vec![server_error]).into()
}

/// Refuses a request of a READ-scoped API token that would run a mutation.
fn read_scope_refusal() -> GraphQLResponse {
    let error = async_graphql::Error::new(
        "This API token has the READ scope and cannot run mutations; use a READ_WRITE token.",
    )
    .extend_with(|_, ext| ext.set("code", "FORBIDDEN"));
    let mut server_error = ServerError::new(error.message, None);
    server_error.extensions = error.extensions;
    Response::from_errors(vec![server_error]).into()
}

fn count_aliases(set: &SelectionSet) -> usize {
    set.items
        .iter()
        .map(|item| match &item.node {
            Selection::Field(field) => {
                usize::from(field.node.alias.is_some())
                    + count_aliases(&field.node.selection_set.node)
            }
            Selection::InlineFragment(fragment) => count_aliases(&fragment.node.selection_set.node),
            // Fragments are counted once where they are defined.
            Selection::FragmentSpread(_) => 0,
        })
        .sum()
}

/// A document that passed inspection: parsed once, handed to the schema as it is.
struct Inspected {
    doc: ExecutableDocument,
    runs_mutation: bool,
}

/// Why inspection refused a document.
enum Refused {
    /// Over a limit of the guard, a NUL, a syntax error, a GET mutation, too many aliases.
    Document(ApiError),
    /// No inspection slot within the deadline.
    Busy,
}

/// Checks that hold before the schema sees the query, in linear time: the guard's lexical
/// scan, parsing, the guard's measure with fragments expanded, GET mutations and aliases.
/// Answers whether the operation to run (`operation_name`, or any when none is named) is a
/// mutation.
fn inspect(
    method: &Method,
    query: &str,
    operation_name: Option<&str>,
) -> Result<Inspected, ApiError> {
    document_guard::scan(query).map_err(guard_error)?;
    let doc = parse_query(query).map_err(|err| {
        // The parser's own message echoes the query with markers; say where, not how.
        let at = err
            .positions()
            .next()
            .map(|pos| format!(" at line {}, column {}", pos.line, pos.column))
            .unwrap_or_default();
        ApiError::BadUserInput(format!("The query is not valid GraphQL{at}."))
    })?;
    document_guard::measure(&doc).map_err(guard_error)?;
    if method == Method::GET
        && doc
            .operations
            .iter()
            .any(|(_, op)| op.node.ty == OperationType::Mutation)
    {
        return Err(ApiError::BadUserInput(
            "Mutations must be sent with POST.".to_owned(),
        ));
    }
    let aliases: usize = doc
        .operations
        .iter()
        .map(|(_, op)| count_aliases(&op.node.selection_set.node))
        .chain(
            doc.fragments
                .values()
                .map(|f| count_aliases(&f.node.selection_set.node)),
        )
        .sum();
    if aliases > MAX_ALIASES {
        return Err(ApiError::BadUserInput(format!(
            "The query uses {aliases} aliases; at most {MAX_ALIASES} are allowed."
        )));
    }
    let runs_mutation = doc.operations.iter().any(|(name, op)| {
        op.node.ty == OperationType::Mutation
            && match (name, operation_name) {
                (Some(name), Some(wanted)) => name.as_str() == wanted,
                _ => true,
            }
    });
    Ok(Inspected { doc, runs_mutation })
}

fn guard_error(refusal: document_guard::Refusal) -> ApiError {
    match refusal {
        document_guard::Refusal::Nul => ApiError::BadUserInput(refusal.to_string()),
        other => ApiError::QueryTooComplex(other.to_string()),
    }
}

/// Runs [`inspect`] on the blocking pool, at most [`super::INSPECTION_SLOTS`] at once, so
/// CPU work on a document never occupies the async workers; gives up at `deadline`.
async fn inspect_off_workers(
    state: &AppState,
    method: Method,
    query: String,
    operation_name: Option<String>,
    deadline: tokio::time::Instant,
) -> Result<Inspected, Refused> {
    let slots = Arc::clone(&state.inspections);
    let work = async move {
        let _permit = slots.acquire_owned().await.map_err(|_| Refused::Busy)?;
        tokio::task::spawn_blocking(move || inspect(&method, &query, operation_name.as_deref()))
            .await
            .map_err(|_| Refused::Busy)?
            .map_err(Refused::Document)
    };
    tokio::time::timeout_at(deadline, work)
        .await
        .unwrap_or(Err(Refused::Busy))
}

/// Whether a variable's value holds a NUL character anywhere (keys included).
fn contains_nul(value: &async_graphql::Value) -> bool {
    use async_graphql::Value;
    match value {
        Value::String(text) => text.contains('\0'),
        Value::List(items) => items.iter().any(contains_nul),
        Value::Object(fields) => fields
            .iter()
            .any(|(key, value)| key.as_str().contains('\0') || contains_nul(value)),
        _ => false,
    }
}

/// The caller's address: the peer, or behind a trusted proxy the last `X-Forwarded-For` hop.
fn client_address(state: &AppState, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
    if state.trust_forwarded_for
        && let Some(forwarded) = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .rfind(|hop| !hop.is_empty())
            .and_then(|hop| hop.parse::<IpAddr>().ok())
    {
        return forwarded;
    }
    peer.ip()
}

fn rate_limited_message(status: &RateLimitStatus) -> String {
    format!(
        "Rate limit exceeded: {} points per hour; the limit resets at {}.",
        status.limit,
        status.reset_at.format("%Y-%m-%dT%H:%M:%SZ")
    )
}

/// Adds the `X-RateLimit-*` headers (and `Retry-After` when refused) to a response.
fn with_rate_limit_headers(
    mut response: axum::response::Response,
    status: Option<RateLimitStatus>,
) -> axum::response::Response {
    let Some(status) = status else {
        return response;
    };
    let reset = status.reset_at.timestamp();
    let headers = response.headers_mut();
    for (name, value) in [
        ("x-ratelimit-limit", status.limit),
        ("x-ratelimit-remaining", status.remaining()),
        ("x-ratelimit-used", status.used),
        ("x-ratelimit-reset", reset),
    ] {
        headers.insert(name, HeaderValue::from(value));
    }
    if status.exceeded() {
        let wait = (reset - chrono::Utc::now().timestamp()).max(1);
        headers.insert(header::RETRY_AFTER, HeaderValue::from(wait));
        *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    }
    response
}

/// The answer when no inspection slot freed up in time.
fn busy() -> axum::response::Response {
    let body = serde_json::json!({ "errors": [{
        "message": "The server is busy; try again shortly.",
        "extensions": { "code": "SERVICE_UNAVAILABLE" } }] });
    let mut response = (StatusCode::SERVICE_UNAVAILABLE, axum::Json(body)).into_response();
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    response
}

/// Charges a request refused before validation to its caller and answers with `err` (or 429
/// once the budget is spent).
async fn refuse(
    state: &AppState,
    slot: &RateLimitSlot,
    err: &ApiError,
) -> axum::response::Response {
    charge(state, slot, rate_limit::REFUSED_REQUEST_COST).await;
    with_rate_limit_headers(error_response(err).into_response(), slot.status())
}

async fn charge(state: &AppState, slot: &RateLimitSlot, cost: i64) {
    match state.budgets.charge(slot.bucket(), cost).await {
        Ok(status) => slot.record(status),
        Err(err) => tracing::error!(error = %err, "charging a refused request failed"),
    }
}

/// Runs a GraphQL request (GET query string or POST JSON body).
pub async fn handle(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    method: Method,
    headers: HeaderMap,
    request: Result<GraphQLRequest, GraphQLRejection>,
) -> axum::response::Response {
    let deadline = tokio::time::Instant::now() + state.request_timeout;
    let mut request = match request {
        Ok(request) => request.into_inner(),
        Err(rejection) => return rejected(rejection),
    };
    // A token that does not verify leaves the caller anonymous: login and refresh still work,
    // everything else answers UNAUTHENTICATED.
    let identity =
        match authenticate(&state.db, &state.auth, &state.identities, bearer(&headers)).await {
            Ok(identity) => identity,
            Err(ApiError::Unauthenticated) => RequestIdentity::anonymous(),
            Err(err) => return error_response(&err).into_response(),
        };
    let anonymous = identity.user.is_none();
    let address = client_address(&state, peer, &headers);
    // Signed-in callers share one budget across their sessions and tokens; anonymous callers
    // are counted by address.
    let bucket = match identity.user.as_ref() {
        Some(user) => format!("cost:user:{}", user.id.0),
        None => format!("cost:address:{address}"),
    };
    let slot = RateLimitSlot::new(bucket, false);
    // A caller whose budget is spent is refused before its document costs any work.
    if let Some(status) = state.budgets.current(slot.bucket())
        && status.exceeded()
    {
        return refuse(
            &state,
            &slot,
            &ApiError::RateLimited(rate_limited_message(&status)),
        )
        .await;
    }
    // PostgreSQL cannot store U+0000 in text, and no field has a use for it: refuse it for
    // every input alike, before anything runs (escapes in the document: the guard's scan).
    if request.query.contains('\0') || request.variables.iter().any(|(_, v)| contains_nul(v)) {
        let err =
            ApiError::BadUserInput("Text must not contain NUL characters (U+0000).".to_owned());
        return refuse(&state, &slot, &err).await;
    }
    if request.variables.iter().count() > document_guard::MAX_VARIABLES {
        let err = ApiError::QueryTooComplex(format!(
            "The request sends more than {} variables.",
            document_guard::MAX_VARIABLES
        ));
        return refuse(&state, &slot, &err).await;
    }
    let query = std::mem::take(&mut request.query);
    let inspected = match inspect_off_workers(
        &state,
        method,
        query.clone(),
        request.operation_name.clone(),
        deadline,
    )
    .await
    {
        Ok(inspected) => inspected,
        Err(Refused::Document(err)) => return refuse(&state, &slot, &err).await,
        Err(Refused::Busy) => return busy(),
    };
    request.query = query;
    request.set_parsed_query(inspected.doc);
    // A READ token never runs a mutation: the whole request is refused before execution.
    if inspected.runs_mutation && identity.scope == Some(TokenScope::Read) {
        return read_scope_refusal().into_response();
    }
    let slot = RateLimitSlot::new(slot.bucket().to_owned(), inspected.runs_mutation);
    let (request, batches) = prepare_request(request, &state.db, identity);
    let mut request = request.data(ClientAddress(address)).data(Arc::clone(&slot));
    // The SPA takes its refresh token as an HttpOnly cookie, out of its scripts' reach.
    if headers
        .get(mega_api::auth::cookie::SESSION_HEADER)
        .is_some_and(|value| value == "cookie")
    {
        request = request.data(mega_api::auth::cookie::SessionCookies { secure: state.tls });
    }
    if anonymous && !state.public_introspection {
        request = request.disable_introspection();
    }
    // Anonymous callers get no "did you mean …" hints about the schema.
    let schema = if anonymous {
        &state.anonymous_schema
    } else {
        &state.schema
    };
    let mut response = batches.drive(mega_api::execute(schema, request)).await;
    // Errors raised before execution (unknown fields, variable types, depth, cost) carry no
    // code from async-graphql; every error a client sees has one. They were not charged by
    // the cost limiter (it charges after validation succeeds): charge them here.
    let mut refused_in_validation = false;
    for error in &mut response.errors {
        let extensions = error.extensions.get_or_insert_with(Default::default);
        if extensions.get("code").is_none() {
            extensions.set("code", "GRAPHQL_VALIDATION_FAILED");
            refused_in_validation = true;
        }
    }
    if refused_in_validation && slot.status().is_none() {
        charge(&state, &slot, rate_limit::REFUSED_REQUEST_COST).await;
    }
    let response = GraphQLResponse::from(response).into_response();
    with_rate_limit_headers(response, slot.status())
}

/// A request that is not a GraphQL request at all: a generic answer, no parser details.
fn rejected(rejection: GraphQLRejection) -> axum::response::Response {
    use async_graphql::ParseRequestError;
    let (status, message) = match rejection.0 {
        ParseRequestError::PayloadTooLarge => (
            StatusCode::PAYLOAD_TOO_LARGE,
            "The request body is too large.",
        ),
        ParseRequestError::UnsupportedBatch => (
            StatusCode::BAD_REQUEST,
            "Batched requests are not supported; send one operation per request.",
        ),
        _ => (
            StatusCode::BAD_REQUEST,
            "The request is not a valid GraphQL request.",
        ),
    };
    let body = serde_json::json!({ "errors": [{ "message": message, "extensions": { "code": "BAD_REQUEST" } }] });
    (status, axum::Json(body)).into_response()
}

/// The GraphiQL IDE, pointed at `/graphql`. Anonymous callers cannot introspect outside demo
/// mode, so the IDE is only useful with a token.
pub async fn graphiql() -> Html<String> {
    Html(GraphiQLSource::build().endpoint("/graphql").finish())
}
