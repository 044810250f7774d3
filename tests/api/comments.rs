//! Feedback after it is written: authors correct and delete their own, the coordinator
//! moderates, threads are resolved and reopened, and bad input changes nothing.

use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

const ADD: &str = "mutation($input: AddFeedbackInput!) { addFeedback(input: $input) {
    feedback { id } userErrors { field code } } }";
const UPDATE: &str = "mutation($input: UpdateFeedbackInput!) { updateFeedback(input: $input) {
    feedback { id body editedAt } userErrors { field code message } } }";
const DELETE: &str = "mutation($input: DeleteFeedbackInput!) { deleteFeedback(input: $input) {
    feedback { id body } userErrors { field code } } }";
const RESOLVE: &str =
    "mutation($input: ResolveFeedbackThreadInput!) { resolveFeedbackThread(input: $input) {
    feedback { id resolvedAt resolvedBy { displayName } } userErrors { field code } } }";
const THREAD: &str = "query($id: ID!) { node(id: $id) { ... on ProposedAction { feedback {
    id body editedAt resolvedAt viewerCanEdit viewerCanResolve replies { id body viewerCanEdit viewerCanResolve } } } } }";

struct Scene {
    app: TestApp,
    grdr: String,
    munich: String,
    coordinator: String,
    action: String,
}

async fn scene(backend: Backend) -> Scene {
    let app = TestApp::start(backend).await;
    let grdr = app.login("grdr@partners.demo").await.access_token;
    let munich = app.login("munich@partners.demo").await.access_token;
    let coordinator = app.login("coordinator@mpg.demo").await.access_token;
    let body = app
        .graphql(
            Some(&grdr),
            "{ proposedActions(first: 100) { nodes { id title organisation { shortName } } } }",
            json!({}),
        )
        .await;
    let action = body["data"]["proposedActions"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["organisation"]["shortName"] == "GRDR")
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .unwrap();
    Scene {
        app,
        grdr,
        munich,
        coordinator,
        action,
    }
}

impl Scene {
    async fn call(&self, token: &str, query: &str, input: Value) -> Value {
        self.app
            .graphql(Some(token), query, json!({ "input": input }))
            .await
    }

