//! The programme's phases: the report's dates as data everyone signed in reads, the
//! coordinator corrects and extends, audited; bad input changes nothing.

use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

const PHASES: &str = "{ programmePhases { id reference title summary start end startText endText
    viewerCanUpdate stages { id reference title start end startText endText stages { id } } } }";
const UPDATE: &str =
    "mutation($input: UpdateProgrammePhaseInput!) { updateProgrammePhase(input: $input) {
    programmePhase { id title start end endText } userErrors { field code } } }";
const CREATE: &str =
    "mutation($input: CreateProgrammePhaseInput!) { createProgrammePhase(input: $input) {
    programmePhase { id reference title start end } userErrors { field code } } }";

async fn phases(app: &TestApp, token: &str) -> Vec<Value> {
    let body = app.graphql(Some(token), PHASES, json!({})).await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["programmePhases"].as_array().unwrap().clone()
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

fn by_reference<'a>(list: &'a [Value], reference: &str) -> &'a Value {
    list.iter()
        .find(|p| p["reference"] == reference)
        .unwrap_or_else(|| panic!("no phase {reference} in {list:?}"))
}

/// The demo holds the report's phases with its dates and wording; a partner reads them but
/// may not change them.
async fn the_demo_programme_is_the_reports(backend: Backend) {
    let app = TestApp::start(backend).await;
    let grdr = app.login("grdr@partners.demo").await.access_token;
    let list = phases(&app, &grdr).await;
    let references: Vec<_> = list.iter().map(|p| p["reference"].clone()).collect();
    assert_eq!(references, vec![json!("1"), json!("2"), json!("3")]);

    let benchmarking = by_reference(&list, "1");
    assert_eq!(benchmarking["title"], "Benchmarking");
    assert!(
        benchmarking["start"].is_null(),
        "the report gives no dates for it"
    );

    let learning = by_reference(&list, "2");
    assert_eq!(learning["start"], "2018-09");
    assert_eq!(learning["end"], "2018-12");
    assert_eq!(learning["startText"], "end-September 2018");
    let webinars = by_reference(learning["stages"].as_array().unwrap(), "2b");
    assert_eq!(webinars["start"], "2018-11-05");
    assert_eq!(webinars["startText"], "in the week 5-10 November 2018");

    let planning = by_reference(&list, "3");
    assert_eq!(planning["start"], "2018-11");
    assert_eq!(planning["end"], "2020-03");
    let implementation = by_reference(planning["stages"].as_array().unwrap(), "3d");
    assert_eq!(
        implementation["title"],
        "Implementation and continuous exchange"
    );
    assert_eq!(implementation["start"], "2019-04");
    assert_eq!(implementation["end"], "2020-03");
    assert_eq!(implementation["stages"], json!([]));
    assert_eq!(planning["viewerCanUpdate"], false);

    let body = app
        .graphql(
            Some(&grdr),
            UPDATE,
            json!({ "input": { "id": learning["id"], "title": "Mine now" } }),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "FORBIDDEN",
        "{body}"
    );
    assert_eq!(phases(&app, &grdr).await, list, "nothing changed");
}

