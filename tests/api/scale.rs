//! The shape of requests does not depend on the amount of data: the nested plan tree, a page
//! of a list, `viewer` and the steps CSV run as many SQL statements (give or take a split batch) on the demo
//! plus one generated copy of its network (×2, which has unpublished plans; the demo alone
//! has none) as on the demo plus 99 copies (×100). Counted through `x-sql-statements-total`
//! (`mega serve --expose-statement-count`), the header `scripts/bench` reads.

use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

const PLAN_TREE: &str = "{ organisations(first: 100) { nodes { id name actionPlan { id stage \
    actions { id ref title steps { id number title start end } } } } } }";
const PAGE: &str =
    "{ actionPlans(first: 20) { totalCount nodes { id stage organisation { id name } } } }";
const VIEWER: &str = "{ viewer { id displayName } }";

/// The statement count the server reports for `query`, and the response.
async fn statements(app: &TestApp, token: &str, query: &str) -> (u64, Value) {
    let response = app
        .client()
        .post(app.url("/graphql"))
        .bearer_auth(token)
        .json(&json!({ "query": query }))
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
    let header = response
        .headers()
        .get("x-sql-statements-total")
        .unwrap_or_else(|| panic!("no x-sql-statements-total header"))
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    let body: Value = response.json().await.unwrap();
    assert!(body["errors"].is_null(), "{body}");
    (header, body)
}

/// The statement count of the steps CSV export.
async fn csv_statements(app: &TestApp, token: &str) -> u64 {
    let response = app
        .client()
        .get(app.url("/api/reports/steps.csv"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success(), "{}", response.status());
    response
        .headers()
        .get("x-sql-statements-total")
        .unwrap_or_else(|| panic!("no x-sql-statements-total header on the CSV"))
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

/// (statements of the plan tree, of the page, of viewer, of the steps CSV; objects in the
/// tree) on `app`.
async fn shape(app: &TestApp) -> ([u64; 4], usize) {
    let token = app.login("coordinator@mpg.demo").await.access_token;
    // Warm-up: fills the identity cache, reads the rate-limit counter.
    statements(app, &token, VIEWER).await;
    let (tree, body) = statements(app, &token, PLAN_TREE).await;
    let (page, _) = statements(app, &token, PAGE).await;
    let (viewer, _) = statements(app, &token, VIEWER).await;
    let csv = csv_statements(app, &token).await;
    let plans = body["data"]["organisations"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| !o["actionPlan"].is_null())
        .count();
    ([tree, page, viewer, csv], plans)
}

async fn statements_do_not_grow_with_the_data(backend: Backend) {
    let demo = TestApp::builder(backend)
        .expose_statement_count()
        .start()
        .await;
    let (at_one, _) = shape(&demo).await;
    drop(demo);
    let small = TestApp::builder(backend)
        .expose_statement_count()
        .generated(1)
        .start()
        .await;
    let (at_two, plans_at_two) = shape(&small).await;
    drop(small);
    let large = TestApp::builder(backend)
        .expose_statement_count()
        .generated(99)
        .start()
        .await;
    let (at_hundred, plans_at_hundred) = shape(&large).await;
    // The ×100 tree really is larger: a full page of organisations, many more with plans.
    assert!(
        plans_at_hundred > plans_at_two,
        "{plans_at_two} → {plans_at_hundred}"
    );
    // The same statements on ×2 and ×100, give or take one batch that runs in two parts when
    // its keys arrive in two polls (seen on this commit; an N+1 would add dozens).
    for (two, hundred) in at_two.iter().zip(at_hundred) {
        assert!(
            hundred <= two + 1 && *two <= hundred + 1,
            "×2 {at_two:?} vs ×100 {at_hundred:?}"
        );
    }
    // Organisations, plans, actions, steps: one statement per level and one more on the
    // demo. Unpublished plans add their read facts (the actions' areas, the groups' areas):
    // 8–9 on ×100 as measured on this commit, above issue 12's target of 5 (see
    // bench/RESULTS.md); the bound keeps it from growing further.
    assert!(at_one[0] <= 5, "plan tree on the demo: {at_one:?}");
    assert!(at_hundred[0] <= 9, "plan tree on ×100: {at_hundred:?}");
    // The page: its count and its rows (the read scope runs in SQL with them), and the
    // organisations' batch; the same on the demo and on ×100.
    assert!(
        at_one[1] <= 3 && at_hundred[1] <= 3,
        "page: {at_one:?} vs {at_hundred:?}"
    );
    // viewer is served from the identity cache.
    assert_eq!(at_hundred[2], 0, "viewer: {at_hundred:?}");
}

async fn the_statement_count_header_is_off_by_default(backend: Backend) {
    let app = TestApp::start(backend).await;
    let response = app.client().get(app.url("/healthz")).send().await.unwrap();
    assert!(response.status().is_success());
    assert!(response.headers().get("x-sql-statements-total").is_none());
    let counted = TestApp::builder(backend)
        .expose_statement_count()
        .start()
        .await;
    let response = counted
        .client()
        .get(counted.url("/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["x-sql-statements-total"], "0");
    // Under concurrency each response counts its own request only: two plan trees at
    // once each report what one costs alone.
    let token = counted.login("munich@partners.demo").await.access_token;
    // Warm-up: the first request also fills the identity cache.
    statements(&counted, &token, VIEWER).await;
    let (alone, _) = statements(&counted, &token, PLAN_TREE).await;
    let before = counted.statements();
    let (a, b) = tokio::join!(
        statements(&counted, &token, PLAN_TREE),
        statements(&counted, &token, PLAN_TREE)
    );
    assert_eq!((a.0, b.0), (alone, alone));
    assert_eq!(counted.statements() - before, 2 * alone);
}

on_both_databases!(
    statements_do_not_grow_with_the_data,
    the_statement_count_header_is_off_by_default
);
