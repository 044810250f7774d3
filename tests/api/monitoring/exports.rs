//! Reports for scripts: READ tokens run `report` and download the steps CSV.

use chrono::Utc;
use mega_tests::{Backend, error_code, on_both_databases};
use serde_json::json;

use super::{start_with_grdr_plan, submit};

async fn read_tokens_run_reports_and_export_steps(backend: Backend) {
    let (app, _, plan) = start_with_grdr_plan(backend).await;
    // A finished step, so the CSV has a DONE row to count.
    let grdr = app.login("grdr@partners.test").await.access_token;
    let body = submit(
        &app,
        &grdr,
        json!({ "stepId": plan.actions[0].steps[0].id, "status": "DONE", "percentComplete": 100 }),
    )
    .await;
    assert_eq!(
        body["data"]["submitProgressReport"]["userErrors"],
        json!([]),
        "{body}"
    );
    let munich = app.login("munich@partners.test").await.access_token;
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
        "action_plan_id,organisation,plan_stage,working_group,action_ref,action_title,step_id,step_number,step_title,baseline_start,baseline_end,start,end,status,percent_complete,days_late,good_practices"
    );
    let rows: Vec<&str> = lines.collect();
    // Every step of the published plan: three steps and a sub-step.
    assert_eq!(rows.len(), 4, "{csv}");
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
    assert_eq!(done, 1);
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

    // Many at once take turns (two are built at a time) and all get the same file.
    let downloads: Vec<_> = (0..8)
        .map(|_| {
            let request = app
                .client()
                .get(app.url("/api/reports/steps.csv"))
                .bearer_auth(&token);
            tokio::spawn(async move {
                let response = request.send().await.unwrap();
                assert_eq!(response.status(), 200);
                response.text().await.unwrap()
            })
        })
        .collect();
    for download in downloads {
        assert_eq!(download.await.unwrap(), csv);
    }
}

on_both_databases!(read_tokens_run_reports_and_export_steps);
