//! Time-driven notifications through the real server: a step whose end passed while it is
//! not done tells its organisation once (and only it), with a link to the step; a done step
//! tells nobody.

use chrono::Utc;
use mega_tests::builders::Network;
use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Cast;

const INBOX: &str =
    "{ viewer { notifications(first: 100) { nodes { kind path excerpt actor { id } } } } }";

async fn late_kinds(app: &TestApp, token: &str) -> Vec<Value> {
    let body = app.graphql(Some(token), INBOX, json!({})).await;
    body["data"]["viewer"]["notifications"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "STEP_LATE")
        .cloned()
        .collect()
}

async fn late_steps_tell_their_organisation_once(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    cast.grdr_plan(&network, "IMPLEMENTING").await;
    drop(network);
    let grdr = app.login("grdr@partners.test").await.access_token;
    let munich = app.login("munich@partners.test").await.access_token;
    let body = app
        .graphql(
            Some(&grdr),
            "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan { id
                actions { steps { id title end } } } } } }",
            json!({ "id": cast.grdr.id }),
        )
        .await;
    let plan = body["data"]["node"]["actionPlan"].clone();
    let steps: Vec<Value> = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["steps"].as_array().unwrap().clone())
        .collect();
    let dated: Vec<&Value> = steps.iter().filter(|s| s["end"].is_string()).collect();
    assert!(dated.len() >= 2, "{body}");

    // The first dated step is done: it is not late.
    let body = app
        .graphql(
            Some(&grdr),
            "mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) {
                progressReport { id } userErrors { code } } }",
            json!({ "input": { "stepId": dated[0]["id"], "status": "DONE", "percentComplete": 100 } }),
        )
        .await;
    assert!(
        body["data"]["submitProgressReport"]["progressReport"]["id"].is_string(),
        "{body}"
    );

    let today = Utc::now().date_naive();
    let told = mega_api::services::scheduled::notify_late_steps(app.db(), today)
        .await
        .unwrap();
    // GRDR has one user here: one notification per late step.
    assert_eq!(told, dated.len() - 1);
    let late = late_kinds(&app, &grdr).await;
    assert_eq!(late.len(), dated.len() - 1);
    let first_late = dated[1];
    let to_step = late
        .iter()
        .find(|n| n["excerpt"] == first_late["title"])
        .unwrap();
    assert_eq!(
        to_step["path"],
        format!(
            "/plans/{}?step={}",
            plan["id"].as_str().unwrap(),
            first_late["id"].as_str().unwrap()
        )
    );
    assert!(to_step["actor"].is_null(), "nobody caused it");
    assert!(
        !late.iter().any(|n| n["excerpt"] == dated[0]["title"]),
        "a done step is not late"
    );
    assert!(
        late_kinds(&app, &munich).await.is_empty(),
        "only the plan's organisation is told"
    );

    // Once per step: the next check tells nobody again.
    let again = mega_api::services::scheduled::notify_late_steps(app.db(), today)
        .await
        .unwrap();
    assert_eq!(again, 0);
    assert_eq!(late_kinds(&app, &grdr).await.len(), dated.len() - 1);

    // Long before the ends, nothing is late.
    let early = chrono::NaiveDate::from_ymd_opt(2018, 6, 1).unwrap();
    let fresh = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&fresh).await;
    Cast::build(&network)
        .await
        .grdr_plan(&network, "IMPLEMENTING")
        .await;
    drop(network);
    assert_eq!(
        mega_api::services::scheduled::notify_late_steps(fresh.db(), early)
            .await
            .unwrap(),
        0
    );
}

/// The `n` of a counting query.
async fn count(app: &TestApp, sql: &str) -> i64 {
    let conn = app.db().conn();
    let statement = sea_orm::Statement::from_string(
        sea_orm::ConnectionTrait::get_database_backend(conn),
        sql.to_owned(),
    );
    sea_orm::ConnectionTrait::query_one_raw(conn, statement)
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap()
}

