//! Territories and thematic areas kept by the coordinator: created, corrected, audited; bad
//! input changes nothing; the groups' composition checked against the report's rules.

use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

const CREATE_TERRITORY: &str =
    "mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) {
    territory { id name country } userErrors { field code } } }";
const UPDATE_TERRITORY: &str =
    "mutation($input: UpdateTerritoryInput!) { updateTerritory(input: $input) {
    territory { id name country } userErrors { field code } } }";
const CREATE_AREA: &str =
    "mutation($input: CreateThematicAreaInput!) { createThematicArea(input: $input) {
    thematicArea { id number title description } userErrors { field code } } }";
const UPDATE_AREA: &str =
    "mutation($input: UpdateThematicAreaInput!) { updateThematicArea(input: $input) {
    thematicArea { id number title description } userErrors { field code } } }";
const LISTS: &str = "{ territories(first: 100) { nodes { id name country } }
    thematicAreas(first: 100) { nodes { id number title description } } }";

async fn payload(app: &TestApp, token: &str, query: &str, input: Value) -> Value {
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

/// The coordinator adds Vienna and a fifth theme, then corrects both; the lists and the
/// audit log show it.
async fn coordinator_keeps_territories_and_areas(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let created = payload(
        &app,
        &token,
        CREATE_TERRITORY,
        json!({ "name": " Vienna ", "country": "at" }),
    )
    .await;
    assert_eq!(created["userErrors"], json!([]));
    assert_eq!(created["territory"]["name"], "Vienna");
    assert_eq!(created["territory"]["country"], "AT");
    let id = created["territory"]["id"].clone();
    let updated = payload(
        &app,
        &token,
        UPDATE_TERRITORY,
        json!({ "id": id, "name": "Wien", "country": "AT" }),
    )
    .await;
    assert_eq!(updated["territory"]["name"], "Wien");

    let area = payload(
        &app,
        &token,
        CREATE_AREA,
        json!({ "number": 5, "title": "Access to finance" }),
    )
    .await;
    assert_eq!(area["userErrors"], json!([]));
    assert_eq!(area["thematicArea"]["description"], "");
    let area_id = area["thematicArea"]["id"].clone();
    let updated = payload(
        &app,
        &token,
        UPDATE_AREA,
        json!({ "id": area_id, "number": 6,
        "title": "Access to finance", "description": "Micro-credit and guarantees." }),
    )
    .await;
    assert_eq!(updated["thematicArea"]["number"], 6);

    let body = app.graphql(Some(&token), LISTS, json!({})).await;
    let names: Vec<&str> = body["data"]["territories"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Wien") && !names.contains(&"Vienna"),
        "{names:?}"
    );
    let numbers: Vec<i64> = body["data"]["thematicAreas"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["number"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, [1, 2, 3, 4, 6], "in programme order");

    let body = app
        .graphql(
            Some(&token),
            "{ auditEvents(first: 4) { nodes { action before after } } }",
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
        actions,
        [
            "updateThematicArea",
            "createThematicArea",
            "updateTerritory",
            "createTerritory"
        ]
    );
    assert_eq!(
        body["data"]["auditEvents"]["nodes"][0]["before"]["number"],
        5
    );
}

/// Empty, too long and malformed fields, a number taken, unknown IDs and another type's IDs
/// are user errors on their field and change nothing.
async fn bad_reference_data_changes_nothing(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let before = app.graphql(Some(&token), LISTS, json!({})).await;
    let munich = before["data"]["territories"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "Munich")
        .unwrap()["id"]
        .clone();
    let area1 = before["data"]["thematicAreas"]["nodes"][0]["id"].clone();
    let unknown = mega_tests::builders::global_id("Territory", 999_999);
    let audit = app.audit_count().await;
    let cases = [
        (
            CREATE_TERRITORY,
            json!({ "name": "", "country": "AT" }),
            "name",
            "REQUIRED",
        ),
        (
            CREATE_TERRITORY,
            json!({ "name": "x".repeat(201), "country": "AT" }),
            "name",
            "TOO_LONG",
        ),
        (
            CREATE_TERRITORY,
            json!({ "name": "Vienna", "country": "Austria" }),
            "country",
            "INVALID_COUNTRY",
        ),
        (
            UPDATE_TERRITORY,
            json!({ "id": unknown, "name": "Vienna", "country": "AT" }),
            "id",
            "NOT_FOUND",
        ),
        (
            UPDATE_TERRITORY,
            json!({ "id": area1, "name": "Vienna", "country": "AT" }),
            "id",
            "NOT_FOUND",
        ),
        (
            UPDATE_TERRITORY,
            json!({ "id": munich, "name": " ", "country": "DE" }),
            "name",
            "REQUIRED",
        ),
        (
            CREATE_AREA,
            json!({ "number": 2, "title": "Taken" }),
            "number",
            "ALREADY_EXISTS",
        ),
        (
            CREATE_AREA,
            json!({ "number": 100, "title": "Too far" }),
            "number",
            "OUT_OF_RANGE",
        ),
        (
            CREATE_AREA,
            json!({ "number": 7, "title": "Long", "description": "d".repeat(5_001) }),
            "description",
            "TOO_LONG",
        ),
        (
            UPDATE_AREA,
            json!({ "id": area1, "number": 2, "title": "Clash" }),
            "number",
            "ALREADY_EXISTS",
        ),
        (
            UPDATE_AREA,
            json!({ "id": munich, "number": 1, "title": "City leadership" }),
            "id",
            "NOT_FOUND",
        ),
    ];
    for (query, input, field, code) in cases {
        let result = payload(&app, &token, query, input.clone()).await;
        assert_eq!(
            result["userErrors"][0]["field"],
            json!(["input", field]),
            "{input}: {result}"
        );
        assert_eq!(result["userErrors"][0]["code"], code, "{input}: {result}");
    }
    assert_eq!(
        app.graphql(Some(&token), LISTS, json!({})).await,
        before,
        "nothing changed"
    );
    assert_eq!(app.audit_count().await, audit, "nothing audited");
}

const WARNINGS: &str = "{ compositionWarnings { rule leadingCount expectedCount
    workingGroup { thematicArea { number } } territory { name } } }";

