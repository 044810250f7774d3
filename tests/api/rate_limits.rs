//! Limits that protect the service from one caller: the per-identity cost budget (shared by
//! every server instance through the database) and sign-in throttling per account and address.

use std::time::{Duration, Instant};

use mega_domain::GlobalRole;
use mega_domain::rate_limit::{self, MAX_ACCOUNT_FAILURES, MAX_ADDRESS_FAILURES};
use mega_persistence::rate_limits;
use mega_tests::builders::insert_account;
use mega_tests::{Backend, DEMO_PASSWORD, TestApp, TestAppBuilder, error_code, on_both_databases};
use serde_json::{Value, json};

const VIEWER: &str = "{ viewer { id } }";
/// 100 organisations × a few fields: complexity ≥ 200, so it costs more than one point.
const ORGANISATIONS: &str = "{ organisations(first: 100) { nodes { id name shortName } } }";
const LOGIN: &str =
    "mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { code } } }";

/// Starts `app` empty, with two partner accounts, `munich@partners.test` and
/// `grdr@partners.test`, inserted directly: setting them up through the API would spend the
/// budgets under test.
async fn start_with_two_partners(app: TestAppBuilder) -> TestApp {
    let app = app.empty().start().await;
    for email in ["munich@partners.test", "grdr@partners.test"] {
        insert_account(&app, email, email, GlobalRole::Partner).await;
    }
    app
}

struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Value,
}

impl Answer {
    fn header(&self, name: &str) -> Option<i64> {
        self.headers.get(name)?.to_str().ok()?.parse().ok()
    }
}

async fn post(app: &TestApp, token: Option<&str>, query: &str, variables: Value) -> Answer {
    post_from(app, token, query, variables, None).await
}

