//! Implementation monitoring through the real server: progress reports (only while
//! IMPLEMENTING, rolling up to actions and plans), feedback on reports, coordination calls
//! (series, next call due, overdue), the `report` aggregates — each checked against the same
//! figures computed another way, per step, and bounded in SQL statements — and the steps CSV.

use std::collections::BTreeMap;

use chrono::{Months, Utc};
use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Ids;

const PLAN: &str = "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan {
    id stage version progress actions { id progress thematicArea { number } origin
      steps { id number parentId status percentComplete end baselineEnd
        slippage { late daysBehindBaseline daysOverdue daysLate } } } } } } }";
const SUBMIT: &str =
    "mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) {
    progressReport { id status percentComplete } userErrors { field code } } }";
const ADD_FEEDBACK: &str = "mutation($input: AddFeedbackInput!) { addFeedback(input: $input) {
    feedback { id } userErrors { code } } }";

async fn plan_of(app: &TestApp, token: &str, org: &str) -> Value {
    let body = app.graphql(Some(token), PLAN, json!({ "id": org })).await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["node"]["actionPlan"].clone()
}

fn leaf_steps(action: &Value) -> Vec<Value> {
    let steps = action["steps"].as_array().cloned().unwrap_or_default();
    steps
        .iter()
        .filter(|s| !steps.iter().any(|c| c["parentId"] == s["id"]))
        .cloned()
        .collect()
}

async fn submit(app: &TestApp, token: &str, input: Value) -> Value {
    app.graphql(Some(token), SUBMIT, json!({ "input": input }))
        .await
}

async fn reports_roll_up_to_actions_and_plans(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let grdr = app.login("grdr@partners.demo").await.access_token;
    let plan = plan_of(&app, &grdr, ids.org("GRDR")).await;
    assert_eq!(plan["stage"], "IMPLEMENTING");
    let action = &plan["actions"][0];
    let leaves = leaf_steps(action);
    assert!(!leaves.is_empty());
    for step in &leaves {
        let body = submit(
            &app,
            &grdr,
            json!({ "stepId": step["id"], "status": "DONE", "percentComplete": 100, "narrative": "Finished." }),
        )
        .await;
        assert_eq!(
            body["data"]["submitProgressReport"]["userErrors"],
            json!([]),
            "{body}"
        );
    }
    let after = plan_of(&app, &grdr, ids.org("GRDR")).await;
    let action = &after["actions"][0];
    assert_eq!(action["progress"], 100.0, "every leaf DONE: {action}");
    for step in leaf_steps(action) {
        assert_eq!(step["status"], "DONE");
        assert_eq!(step["percentComplete"], 100);
        assert_eq!(
            step["slippage"]["daysOverdue"], 0,
            "a DONE step is not overdue"
        );
    }
    // The plan's progress is the duration-weighted mean over all its leaves: between the
    // other actions' and 100.
    let plan_progress = after["progress"].as_f64().unwrap();
    assert!(
        plan_progress <= 100.0 && plan_progress > 0.0,
        "{plan_progress}"
    );

    // Cancelling a leaf drops it from the roll-up; NOT_STARTED counts 0.
    let first = &leaf_steps(action)[0];
    let body = submit(
        &app,
        &grdr,
        json!({ "stepId": first["id"], "status": "CANCELLED", "percentComplete": 0 }),
    )
    .await;
    assert_eq!(
        body["data"]["submitProgressReport"]["userErrors"],
        json!([]),
        "{body}"
    );
    let action = plan_of(&app, &grdr, ids.org("GRDR")).await["actions"][0].clone();
    let remaining = leaf_steps(&action).len() - 1;
    if remaining > 0 {
        assert_eq!(action["progress"], 100.0, "{action}");
    } else {
        assert!(action["progress"].is_null(), "{action}");
    }
}

