//! The HTTP surface: `/graphql` (GET and POST), `/graphiql`, `/healthz`, `/readyz` and the
//! built SPA with history fallback, wrapped in request ids, tracing, limits and CORS.

mod calendar;
pub mod document_guard;
mod exports;
mod graphql;
pub mod headers;
mod health;
mod session;
mod statements;

use std::path::Path;
use std::time::Duration;

use axum::{
    Router,
    http::{HeaderName, HeaderValue, Method, Request, header},
    routing::get,
};
use mega_api::{AuthConfig, MegaSchema};
use mega_persistence::Database;
use tokio::net::TcpListener;
use tower_http::{
    compression::CompressionLayer,
    cors::{AllowOrigin, CorsLayer},
    limit::RequestBodyLimitLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    services::{ServeDir, ServeFile},
    timeout::TimeoutLayer,
    trace::TraceLayer,
};

/// Largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Longest a request may take.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// What the handlers share.
#[derive(Clone)]
pub struct AppState {
    /// The GraphQL schema.
    pub schema: MegaSchema,
    /// The same schema without field suggestions, for anonymous callers.
    pub anonymous_schema: MegaSchema,
    /// Whether anonymous callers may introspect (demo mode only).
    pub public_introspection: bool,
    /// The database.
    pub db: Database,
    /// Token settings, for authenticating requests.
    pub auth: AuthConfig,
    /// Whether the client address comes from the last `X-Forwarded-For` entry.
    pub trust_forwarded_for: bool,
    /// Longest a request may take ([`REQUEST_TIMEOUT`] in production).
    pub request_timeout: Duration,
    /// Who each credential is, cached for a few seconds (see `mega_api::auth::IdentityCache`).
    pub identities: std::sync::Arc<mega_api::auth::IdentityCache>,
    /// Every identity's cost budget; requests refused before validation are charged here.
    pub budgets: std::sync::Arc<mega_api::rate_limit::Budgets>,
    /// Permits for inspecting documents off the async workers ([`INSPECTION_SLOTS`]).
    pub inspections: std::sync::Arc<tokio::sync::Semaphore>,
    /// Permits for building network-wide exports ([`EXPORT_SLOTS`]).
    pub exports: std::sync::Arc<tokio::sync::Semaphore>,
    /// Whether the site is served over TLS: HSTS and `Secure` cookies.
    pub tls: bool,
    /// Whether responses carry the request's SQL statement count (`x-sql-statements-total`).
    pub expose_statement_count: bool,
    /// The key unsubscribe links are signed with.
    pub unsubscribe_key: mega_api::unsubscribe::UnsubscribeKey,
    /// The site's address, for links in calendar entries.
    pub public_url: String,
}

/// How many documents are lexed, parsed and measured at once, on the blocking pool: CPU
/// work that must never occupy the async workers, and must not queue without bound either.
pub const INSPECTION_SLOTS: usize = 4;

/// How many network-wide exports (`/api/reports/steps.csv`) an instance builds at once; the
/// others wait their turn. Each holds every readable step in memory (2 MB of CSV, several
/// times that while it is built, on 100 times the demo's data), so 32 at once took 300 MB
/// more than the server's usual working set; two keep both cores busy.
pub const EXPORT_SLOTS: usize = 2;

/// Builds the router serving the API and the SPA in `static_dir`.
pub fn router(state: AppState, static_dir: &Path, cors_origins: &[String]) -> Router {
    let spa = ServeDir::new(static_dir).fallback(ServeFile::new(static_dir.join("index.html")));
    let request_timeout = state.request_timeout;
    let tls = state.tls;
    let expose_statement_count = state.expose_statement_count;
    let routes = Router::new()
        .route("/graphql", get(graphql::handle).post(graphql::handle))
        .route("/graphiql", get(graphql::graphiql))
        .route("/api/action-plans/{file}", get(exports::plan))
        .route("/api/reports/steps.csv", get(exports::steps))
        .route(
            mega_api::auth::cookie::REFRESH_PATH,
            axum::routing::post(session::refresh).delete(session::end),
        )
        .route(
            "/mail/unsubscribe",
            get(crate::mail::unsubscribe_page::confirm)
                .post(crate::mail::unsubscribe_page::unsubscribe),
        )
        .route("/calendar/{file}", get(calendar::feed))
        .route("/api/calendar/{kind}/{file}", get(calendar::single))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .fallback_service(spa)
        .with_state(state);
    // Only a benchmark server counts: without the flag the layer is not there at all.
    let routes = if expose_statement_count {
        routes.layer(axum::middleware::from_fn(statements::expose))
    } else {
        routes
    };
    routes
        .layer(axum::middleware::from_fn(move |request, next| {
            headers::secure(tls, request, next)
        }))
        // gzip and brotli for whatever the client accepts: scripts, GraphQL, JSON and CSV.
        .layer(CompressionLayer::new())
        .layer(cors(cors_origins))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            request_timeout,
        ))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
                let request_id = request
                    .headers()
                    .get(&REQUEST_ID)
                    .and_then(|value| value.to_str().ok())
                    .unwrap_or("-");
                let path = loggable_path(request.uri().path());
                tracing::info_span!("http", method = %request.method(), path = %path, request_id)
            }),
        )
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
}

/// `path` as logs may keep it: a calendar feed's path is its secret, so it is cut.
fn loggable_path(path: &str) -> &str {
    if path.starts_with("/calendar/") {
        "/calendar/…"
    } else {
        path
    }
}

fn cors(origins: &[String]) -> CorsLayer {
    let origins: Vec<HeaderValue> = origins.iter().filter_map(|o| o.parse().ok()).collect();
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
        // Browser clients on other origins may read the budget and the request id.
        .expose_headers([
            REQUEST_ID,
            header::RETRY_AFTER,
            HeaderName::from_static("x-ratelimit-limit"),
            HeaderName::from_static("x-ratelimit-remaining"),
            HeaderName::from_static("x-ratelimit-used"),
            HeaderName::from_static("x-ratelimit-reset"),
        ])
        .max_age(Duration::from_secs(3600))
}

/// Serves `router` on `listener` until `shutdown` completes, then drains open requests.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // The peer address is needed for per-address limits (anonymous callers, sign-in).
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

#[cfg(test)]
mod tests {
    use super::loggable_path;

    #[test]
    fn calendar_secrets_stay_out_of_the_logs() {
        assert_eq!(loggable_path("/calendar/s3cr3t-token.ics"), "/calendar/…");
        assert_eq!(loggable_path("/graphql"), "/graphql");
        assert_eq!(
            loggable_path("/api/calendar/calls/Q2FsbDox.ics"),
            "/api/calendar/calls/Q2FsbDox.ics"
        );
    }
}
