//! The transfer of practices traced: an action links to the good practices it adopts; each
//! practice leads to the adopting cities, their actions and their progress (the practice's
//! `adoptedBy`, `report.practiceTransfers`, the steps CSV). Bad input changes nothing.

use mega_tests::{Backend, TestApp, on_both_databases, user_errors};
use serde_json::{Value, json};

const SET: &str = "mutation($input: SetActionGoodPracticesInput!) { setActionGoodPractices(input: $input) {
    action { id version goodPractices { id title organisation { shortName } } } userErrors { field code } } }";
const PLAN: &str = "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan { stage
    actions { id title version viewerCanLinkPractices goodPractices { id } } } } } }";
const TRANSFERS: &str =
    "{ report { practiceTransfers { goodPractice { id title organisation { shortName } }
    action { id title progress } actionPlan { organisation { shortName } } } } }";

async fn set(app: &TestApp, token: &str, input: Value) -> Value {
    let body = app
        .graphql(Some(token), SET, json!({ "input": input }))
        .await;
    if body["errors"].is_null() {
        body["data"]["setActionGoodPractices"].clone()
    } else {
        body
    }
}

async fn org_id(app: &TestApp, token: &str, short_name: &str) -> String {
    let body = app
        .graphql(
            Some(token),
            "{ organisations(first: 100) { nodes { id shortName } } }",
            json!({}),
        )
        .await;
    body["data"]["organisations"]["nodes"]
        .as_array()
        .and_then(|n| n.iter().find(|o| o["shortName"] == short_name))
        .and_then(|o| o["id"].as_str())
        .unwrap_or_else(|| panic!("no {short_name}: {body}"))
        .to_owned()
}

