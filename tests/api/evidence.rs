//! Correcting and removing evidence: awards, territory facts and plenary outcomes are
//! updated and deleted by the coordinator, audited, and bad input changes nothing.

use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

const FACT: &str =
    "mutation($input: UpdateTerritoryFactInput!) { updateTerritoryFact(input: $input) {
    territoryFact { id figure value unit year qualifier sourceText territory { name } }
    userErrors { field code message } } }";
const DELETE_FACT: &str =
    "mutation($input: DeleteTerritoryFactInput!) { deleteTerritoryFact(input: $input) {
    territoryFact { id figure } userErrors { field code } } }";
const AWARD: &str = "mutation($input: UpdateAwardInput!) { updateAward(input: $input) {
    award { id name year winners { name activity } } userErrors { field code message } } }";
const DELETE_AWARD: &str = "mutation($input: DeleteAwardInput!) { deleteAward(input: $input) {
    award { id name } userErrors { field code } } }";
const DELETE_OUTCOME: &str =
    "mutation($input: DeletePlenaryOutcomeInput!) { deletePlenaryOutcome(input: $input) {
    plenaryOutcome { id heading } userErrors { field code } } }";
const EVIDENCE: &str = "{
    territoryFacts(first: 100) { totalCount nodes { id figure value unit sourceText } }
    awards { totalCount nodes { id name year winners { name } } }
    plenaryOutcomes(first: 100) { totalCount nodes { id heading } } }";

