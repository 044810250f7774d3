//! `actionPlans` runs the policy's scope, the filters, the count and the page in the database:
//! every caller's list is exactly the plans it may open one by one, page after page, and each
//! filter keeps exactly the plans it names. On the demo plus one generated copy of its
//! network, which has unpublished plans (the demo alone has none).

use std::collections::BTreeSet;

use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

const PAGE: &str = "query($first: Int, $after: String, $filter: ActionPlanFilter) {
    actionPlans(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id stage organisation { id } actions { thematicArea { id } } } } }";

/// Every plan of the list, read in pages of `first`, checking each page's total.
async fn every_page(app: &TestApp, token: &str, filter: Value, first: i64) -> Vec<Value> {
    let mut plans = Vec::new();
    let mut after = Value::Null;
    loop {
        let body = app
            .graphql(
                Some(token),
                PAGE,
                json!({ "first": first, "after": after, "filter": filter }),
            )
            .await;
        assert!(body["errors"].is_null(), "{body}");
        let page = &body["data"]["actionPlans"];
        let nodes = page["nodes"].as_array().unwrap();
        assert!(nodes.len() as i64 <= first);
        plans.extend(nodes.iter().cloned());
        if page["pageInfo"]["hasNextPage"] != json!(true) {
            assert_eq!(page["totalCount"], json!(plans.len()), "{filter}");
            return plans;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
}

fn ids(plans: &[Value]) -> Vec<String> {
    plans
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect()
}

/// A newcomer's draft plan with one action in the area numbered `area_number`: read by the
/// leading members of that area's group and the experts invited to it, not by its learners.
async fn coached_draft(app: &TestApp, coordinator: &str, area_number: i64) {
    let areas = app
        .graphql(
            Some(coordinator),
            "{ thematicAreas(first: 10) { nodes { id number } } }",
            json!({}),
        )
        .await;
    let area = areas["data"]["thematicAreas"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["number"] == area_number)
        .unwrap()["id"]
        .clone();
    let body = app
        .graphql(
            Some(coordinator),
            "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
                organisation { id } } }",
            json!({ "input": { "organisation": {
                "name": format!("Newcomer in area {area_number}"), "kind": "NGO" } } }),
        )
        .await;
    let organisation = body["data"]["createOrganisation"]["organisation"]["id"].clone();
    let body = app
        .graphql(
            Some(coordinator),
            "mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) {
                actionPlan { id } } }",
            json!({ "input": { "organisationId": organisation } }),
        )
        .await;
    let plan = body["data"]["createActionPlan"]["actionPlan"]["id"].clone();
    let body = app
        .graphql(
            Some(coordinator),
            "mutation($input: AddActionInput!) { addAction(input: $input) {
                action { id } userErrors { code } } }",
            json!({ "input": { "actionPlanId": plan, "action": {
                "title": "Act", "thematicAreaId": area, "origin": "OTHER_OPPORTUNITY" } } }),
        )
        .await;
    assert_eq!(body["data"]["addAction"]["userErrors"], json!([]), "{body}");
}

async fn lists_are_scoped_filtered_and_paged_in_the_database(backend: Backend) {
    let app = TestApp::builder(backend).generated(1).start().await;
    let coordinator = app.login("coordinator@mpg.demo").await.access_token;
    // Munich leads city leadership (1), where GRDR learns; the expert is invited to the
    // chambers group (3).
    coached_draft(&app, &coordinator, 1).await;
    coached_draft(&app, &coordinator, 3).await;
    let all = every_page(&app, &coordinator, json!({}), 100).await;
    let all_ids = ids(&all);
    assert!(
        all.iter()
            .any(|p| p["stage"] == "DRAFT" || p["stage"] == "SUBMITTED"),
        "the scene has unpublished plans"
    );
    let mut sorted = all_ids.clone();
    sorted.sort_by_key(|id| mega_tests::builders::decode_id(id));
    assert_eq!(all_ids, sorted, "ordered by creation");

    // Each caller's list, in pages of 3, is exactly what it may open plan by plan.
    for email in [
        "munich@partners.demo",
        "grdr@partners.demo",
        "expert@experts.demo",
        "coordinator@mpg.demo",
    ] {
        let token = app.login(email).await.access_token;
        let listed: BTreeSet<String> = ids(&every_page(&app, &token, json!({}), 3).await)
            .into_iter()
            .collect();
        let mut readable = BTreeSet::new();
        for id in &all_ids {
            let body = app
                .graphql(
                    Some(&token),
                    "query($id: ID!) { actionPlan(id: $id) { id } }",
                    json!({ "id": id }),
                )
                .await;
            if body["data"]["actionPlan"]["id"] == json!(id) {
                readable.insert(id.clone());
            }
        }
        assert_eq!(listed, readable, "{email}");
        let drafts = all
            .iter()
            .filter(|p| p["stage"] == "DRAFT" && listed.contains(p["id"].as_str().unwrap()))
            .count();
        // The generated copy's drafts are its own organisations'; the two newcomers' show to
        // whoever coaches their area.
        let expected_drafts = match email {
            "munich@partners.demo" | "expert@experts.demo" => 1,
            "grdr@partners.demo" => 0,
            _ => drafts,
        };
        assert_eq!(drafts, expected_drafts, "{email}");
    }

    // Each filter keeps exactly the plans it names.
    let organisation = all[0]["organisation"]["id"].clone();
    let of_organisation = every_page(
        &app,
        &coordinator,
        json!({ "organisationId": organisation }),
        100,
    )
    .await;
    assert_eq!(ids(&of_organisation), [all_ids[0].clone()]);
    for stage in ["DRAFT", "IMPLEMENTING"] {
        let expected: Vec<_> = all
            .iter()
            .filter(|p| p["stage"] == stage)
            .cloned()
            .collect();
        let in_stage = every_page(&app, &coordinator, json!({ "stage": stage }), 2).await;
        assert_eq!(ids(&in_stage), ids(&expected), "{stage}");
    }
    let body = app
        .graphql(
            Some(&coordinator),
            "{ workingGroups(first: 100) { nodes { id thematicArea { id } } } }",
            json!({}),
        )
        .await;
    for group in body["data"]["workingGroups"]["nodes"].as_array().unwrap() {
        let area = &group["thematicArea"]["id"];
        let expected: Vec<_> = all
            .iter()
            .filter(|p| {
                p["actions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|a| a["thematicArea"]["id"] == *area)
            })
            .cloned()
            .collect();
        let in_group = every_page(
            &app,
            &coordinator,
            json!({ "workingGroupId": group["id"] }),
            100,
        )
        .await;
        assert_eq!(ids(&in_group), ids(&expected), "{group}");
    }
}

on_both_databases!(lists_are_scoped_filtered_and_paged_in_the_database);
