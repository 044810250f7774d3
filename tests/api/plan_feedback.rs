//! Feedback threads on action plans and their actions: who may write what.

use mega_tests::builders::{COORDINATOR_EMAIL, Network};
use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Cast;

/// An empty network with the [`Cast`] and GRDR's plan being implemented.
async fn start(backend: Backend) -> TestApp {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    cast.grdr_plan(&network, "IMPLEMENTING").await;
    app
}

const ADD: &str = "mutation($input: AddFeedbackInput!) { addFeedback(input: $input) {
    feedback { id kind subjectId proposedAction { id } } userErrors { field code } } }";

async fn grdr_plan(app: &TestApp, token: &str) -> Value {
    let body = app
        .graphql(Some(token), "{ actionPlans(first: 100) { nodes { id organisation { shortName } actions { id thematicArea { number } } } } }", json!({}))
        .await;
    body["data"]["actionPlans"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["organisation"]["shortName"] == "GRDR")
        .cloned()
        .unwrap()
}

async fn leaders_comment_on_plans_and_owners_answer(backend: Backend) {
    let app = start(backend).await;
    let munich = app.login("munich@partners.test").await.access_token;
    let grdr = app.login("grdr@partners.test").await.access_token;
    let plan = grdr_plan(&app, &munich).await;
    let action = plan["actions"][0]["id"].clone();

    // Munich leads the groups of GRDR's plan areas: any kind, on the plan and on an action.
    let body = app
        .graphql(Some(&munich), ADD, json!({ "input": { "actionPlanId": plan["id"], "kind": "RECOMMENDATION", "body": "Start small." } }))
        .await;
    let top = body["data"]["addFeedback"]["feedback"].clone();
    assert_eq!(top["subjectId"], plan["id"], "{body}");
    assert_eq!(top["proposedAction"], Value::Null);
    let body = app
        .graphql(Some(&munich), ADD, json!({ "input": { "actionId": action, "kind": "EXPERT_FEEDBACK", "body": "Measure it." } }))
        .await;
    assert_eq!(
        body["data"]["addFeedback"]["userErrors"],
        json!([]),
        "{body}"
    );

    // GRDR answers, but gives no expert feedback on its own plan.
    let body = app
        .graphql(Some(&grdr), ADD, json!({ "input": { "actionPlanId": plan["id"], "kind": "REPLY", "body": "Will do.", "parentId": top["id"] } }))
        .await;
    assert_eq!(
        body["data"]["addFeedback"]["userErrors"],
        json!([]),
        "{body}"
    );
    let body = app
        .graphql(Some(&grdr), ADD, json!({ "input": { "actionPlanId": plan["id"], "kind": "EXPERT_FEEDBACK", "body": "Praise." } }))
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");

    // The threads read back, replies nested.
    let read = app
        .graphql(
            Some(&grdr),
            "query($id: ID!) { actionPlan(id: $id) { feedback { body replies { body } } actions { feedback { body } } } }",
            json!({ "id": plan["id"] }),
        )
        .await;
    assert_eq!(
        read["data"]["actionPlan"]["feedback"],
        json!([{ "body": "Start small.", "replies": [{ "body": "Will do." }] }]),
        "{read}"
    );
    assert_eq!(
        read["data"]["actionPlan"]["actions"][0]["feedback"],
        json!([{ "body": "Measure it." }])
    );

    // Someone outside the groups concerned is refused and nothing is added.
    let adive = app.login("adive@partners.test").await.access_token;
    let before = app.audit_count().await;
    let body = app
        .graphql(
            Some(&adive),
            ADD,
            json!({ "input": { "actionPlanId": plan["id"], "kind": "QUESTION", "body": "Why?" } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    assert_eq!(app.audit_count().await, before);
}

async fn a_thread_has_exactly_one_subject(backend: Backend) {
    let app = start(backend).await;
    let munich = app.login("munich@partners.test").await.access_token;
    let plan = grdr_plan(&app, &munich).await;
    for input in [
        json!({ "kind": "QUESTION", "body": "?" }),
        json!({ "actionPlanId": plan["id"], "actionId": plan["actions"][0]["id"], "kind": "QUESTION", "body": "?" }),
    ] {
        let body = app
            .graphql(Some(&munich), ADD, json!({ "input": input }))
            .await;
        assert_eq!(
            body["data"]["addFeedback"]["userErrors"][0]["code"], "EXACTLY_ONE_TARGET",
            "{body}"
        );
    }
    // A reply must stay in its thread.
    let on_plan = app
        .graphql(Some(&munich), ADD, json!({ "input": { "actionPlanId": plan["id"], "kind": "QUESTION", "body": "On the plan" } }))
        .await["data"]["addFeedback"]["feedback"]["id"]
        .clone();
    let body = app
        .graphql(Some(&munich), ADD, json!({ "input": { "actionId": plan["actions"][0]["id"], "kind": "REPLY", "body": "x", "parentId": on_plan } }))
        .await;
    assert_eq!(
        body["data"]["addFeedback"]["userErrors"][0]["code"], "INVALID_PARENT",
        "{body}"
    );
}

async fn a_draft_plans_threads_stay_with_its_readers(backend: Backend) {
    let app = start(backend).await;
    let coordinator = app.login(COORDINATOR_EMAIL).await.access_token;
    let munich = app.login("munich@partners.test").await.access_token;
    let adive = app.login("adive@partners.test").await.access_token;
    let plan = grdr_plan(&app, &munich).await;
    let read = app
        .graphql(
            Some(&coordinator),
            "query($id: ID!) { actionPlan(id: $id) { version } }",
            json!({ "id": plan["id"] }),
        )
        .await;
    let body = app
        .graphql(
            Some(&coordinator),
            "mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": plan["id"], "to": "DRAFT", "expectedVersion": read["data"]["actionPlan"]["version"] } }),
        )
        .await;
    assert_eq!(
        body["data"]["transitionActionPlan"]["userErrors"],
        json!([]),
        "{body}"
    );

    // A leading member of the plan's groups still comments on the draft and its actions.
    let body = app
        .graphql(Some(&munich), ADD, json!({ "input": { "actionId": plan["actions"][0]["id"], "kind": "QUESTION", "body": "Who pays?" } }))
        .await;
    let comment = body["data"]["addFeedback"]["feedback"]["id"].clone();
    assert!(comment.is_string(), "{body}");

    // Someone who may not read the draft may not comment on it, nor read its thread by ID.
    let before = app.audit_count().await;
    let body = app
        .graphql(
            Some(&adive),
            ADD,
            json!({ "input": { "actionPlanId": plan["id"], "kind": "QUESTION", "body": "?" } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    assert_eq!(app.audit_count().await, before);
    let node = "query($id: ID!) { node(id: $id) { id } }";
    let body = app
        .graphql(Some(&adive), node, json!({ "id": comment }))
        .await;
    assert_eq!(body["data"]["node"], Value::Null, "{body}");
    let body = app
        .graphql(Some(&munich), node, json!({ "id": comment }))
        .await;
    assert_eq!(body["data"]["node"]["id"], comment, "{body}");
}

on_both_databases!(
    leaders_comment_on_plans_and_owners_answer,
    a_thread_has_exactly_one_subject,
    a_draft_plans_threads_stay_with_its_readers
);