async fn reports_are_checked_and_refused_outside_implementation(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let grdr = app.login("grdr@partners.demo").await.access_token;
    let adive = app.login("adive@partners.demo").await.access_token;
    let plan = plan_of(&app, &grdr, ids.org("GRDR")).await;
    let step = leaf_steps(&plan["actions"][0])[0]["id"].clone();
    let coordinator = app.login("coordinator@mpg.demo").await.access_token;
    let audit = app.audit_count().await;
    for (input, field, code) in [
        (
            json!({ "stepId": step, "status": "DONE", "percentComplete": 90 }),
            "percentComplete",
            "PERCENT_MISMATCH",
        ),
        (
            json!({ "stepId": step, "status": "NOT_STARTED", "percentComplete": 10 }),
            "percentComplete",
            "PERCENT_MISMATCH",
        ),
        (
            json!({ "stepId": step, "status": "ON_TRACK", "percentComplete": 101 }),
            "percentComplete",
            "OUT_OF_RANGE",
        ),
        (
            json!({ "stepId": step, "status": "ON_TRACK", "percentComplete": 50, "evidenceLinks": ["javascript:alert(1)"] }),
            "evidenceLinks",
            "INVALID_URL",
        ),
    ] {
        let body = submit(&app, &grdr, input).await;
        let errors = &body["data"]["submitProgressReport"]["userErrors"];
        assert_eq!(errors[0]["code"], code, "{body}");
        assert_eq!(errors[0]["field"][1], field, "{body}");
    }
    // A call of another working group is refused.
    let calls = app
        .graphql(Some(&coordinator), "{ coordinationCalls(first: 100) { nodes { id workingGroup { thematicArea { number } } } } }", json!({}))
        .await;
    let area = plan["actions"][0]["thematicArea"]["number"].clone();
    let other_call = calls["data"]["coordinationCalls"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["workingGroup"]["thematicArea"]["number"] != area)
        .unwrap()["id"]
        .clone();
    let body = submit(&app, &grdr, json!({ "stepId": step, "status": "ON_TRACK", "percentComplete": 50, "coordinationCallId": other_call })).await;
    assert_eq!(
        body["data"]["submitProgressReport"]["userErrors"][0]["code"], "WRONG_CALL",
        "{body}"
    );
    // Another organisation may not report on GRDR's plan.
    let body = submit(
        &app,
        &adive,
        json!({ "stepId": step, "status": "ON_TRACK", "percentComplete": 50 }),
    )
    .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    assert_eq!(app.audit_count().await, audit, "nothing was recorded");

    // Reopened to DRAFT, the plan takes no reports.
    let body = app
        .graphql(
            Some(&coordinator),
            "mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": plan["id"], "to": "DRAFT", "expectedVersion": plan["version"] } }),
        )
        .await;
    assert_eq!(
        body["data"]["transitionActionPlan"]["userErrors"],
        json!([]),
        "{body}"
    );
    let body = submit(
        &app,
        &grdr,
        json!({ "stepId": step, "status": "ON_TRACK", "percentComplete": 50 }),
    )
    .await;
    assert_eq!(
        body["data"]["submitProgressReport"]["userErrors"][0]["code"], "PLAN_NOT_IMPLEMENTING",
        "{body}"
    );
}

