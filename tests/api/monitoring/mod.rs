//! Implementation monitoring through the real server: progress reports (only while
//! IMPLEMENTING, rolling up to actions and plans), feedback on reports, coordination calls
//! (series, next call due, overdue), the `report` aggregates — each checked against the same
//! figures computed another way, per step, and bounded in SQL statements — and the steps CSV.
//! By concern: [`progress_reports`] (submission, roll-up, feedback), [`calls`], [`report`]
//! (the aggregates) and [`exports`] (READ tokens and the steps CSV).

mod calls;
mod exports;
mod progress_reports;
mod report;

use mega_tests::builders::{ActionPlan, Network};
use mega_tests::{Backend, TestApp};
use serde_json::{Value, json};

use crate::fixtures::Cast;

/// An empty network with the [`Cast`] and GRDR's plan being implemented (its first action in
/// area 1 has two leaf steps, one of them a sub-step).
async fn start_with_grdr_plan(backend: Backend) -> (TestApp, Cast, ActionPlan) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    let plan = cast.grdr_plan(&network, "IMPLEMENTING").await;
    (app, cast, plan)
}

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
