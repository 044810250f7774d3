//! Progress reports: accepted only while IMPLEMENTING and checked, rolling up from steps to
//! actions and plans, and answered with feedback by leading members.

use mega_tests::{Backend, error_code, on_both_databases};
use serde_json::json;

use mega_tests::builders::{COORDINATOR_EMAIL, Network};

use super::{ADD_FEEDBACK, leaf_steps, plan_of, start_with_grdr_plan, submit};

async fn reports_roll_up_to_actions_and_plans(backend: Backend) {
    let (app, cast, _) = start_with_grdr_plan(backend).await;
    let grdr = app.login("grdr@partners.test").await.access_token;
    let plan = plan_of(&app, &grdr, &cast.grdr.id).await;
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
    let after = plan_of(&app, &grdr, &cast.grdr.id).await;
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
    let action = plan_of(&app, &grdr, &cast.grdr.id).await["actions"][0].clone();
    let remaining = leaf_steps(&action).len() - 1;
    if remaining > 0 {
        assert_eq!(action["progress"], 100.0, "{action}");
    } else {
        assert!(action["progress"].is_null(), "{action}");
    }
}

async fn reports_are_checked_and_refused_outside_implementation(backend: Backend) {
    let (app, cast, _) = start_with_grdr_plan(backend).await;
    // A call of each group: the step's (area 1) and another.
    let network = Network::signed_in(&app).await;
    for group in [&cast.group1, &cast.group4] {
        network.coordination_call(group, "2019-05-02", &[]).await;
    }
    let grdr = app.login("grdr@partners.test").await.access_token;
    let adive = app.login("adive@partners.test").await.access_token;
    let plan = plan_of(&app, &grdr, &cast.grdr.id).await;
    let step = leaf_steps(&plan["actions"][0])[0]["id"].clone();
    let coordinator = app.login(COORDINATOR_EMAIL).await.access_token;
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
    let (app, cast, _) = start_with_grdr_plan(backend).await;
    let grdr = app.login("grdr@partners.test").await.access_token;
    let munich = app.login("munich@partners.test").await.access_token;
    let adive = app.login("adive@partners.test").await.access_token;
    let plan = plan_of(&app, &grdr, &cast.grdr.id).await;
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
        let group = cast.group1.id.clone();
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

/// A report that takes a DONE step back to work in progress needs its reason in the
/// narrative; without one it is refused next to the narrative and nothing is recorded.
async fn moving_a_done_step_back_needs_a_reason(backend: Backend) {
    let (app, cast, _) = start_with_grdr_plan(backend).await;
    let grdr = app.login("grdr@partners.test").await.access_token;
    let plan = plan_of(&app, &grdr, &cast.grdr.id).await;
    let step = leaf_steps(&plan["actions"][0])[0]["id"].clone();
    let done = submit(
        &app,
        &grdr,
        json!({ "stepId": step, "status": "DONE", "percentComplete": 100 }),
    )
    .await;
    assert_eq!(
        done["data"]["submitProgressReport"]["userErrors"],
        json!([]),
        "{done}"
    );

    let audits = app.audit_count().await;
    let refused = submit(
        &app,
        &grdr,
        json!({ "stepId": step, "status": "ON_TRACK", "percentComplete": 80 }),
    )
    .await;
    assert_eq!(
        refused["data"]["submitProgressReport"]["userErrors"],
        json!([{ "field": ["input", "narrative"], "code": "REASON_REQUIRED" }]),
        "{refused}"
    );
    assert_eq!(app.audit_count().await, audits, "nothing recorded");
    let after = plan_of(&app, &grdr, &cast.grdr.id).await;
    let still = leaf_steps(&after["actions"][0])[0].clone();
    assert_eq!(still["status"], "DONE");

    let explained = submit(
        &app,
        &grdr,
        json!({ "stepId": step, "status": "ON_TRACK", "percentComplete": 80,
            "narrative": "The council postponed the vote; the step is open again." }),
    )
    .await;
    assert_eq!(
        explained["data"]["submitProgressReport"]["userErrors"],
        json!([]),
        "{explained}"
    );
    let after = plan_of(&app, &grdr, &cast.grdr.id).await;
    assert_eq!(leaf_steps(&after["actions"][0])[0]["status"], "ON_TRACK");
}

on_both_databases!(
    moving_a_done_step_back_needs_a_reason,
    reports_roll_up_to_actions_and_plans,
    reports_are_checked_and_refused_outside_implementation,
    leading_members_give_feedback_on_reports,
);
