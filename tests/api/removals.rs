//! Removing what was recorded by mistake: events, webinars, good practices and proposed
//! actions are deleted by whoever may edit them, with what hangs off them, audited; a proposed
//! action a plan grew from stays; bad input changes nothing.

use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

const DELETE_EVENT: &str = "mutation($input: DeleteEventInput!) { deleteEvent(input: $input) {
    event { id title } userErrors { field code } } }";
const DELETE_WEBINAR: &str =
    "mutation($input: DeleteWebinarInput!) { deleteWebinar(input: $input) {
    webinar { id title } userErrors { field code } } }";
const DELETE_PRACTICE: &str =
    "mutation($input: DeleteGoodPracticeInput!) { deleteGoodPractice(input: $input) {
    goodPractice { id title } userErrors { field code } } }";
const DELETE_PROPOSED: &str =
    "mutation($input: DeleteProposedActionInput!) { deleteProposedAction(input: $input) {
    proposedAction { id title } userErrors { field code message } } }";
/// Everything the deletions touch, as the coordinator sees it (one query per list: together
/// they would pass the complexity limit).
const STATE: [&str; 6] = [
    "{ events(first: 20) { totalCount nodes { id title agenda { id } participants(first: 50) { totalCount } } } }",
    "{ plenaryOutcomes(first: 50) { totalCount nodes { id event { id } } } }",
    "{ webinars(first: 50) { totalCount nodes { id title workingGroup { id } goodPractices { id } } } }",
    "{ goodPractices(first: 100) { totalCount nodes { id title thematicArea { number } } } }",
    "{ proposedActions(first: 50) { totalCount nodes { id title organisation { shortName }
        workingGroup { id } feedback { id } } } }",
    "{ actionPlans(first: 20) { nodes { actions { proposedAction { id } } } } }",
];

async fn state(app: &TestApp, token: &str) -> Value {
    let mut state = serde_json::Map::new();
    for query in STATE {
        let body = app.graphql(Some(token), query, json!({})).await;
        assert!(body["errors"].is_null(), "{body}");
        state.extend(body["data"].as_object().unwrap().clone());
    }
    Value::Object(state)
}

async fn mutate(app: &TestApp, token: &str, query: &str, input: Value) -> Value {
    let body = app
        .graphql(Some(token), query, json!({ "input": input }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]
        .as_object()
        .unwrap()
        .values()
        .next()
        .unwrap()
        .clone()
}

fn nodes<'a>(state: &'a Value, list: &str) -> &'a Vec<Value> {
    state[list]["nodes"].as_array().unwrap()
}

fn ids(state: &Value, list: &str) -> Vec<Value> {
    nodes(state, list).iter().map(|n| n["id"].clone()).collect()
}

/// The IDs of the proposed actions some plan action grew from.
fn origins(state: &Value) -> Vec<Value> {
    nodes(state, "actionPlans")
        .iter()
        .flat_map(|plan| plan["actions"].as_array().unwrap().clone())
        .map(|action| action["proposedAction"]["id"].clone())
        .filter(|id| id.is_string())
        .collect()
}

async fn audit_actions(app: &TestApp, token: &str) -> Vec<(String, Value, Value)> {
    let body = app
        .graphql(
            Some(token),
            "{ auditEvents(first: 20) { nodes { action before after } } }",
            json!({}),
        )
        .await;
    body["data"]["auditEvents"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["before"].clone(),
                e["after"].clone(),
            )
        })
        .collect()
}

