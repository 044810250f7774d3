//! Coordination calls: scheduled in series, the next call due four months after the last,
//! overdue calls, minutes and decisions.

use chrono::{Months, Utc};
use mega_tests::builders::{Network, WorkingGroupBuilder};
use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::json;

async fn calls_are_scheduled_in_series_and_fall_due_after_four_months(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let area = network.thematic_area(1, "City leadership").await;
    let group = WorkingGroupBuilder::new(&area, "WG 1")
        .create(&network)
        .await
        .id;
    let coordinator = network.token().to_owned();
    let today = Utc::now().date_naive();
    let first = today.checked_sub_months(Months::new(9)).unwrap();
    let body = app
        .graphql(
            Some(&coordinator),
            "mutation($input: ScheduleCoordinationCallInput!) { scheduleCoordinationCall(input: $input) {
                series { id heldOn seriesId } userErrors { field code } } }",
            json!({ "input": { "workingGroupId": group, "heldOn": first.to_string(), "repeat": { "count": 3, "everyMonths": 4 } } }),
        )
        .await;
    let series = body["data"]["scheduleCoordinationCall"]["series"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(series.len(), 3, "{body}");
    let dates: Vec<&str> = series
        .iter()
        .map(|c| c["heldOn"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = (0..3)
        .map(|i| {
            first
                .checked_add_months(Months::new(4 * i))
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(dates, expected);
    assert!(
        series
            .iter()
            .all(|c| c["seriesId"] == series[0]["seriesId"] && c["seriesId"].is_string())
    );

    // Calls at -9, -5 and -1 months: the last held is the third; the next is due 4 months
    // after it, so not overdue.
    let status = "query($id: ID!) { workingGroup(id: $id) { lastCallOn nextCallDue nextScheduledCallOn callOverdue } }";
    let body = app
        .graphql(Some(&coordinator), status, json!({ "id": group }))
        .await;
    let wg = &body["data"]["workingGroup"];
    let last = first.checked_add_months(Months::new(8)).unwrap();
    assert_eq!(wg["lastCallOn"], last.to_string(), "{body}");
    assert_eq!(
        wg["nextCallDue"],
        last.checked_add_months(Months::new(4)).unwrap().to_string()
    );
    assert_eq!(wg["callOverdue"], false);
    assert!(wg["nextScheduledCallOn"].is_null());

    // Without the last call, the group is overdue since 4 months after the second.
    let delete = app
        .graphql(
            Some(&coordinator),
            "mutation($id: ID!) { deleteCoordinationCall(input: { id: $id }) { userErrors { code } } }",
            json!({ "id": series[2]["id"] }),
        )
        .await;
    assert_eq!(
        delete["data"]["deleteCoordinationCall"]["userErrors"],
        json!([]),
        "{delete}"
    );
    let body = app
        .graphql(Some(&coordinator), status, json!({ "id": group }))
        .await;
    assert_eq!(body["data"]["workingGroup"]["callOverdue"], true, "{body}");
    let report = app
        .graphql(
            Some(&coordinator),
            "{ report { overdueCalls { workingGroup { id } nextCallDue daysOverdue } } }",
            json!({}),
        )
        .await;
    let overdue = &report["data"]["report"]["overdueCalls"];
    let due = first.checked_add_months(Months::new(8)).unwrap();
    assert_eq!(overdue[0]["workingGroup"]["id"], group, "{report}");
    assert_eq!(overdue[0]["nextCallDue"], due.to_string());
    assert_eq!(overdue[0]["daysOverdue"], (today - due).num_days());

    // Minutes and decisions, with a stale version refused.
    let call = series[1]["id"].clone();
    let update =
        "mutation($input: UpdateCoordinationCallInput!) { updateCoordinationCall(input: $input) {
        coordinationCall { version notes decisions { text stepIds } } userErrors { code } } }";
    let body = app
        .graphql(Some(&coordinator), update, json!({ "input": { "id": call, "expectedVersion": 1, "notes": "All present.", "decisions": [{ "text": "Meet again in May." }] } }))
        .await;
    let updated = &body["data"]["updateCoordinationCall"]["coordinationCall"];
    assert_eq!(updated["version"], 2, "{body}");
    assert_eq!(updated["decisions"][0]["text"], "Meet again in May.");
    let body = app
        .graphql(
            Some(&coordinator),
            update,
            json!({ "input": { "id": call, "expectedVersion": 1, "notes": "Lost update" } }),
        )
        .await;
    assert_eq!(
        body["data"]["updateCoordinationCall"]["userErrors"][0]["code"], "STALE_VERSION",
        "{body}"
    );
    // A decision must name steps that exist.
    let body = app
        .graphql(
            Some(&coordinator),
            update,
            json!({ "input": { "id": call, "expectedVersion": 2,
                "decisions": [{ "text": "Follow up", "stepIds": [crate::fixtures::global_id("ActionStep", 999_999)] }] } }),
        )
        .await;
    let errors = &body["data"]["updateCoordinationCall"]["userErrors"];
    assert_eq!(errors[0]["code"], "NOT_FOUND", "{body}");
}

/// A decision linked to plan steps shows on those steps (and only those), for the plan's
/// organisation, with the call it was taken at; reading it costs the same statements
/// however many steps the plan has.
async fn decisions_show_on_the_steps_they_concern(backend: Backend) {
    let (app, cast, _) = super::start_with_grdr_plan(backend).await;
    let coordinator = app
        .login(mega_tests::builders::COORDINATOR_EMAIL)
        .await
        .access_token;
    let grdr = app.login("grdr@partners.test").await.access_token;
    let plan = super::plan_of(&app, &grdr, &cast.grdr.id).await;
    let first = plan["actions"][0]["steps"][0]["id"].clone();
    let other = plan["actions"][1]["steps"][0]["id"].clone();
    let schedule = app
        .graphql(
            Some(&coordinator),
            "mutation($input: ScheduleCoordinationCallInput!) { scheduleCoordinationCall(input: $input) {
                coordinationCall { id } userErrors { code } } }",
            json!({ "input": { "workingGroupId": cast.group1.id, "heldOn": "2019-05-10" } }),
        )
        .await;
    let call = schedule["data"]["scheduleCoordinationCall"]["coordinationCall"]["id"].clone();
    assert!(call.is_string(), "{schedule}");
    let steps_query = "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan {
        actions { steps { id decisions { text coordinationCall { id heldOn } } } } } } } }";
    let before = app.statements();
    let body = app
        .graphql(Some(&grdr), steps_query, json!({ "id": cast.grdr.id }))
        .await;
    let without_decisions = app.statements() - before;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(
        body["data"]["node"]["actionPlan"]["actions"][0]["steps"][0]["decisions"],
        json!([])
    );

    let update = app
        .graphql(
            Some(&coordinator),
            "mutation($input: UpdateCoordinationCallInput!) { updateCoordinationCall(input: $input) {
                userErrors { code } } }",
            json!({ "input": { "id": call, "expectedVersion": 1, "decisions": [
                { "text": "GRDR meets the council before the summer.", "stepIds": [first] },
                { "text": "Nothing about steps." } ] } }),
        )
        .await;
    assert_eq!(
        update["data"]["updateCoordinationCall"]["userErrors"],
        json!([]),
        "{update}"
    );

    let before = app.statements();
    let body = app
        .graphql(Some(&grdr), steps_query, json!({ "id": cast.grdr.id }))
        .await;
    assert_eq!(
        app.statements() - before,
        without_decisions,
        "one statement for the decisions of every step"
    );
    let actions = &body["data"]["node"]["actionPlan"]["actions"];
    let step = actions[0]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == first)
        .unwrap();
    assert_eq!(
        step["decisions"],
        json!([{ "text": "GRDR meets the council before the summer.",
                 "coordinationCall": { "id": call, "heldOn": "2019-05-10" } }]),
        "{body}"
    );
    for action in actions.as_array().unwrap() {
        for other_step in action["steps"].as_array().unwrap() {
            if other_step["id"] != first {
                assert_eq!(other_step["decisions"], json!([]), "{other_step}");
            }
        }
    }
    assert_ne!(first, other);
}

on_both_databases!(
    calls_are_scheduled_in_series_and_fall_due_after_four_months,
    decisions_show_on_the_steps_they_concern,
);
