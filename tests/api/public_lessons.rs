//! Lessons shared outside the network: the coordinator publishes a good practice, anyone reads
//! it without signing in (no personal data), and it is gone once withdrawn. Partners cannot
//! publish; unknown IDs change nothing.

use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

const PUBLIC_ONE: &str = "query($id: ID!) { publicGoodPractice(id: $id) { id title description
    source organisationName thematicAreaTitle publishedAt } }";
const PUBLIC_ALL: &str = "{ publicGoodPractices { id title } }";
const PUBLISH: &str = "mutation($input: PublicationInput!) { publishGoodPractice(input: $input) {
    goodPractice { id publishedAt viewerCanPublish } userErrors { field code } } }";
const WITHDRAW: &str = "mutation($input: PublicationInput!) { withdrawGoodPractice(input: $input) {
    goodPractice { id publishedAt } userErrors { field code } } }";

async fn anonymous(app: &TestApp, query: &str, variables: Value) -> Value {
    let body = app.graphql(None, query, variables).await;
    assert!(body["errors"].is_null(), "anonymous read refused: {body}");
    body["data"].clone()
}

async fn a_published_practice_is_public_until_withdrawn(backend: Backend) {
    let app = TestApp::start(backend).await;
    let coordinator = app.login("coordinator@mpg.demo").await.access_token;
    let munich = app.login("munich@partners.demo").await.access_token;
    let practice = app
        .graphql(
            Some(&coordinator),
            "{ goodPractices(first: 1) { nodes { id title publishedAt viewerCanPublish } } }",
            json!({}),
        )
        .await["data"]["goodPractices"]["nodes"][0]
        .clone();
    assert!(practice["publishedAt"].is_null());
    assert_eq!(practice["viewerCanPublish"], true);
    let id = json!({ "id": practice["id"] });
    assert!(anonymous(&app, PUBLIC_ONE, id.clone()).await["publicGoodPractice"].is_null());
    assert_eq!(
        anonymous(&app, PUBLIC_ALL, json!({})).await["publicGoodPractices"],
        json!([])
    );

    let refused = app
        .graphql(Some(&munich), PUBLISH, json!({ "input": id }))
        .await;
    assert_eq!(refused["errors"][0]["extensions"]["code"], "FORBIDDEN");
    let anonymous_publish = app.graphql(None, PUBLISH, json!({ "input": id })).await;
    assert_eq!(
        anonymous_publish["errors"][0]["extensions"]["code"],
        "UNAUTHENTICATED"
    );
    let unknown = app
        .graphql(
            Some(&coordinator),
            PUBLISH,
            json!({ "input": { "id": mega_domain::NodeId::global_id(mega_domain::GoodPracticeId(99_999)) } }),
        )
        .await;
    assert_eq!(
        unknown["data"]["publishGoodPractice"]["userErrors"][0]["code"], "NOT_FOUND",
        "{unknown}"
    );
    assert!(anonymous(&app, PUBLIC_ONE, id.clone()).await["publicGoodPractice"].is_null());

    let audit_before = app.audit_count().await;
    let published = app
        .graphql(Some(&coordinator), PUBLISH, json!({ "input": id }))
        .await;
    let at = published["data"]["publishGoodPractice"]["goodPractice"]["publishedAt"].clone();
    assert!(at.is_string(), "{published}");
    assert_eq!(app.audit_count().await, audit_before + 1);
    let again = app
        .graphql(Some(&coordinator), PUBLISH, json!({ "input": id }))
        .await;
    assert_eq!(
        again["data"]["publishGoodPractice"]["goodPractice"]["publishedAt"], at,
        "publishing again keeps the date"
    );

    let public = anonymous(&app, PUBLIC_ONE, id.clone()).await["publicGoodPractice"].clone();
    assert_eq!(public["title"], practice["title"]);
    assert!(public["description"].is_string());
    let text = public.to_string();
    assert!(
        !text.contains('@'),
        "no e-mail addresses on a public page: {text}"
    );
    let all = anonymous(&app, PUBLIC_ALL, json!({})).await;
    assert_eq!(all["publicGoodPractices"][0]["id"], practice["id"]);

    let withdrawn = app
        .graphql(Some(&coordinator), WITHDRAW, json!({ "input": id }))
        .await;
    assert!(withdrawn["data"]["withdrawGoodPractice"]["goodPractice"]["publishedAt"].is_null());
    assert!(anonymous(&app, PUBLIC_ONE, id).await["publicGoodPractice"].is_null());
    assert_eq!(
        anonymous(&app, PUBLIC_ALL, json!({})).await["publicGoodPractices"],
        json!([])
    );
}

on_both_databases!(a_published_practice_is_public_until_withdrawn);