async fn a_failing_webhook_tells_who_registered_it_once(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    let coordinator = network.token().to_owned();
    drop(network);
    let munich = app.login("munich@partners.test").await.access_token;
    let grdr = app.login("grdr@partners.test").await.access_token;
    // Munich's hook points at a closed port; a call Munich takes part in queues a delivery.
    let body = app
        .graphql(
            Some(&munich),
            "mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } userErrors { field code } } }",
            json!({ "input": { "url": "http://127.0.0.1:9/hook", "events": ["CALL_SCHEDULED"],
                "organisationId": cast.munich.id } }),
        )
        .await;
    assert!(
        body["data"]["createWebhook"]["webhook"]["id"].is_string(),
        "{body}"
    );
    let body = app
        .graphql(
            Some(&coordinator),
            "mutation($input: ScheduleCoordinationCallInput!) { scheduleCoordinationCall(input: $input) { userErrors { code } } }",
            json!({ "input": { "workingGroupId": cast.group1.id, "heldOn": "2030-01-15",
                "participantIds": [cast.munich.id] } }),
        )
        .await;
    assert_eq!(
        body["data"]["scheduleCoordinationCall"]["userErrors"],
        json!([]),
        "{body}"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) AS n FROM webhook_deliveries").await,
        1,
        "the call queued one delivery"
    );
    let scheduler = mega_api::services::scheduled::notify_failing_webhooks;
    assert_eq!(
        scheduler(app.db()).await.unwrap(),
        0,
        "not failed yet: retries are pending"
    );

    // Seven attempts failed already (as the retries would, minutes later at production
    // pace); the sender's next one gives up.
    app.db()
        .conn()
        .execute_unprepared(
            "UPDATE webhook_deliveries SET attempts = 7, next_attempt_at = created_at",
        )
        .await
        .unwrap();
    let failed = "SELECT COUNT(*) AS n FROM webhook_deliveries WHERE status = 'FAILED'";
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
    while count(&app, failed).await == 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        count(&app, failed).await,
        1,
        "the sender gave the delivery up"
    );
    assert_eq!(scheduler(app.db()).await.unwrap(), 1);
    let body = app.graphql(Some(&munich), INBOX, json!({})).await;
    let failing: Vec<&Value> = body["data"]["viewer"]["notifications"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "WEBHOOK_FAILING")
        .collect();
    assert_eq!(failing.len(), 1, "{body}");
    assert_eq!(failing[0]["path"], "/webhooks");
    assert_eq!(failing[0]["excerpt"], "http://127.0.0.1:9/hook");
    let body = app.graphql(Some(&grdr), INBOX, json!({})).await;
    assert!(
        !body.to_string().contains("WEBHOOK_FAILING"),
        "only who registered it is told"
    );
    // Once per failing streak.
    assert_eq!(scheduler(app.db()).await.unwrap(), 0);
}

async fn a_call_a_week_away_tells_learning_members_whose_report_is_missing(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    cast.grdr_plan(&network, "IMPLEMENTING").await;
    let coordinator = network.token().to_owned();
    drop(network);
    let grdr = app.login("grdr@partners.test").await.access_token;
    let uog = app.login("uog@partners.test").await.access_token;
    let munich = app.login("munich@partners.test").await.access_token;
    let today = Utc::now().date_naive();
    let mut calls = Vec::new();
    for days in [5, 20] {
        let day = today + chrono::Duration::days(days);
        let body = app
            .graphql(
                Some(&coordinator),
                "mutation($input: ScheduleCoordinationCallInput!) { scheduleCoordinationCall(input: $input) {
                    series { id } userErrors { code } } }",
                json!({ "input": { "workingGroupId": cast.group1.id, "heldOn": day.to_string() } }),
            )
            .await;
        calls.push(body["data"]["scheduleCoordinationCall"]["series"][0]["id"].clone());
    }
    let check = mega_api::services::scheduled::notify_reports_due;
    // GRDR learns in group 1 with an implementing plan there: told of the call in 5 days
    // only. UoG learns there without a plan; Munich leads.
    assert_eq!(check(app.db(), today).await.unwrap(), 1);
    let due = |body: &Value| -> Vec<Value> {
        body["data"]["viewer"]["notifications"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["kind"] == "REPORT_DUE")
            .cloned()
            .collect()
    };
    let told = due(&app.graphql(Some(&grdr), INBOX, json!({})).await);
    assert_eq!(told.len(), 1);
    assert_eq!(
        told[0]["excerpt"],
        (today + chrono::Duration::days(5)).to_string()
    );
    assert!(
        told[0]["path"]
            .as_str()
            .unwrap()
            .starts_with("/working-groups/")
    );
    for other in [&uog, &munich] {
        assert!(due(&app.graphql(Some(other), INBOX, json!({})).await).is_empty());
    }
    // Once per call.
    assert_eq!(check(app.db(), today).await.unwrap(), 0);

    // GRDR reports for the later call before it comes within a week: nothing to tell then.
    let body = app
        .graphql(
            Some(&grdr),
            "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan { actions { steps { id } } } } } }",
            json!({ "id": cast.grdr.id }),
        )
        .await;
    let step = body["data"]["node"]["actionPlan"]["actions"][0]["steps"][0]["id"].clone();
    let body = app
        .graphql(
            Some(&grdr),
            "mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) {
                progressReport { id } userErrors { field code } } }",
            json!({ "input": { "stepId": step, "status": "ON_TRACK", "percentComplete": 40,
                "coordinationCallId": calls[1] } }),
        )
        .await;
    assert!(
        body["data"]["submitProgressReport"]["progressReport"]["id"].is_string(),
        "{body}"
    );
    let later = today + chrono::Duration::days(15);
    assert_eq!(check(app.db(), later).await.unwrap(), 0, "the report is in");
}

on_both_databases!(
    late_steps_tell_their_organisation_once,
    a_failing_webhook_tells_who_registered_it_once,
    a_call_a_week_away_tells_learning_members_whose_report_is_missing
);