/// The coordinator deletes the Munich event (agenda, participants and plenary outcomes go
/// with it); Munich cancels its group's webinar and deletes a practice another webinar
/// showcased (that webinar stays); GRDR withdraws a proposed action with its feedback.
async fn owners_remove_what_they_recorded(backend: Backend) {
    let app = TestApp::start(backend).await;
    let coordinator = app.login("coordinator@mpg.demo").await.access_token;
    let munich = app.login("munich@partners.demo").await.access_token;
    let grdr = app.login("grdr@partners.demo").await.access_token;
    let before = state(&app, &coordinator).await;

    let event = nodes(&before, "events")
        .iter()
        .find(|e| !e["agenda"].as_array().unwrap().is_empty())
        .unwrap_or_else(|| panic!("a demo event with an agenda"))
        .clone();
    assert!(
        nodes(&before, "plenaryOutcomes")
            .iter()
            .any(|o| o["event"]["id"] == event["id"]),
        "the demo event has plenary outcomes"
    );
    let removed = mutate(
        &app,
        &coordinator,
        DELETE_EVENT,
        json!({ "id": event["id"] }),
    )
    .await;
    assert_eq!(removed["userErrors"], json!([]));
    assert_eq!(removed["event"]["title"], event["title"]);

    // Munich leads group 1: a practice of area 1, showcased by a new webinar of group 1.
    let group_one = nodes(&before, "proposedActions")
        .iter()
        .find(|a| a["organisation"]["shortName"] == "GRDR")
        .unwrap()["workingGroup"]["id"]
        .clone();
    let practice = nodes(&before, "goodPractices")
        .iter()
        .find(|p| p["thematicArea"]["number"] == 1)
        .unwrap_or_else(|| panic!("a practice of area 1"))
        .clone();
    let munich_org = app
        .graphql(
            Some(&munich),
            "{ viewer { organisation { id } } }",
            json!({}),
        )
        .await["data"]["viewer"]["organisation"]["id"]
        .clone();
    let scheduled = app
        .graphql(
            Some(&coordinator),
            "mutation($input: ScheduleWebinarInput!) { scheduleWebinar(input: $input) {
                webinar { id } userErrors { code } } }",
            json!({ "input": { "workingGroupId": group_one, "webinar": {
                "title": "Showcase", "startsAt": "2019-03-01T10:00:00Z", "timeZone": "Europe/Berlin",
                "presenterIds": [munich_org], "goodPracticeIds": [practice["id"]] } } }),
        )
        .await;
    let showcase = scheduled["data"]["scheduleWebinar"]["webinar"]["id"].clone();
    assert!(showcase.is_string(), "{scheduled}");
    let deleted = mutate(
        &app,
        &munich,
        DELETE_PRACTICE,
        json!({ "id": practice["id"] }),
    )
    .await;
    assert_eq!(deleted["userErrors"], json!([]));
    let cancelled = mutate(&app, &munich, DELETE_WEBINAR, json!({ "id": showcase })).await;
    assert_eq!(cancelled["userErrors"], json!([]));
    assert_eq!(cancelled["webinar"]["title"], "Showcase");

    let from_plans = origins(&before);
    let proposal = nodes(&before, "proposedActions")
        .iter()
        .find(|a| a["organisation"]["shortName"] == "GRDR" && !from_plans.contains(&a["id"]))
        .cloned();
    let proposal =
        proposal.unwrap_or_else(|| panic!("GRDR has a proposed action no plan grew from"));
    let question = app
        .graphql(
            Some(&munich),
            "mutation($input: AddFeedbackInput!) { addFeedback(input: $input) { feedback { id } } }",
            json!({ "input": { "proposedActionId": proposal["id"], "kind": "EXPERT_FEEDBACK", "body": "Try the chamber." } }),
        )
        .await;
    assert!(
        question["data"]["addFeedback"]["feedback"]["id"].is_string(),
        "{question}"
    );
    let withdrawn = mutate(
        &app,
        &grdr,
        DELETE_PROPOSED,
        json!({ "id": proposal["id"] }),
    )
    .await;
    assert_eq!(withdrawn["userErrors"], json!([]));

    let after = state(&app, &coordinator).await;
    assert!(!ids(&after, "events").contains(&event["id"]));
    assert!(
        !nodes(&after, "plenaryOutcomes")
            .iter()
            .any(|o| o["event"]["id"] == event["id"]),
        "the event's plenary outcomes are gone"
    );
    assert!(!ids(&after, "goodPractices").contains(&practice["id"]));
    assert!(!ids(&after, "webinars").contains(&showcase));
    assert!(!ids(&after, "proposedActions").contains(&proposal["id"]));
    assert_eq!(
        after["webinars"]["totalCount"], before["webinars"]["totalCount"],
        "the demo webinars stay"
    );
    let gone = app
        .graphql(
            Some(&coordinator),
            "query($id: ID!) { event(id: $id) { id } }",
            json!({ "id": event["id"] }),
        )
        .await;
    assert!(gone["data"]["event"].is_null(), "{gone}");

    let audit = audit_actions(&app, &coordinator).await;
    for (action, title) in [
        ("deleteEvent", event["title"].clone()),
        ("deleteGoodPractice", practice["title"].clone()),
        ("deleteWebinar", json!("Showcase")),
        ("deleteProposedAction", proposal["title"].clone()),
    ] {
        let (_, before, after) = audit
            .iter()
            .find(|(a, _, _)| a == action)
            .unwrap_or_else(|| panic!("no {action} in the audit log"));
        assert_eq!(
            before["title"], title,
            "{action} keeps the record as it was"
        );
        assert!(after.is_null());
    }
}

