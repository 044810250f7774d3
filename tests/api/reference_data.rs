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

const AREA_CELLS: &str = "mutation($input: UpdateThematicAreaInput!) {
    updateThematicArea(input: $input) {
    thematicArea { id benchmarkCells { keyActor dimension } } userErrors { field code } } }";

fn cell(key_actor: &str, dimension: &str) -> Value {
    json!({ "keyActor": key_actor, "dimension": dimension })
}

async fn area_node(app: &TestApp, token: &str, id: &Value) -> Value {
    let body = app
        .graphql(
            Some(token),
            "query($id: ID!) { node(id: $id) { ... on ThematicArea {
                number benchmarkCells { keyActor dimension } } } }",
            json!({ "id": id }),
        )
        .await;
    body["data"]["node"].clone()
}

/// The cells that measure an area: the demo's own mapping, chosen as a set (matrix order,
/// each once), kept when an update leaves them out, cleared with an empty list, audited; a
/// value outside the matrix is refused and changes nothing.
async fn areas_are_measured_by_benchmark_cells(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let body = app
        .graphql(
            Some(&token),
            "{ thematicAreas(first: 10) { nodes { id number title description
                benchmarkCells { keyActor dimension } } } }",
            json!({}),
        )
        .await;
    let areas = body["data"]["thematicAreas"]["nodes"].as_array().unwrap();
    assert_eq!(
        areas[3]["benchmarkCells"],
        json!([
            cell("MUNICIPALITY", "INCLUSIVE_PROCUREMENT"),
            cell("CHAMBER_OF_COMMERCE", "INCLUSIVE_PROCUREMENT"),
            cell("BUSINESS_ORGANISATION", "INCLUSIVE_PROCUREMENT"),
            cell("IMMIGRANT_ORGANISATION", "INCLUSIVE_PROCUREMENT"),
        ]),
        "the demo maps procurement to every actor's inclusive procurement"
    );
    assert!(areas.iter().all(|a| {
        a["benchmarkCells"]
            .as_array()
            .is_some_and(|cells| !cells.is_empty())
    }));

    let created = payload(
        &app,
        &token,
        CREATE_AREA,
        json!({ "number": 7, "title": "Access to finance",
            "benchmarkCells": [
                cell("IMMIGRANT_ORGANISATION", "SUPPORT_SERVICES"),
                cell("MUNICIPALITY", "SUPPORT_SERVICES"),
                cell("IMMIGRANT_ORGANISATION", "SUPPORT_SERVICES"),
            ] }),
    )
    .await;
    assert_eq!(created["userErrors"], json!([]));
    let id = created["thematicArea"]["id"].clone();
    let in_order = json!([
        cell("MUNICIPALITY", "SUPPORT_SERVICES"),
        cell("IMMIGRANT_ORGANISATION", "SUPPORT_SERVICES"),
    ]);
    assert_eq!(
        area_node(&app, &token, &id).await["benchmarkCells"],
        in_order,
        "a set"
    );

    let renumbered = payload(
        &app,
        &token,
        AREA_CELLS,
        json!({ "id": id, "number": 8, "title": "Access to finance" }),
    )
    .await;
    assert_eq!(
        renumbered["thematicArea"]["benchmarkCells"], in_order,
        "kept"
    );

    let audit = app.audit_count().await;
    let refused = app
        .graphql(
            Some(&token),
            AREA_CELLS,
            json!({ "input": { "id": id, "number": 9, "title": "Access to finance",
                "benchmarkCells": [cell("MUNICIPALITY", "FINANCE")] } }),
        )
        .await;
    assert_eq!(
        mega_tests::error_code(&refused),
        Some("GRAPHQL_VALIDATION_FAILED"),
        "{refused}"
    );
    assert_eq!(app.audit_count().await, audit);
    assert_eq!(
        area_node(&app, &token, &id).await["number"],
        8,
        "nothing changed"
    );

    let cleared = payload(
        &app,
        &token,
        AREA_CELLS,
        json!({ "id": id, "number": 8, "title": "Access to finance", "benchmarkCells": [] }),
    )
    .await;
    assert_eq!(cleared["thematicArea"]["benchmarkCells"], json!([]));
    let body = app
        .graphql(
            Some(&token),
            "{ auditEvents(first: 1) { nodes { action before after } } }",
            json!({}),
        )
        .await;
    let event = &body["data"]["auditEvents"]["nodes"][0];
    assert_eq!(event["action"], "updateThematicArea");
    assert_eq!(
        event["before"]["benchmark_cells"].as_array().map(Vec::len),
        Some(2)
    );
    assert_eq!(event["after"]["benchmark_cells"], json!([]));
}

on_both_databases!(
    composition_rules_are_checked,
    coordinator_keeps_territories_and_areas,
    bad_reference_data_changes_nothing,
    areas_are_measured_by_benchmark_cells
);
