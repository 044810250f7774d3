//! The HTTP surface: health, readiness, GET and POST GraphQL, GraphiQL, the SPA fallback,
//! request ids and the body limit.

use mega_tests::builders::{Network, OrganisationBuilder, UserBuilder};
use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

/// A partner of an organisation, signed in: the access token.
async fn partner_signed_in(network: &Network<'_>) -> String {
    let org = OrganisationBuilder::new("City of Munich")
        .create(network)
        .await;
    UserBuilder::partner_of("munich@partners.test", &org)
        .create(network)
        .await
        .token(network.app())
        .await
}

async fn health_and_readiness(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
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
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let token = partner_signed_in(&network).await;
    for (name, country) in [("Munich", "DE"), ("Paris", "FR"), ("Milan", "IT")] {
        network.territory(name, country).await;
    }
    let response = app
        .client()
        .get(app.url("/graphql"))
        .query(&[("query", "{ territories { totalCount } }")])
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["data"]["territories"]["totalCount"], 3, "{body}");

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
        .empty()
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
    let app = TestApp::builder(backend).empty().start().await;
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
    let app = TestApp::builder(backend).empty().start().await;
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

async fn post_raw(app: &TestApp, body: Vec<u8>) -> (u16, String) {
    let response = reqwest::Client::new()
        .post(app.url("/graphql"))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn malformed_requests_get_generic_errors(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let deep = format!("{{\"query\": \"{}\"}}", "{a".repeat(10_000));
    for body in [
        b"{\"query\": ".to_vec(),
        b"not json at all".to_vec(),
        vec![0xff, 0xfe, 0x00, 0x7b],
        b"{\"query\": 42}".to_vec(),
        deep.into_bytes(),
    ] {
        let (status, text) = post_raw(&app, body).await;
        assert!(status == 400 || status == 200, "{status}: {text}");
        assert!(
            text.len() < 500,
            "short, generic answer: {}",
            &text[..200.min(text.len())]
        );
        for leak in [
            "expected", "^---", "stack", "panicked", "serde", "sqlx", "{a{a",
        ] {
            assert!(!text.contains(leak), "response leaks {leak:?}: {text}");
        }
    }
    // The server is still up.
    let ready = app.client().get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), 200);
}

async fn aliases_are_limited(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let token = partner_signed_in(&Network::new(&app).await).await;
    let query = |n: usize| {
        let fields: Vec<String> = (0..n)
            .map(|i| format!("a{i}: territories(first: 1) {{ totalCount }}"))
            .collect();
        format!("{{ {} }}", fields.join(" "))
    };
    let body = app.graphql(Some(&token), &query(30), json!({})).await;
    assert!(body["errors"].is_null(), "{body}");
    let body = app.graphql(Some(&token), &query(31), json!({})).await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("at most 30")
    );
}

async fn anonymous_callers_cannot_explore_the_schema(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let introspection = "{ __schema { queryType { name } } }";
    let body = app.graphql(None, introspection, json!({})).await;
    assert!(body["data"]["__schema"].is_null(), "{body}");
    let token = partner_signed_in(&Network::new(&app).await).await;
    let body = app.graphql(Some(&token), introspection, json!({})).await;
    assert_eq!(
        body["data"]["__schema"]["queryType"]["name"], "Query",
        "{body}"
    );

    let typo = "{ organisatons { totalCount } }";
    let anonymous = app.graphql(None, typo, json!({})).await.to_string();
    assert!(!anonymous.contains("Did you mean"), "{anonymous}");
    let signed_in = app.graphql(Some(&token), typo, json!({})).await.to_string();
    assert!(signed_in.contains("Did you mean"), "{signed_in}");
}

on_both_databases!(
    malformed_requests_get_generic_errors,
    aliases_are_limited,
    anonymous_callers_cannot_explore_the_schema,
);