/// Munich links one of its IMPLEMENTING plan's actions to another city's practice: the
/// practice shows Munich's action under `adoptedBy` to any reader, the transfers report lists
/// it with its progress, the CSV carries it; unlinking takes it out again.
async fn munich_adopts_a_practice_and_the_transfer_is_traced(backend: Backend) {
    let app = TestApp::start(backend).await;
    let munich = app.login("munich@partners.demo").await.access_token;
    let grdr = app.login("grdr@partners.demo").await.access_token;
    let munich_org = org_id(&app, &munich, "Munich").await;
    let plan = app
        .graphql(Some(&munich), PLAN, json!({ "id": munich_org }))
        .await["data"]["node"]["actionPlan"]
        .clone();
    assert_eq!(plan["stage"], "IMPLEMENTING", "{plan}");
    let action = plan["actions"][0].clone();
    assert_eq!(action["viewerCanLinkPractices"], true);
    let practices = app
        .graphql(
            Some(&munich),
            "{ goodPractices(first: 50) { nodes { id title organisation { shortName } } } }",
            json!({}),
        )
        .await["data"]["goodPractices"]["nodes"]
        .clone();
    let practice = practices
        .as_array()
        .and_then(|p| {
            p.iter().find(|p| {
                p["organisation"]["shortName"]
                    .as_str()
                    .is_some_and(|s| s != "Munich")
            })
        })
        .cloned()
        .unwrap_or_else(|| panic!("no practice of another city: {practices}"));

    // Refusals first: none changes anything.
    let forbidden = set(
        &app,
        &grdr,
        json!({ "actionId": action["id"], "expectedVersion": action["version"],
            "goodPracticeIds": [practice["id"]] }),
    )
    .await;
    assert_eq!(forbidden["errors"][0]["extensions"]["code"], "FORBIDDEN");
    let stale = set(
        &app,
        &munich,
        json!({ "actionId": action["id"], "expectedVersion": 999, "goodPracticeIds": [practice["id"]] }),
    )
    .await;
    assert_eq!(
        user_errors(&stale),
        [("expectedVersion".into(), "STALE_VERSION".into())]
    );
    let wrong_type = set(
        &app,
        &munich,
        json!({ "actionId": action["id"], "expectedVersion": action["version"],
            "goodPracticeIds": [action["id"]] }),
    )
    .await;
    assert_eq!(
        user_errors(&wrong_type),
        [("goodPracticeIds".into(), "NOT_FOUND".into())]
    );
    let distinct: Vec<String> = (1..=21)
        .map(|raw| mega_domain::NodeId::global_id(mega_domain::GoodPracticeId(raw)))
        .collect();
    let over = set(
        &app,
        &munich,
        json!({ "actionId": action["id"], "expectedVersion": action["version"],
            "goodPracticeIds": distinct }),
    )
    .await;
    assert_eq!(
        user_errors(&over),
        [("goodPracticeIds".into(), "TOO_MANY".into())]
    );
    let too_many: Vec<Value> = (1..=21).map(|_| practice["id"].clone()).collect();
    let repeated = set(
        &app,
        &munich,
        json!({ "actionId": action["id"], "expectedVersion": action["version"],
            "goodPracticeIds": too_many }),
    )
    .await;
    assert_eq!(
        user_errors(&repeated),
        Vec::<(String, String)>::new(),
        "repeats count once"
    );
    assert_eq!(
        repeated["action"]["goodPractices"].as_array().map(Vec::len),
        Some(1)
    );
    let version = repeated["action"]["version"].clone();
    let unlinked = set(
        &app,
        &munich,
        json!({ "actionId": action["id"], "expectedVersion": version, "goodPracticeIds": [] }),
    )
    .await;
    assert_eq!(unlinked["action"]["goodPractices"], json!([]));

    let linked = set(
        &app,
        &munich,
        json!({ "actionId": action["id"], "expectedVersion": unlinked["action"]["version"],
            "goodPracticeIds": [practice["id"]] }),
    )
    .await;
    assert_eq!(user_errors(&linked), Vec::<(String, String)>::new());
    assert_eq!(linked["action"]["goodPractices"][0]["id"], practice["id"]);

    // Any reader follows the practice to Munich's action.
    let adopted = app
        .graphql(
            Some(&grdr),
            "query($id: ID!) { node(id: $id) { ... on GoodPractice { adoptedBy { id title } } } }",
            json!({ "id": practice["id"] }),
        )
        .await;
    assert_eq!(
        adopted["data"]["node"]["adoptedBy"][0]["id"], action["id"],
        "{adopted}"
    );
    let report = app.graphql(Some(&grdr), TRANSFERS, json!({})).await;
    let transfers = report["data"]["report"]["practiceTransfers"].clone();
    let transfer = transfers
        .as_array()
        .and_then(|t| t.iter().find(|t| t["action"]["id"] == action["id"]))
        .cloned()
        .unwrap_or_else(|| panic!("not in the transfers: {report}"));
    assert_eq!(transfer["goodPractice"]["id"], practice["id"]);
    assert_eq!(
        transfer["actionPlan"]["organisation"]["shortName"],
        "Munich"
    );
    assert!(transfer["action"]["progress"].is_number(), "{transfer}");

    // Filtered on practices: only theirs; too many or malformed IDs are refused.
    const FILTERED: &str =
        "query($ids: [ID!]) { report { practiceTransfers(goodPracticeIds: $ids) {
        goodPractice { id } } } }";
    let only = app
        .graphql(Some(&grdr), FILTERED, json!({ "ids": [practice["id"]] }))
        .await;
    let only = only["data"]["report"]["practiceTransfers"]
        .as_array()
        .unwrap_or_else(|| panic!("{only}"))
        .clone();
    assert!(!only.is_empty());
    assert!(
        only.iter()
            .all(|t| t["goodPractice"]["id"] == practice["id"])
    );
    let practices = app
        .graphql(
            Some(&grdr),
            "{ goodPractices(first: 20) { nodes { id } } }",
            json!({}),
        )
        .await;
    let other = practices["data"]["goodPractices"]["nodes"]
        .as_array()
        .and_then(|nodes| {
            // A practice nobody adopts.
            nodes.iter().find(|p| {
                transfers
                    .as_array()
                    .is_some_and(|all| all.iter().all(|t| t["goodPractice"]["id"] != p["id"]))
            })
        })
        .map(|p| p["id"].clone())
        .unwrap_or_else(|| panic!("{practices}"));
    let none = app
        .graphql(Some(&grdr), FILTERED, json!({ "ids": [other] }))
        .await;
    assert_eq!(
        none["data"]["report"]["practiceTransfers"],
        json!([]),
        "{none}"
    );
    for ids in [
        json!(vec![practice["id"].clone(); 101]),
        json!(["nonsense"]),
    ] {
        let refused = app
            .graphql(Some(&grdr), FILTERED, json!({ "ids": ids }))
            .await;
        assert_eq!(
            mega_tests::error_code(&refused),
            Some("BAD_USER_INPUT"),
            "{refused}"
        );
    }

    let csv = app
        .client()
        .get(app.url("/api/reports/steps.csv"))
        .bearer_auth(&grdr)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let title = practice["title"].as_str().unwrap_or_default();
    assert!(
        csv.lines()
            .any(|line| line.contains(title) && line.contains("Munich")),
        "the CSV names the practice on Munich's rows"
    );

    // A practice deleted goes from the action (the action stays).
    let deleted = app
        .graphql(
            Some(&app.login("coordinator@mpg.demo").await.access_token),
            "mutation($input: DeleteGoodPracticeInput!) { deleteGoodPractice(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": practice["id"] } }),
        )
        .await;
    assert!(deleted["errors"].is_null(), "{deleted}");
    let after = app
        .graphql(Some(&munich), PLAN, json!({ "id": munich_org }))
        .await["data"]["node"]["actionPlan"]["actions"][0]["goodPractices"]
        .clone();
    assert_eq!(after, json!([]));
}

on_both_databases!(munich_adopts_a_practice_and_the_transfer_is_traced);
