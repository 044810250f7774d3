//! Time limits: a request is cut off at the request timeout, and PostgreSQL cancels a
//! statement before that, so nothing keeps a connection busy after its caller is gone.

use std::time::{Duration, Instant};

use mega_domain::rate_limit;
use mega_persistence::rate_limits;
use mega_server::http::REQUEST_TIMEOUT;
use mega_tests::{Backend, TestApp, on_both_databases};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::json;

async fn slow_requests_are_cut_off(backend: Backend) {
    assert_eq!(
        REQUEST_TIMEOUT,
        Duration::from_secs(10),
        "the documented limit"
    );
    let app = TestApp::builder(backend)
        .empty()
        .request_timeout(Duration::from_millis(300))
        .start()
        .await;
    // An account with many failed sign-ins is held back for 4 s per attempt: longer than
    // this server's request timeout. The wait comes before the credentials are looked at, so
    // no account needs to exist (nor be created through this impatient server).
    let window = rate_limit::window_start(chrono::Utc::now());
    rate_limits::charge(
        app.db().conn(),
        "login:account:grdr@partners.test",
        window,
        rate_limit::FREE_FAILURES + 4,
    )
    .await
    .unwrap();
    let started = Instant::now();
    let response = app
        .client()
        .post(app.url("/graphql"))
        .json(&json!({
            "query": "mutation { login(input: { email: \"grdr@partners.test\", password: \"x\" }) { accessToken } }"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 503);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    let body = response.text().await.unwrap();
    assert!(!body.contains("panicked"), "{body}");
}

on_both_databases!(slow_requests_are_cut_off);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_cancels_statements_before_the_request_timeout() {
    let app = TestApp::builder(Backend::Postgres).empty().start().await;
    let row = app
        .db()
        .conn()
        .query_one_raw(Statement::from_string(
            sea_orm::DatabaseBackend::Postgres,
            "SHOW statement_timeout",
        ))
        .await
        .unwrap()
        .unwrap();
    let value: String = row.try_get("", "statement_timeout").unwrap();
    assert_eq!(value, "8s");
    assert!(Duration::from_secs(8) < REQUEST_TIMEOUT);
}
