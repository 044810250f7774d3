//! Who gives which feedback on a proposed action, over HTTP: leading members and invited
//! experts assess a learning member's action but not a fellow leading member's; any member of
//! the group asks and replies; others are refused. The full matrix is in the domain
//! (`policy/tests.rs`); this checks the facts the API feeds it (who learns where).

use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Ids;

const PROPOSE: &str = "mutation($input: CreateProposedActionInput!) { createProposedAction(input: $input) { proposedAction { id } userErrors { code } } }";
const FEEDBACK: &str = "mutation($input: AddFeedbackInput!) { addFeedback(input: $input) { feedback { id } userErrors { code } } }";

async fn give(app: &TestApp, who: &str, action: &Value, kind: &str) -> Option<String> {
    let token = app.login(who).await.access_token;
    let body = app
        .graphql(
            Some(&token),
            FEEDBACK,
            json!({ "input": { "proposedActionId": action, "kind": kind, "body": format!("{kind} from {who}") } }),
        )
        .await;
    match error_code(&body) {
        Some(code) => Some(code.to_owned()),
        None => {
            assert_eq!(
                body["data"]["addFeedback"]["userErrors"],
                json!([]),
                "{body}"
            );
            None
        }
    }
}

async fn feedback_follows_the_roles_in_the_group(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    // Formaper leads group 1 (city leadership) beside Munich; it presents an action there.
    let formaper = app.login("formaper@partners.demo").await.access_token;
    let body = app
        .graphql(
            Some(&formaper),
            PROPOSE,
            json!({ "input": { "organisationId": ids.org("Formaper"), "proposedAction": {
                "workingGroupId": ids.group(1), "title": "A leader's pitch", "description": "What it is" } } }),
        )
        .await;
    let leaders_action = body["data"]["createProposedAction"]["proposedAction"]["id"].clone();
    assert!(leaders_action.is_string(), "{body}");

    // A fellow leading member does not assess it; the learning members and the leader ask.
    let forbidden = Some("FORBIDDEN".to_owned());
    assert_eq!(
        give(
            &app,
            "munich@partners.demo",
            &leaders_action,
            "EXPERT_FEEDBACK"
        )
        .await,
        forbidden
    );
    assert_eq!(
        give(
            &app,
            "munich@partners.demo",
            &leaders_action,
            "RECOMMENDATION"
        )
        .await,
        forbidden
    );
    assert_eq!(
        give(&app, "munich@partners.demo", &leaders_action, "QUESTION").await,
        None
    );
    assert_eq!(
        give(&app, "grdr@partners.demo", &leaders_action, "QUESTION").await,
        None
    );
    assert_eq!(
        give(&app, "uog@partners.demo", &leaders_action, "REPLY").await,
        None
    );
    // Adive is in no group with Formaper; the expert is invited to group 3 only.
    assert_eq!(
        give(&app, "adive@partners.demo", &leaders_action, "QUESTION").await,
        forbidden
    );
    assert_eq!(
        give(&app, "expert@experts.demo", &leaders_action, "QUESTION").await,
        forbidden
    );
    // The coordinator may do anything.
    assert_eq!(
        give(
            &app,
            "coordinator@mpg.demo",
            &leaders_action,
            "EXPERT_FEEDBACK"
        )
        .await,
        None
    );

    // Munich learns in group 3, where UoG and Formaper lead and the expert is invited: they
    // assess Munich's "Engaging the Chambers".
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let body = app
        .graphql(
            Some(&token),
            "{ proposedActions(first: 100) { nodes { id title } } }",
            json!({}),
        )
        .await;
    let chambers = body["data"]["proposedActions"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Engaging the Chambers")
        .map(|a| a["id"].clone())
        .unwrap();
    assert_eq!(
        give(&app, "uog@partners.demo", &chambers, "EXPERT_FEEDBACK").await,
        None
    );
    assert_eq!(
        give(&app, "expert@experts.demo", &chambers, "RECOMMENDATION").await,
        None
    );
    assert_eq!(
        give(&app, "munich@partners.demo", &chambers, "EXPERT_FEEDBACK").await,
        forbidden
    );
    assert_eq!(
        give(&app, "grdr@partners.demo", &chambers, "QUESTION").await,
        forbidden
    );
}

on_both_databases!(feedback_follows_the_roles_in_the_group);