    async fn add(&self, token: &str, kind: &str, text: &str, parent: Option<&str>) -> String {
        let body = self
            .call(
                token,
                ADD,
                json!({ "proposedActionId": self.action, "kind": kind, "body": text, "parentId": parent }),
            )
            .await;
        assert_eq!(
            body["data"]["addFeedback"]["userErrors"],
            json!([]),
            "{body}"
        );
        body["data"]["addFeedback"]["feedback"]["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    async fn thread(&self, token: &str, id: &str) -> Value {
        let body = self
            .app
            .graphql(Some(token), THREAD, json!({ "id": self.action }))
            .await;
        assert!(body["errors"].is_null(), "{body}");
        body["data"]["node"]["feedback"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == id)
            .cloned()
            .unwrap_or(Value::Null)
    }
}

/// GRDR corrects its question (Munich may not), resolves and reopens the thread (Munich may
/// not, and a reply is no thread); the coordinator deletes the thread with its reply, and the
/// notification quoting the reply goes with it. Each change is audited.
async fn authors_correct_owners_resolve_coordinator_moderates(backend: Backend) {
    let s = scene(backend).await;
    let question = s
        .add(&s.grdr, "QUESTION", "Who should we invite?", None)
        .await;
    let reply = s
        .add(
            &s.munich,
            "REPLY",
            "Start with the Phoenix Award jury.",
            Some(&question),
        )
        .await;

    let as_grdr = s.thread(&s.grdr, &question).await;
    assert_eq!(as_grdr["viewerCanEdit"], true);
    assert_eq!(as_grdr["viewerCanResolve"], true);
    assert_eq!(
        as_grdr["replies"][0]["viewerCanEdit"], false,
        "Munich's reply"
    );
    assert_eq!(
        as_grdr["replies"][0]["viewerCanResolve"], false,
        "a reply is no thread"
    );
    let as_munich = s.thread(&s.munich, &question).await;
    assert_eq!(as_munich["viewerCanEdit"], false);
    assert_eq!(as_munich["viewerCanResolve"], false);
    assert_eq!(as_munich["replies"][0]["viewerCanEdit"], true);
    assert!(as_munich["editedAt"].is_null());

    let body = s
        .call(
            &s.munich,
            UPDATE,
            json!({ "id": question, "body": "Hijacked" }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    let body = s
        .call(
            &s.grdr,
            UPDATE,
            json!({ "id": question, "body": "Whom should we invite first?" }),
        )
        .await;
    let updated = &body["data"]["updateFeedback"]["feedback"];
    assert_eq!(updated["body"], "Whom should we invite first?", "{body}");
    assert!(updated["editedAt"].is_string(), "{body}");

    let body = s.call(&s.munich, RESOLVE, json!({ "id": question })).await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    let body = s.call(&s.grdr, RESOLVE, json!({ "id": reply })).await;
    assert_eq!(
        body["data"]["resolveFeedbackThread"]["userErrors"],
        json!([{ "field": ["input", "id"], "code": "NOT_A_THREAD" }]),
        "{body}"
    );
    let body = s.call(&s.grdr, RESOLVE, json!({ "id": question })).await;
    let resolved = &body["data"]["resolveFeedbackThread"]["feedback"];
    assert!(resolved["resolvedAt"].is_string(), "{body}");
    assert_eq!(
        resolved["resolvedBy"]["displayName"], "GRDR Partner",
        "{body}"
    );
    let body = s
        .call(
            &s.grdr,
            RESOLVE,
            json!({ "id": question, "resolved": false }),
        )
        .await;
    assert!(
        body["data"]["resolveFeedbackThread"]["feedback"]["resolvedAt"].is_null(),
        "{body}"
    );

    let excerpts = |body: &Value| body.to_string().contains("Phoenix Award jury");
    let notified = s
        .app
        .graphql(
            Some(&s.grdr),
            "{ viewer { notifications(first: 50) { nodes { excerpt } } } }",
            json!({}),
        )
        .await;
    assert!(
        excerpts(&notified),
        "GRDR was told of the reply: {notified}"
    );

    let body = s
        .call(&s.coordinator, DELETE, json!({ "id": question }))
        .await;
    assert_eq!(
        body["data"]["deleteFeedback"]["feedback"]["body"], "Whom should we invite first?",
        "the payload holds it as it was: {body}"
    );
    assert!(
        s.thread(&s.grdr, &question).await.is_null(),
        "the thread is gone"
    );
    let notified = s
        .app
        .graphql(
            Some(&s.grdr),
            "{ viewer { notifications(first: 50) { nodes { excerpt } } } }",
            json!({}),
        )
        .await;
    assert!(
        !excerpts(&notified),
        "no notification quotes the deleted reply: {notified}"
    );

    let body = s
        .app
        .graphql(
            Some(&s.coordinator),
            "{ auditEvents(first: 10) { nodes { action } } }",
            json!({}),
        )
        .await;
    let actions: Vec<&str> = body["data"]["auditEvents"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        &actions[..4],
        [
            "deleteFeedback",
            "resolveFeedbackThread",
            "resolveFeedbackThread",
            "updateFeedback"
        ],
        "{body}"
    );
}

/// Empty and too long texts, unknown IDs and another type's IDs are user errors that change
/// nothing.
async fn bad_feedback_edits_change_nothing(backend: Backend) {
    let s = scene(backend).await;
    let question = s
        .add(&s.grdr, "QUESTION", "Who should we invite?", None)
        .await;
    let before = s.thread(&s.grdr, &question).await;
    let audit = s.app.audit_count().await;
    let unknown = mega_tests::builders::global_id("Feedback", 999_999);
    let cases = [
        (
            UPDATE,
            "updateFeedback",
            json!({ "id": question, "body": "  " }),
            "body",
            "REQUIRED",
        ),
        (
            UPDATE,
            "updateFeedback",
            json!({ "id": question, "body": "x".repeat(10_001) }),
            "body",
            "TOO_LONG",
        ),
        (
            UPDATE,
            "updateFeedback",
            json!({ "id": unknown, "body": "Text" }),
            "id",
            "NOT_FOUND",
        ),
        (
            UPDATE,
            "updateFeedback",
            json!({ "id": s.action, "body": "Text" }),
            "id",
            "NOT_FOUND",
        ),
        (
            DELETE,
            "deleteFeedback",
            json!({ "id": unknown }),
            "id",
            "NOT_FOUND",
        ),
        (
            DELETE,
            "deleteFeedback",
            json!({ "id": s.action }),
            "id",
            "NOT_FOUND",
        ),
        (
            RESOLVE,
            "resolveFeedbackThread",
            json!({ "id": unknown }),
            "id",
            "NOT_FOUND",
        ),
        (
            RESOLVE,
            "resolveFeedbackThread",
            json!({ "id": "garbage" }),
            "id",
            "NOT_FOUND",
        ),
    ];
    for (query, mutation, input, field, code) in cases {
        let body = s.call(&s.grdr, query, input.clone()).await;
        let errors = &body["data"][mutation]["userErrors"];
        assert_eq!(
            errors[0]["field"],
            json!(["input", field]),
            "{input}: {body}"
        );
        assert_eq!(errors[0]["code"], code, "{input}: {body}");
    }
    assert_eq!(
        s.thread(&s.grdr, &question).await,
        before,
        "nothing changed"
    );
    assert_eq!(s.app.audit_count().await, audit, "nothing audited");
}

on_both_databases!(
    authors_correct_owners_resolve_coordinator_moderates,
    bad_feedback_edits_change_nothing
);