async fn leading_members_give_feedback_on_reports(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let grdr = app.login("grdr@partners.demo").await.access_token;
    let munich = app.login("munich@partners.demo").await.access_token;
    let adive = app.login("adive@partners.demo").await.access_token;
    let plan = plan_of(&app, &grdr, ids.org("GRDR")).await;
    // An action in area 1 (city leadership), which Munich leads and where GRDR learns.
    let action = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["thematicArea"]["number"] == 1)
        .unwrap()
        .clone();
    let step = leaf_steps(&action)[0]["id"].clone();
    let body = submit(&app, &grdr, json!({ "stepId": step, "status": "DELAYED", "percentComplete": 30, "narrative": "Waiting for the council." })).await;
    let report = body["data"]["submitProgressReport"]["progressReport"]["id"].clone();
    assert!(report.is_string(), "{body}");
    let feedback = |kind: &str| json!({ "input": { "progressReportId": report, "kind": kind, "body": "Have you asked the chamber?" } });

    let awaiting = |token: String| {
        let app = &app;
        let group = ids.group(1).to_owned();
        async move {
            let body = app
                .graphql(
                    Some(&token),
                    "query($g: ID!) { progressReports(filter: { workingGroupId: $g, awaitingFeedback: true }, first: 100) { nodes { id } } }",
                    json!({ "g": group }),
                )
                .await;
            assert!(body["errors"].is_null(), "{body}");
            body["data"]["progressReports"]["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n["id"].clone())
                .collect::<Vec<_>>()
        }
    };
    assert!(
        awaiting(munich.clone()).await.contains(&report),
        "awaits feedback"
    );
    let body = app
        .graphql(Some(&munich), ADD_FEEDBACK, feedback("EXPERT_FEEDBACK"))
        .await;
    assert_eq!(
        body["data"]["addFeedback"]["userErrors"],
        json!([]),
        "leading member: {body}"
    );
    assert!(
        !awaiting(munich.clone()).await.contains(&report),
        "answered"
    );
    let body = app
        .graphql(Some(&adive), ADD_FEEDBACK, feedback("EXPERT_FEEDBACK"))
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "unrelated: {body}");
    let body = app
        .graphql(Some(&grdr), ADD_FEEDBACK, feedback("EXPERT_FEEDBACK"))
        .await;
    assert_eq!(
        error_code(&body),
        Some("FORBIDDEN"),
        "own report, assessing itself: {body}"
    );
    let body = app
        .graphql(Some(&grdr), ADD_FEEDBACK, feedback("QUESTION"))
        .await;
    assert_eq!(
        body["data"]["addFeedback"]["userErrors"],
        json!([]),
        "owner asks: {body}"
    );

    let thread = app
        .graphql(
            Some(&adive),
            "query($id: ID!) { node(id: $id) { ... on ProgressReport { status narrative feedback { kind author { displayName } } } } }",
            json!({ "id": report }),
        )
        .await;
    let items = thread["data"]["node"]["feedback"].as_array().unwrap();
    assert_eq!(items.len(), 2, "{thread}");
    assert_eq!(items[0]["author"]["displayName"], "Munich Partner");
}

async fn calls_are_scheduled_in_series_and_fall_due_after_four_months(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let coordinator = mega_tests_support::coordinator(&app).await;
    let group = mega_tests_support::group(&app, &coordinator).await;
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

/// Per-step figures read through the plan pages (the loaders and domain rules), to check the
/// SQL aggregates against.
struct StepFacts {
    group_of_area: BTreeMap<i64, String>,
    /// (area number, status, organisation id, late by days) per step of monitored plans.
    steps: Vec<(Option<i64>, String, String, Option<i64>)>,
    stages: BTreeMap<String, i64>,
    origins: BTreeMap<(String, String), i64>,
}

async fn step_facts(app: &TestApp, token: &str, as_of: &str) -> StepFacts {
    let body = app
        .graphql(
            Some(token),
            "query($asOf: NaiveDate) { workingGroups { nodes { id thematicArea { number } } }
               actionPlans(first: 100) { nodes { stage organisation { id } actions { origin thematicArea { number }
                 steps { status slippage(asOf: $asOf) { late daysLate } } } } } }",
            json!({ "asOf": as_of }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let mut facts = StepFacts {
        group_of_area: BTreeMap::new(),
        steps: Vec::new(),
        stages: BTreeMap::new(),
        origins: BTreeMap::new(),
    };
    for group in body["data"]["workingGroups"]["nodes"].as_array().unwrap() {
        facts.group_of_area.insert(
            group["thematicArea"]["number"].as_i64().unwrap(),
            group["id"].as_str().unwrap().to_owned(),
        );
    }
    for plan in body["data"]["actionPlans"]["nodes"].as_array().unwrap() {
        let stage = plan["stage"].as_str().unwrap().to_owned();
        *facts.stages.entry(stage.clone()).or_default() += 1;
        for action in plan["actions"].as_array().unwrap() {
            let area = action["thematicArea"]["number"].as_i64();
            if let Some(area) = area {
                let group = facts.group_of_area[&area].clone();
                *facts
                    .origins
                    .entry((group, action["origin"].as_str().unwrap().to_owned()))
                    .or_default() += 1;
            }
            if stage != "IMPLEMENTING" && stage != "COMPLETED" {
                continue;
            }
            for step in action["steps"].as_array().unwrap() {
                let late = (step["slippage"]["late"] == true)
                    .then(|| step["slippage"]["daysLate"].as_i64().unwrap());
                facts.steps.push((
                    area,
                    step["status"].as_str().unwrap().to_owned(),
                    plan["organisation"]["id"].as_str().unwrap().to_owned(),
                    late,
                ));
            }
        }
    }
    facts
}

const REPORT: &str = "query($asOf: NaiveDate) { report {
    plansByStage { stage count }
    byGroup: stepsByStatus(groupBy: WORKING_GROUP) { workingGroup { id } status count }
    byOrganisation: stepsByStatus(groupBy: ORGANISATION) { organisation { id } status count }
    lateSteps(asOf: $asOf) { daysLate status organisation { id } workingGroup { id } step { id number } }
    actionsByOrigin { workingGroup { id } mutualLearning otherOpportunity }
    missingProgressReports { workingGroup { id } organisation { id shortName } coordinationCall { id } }
    overdueCalls { workingGroup { id } } } }";