/// The 2018 groups as imported depart from the report's rules once: Paris is printed as a
/// leading city of group 2 without an organisation, so that group has one leading
/// city/region. A change of membership shows at once; partners may not look.
async fn composition_rules_are_checked(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let body = app.graphql(Some(&token), WARNINGS, json!({})).await;
    assert_eq!(
        body["data"]["compositionWarnings"],
        json!([{ "rule": "TWO_LEADING_TERRITORIES", "leadingCount": 1, "expectedCount": 2,
            "workingGroup": { "thematicArea": { "number": 2 } }, "territory": null }]),
        "{body}"
    );

    // Hamburg (UoG) stops leading group 3: that group has one leading city/region, and
    // Hamburg leads no group any more.
    let body = app
        .graphql(
            Some(&token),
            "{ workingGroups { nodes { thematicArea { number } memberships { id participation organisation { shortName } } } } }",
            json!({}),
        )
        .await;
    let membership = body["data"]["workingGroups"]["nodes"][2]["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["organisation"]["shortName"] == "UoG")
        .unwrap()
        .clone();
    let changed = payload(
        &app,
        &token,
        "mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { userErrors { field code } } }",
        json!({ "id": membership["id"], "role": "LEARNING", "participation": membership["participation"] }),
    )
    .await;
    assert_eq!(changed["userErrors"], json!([]));
    let body = app.graphql(Some(&token), WARNINGS, json!({})).await;
    let warnings = body["data"]["compositionWarnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 3, "{body}");
    assert_eq!(warnings[1]["workingGroup"]["thematicArea"]["number"], 3);
    assert_eq!(warnings[1]["leadingCount"], 1);
    assert_eq!(warnings[2]["rule"], "EVERY_TERRITORY_LEADS");
    assert_eq!(warnings[2]["territory"]["name"], "Hamburg");

    let partner = app.login("munich@partners.demo").await.access_token;
    let body = app.graphql(Some(&partner), WARNINGS, json!({})).await;
    assert_eq!(mega_tests::error_code(&body), Some("FORBIDDEN"), "{body}");
}

on_both_databases!(
    composition_rules_are_checked,
    coordinator_keeps_territories_and_areas,
    bad_reference_data_changes_nothing
);