async fn evidence(app: &TestApp, token: &str) -> Value {
    let body = app.graphql(Some(token), EVIDENCE, json!({})).await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"].clone()
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

fn codes(payload: &Value) -> Vec<(String, String)> {
    payload["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["field"].to_string(),
                e["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The coordinator corrects a fact and an award, deletes an outcome, an award and a fact;
/// each change is in the audit log with its before and after.
async fn coordinator_corrects_and_removes_evidence(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let before = evidence(&app, &token).await;
    let fact = before["territoryFacts"]["nodes"][0].clone();
    let award = before["awards"]["nodes"][0].clone();
    let outcome = before["plenaryOutcomes"]["nodes"][0].clone();

    let updated = mutate(
        &app,
        &token,
        FACT,
        json!({ "id": fact["id"], "figure": "Businesses founded by migrants",
        "value": 12345.0, "unit": "businesses", "year": 2017, "qualifier": "around",
        "sourceText": "Corrected from the city's statistics office." }),
    )
    .await;
    assert_eq!(codes(&updated), vec![]);
    assert_eq!(updated["territoryFact"]["value"], 12345.0);
    assert_eq!(updated["territoryFact"]["qualifier"], "around");

    let updated = mutate(
        &app,
        &token,
        AWARD,
        json!({ "id": award["id"], "name": award["name"], "year": 2019,
        "winners": [{ "name": "Only winner", "activity": "catering" }] }),
    )
    .await;
    assert_eq!(codes(&updated), vec![]);
    assert_eq!(updated["award"]["year"], 2019);
    assert_eq!(
        updated["award"]["winners"],
        json!([{ "name": "Only winner", "activity": "catering" }])
    );

    let deleted = mutate(&app, &token, DELETE_OUTCOME, json!({ "id": outcome["id"] })).await;
    assert_eq!(
        deleted["plenaryOutcome"]["heading"], outcome["heading"],
        "the payload holds it as it was"
    );
    let deleted = mutate(&app, &token, DELETE_FACT, json!({ "id": fact["id"] })).await;
    assert_eq!(
        deleted["territoryFact"]["figure"],
        "Businesses founded by migrants"
    );
    let deleted = mutate(&app, &token, DELETE_AWARD, json!({ "id": award["id"] })).await;
    assert_eq!(deleted["award"]["name"], award["name"]);

    let after = evidence(&app, &token).await;
    for (list, record) in [
        ("territoryFacts", &fact),
        ("awards", &award),
        ("plenaryOutcomes", &outcome),
    ] {
        let total = |data: &Value| data[list]["totalCount"].as_i64().unwrap();
        assert_eq!(total(&after), total(&before) - 1, "{list}");
        let ids: Vec<&Value> = after[list]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| &n["id"])
            .collect();
        assert!(
            !ids.contains(&&record["id"]),
            "{list} still holds the deleted record"
        );
    }

    let body = app
        .graphql(
            Some(&token),
            "{ auditEvents(first: 10) { nodes { action entityType before after } } }",
            json!({}),
        )
        .await;
    let events = body["data"]["auditEvents"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    let find = |action: &str| {
        events
            .iter()
            .find(|e| e["action"] == action)
            .unwrap_or_else(|| panic!("no {action} in {events:?}"))
            .clone()
    };
    let event = find("updateTerritoryFact");
    assert_eq!(event["before"]["value"], fact["value"]);
    assert_eq!(event["after"]["value"], 12345.0);
    let event = find("deletePlenaryOutcome");
    assert_eq!(event["before"]["heading"], outcome["heading"]);
    assert!(event["after"].is_null());
    assert!(find("updateAward")["after"]["winners"].is_array());
    assert!(find("deleteAward")["after"].is_null());
    assert!(find("deleteTerritoryFact")["after"].is_null());
}

/// Empty and too long texts, unknown IDs and another type's IDs are user errors that change
/// nothing.
async fn bad_corrections_change_nothing(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let before = evidence(&app, &token).await;
    let fact = before["territoryFacts"]["nodes"][0].clone();
    let award = before["awards"]["nodes"][0].clone();
    let unknown_fact = mega_tests::builders::global_id("TerritoryFact", 999_999);
    let valid_fact = |figure: String, id: &Value| json!({ "id": id, "figure": figure, "value": 1.0, "unit": "people", "sourceText": "Said so." });

    let cases = [
        (
            FACT,
            valid_fact(String::new(), &fact["id"]),
            "figure",
            "REQUIRED",
        ),
        (
            FACT,
            valid_fact("x".repeat(301), &fact["id"]),
            "figure",
            "TOO_LONG",
        ),
        (
            FACT,
            valid_fact("Figure".into(), &json!(unknown_fact)),
            "id",
            "NOT_FOUND",
        ),
        (
            FACT,
            valid_fact("Figure".into(), &award["id"]),
            "id",
            "NOT_FOUND",
        ),
        (
            AWARD,
            json!({ "id": award["id"], "name": "", "year": 2019 }),
            "name",
            "REQUIRED",
        ),
        (
            AWARD,
            json!({ "id": award["id"], "name": "Award", "year": 1800 }),
            "year",
            "INVALID_YEAR",
        ),
        (
            AWARD,
            json!({ "id": fact["id"], "name": "Award", "year": 2019 }),
            "id",
            "NOT_FOUND",
        ),
        (DELETE_AWARD, json!({ "id": fact["id"] }), "id", "NOT_FOUND"),
        (
            DELETE_FACT,
            json!({ "id": unknown_fact }),
            "id",
            "NOT_FOUND",
        ),
        (
            DELETE_OUTCOME,
            json!({ "id": award["id"] }),
            "id",
            "NOT_FOUND",
        ),
        (
            DELETE_OUTCOME,
            json!({ "id": "not an id" }),
            "id",
            "NOT_FOUND",
        ),
    ];
    for (query, input, field, code) in cases {
        let payload = mutate(&app, &token, query, input.clone()).await;
        let found = codes(&payload);
        assert!(
            found.iter().any(|(f, c)| f.contains(field) && c == code),
            "{input}: expected {code} on {field}, got {found:?}"
        );
    }
    assert_eq!(evidence(&app, &token).await, before, "nothing changed");
}

on_both_databases!(
    coordinator_corrects_and_removes_evidence,
    bad_corrections_change_nothing
);