async fn report_matches_the_per_step_figures(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let as_of = Utc::now().date_naive().to_string();
    // Warm up (pool connections), then count what one report costs.
    app.graphql(Some(&token), REPORT, json!({ "asOf": as_of }))
        .await;
    let before = app.statements();
    let body = app
        .graphql(Some(&token), REPORT, json!({ "asOf": as_of }))
        .await;
    let statements = app.statements() - before;
    assert!(body["errors"].is_null(), "{body}");
    // Authentication 2–3, rate limit 1, seven aggregates (overdue calls: 1), and batched
    // loads of groups, organisations, calls and the late steps' actions: bounded, whatever
    // the data.
    assert!(statements <= 18, "report statements: {statements}");
    let report = &body["data"]["report"];
    let facts = step_facts(&app, &token, &as_of).await;

    let stages: BTreeMap<String, i64> = report["plansByStage"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["stage"].as_str().unwrap().to_owned(),
                r["count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(stages, facts.stages);

    let mut by_group: BTreeMap<(String, String), i64> = BTreeMap::new();
    let mut by_org: BTreeMap<(String, String), i64> = BTreeMap::new();
    for (area, status, org, _) in &facts.steps {
        if let Some(area) = area {
            *by_group
                .entry((facts.group_of_area[area].clone(), status.clone()))
                .or_default() += 1;
        }
        *by_org.entry((org.clone(), status.clone())).or_default() += 1;
    }
    let rows = |field: &str, key: &str| -> BTreeMap<(String, String), i64> {
        report[field]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    (
                        r[key]["id"].as_str().unwrap().to_owned(),
                        r["status"].as_str().unwrap().to_owned(),
                    ),
                    r["count"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(rows("byGroup", "workingGroup"), by_group);
    // Steps of actions without an area have no group but count for their organisation.
    assert_eq!(rows("byOrganisation", "organisation"), by_org);
    assert!(by_group.values().sum::<i64>() > 0);
    assert!(
        by_group.keys().any(|(_, s)| s == "DONE")
            && by_group.keys().any(|(_, s)| s == "NOT_STARTED")
    );

    let mut late_expected: Vec<i64> = facts.steps.iter().filter_map(|s| s.3).collect();
    let mut late_got: Vec<i64> = report["lateSteps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["daysLate"].as_i64().unwrap())
        .collect();
    late_expected.sort_unstable();
    late_got.sort_unstable();
    assert_eq!(
        late_got, late_expected,
        "late steps: SQL vs per-step slippage"
    );
    assert!(!late_got.is_empty(), "the demo period has late steps");
    assert!(report["lateSteps"][0]["step"]["number"].is_string());

    let origins: BTreeMap<(String, String), i64> = report["actionsByOrigin"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| {
            let g = r["workingGroup"]["id"].as_str().unwrap().to_owned();
            [
                (
                    (g.clone(), "MUTUAL_LEARNING".to_owned()),
                    r["mutualLearning"].as_i64().unwrap(),
                ),
                (
                    (g, "OTHER_OPPORTUNITY".to_owned()),
                    r["otherOpportunity"].as_i64().unwrap(),
                ),
            ]
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    assert_eq!(origins, facts.origins);

    // The generated period: UoG skipped its groups' last calls; one group is overdue.
    let missing = report["missingProgressReports"].as_array().unwrap();
    assert!(!missing.is_empty(), "{report}");
    assert!(
        missing
            .iter()
            .all(|m| m["organisation"]["shortName"] == "UoG"),
        "{report}"
    );
    let overdue = report["overdueCalls"].as_array().unwrap();
    assert_eq!(overdue.len(), 1, "{report}");

    // A report at the last call removes UoG from the missing list of that group.
    let (group, call) = (
        missing[0]["workingGroup"]["id"].clone(),
        missing[0]["coordinationCall"]["id"].clone(),
    );
    let uog = app.login("uog@partners.demo").await.access_token;
    let ids = Ids::load(&app).await;
    let plan = plan_of(&app, &uog, ids.org("UoG")).await;
    let area = facts
        .group_of_area
        .iter()
        .find(|(_, g)| json!(g) == group)
        .map(|(a, _)| *a)
        .unwrap();
    let action = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["thematicArea"]["number"] == area)
        .unwrap()
        .clone();
    let step = leaf_steps(&action)[0]["id"].clone();
    let body = submit(&app, &uog, json!({ "stepId": step, "status": "ON_TRACK", "percentComplete": 50, "coordinationCallId": call })).await;
    assert_eq!(
        body["data"]["submitProgressReport"]["userErrors"],
        json!([]),
        "{body}"
    );
    let again = app
        .graphql(Some(&token), REPORT, json!({ "asOf": as_of }))
        .await;
    let still: Vec<&Value> = again["data"]["report"]["missingProgressReports"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["workingGroup"]["id"] == group)
        .collect();
    assert!(still.is_empty(), "{again}");
}

async fn read_tokens_run_reports_and_export_steps(backend: Backend) {
    let app = TestApp::start(backend).await;
    let munich = app.login("munich@partners.demo").await.access_token;
    let created = app
        .graphql(
            Some(&munich),
            "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }",
            json!({ "input": { "name": "reports", "scope": "READ", "expiresAt": (Utc::now() + chrono::Duration::days(10)).to_rfc3339() } }),
        )
        .await;
    let token = created["data"]["createApiToken"]["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let body = app
        .graphql(
            Some(&token),
            "{ report { plansByStage { stage count } byGroup: stepsByStatus { status count } } }",
            json!({}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    // Benchmark levels are the coordinator's.
    let body = app
        .graphql(
            Some(&token),
            "{ report { benchmarkLevels { average } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");

    let response = app
        .client()
        .get(app.url("/api/reports/steps.csv"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = response.text().await.unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "action_plan_id,organisation,plan_stage,working_group,action_ref,action_title,step_id,step_number,step_title,baseline_start,baseline_end,start,end,status,percent_complete,days_late"
    );
    let rows: Vec<&str> = lines.collect();
    // Every step of the six published plans: 54 steps and 14 sub-steps.
    assert_eq!(rows.len(), 68, "{csv}");
    let statuses = app
        .graphql(
            Some(&token),
            "{ report { stepsByStatus(groupBy: ORGANISATION) { status count } } }",
            json!({}),
        )
        .await;
    let done: i64 = statuses["data"]["report"]["stepsByStatus"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "DONE")
        .map(|r| r["count"].as_i64().unwrap())
        .sum();
    assert_eq!(
        rows.iter().filter(|r| r.contains(",DONE,100,")).count() as i64,
        done
    );

    let anonymous = app
        .client()
        .get(app.url("/api/reports/steps.csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
}

async fn benchmark_levels_count_each_organisations_latest_validated_benchmark(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let call = |query: &'static str, input: Value| {
        let app = &app;
        let token = token.clone();
        async move {
            let body = app
                .graphql(Some(&token), query, json!({ "input": input }))
                .await;
            assert!(body["errors"].is_null(), "{body}");
            body["data"].clone()
        }
    };
    // The demo's benchmarks have no levels (the report gives none).
    let empty = app
        .graphql(
            Some(&token),
            "{ report { benchmarkLevels { organisations } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        empty["data"]["report"]["benchmarkLevels"],
        json!([]),
        "{empty}"
    );

    let round = call(
        "mutation($input: CreateBenchmarkRoundInput!) { createBenchmarkRound(input: $input) { round { id } userErrors { code } } }",
        json!({ "name": "2020 re-benchmark", "heldOn": "2020-09-01" }),
    )
    .await["createBenchmarkRound"]["round"]["id"]
        .clone();
    // Munich 3 and Formaper 1 in one cell; Munich 2 and GRDR (draft, not counted) 0 in another.
    for (org, first, second, validate) in [
        ("Munich", 3, 2, true),
        ("Formaper", 1, 0, true),
        ("GRDR", 0, 0, false),
    ] {
        let created = call(
            "mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { benchmark { id version } userErrors { code } } }",
            json!({ "organisationId": ids.org(org), "roundId": round }),
        )
        .await["createBenchmark"]["benchmark"]
            .clone();
        let mut scores = vec![
            json!({ "keyActor": "MUNICIPALITY", "dimension": "SUPPORT_SERVICES", "level": first }),
        ];
        if org != "Formaper" {
            scores.push(json!({ "keyActor": "CHAMBER_OF_COMMERCE", "dimension": "INCLUSIVE_PROCUREMENT", "level": second }));
        }
        let updated = call(
            "mutation($input: UpdateBenchmarkInput!) { updateBenchmark(input: $input) { benchmark { id version } userErrors { code } } }",
            json!({ "id": created["id"], "expectedVersion": created["version"], "scores": scores, "needAreaIds": [] }),
        )
        .await["updateBenchmark"]["benchmark"]
            .clone();
        if validate {
            call(
                "mutation($input: ValidateBenchmarkInput!) { validateBenchmark(input: $input) { benchmark { status } userErrors { code } } }",
                json!({ "id": updated["id"], "expectedVersion": updated["version"] }),
            )
            .await;
        }
    }
    let body = app
        .graphql(Some(&token), "{ report { benchmarkLevels { keyActor dimension organisationsPerLevel organisations average } } }", json!({}))
        .await;
    assert_eq!(
        body["data"]["report"]["benchmarkLevels"],
        json!([
            { "keyActor": "CHAMBER_OF_COMMERCE", "dimension": "INCLUSIVE_PROCUREMENT", "organisationsPerLevel": [0, 0, 1, 0], "organisations": 1, "average": 2.0 },
            { "keyActor": "MUNICIPALITY", "dimension": "SUPPORT_SERVICES", "organisationsPerLevel": [0, 1, 0, 1], "organisations": 2, "average": 2.0 },
        ]),
        "{body}"
    );
}

async fn late_steps_follow_the_exact_rule_at_month_ends(backend: Backend) {
    use sea_orm::{ConnectionTrait, Statement};
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let munich = app.login("munich@partners.demo").await.access_token;
    let plan = plan_of(&app, &munich, ids.org("Munich")).await;
    let steps: Vec<Value> = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(leaf_steps)
        .collect();
    let raw_id = |v: &Value| -> i32 {
        use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
        let decoded =
            String::from_utf8(URL_SAFE_NO_PAD.decode(v.as_str().unwrap()).unwrap()).unwrap();
        decoded.rsplit(':').next().unwrap().parse().unwrap()
    };
    // "April 2019" ends on 30 April: not after a baseline of 30 April; "May 2019" ends 31
    // days after it.
    let (same, later) = (&steps[0]["id"], &steps[1]["id"]);
    for (step, end) in [(same, "2019-04"), (later, "2019-05")] {
        let sql = format!(
            "UPDATE action_steps SET end_date = '{end}', baseline_end = '2019-04-30' WHERE id = {}",
            raw_id(step)
        );
        app.db()
            .conn()
            .execute_raw(Statement::from_string(app.db().backend(), sql))
            .await
            .unwrap();
        let body = submit(
            &app,
            &munich,
            json!({ "stepId": step, "status": "DONE", "percentComplete": 100 }),
        )
        .await;
        assert_eq!(
            body["data"]["submitProgressReport"]["userErrors"],
            json!([]),
            "{body}"
        );
    }
    let body = app
        .graphql(
            Some(&munich),
            "{ report { lateSteps(asOf: \"2026-01-01\") { step { id } daysBehindBaseline daysLate } } }",
            json!({}),
        )
        .await;
    let late = body["data"]["report"]["lateSteps"].as_array().unwrap();
    assert!(late.iter().all(|l| l["step"]["id"] != *same), "{body}");
    let listed = late.iter().find(|l| l["step"]["id"] == *later).unwrap();
    assert_eq!(listed["daysBehindBaseline"], 31);
    assert!(late.iter().all(|l| l["daysLate"].as_i64().unwrap() > 0));
}

/// Helpers for tests that start from an empty database.
mod mega_tests_support {
    use mega_tests::TestApp;
    use serde_json::json;

    /// A coordinator account in an empty database, signed in.
    pub async fn coordinator(app: &TestApp) -> String {
        let password_hash = mega_api::auth::password::hash(mega_tests::DEMO_PASSWORD.to_owned())
            .await
            .unwrap();
        mega_persistence::users::create(
            app.db().conn(),
            mega_persistence::users::NewUser {
                email: mega_domain::Email::parse("mpg@example.org").unwrap(),
                display_name: mega_domain::DisplayName::parse("MPG").unwrap(),
                organisation_id: None,
                global_role: mega_domain::GlobalRole::Coordinator,
                password_hash,
            },
        )
        .await
        .unwrap();
        app.login("mpg@example.org").await.access_token
    }

    /// A working group (its thematic area set up in the database) created through the API.
    pub async fn group(app: &TestApp, token: &str) -> String {
        let area = mega_persistence::thematic_areas::create(
            app.db().conn(),
            "city-leadership",
            1,
            "City leadership",
            "Test area",
        )
        .await
        .unwrap();
        let area = crate::fixtures::global_id("ThematicArea", area.id.0);
        let group = app
            .graphql(
                Some(token),
                "mutation($area: ID!) { createWorkingGroup(input: { thematicAreaId: $area, title: \"WG 1\" }) { workingGroup { id } userErrors { code message } } }",
                json!({ "area": area }),
            )
            .await;
        let id = group["data"]["createWorkingGroup"]["workingGroup"]["id"].clone();
        assert!(id.is_string(), "set-up: {group}");
        id.as_str().unwrap().to_owned()
    }
}

on_both_databases!(
    reports_roll_up_to_actions_and_plans,
    reports_are_checked_and_refused_outside_implementation,
    leading_members_give_feedback_on_reports,
    calls_are_scheduled_in_series_and_fall_due_after_four_months,
    report_matches_the_per_step_figures,
    read_tokens_run_reports_and_export_steps,
    benchmark_levels_count_each_organisations_latest_validated_benchmark,
    late_steps_follow_the_exact_rule_at_month_ends,
);
