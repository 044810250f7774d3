//! The HTTP surface: health, readiness, GET and POST GraphQL, GraphiQL, the SPA fallback,
//! request ids and the body limit.

use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

async fn health_and_readiness(backend: Backend) {
    let app = TestApp::start(backend).await;
    let health = app.client().get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    let ready = app.client().get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), 200);
    assert!(
        ready.headers().contains_key("x-request-id"),
        "request id is echoed"
    );
}

async fn graphql_over_get_reads_but_never_mutates(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("munich@partners.demo").await.access_token;
    let response = app
        .client()
        .get(app.url("/graphql"))
        .query(&[("query", "{ territories { totalCount } }")])
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["data"]["territories"]["totalCount"], 5, "{body}");

    let mutation = r#"mutation { login(input: { email: "munich@partners.demo", password: "x" }) { accessToken } }"#;
    let response = app
        .client()
        .get(app.url("/graphql"))
        .query(&[("query", mutation)])
        .send()
        .await
        .unwrap();
    let body: Value = response.json().await.unwrap();
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    assert!(body["data"].is_null());
}

async fn graphiql_and_spa_fallback(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>MEGA Hub SPA</title>",
    )
    .unwrap();
    std::fs::write(dir.path().join("app.js"), "console.log(1)").unwrap();
    let app = TestApp::builder(backend)
        .static_dir(dir.path().to_path_buf())
        .start()
        .await;

    let graphiql = app.client().get(app.url("/graphiql")).send().await.unwrap();
    assert_eq!(graphiql.status(), 200);
    assert!(
        graphiql
            .text()
            .await
            .unwrap()
            .to_lowercase()
            .contains("graphiql")
    );

    for path in ["/", "/organisations", "/deep/link/42"] {
        let response = app.client().get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert!(
            response.text().await.unwrap().contains("MEGA Hub SPA"),
            "{path}"
        );
    }
    let asset = app.client().get(app.url("/app.js")).send().await.unwrap();
    assert_eq!(asset.text().await.unwrap(), "console.log(1)");
}

async fn oversized_bodies_are_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let padding = "x".repeat(1024 * 1024 + 1);
    let response = app
        .client()
        .post(app.url("/graphql"))
        .json(&json!({ "query": "{ __typename }", "variables": { "padding": padding } }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
    // The server closes the connection after a 413, so the next request needs a new one.
    let small = reqwest::Client::new()
        .post(app.url("/graphql"))
        .json(&json!({ "query": "{ __typename }", "variables": { "padding": "x".repeat(1000) } }))
        .send()
        .await
        .unwrap();
    assert_eq!(small.status(), 200);
}

async fn batches_are_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let response = app
        .client()
        .post(app.url("/graphql"))
        .json(&json!([{ "query": "{ __typename }" }, { "query": "{ __typename }" }]))
        .send()
        .await
        .unwrap();
    assert!(response.status().is_client_error(), "{}", response.status());
}

on_both_databases!(
    health_and_readiness,
    graphql_over_get_reads_but_never_mutates,
    graphiql_and_spa_fallback,
    oversized_bodies_are_refused,
    batches_are_refused,
);
