//! The fields that once asked the database once per object — `Benchmark.round`,
//! `ProgressReport.step` and `WorkingGroup.invitedExperts` — load for a whole list in one
//! batch: a page of one costs as many statements as a page of many. Lists come from the demo
//! data (six benchmarks, dozens of reports, four groups, each given an invited expert).

use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

/// SQL statements the server runs for `query` with `first`, after a warm-up request (which
/// fills the identity cache and reads the rate-limit counter).
async fn statements(app: &TestApp, token: &str, query: &str, first: i64) -> (u64, Value) {
    app.graphql(Some(token), "{ viewer { id } }", json!({}))
        .await;
    let before = app.statements();
    let body = app
        .graphql(Some(token), query, json!({ "first": first }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    (app.statements() - before, body)
}

fn count(body: &Value, list: &str) -> usize {
    body["data"][list]["nodes"].as_array().map_or(0, Vec::len)
}

async fn nested_fields_load_in_one_batch(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    // Every group gets the expert, so a page of one has an expert to load like a page of four.
    let body = app
        .graphql(
            Some(&token),
            "{ workingGroups { nodes { id } } users(first: 100) { nodes { id email } } }",
            json!({}),
        )
        .await;
    let expert = body["data"]["users"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == "expert@experts.demo")
        .map(|u| u["id"].clone())
        .unwrap();
    for group in body["data"]["workingGroups"]["nodes"].as_array().unwrap() {
        app.graphql(
            Some(&token),
            "mutation($input: ExpertInvitationInput!) { inviteExpert(input: $input) { userErrors { code } } }",
            json!({ "input": { "workingGroupId": group["id"], "userId": expert } }),
        )
        .await;
    }
    // Every practice is adopted by three actions of different plans, so a page of one has
    // adopters (and their plans) to load like a page of many.
    let library = app
        .graphql(
            Some(&token),
            "{ goodPractices(first: 100) { nodes { id } }
               actionPlans(first: 3) { nodes { actions { id version } } } }",
            json!({}),
        )
        .await;
    let practices: Vec<Value> = library["data"]["goodPractices"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].clone())
        .collect();
    for plan in library["data"]["actionPlans"]["nodes"].as_array().unwrap() {
        let action = &plan["actions"][0];
        let linked = app
            .graphql(
                Some(&token),
                "mutation($input: SetActionGoodPracticesInput!) { setActionGoodPractices(input: $input) { userErrors { code } } }",
                json!({ "input": { "actionId": action["id"], "expectedVersion": action["version"], "goodPracticeIds": practices } }),
            )
            .await;
        assert_eq!(
            linked["data"]["setActionGoodPractices"]["userErrors"],
            json!([]),
            "{linked}"
        );
    }
    for (list, query) in [
        (
            "goodPractices",
            "query($first: Int) { goodPractices(first: $first) { nodes { id adoptedBy { id title } } } }",
        ),
        (
            "benchmarks",
            "query($first: Int) { benchmarks(first: $first) { nodes { id round { id name } } } }",
        ),
        (
            "progressReports",
            "query($first: Int) { progressReports(first: $first) { nodes { id step { id number title } } } }",
        ),
        (
            "workingGroups",
            "query($first: Int) { workingGroups(first: $first) { nodes { id invitedExperts { id displayName } } } }",
        ),
        (
            "thematicAreas",
            "query($first: Int) { thematicAreas(first: $first) { nodes { id viewerCanAddGoodPractice } } }",
        ),
    ] {
        let (one, small) = statements(&app, &token, query, 1).await;
        let (many, large) = statements(&app, &token, query, 50).await;
        assert_eq!(count(&small, list), 1, "{list}: {small}");
        assert!(
            count(&large, list) > 2,
            "{list} needs several objects: {large}"
        );
        assert_eq!(
            one,
            many,
            "{list}: {one} statements for one object, {many} for {}",
            count(&large, list)
        );
    }
}

on_both_databases!(nested_fields_load_in_one_batch);