/// The coordinator moves the end of mutual learning and adds a stage to action planning;
/// both are in the audit log.
async fn coordinator_corrects_and_extends_the_programme(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let list = phases(&app, &token).await;
    let learning = by_reference(&list, "2").clone();
    assert_eq!(learning["viewerCanUpdate"], true);

    let updated = mutate(
        &app,
        &token,
        UPDATE,
        json!({ "id": learning["id"], "reference": "2", "title": "Mutual learning phase",
            "start": "2018-09", "end": "2019-01", "endText": "January 2019" }),
    )
    .await;
    assert_eq!(updated["userErrors"], json!([]));
    assert_eq!(updated["programmePhase"]["end"], "2019-01");

    let planning = by_reference(&list, "3").clone();
    let created = mutate(
        &app,
        &token,
        CREATE,
        json!({ "parentId": planning["id"], "reference": "3e", "title": "Final conference",
            "start": "2020-03-15", "end": "2020-03-15" }),
    )
    .await;
    assert_eq!(created["userErrors"], json!([]));
    let after = phases(&app, &token).await;
    let stages = by_reference(&after, "3")["stages"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(stages.last().unwrap()["title"], "Final conference");
    assert_eq!(by_reference(&after, "2")["endText"], "January 2019");

    let body = app
        .graphql(
            Some(&token),
            "{ auditEvents(first: 5) { nodes { action before after } } }",
            json!({}),
        )
        .await;
    let events = body["data"]["auditEvents"]["nodes"].as_array().unwrap();
    let update = events
        .iter()
        .find(|e| e["action"] == "updateProgrammePhase")
        .unwrap_or_else(|| panic!("no update in {events:?}"));
    assert_eq!(update["before"]["end"], "2018-12");
    assert_eq!(update["after"]["end"], "2019-01");
    assert!(events.iter().any(|e| e["action"] == "createProgrammePhase"));
}

/// Empty and too long texts, dates that are none or out of order, unknown IDs, another
/// type's IDs and a stage as a parent are user errors that change nothing.
async fn bad_phases_change_nothing(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let before = phases(&app, &token).await;
    let phase = before[1]["id"].clone();
    let stage = before[1]["stages"][0]["id"].clone();
    let unknown = json!(mega_tests::builders::global_id("ProgrammePhase", 999_999));
    let other_type = json!(mega_tests::builders::global_id("Territory", 1));
    let valid = |id: &Value| json!({ "id": id, "title": "Phase" });
    let with = |id: &Value, field: &str, value: Value| {
        let mut input = valid(id);
        input[field] = value;
        input
    };
    let cases = [
        (
            UPDATE,
            with(&phase, "title", json!("")),
            "title",
            "REQUIRED",
        ),
        (
            UPDATE,
            with(&phase, "title", json!("x".repeat(201))),
            "title",
            "TOO_LONG",
        ),
        (
            UPDATE,
            with(&phase, "summary", json!("x".repeat(2_001))),
            "summary",
            "TOO_LONG",
        ),
        (
            UPDATE,
            with(&phase, "reference", json!("x".repeat(9))),
            "reference",
            "TOO_LONG",
        ),
        (
            UPDATE,
            with(&phase, "start", json!("November")),
            "start",
            "INVALID_DATE",
        ),
        (
            UPDATE,
            json!({ "id": phase, "title": "Phase", "start": "2019-02", "end": "2019-01" }),
            "end",
            "END_BEFORE_START",
        ),
        (UPDATE, valid(&unknown), "id", "NOT_FOUND"),
        (UPDATE, valid(&other_type), "id", "NOT_FOUND"),
        (UPDATE, valid(&json!("")), "id", "NOT_FOUND"),
        (CREATE, json!({ "title": "" }), "title", "REQUIRED"),
        (
            CREATE,
            json!({ "title": "Sub", "parentId": stage }),
            "parentId",
            "NOT_FOUND",
        ),
        (
            CREATE,
            json!({ "title": "Sub", "parentId": other_type }),
            "parentId",
            "NOT_FOUND",
        ),
    ];
    for (query, input, field, code) in cases {
        let payload = mutate(&app, &token, query, input.clone()).await;
        let found = payload["userErrors"].as_array().unwrap();
        assert!(
            found
                .iter()
                .any(|e| e["field"].to_string().contains(field) && e["code"] == code),
            "{input}: expected {code} on {field}, got {found:?}"
        );
    }
    assert_eq!(phases(&app, &token).await, before, "nothing changed");
}

on_both_databases!(
    the_demo_programme_is_the_reports,
    coordinator_corrects_and_extends_the_programme,
    bad_phases_change_nothing
);