async fn post_from(
    app: &TestApp,
    token: Option<&str>,
    query: &str,
    variables: Value,
    forwarded_for: Option<&str>,
) -> Answer {
    let mut request = app
        .client()
        .post(app.url("/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(address) = forwarded_for {
        request = request.header("x-forwarded-for", format!("198.51.100.7, {address}"));
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.json().await.unwrap();
    Answer {
        status,
        headers,
        body,
    }
}

async fn every_response_reports_the_budget(backend: Backend) {
    let app = start_with_two_partners(TestApp::builder(backend).rate_limit(1_000)).await;
    let token = app.login("munich@partners.test").await.access_token;
    let first = post(&app, Some(&token), VIEWER, json!({})).await;
    assert_eq!(first.status, 200, "{}", first.body);
    assert_eq!(first.header("x-ratelimit-limit"), Some(1_000));
    let reset = rate_limit::window_reset(chrono::Utc::now()).timestamp();
    assert_eq!(first.header("x-ratelimit-reset"), Some(reset));
    let used = first.header("x-ratelimit-used").unwrap();
    assert_eq!(first.header("x-ratelimit-remaining"), Some(1_000 - used));

    // A bigger query costs more: 1 point plus 1 per 100 of complexity.
    let big = post(&app, Some(&token), ORGANISATIONS, json!({})).await;
    assert!(big.body["errors"].is_null(), "{}", big.body);
    let spent = big.header("x-ratelimit-used").unwrap() - used;
    assert!(
        spent >= 3,
        "a 100-node query costs more than one point: {spent}"
    );
    let again = post(&app, Some(&token), VIEWER, json!({})).await;
    assert_eq!(
        again.header("x-ratelimit-used"),
        Some(used + spent + 1),
        "a small query costs one point"
    );
}

async fn a_spent_budget_is_refused_until_the_window_resets(backend: Backend) {
    let app = start_with_two_partners(TestApp::builder(backend).rate_limit(10)).await;
    let munich = app.login("munich@partners.test").await.access_token;
    let grdr = app.login("grdr@partners.test").await.access_token;
    let mut refused = None;
    for _ in 0..20 {
        let answer = post(&app, Some(&munich), VIEWER, json!({})).await;
        if answer.status != 200 {
            refused = Some(answer);
            break;
        }
        assert!(answer.body["errors"].is_null(), "{}", answer.body);
    }
    let Some(refused) = refused else {
        panic!("the eleventh point must be refused")
    };
    assert_eq!(refused.status, 429);
    assert_eq!(
        error_code(&refused.body),
        Some("RATE_LIMITED"),
        "{}",
        refused.body
    );
    assert!(refused.body["data"].is_null(), "{}", refused.body);
    assert_eq!(refused.header("x-ratelimit-remaining"), Some(0));
    let retry_after = refused.header("retry-after").unwrap();
    assert!((1..=3600).contains(&retry_after), "{retry_after}");
    let message = refused.body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("10 points per hour"), "{message}");

    // A refused mutation changes nothing.
    let audit = app.audit_count().await;
    let create = post(
        &app,
        Some(&munich),
        "mutation { createApiToken(input: { name: \"x\", scope: READ, expiresAt: \"2099-01-01T00:00:00Z\" }) { token } }",
        json!({}),
    )
    .await;
    assert_eq!(create.status, 429);
    assert_eq!(app.audit_count().await, audit);

    // Someone else's budget is their own.
    let other = post(&app, Some(&grdr), VIEWER, json!({})).await;
    assert_eq!(other.status, 200, "{}", other.body);
    assert!(other.body["errors"].is_null(), "{}", other.body);
}

/// Two instances spend one budget: each charges in memory and reconciles with the shared
/// counter every `FLUSH_INTERVAL`, so after a flush each sees the other's points, and the
/// overshoot is bounded by what the instances admit within one interval (documented in
/// docs/API.md).
async fn instances_share_one_budget(backend: Backend) {
    let limit = 12;
    let first = start_with_two_partners(TestApp::builder(backend).rate_limit(limit)).await;
    let second = first.another_instance().await;
    let token = first.login("munich@partners.test").await.access_token;
    let settle = || tokio::time::sleep(mega_api::rate_limit::FLUSH_INTERVAL * 3);
    // The sign-in charged the address, not the user: the user's budget starts here.
    let mut spent = 0;
    for app in [&first, &second, &first, &second] {
        let answer = post(app, Some(&token), VIEWER, json!({})).await;
        assert_eq!(answer.status, 200, "{}", answer.body);
        spent += 1;
        let used = answer.header("x-ratelimit-used").unwrap();
        assert!(used >= 1 && used <= spent, "used {used} of {spent}");
    }
    settle().await;
    // After the flushes each instance counts the other's points too.
    for app in [&first, &second] {
        let answer = post(app, Some(&token), VIEWER, json!({})).await;
        spent += 1;
        assert_eq!(
            answer.header("x-ratelimit-used"),
            Some(spent),
            "{}",
            answer.body
        );
        assert_eq!(
            answer.header("x-ratelimit-remaining"),
            Some(limit - spent),
            "{}",
            answer.body
        );
        settle().await;
    }
    // Spending the rest as fast as possible on both: at most one flush interval's worth of
    // requests per instance slips past the budget.
    let mut admitted = spent;
    for round in 0..4 * limit {
        let app = if round % 2 == 0 { &first } else { &second };
        let answer = post(app, Some(&token), VIEWER, json!({})).await;
        if answer.status == 200 {
            admitted += 1;
        } else {
            assert_eq!(answer.status, 429, "{}", answer.body);
        }
    }
    let remaining_at_last_sync = limit - spent;
    assert!(
        admitted >= limit && admitted <= limit + remaining_at_last_sync,
        "admitted {admitted} of {limit} (bound: {})",
        limit + remaining_at_last_sync
    );
    settle().await;
    let on_first = post(&first, Some(&token), VIEWER, json!({})).await;
    let on_second = post(&second, Some(&token), VIEWER, json!({})).await;
    assert_eq!(on_first.status, 429, "{}", on_first.body);
    assert_eq!(on_second.status, 429, "{}", on_second.body);
    assert_eq!(on_first.header("x-ratelimit-remaining"), Some(0));
}

async fn login(app: &TestApp, email: &str, password: &str, forwarded_for: Option<&str>) -> Answer {
    post_from(
        app,
        None,
        LOGIN,
        json!({ "input": { "email": email, "password": password } }),
        forwarded_for,
    )
    .await
}

async fn failed_sign_ins_slow_down_then_stop_for_the_account(backend: Backend) {
    let app = start_with_two_partners(TestApp::builder(backend)).await;
    let email = "grdr@partners.test";
    for _ in 0..rate_limit::FREE_FAILURES {
        let answer = login(&app, email, "wrong password", None).await;
        assert_eq!(error_code(&answer.body), Some("UNAUTHENTICATED"));
    }
    // Past the free failures, each attempt is held back, even with the right password.
    let started = Instant::now();
    let answer = login(&app, email, DEMO_PASSWORD, None).await;
    assert!(started.elapsed() >= Duration::from_millis(250));
    assert!(
        answer.body["data"]["login"]["accessToken"].is_string(),
        "{}",
        answer.body
    );
    // The success cleared the account's failures: no more delay.
    let started = Instant::now();
    login(&app, email, "wrong password", None).await;
    assert!(started.elapsed() < Duration::from_millis(250));

    // At the hourly maximum the account refuses even the right password, without hashing it.
    let window = rate_limit::window_start(chrono::Utc::now());
    rate_limits::charge(
        app.db().conn(),
        &format!("login:account:{email}"),
        window,
        MAX_ACCOUNT_FAILURES,
    )
    .await
    .unwrap();
    let refused = login(&app, email, DEMO_PASSWORD, None).await;
    assert_eq!(
        error_code(&refused.body),
        Some("RATE_LIMITED"),
        "{}",
        refused.body
    );
    assert!(refused.body["data"].is_null());
    let message = refused.body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("this account"), "{message}");
    // Upper case is the same account.
    let shouted = login(&app, "GRDR@partners.test", DEMO_PASSWORD, None).await;
    assert_eq!(
        error_code(&shouted.body),
        Some("RATE_LIMITED"),
        "{}",
        shouted.body
    );
    // Other accounts still sign in.
    app.login("munich@partners.test").await;
}