/// Unknown IDs, another type's IDs, a proposed action a plan grew from and callers who may
/// not edit get errors, and nothing changes.
async fn bad_removals_change_nothing(backend: Backend) {
    let app = TestApp::start(backend).await;
    let coordinator = app.login("coordinator@mpg.demo").await.access_token;
    let adive = app.login("adive@partners.demo").await.access_token;
    let before = state(&app, &coordinator).await;
    let event = ids(&before, "events")[0].clone();
    let group_one = nodes(&before, "proposedActions")
        .iter()
        .find(|a| a["organisation"]["shortName"] == "GRDR")
        .unwrap()["workingGroup"]["id"]
        .clone();
    let webinar = nodes(&before, "webinars")
        .iter()
        .find(|w| w["workingGroup"]["id"] == group_one)
        .unwrap_or_else(|| panic!("a demo webinar of group 1"))["id"]
        .clone();
    let practice = ids(&before, "goodPractices")[0].clone();
    let origin = origins(&before)
        .first()
        .cloned()
        .unwrap_or_else(|| panic!("the demo has a plan action grown from a proposed action"));
    let unknown = mega_tests::builders::global_id("Event", 999_999);

    let cases = [
        (DELETE_EVENT, json!({ "id": unknown }), "id", "NOT_FOUND"),
        (DELETE_EVENT, json!({ "id": webinar }), "id", "NOT_FOUND"),
        (DELETE_WEBINAR, json!({ "id": event }), "id", "NOT_FOUND"),
        (DELETE_WEBINAR, json!({ "id": "" }), "id", "NOT_FOUND"),
        (
            DELETE_PRACTICE,
            json!({ "id": "x".repeat(10_000) }),
            "id",
            "NOT_FOUND",
        ),
        (
            DELETE_PROPOSED,
            json!({ "id": practice }),
            "id",
            "NOT_FOUND",
        ),
        (DELETE_PROPOSED, json!({ "id": origin }), "id", "IN_USE"),
    ];
    for (query, input, field, code) in cases {
        let payload = mutate(&app, &coordinator, query, input.clone()).await;
        let found = payload["userErrors"].as_array().unwrap();
        assert!(
            found
                .iter()
                .any(|e| e["field"].to_string().contains(field) && e["code"] == code),
            "{input}: expected {code} on {field}, got {found:?}"
        );
    }
    // Adive leads only group 4 and owns none of these.
    for (query, id) in [
        (DELETE_EVENT, &event),
        (DELETE_WEBINAR, &webinar),
        (DELETE_PROPOSED, &origin),
    ] {
        let body = app
            .graphql(Some(&adive), query, json!({ "input": { "id": id } }))
            .await;
        assert_eq!(
            body["errors"][0]["extensions"]["code"], "FORBIDDEN",
            "{body}"
        );
    }
    assert_eq!(state(&app, &coordinator).await, before, "nothing changed");
}

on_both_databases!(
    owners_remove_what_they_recorded,
    bad_removals_change_nothing
);
