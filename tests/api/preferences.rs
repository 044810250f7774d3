//! The signed-in user's own preferences: the interface language, kept in the profile.

use mega_tests::builders::{Network, OrganisationBuilder, UserBuilder};
use mega_tests::{Backend, DEMO_PASSWORD, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

const UPDATE: &str = "mutation($input: UpdateViewerPreferencesInput!) { updateViewerPreferences(input: $input) { viewer { language } userErrors { code } } }";
const VIEWER: &str = "{ viewer { language } }";
const USER: &str =
    "query($id: ID!) { node(id: $id) { ... on User { displayName language email } } }";

async fn language_of(app: &TestApp, token: &str) -> Value {
    let body = app.graphql(Some(token), VIEWER, json!({})).await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["viewer"]["language"].clone()
}

async fn update(app: &TestApp, token: Option<&str>, input: Value) -> Value {
    app.graphql(token, UPDATE, json!({ "input": input })).await
}

/// A new account has no language; the user sets one (audited), sees it in `viewer` and in
/// the next `login`; only the user and the coordinator read it; an omitted language stays,
/// null forgets it, and a language outside the enum never reaches the resolver.
async fn the_viewer_keeps_its_language(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let org = OrganisationBuilder::new("City of Munich")
        .create(&network)
        .await;
    let me = UserBuilder::partner_of("munich@partners.test", &org)
        .create(&network)
        .await;
    UserBuilder::partner_of("colleague@partners.test", &org)
        .create(&network)
        .await;
    let session = app.login("munich@partners.test").await;
    let token = session.access_token.as_str();
    assert_eq!(language_of(&app, token).await, Value::Null);

    let audit = app.audit_count().await;
    let body = update(&app, Some(token), json!({ "language": "DE" })).await;
    assert_eq!(
        body["data"]["updateViewerPreferences"],
        json!({ "viewer": { "language": "DE" }, "userErrors": [] }),
        "{body}"
    );
    assert_eq!(app.audit_count().await, audit + 1);
    assert_eq!(language_of(&app, token).await, "DE");

    let login = app
        .graphql(
            None,
            "mutation($input: LoginInput!) { login(input: $input) { viewer { language } } }",
            json!({ "input": { "email": "munich@partners.test", "password": DEMO_PASSWORD } }),
        )
        .await;
    assert_eq!(
        login["data"]["login"]["viewer"]["language"], "DE",
        "{login}"
    );

    let colleague = app.login("colleague@partners.test").await;
    let seen = app
        .graphql(Some(&colleague.access_token), USER, json!({ "id": me.id }))
        .await;
    assert_eq!(
        seen["data"]["node"],
        json!({ "displayName": "munich@partners.test", "language": null, "email": null }),
        "{seen}"
    );
    let seen = app
        .graphql(Some(network.token()), USER, json!({ "id": me.id }))
        .await;
    assert_eq!(seen["data"]["node"]["language"], "DE", "{seen}");

    update(&app, Some(token), json!({})).await;
    assert_eq!(language_of(&app, token).await, "DE");
    update(&app, Some(token), json!({ "language": "IT" })).await;
    assert_eq!(language_of(&app, token).await, "IT");
    update(&app, Some(token), json!({ "language": null })).await;
    assert_eq!(language_of(&app, token).await, Value::Null);

    let audit = app.audit_count().await;
    let bad = update(&app, Some(token), json!({ "language": "PT" })).await;
    assert!(bad["errors"].is_array(), "{bad}");
    let anonymous = update(&app, None, json!({ "language": "FR" })).await;
    assert_eq!(
        error_code(&anonymous),
        Some("UNAUTHENTICATED"),
        "{anonymous}"
    );
    assert_eq!(app.audit_count().await, audit);
}

on_both_databases!(the_viewer_keeps_its_language);
