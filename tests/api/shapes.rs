//! The response shapes of the main queries, pinned by insta snapshots in `snapshots/`: the
//! viewer, the organisations list, a working group with its members, an action plan's tree, a
//! progress-report list and `report` counts. Both databases are compared against one file per
//! shape; IDs, timestamps and cursors are redacted, so a snapshot changes only when a shape or
//! a value the fixture determines does. After an intended change, re-run with
//! `INSTA_UPDATE=always` (or `cargo insta review`), read the diff and commit the `.snap` files.

use insta::{assert_json_snapshot, dynamic_redaction};
use mega_tests::builders::{Network, ProposedActionBuilder, UserBuilder};
use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Cast;

/// Runs `query` as the holder of `token`, panics on errors, and returns `data`.
async fn data(app: &TestApp, token: &str, query: &str, variables: Value) -> Value {
    let body = app.graphql(Some(token), query, variables).await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"].clone()
}

/// The viewer, the organisations list and a working group with members, invited expert and
/// proposed action, as a partner of Munich sees them.
async fn network_shapes(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    let expert = UserBuilder::new("expert@experts.test")
        .display_name("Invited Expert")
        .role("EXPERT")
        .create(&network)
        .await;
    network
        .mutate(
            "inviteExpert",
            "mutation($input: ExpertInvitationInput!) { inviteExpert(input: $input) { userErrors { field code message } } }",
            json!({ "workingGroupId": cast.group1.id, "userId": expert.id }),
        )
        .await;
    ProposedActionBuilder::new(&cast.grdr, &cast.group1, "Awareness raising")
        .guiding_questions(&["Who pays?"])
        .create(&network)
        .await;
    network
        .coordination_call(&cast.group1, "2019-05-02", &[&cast.munich, &cast.grdr])
        .await;
    let munich = app.login("munich@partners.test").await.access_token;

    let viewer = data(
        &app,
        &munich,
        "{ viewer { id email displayName globalRole active
            organisation { id name shortName kind consortiumPartner territory { name }
              memberships { role participation note workingGroup { title } } } } }",
        json!({}),
    )
    .await;
    assert_json_snapshot!("viewer", viewer, { ".**.id" => "[id]" });

    let organisations = data(
        &app,
        &munich,
        "{ organisations(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
            nodes { id name shortName kind consortiumPartner territory { name country } } } }",
        json!({}),
    )
    .await;
    assert_json_snapshot!("organisations", organisations, {
        ".**.id" => "[id]",
        ".**.endCursor" => "[cursor]",
    });

    let group = data(
        &app,
        &munich,
        "query($id: ID!) { workingGroup(id: $id) { id title thematicArea { id number title }
            memberships { id role participation note organisation { id name shortName } }
            missingMandatoryMembers { name } invitedExperts { displayName email }
            proposedActions { title guidingQuestions organisation { shortName } }
            lastCallOn nextScheduledCallOn nextCallDue callOverdue } }",
        json!({ "id": cast.group1.id }),
    )
    .await;
    assert_json_snapshot!("working_group", group, { ".**.id" => "[id]" });
}

/// GRDR's plan being implemented: its tree, the progress reports on it and the `report`
/// counts, as the coordinator sees them.
async fn plan_shapes(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    let plan = cast.grdr_plan(&network, "IMPLEMENTING").await;
    let grdr = app.login("grdr@partners.test").await.access_token;
    let coordinator = network.token().to_owned();
    let first = &plan.actions[0];
    for (step, status, percent, narrative) in [
        (&first.steps[0], "DONE", 100, "Met on 12 March."),
        (
            &first.steps[1].sub_steps[0],
            "DELAYED",
            40,
            "The printer is late.",
        ),
    ] {
        let body = app
            .graphql(
                Some(&grdr),
                "mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { userErrors { code } } }",
                json!({ "input": { "stepId": step.id, "status": status, "percentComplete": percent,
                                   "narrative": narrative, "evidenceLinks": ["https://example.org/minutes"] } }),
            )
            .await;
        assert_eq!(
            body["data"]["submitProgressReport"]["userErrors"],
            json!([]),
            "{body}"
        );
    }

    let tree = data(
        &app,
        &coordinator,
        "query($id: ID!) { actionPlan(id: $id) { id stage version progress
            organisation { name } warnings { field code }
            stageHistory { from to comment at by { displayName } }
            actions { id ref title origin position version progress thematicArea { number }
              steps { id number ref parentId title stakeholders successFactors start end
                startPrecision endPrecision baselineStart baselineEnd position version
                status percentComplete latestReport { status } } } } }",
        json!({ "id": plan.id }),
    )
    .await;
    assert_json_snapshot!("plan_tree", tree, {
        ".**.id" => "[id]",
        // Only a sub-step has a parent: keep the null of the others.
        ".**.parentId" => dynamic_redaction(|value, _| {
            if value.is_nil() { value } else { "[id]".into() }
        }),
        ".**.at" => "[timestamp]",
    });

    let reports = data(
        &app,
        &coordinator,
        "{ progressReports(first: 10) { totalCount nodes { id status percentComplete narrative
            evidenceLinks generated createdAt actionPlanId author { displayName }
            organisation { name } step { number title } coordinationCall { id } } } }",
        json!({}),
    )
    .await;
    assert_json_snapshot!("progress_reports", reports, {
        ".**.id" => "[id]",
        ".**.actionPlanId" => "[id]",
        ".**.createdAt" => "[timestamp]",
    });

    let report = data(
        &app,
        &coordinator,
        "{ report { plansByStage { stage count }
            stepsByStatus { workingGroup { title } status count } } }",
        json!({}),
    )
    .await;
    assert_json_snapshot!("report_counts", report);
}

on_both_databases!(network_shapes, plan_shapes);