async fn failed_sign_ins_stop_for_the_address(backend: Backend) {
    let app = start_with_two_partners(TestApp::builder(backend).trust_forwarded_for()).await;
    let window = rate_limit::window_start(chrono::Utc::now());
    rate_limits::charge(
        app.db().conn(),
        "login:address:203.0.113.9",
        window,
        MAX_ADDRESS_FAILURES,
    )
    .await
    .unwrap();
    let refused = login(
        &app,
        "munich@partners.test",
        DEMO_PASSWORD,
        Some("203.0.113.9"),
    )
    .await;
    assert_eq!(
        error_code(&refused.body),
        Some("RATE_LIMITED"),
        "{}",
        refused.body
    );
    let message = refused.body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("this address"), "{message}");
    // The same account from another address signs in; the first hop is not trusted.
    let allowed = login(
        &app,
        "munich@partners.test",
        DEMO_PASSWORD,
        Some("203.0.113.10"),
    )
    .await;
    assert!(
        allowed.body["data"]["login"]["accessToken"].is_string(),
        "{}",
        allowed.body
    );

    // Failures from an address are counted there.
    login(&app, "nobody@example.org", "guess", Some("203.0.113.11")).await;
    let counted = rate_limits::spent(app.db().conn(), "login:address:203.0.113.11", window)
        .await
        .unwrap();
    assert_eq!(counted, 1);
}

on_both_databases!(
    every_response_reports_the_budget,
    a_spent_budget_is_refused_until_the_window_resets,
    instances_share_one_budget,
    failed_sign_ins_slow_down_then_stop_for_the_account,
    failed_sign_ins_stop_for_the_address,
);
