//! What a browser gets besides data: the refresh token as an `HttpOnly` cookie scoped to the
//! refresh endpoint (with a CSRF header required there), a strict Content-Security-Policy and
//! the usual security headers on every answer, HSTS over TLS, compression, and cache headers
//! that keep hashed assets forever and revalidate `index.html`.

use mega_tests::builders::{Network, OrganisationBuilder, UserBuilder};
use mega_tests::{Backend, DEMO_PASSWORD, TestApp, on_both_databases};
use serde_json::{Value, json};

const LOGIN: &str = "mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken userErrors { code } } }";

/// The `name=value` of the `mega_refresh` cookie a response sets, with its attributes.
fn refresh_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("mega_refresh="))
        .map(str::to_owned)
}

fn cookie_pair(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap_or_default().to_owned()
}

async fn refresh(app: &TestApp, cookie: Option<&str>, csrf: bool) -> reqwest::Response {
    let mut request = app.client().post(app.url("/auth/refresh"));
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    if csrf {
        request = request.header("x-mega-csrf", "1");
    }
    request.send().await.unwrap()
}

async fn start_with_partner(backend: Backend) -> TestApp {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let org = OrganisationBuilder::new("City of Munich")
        .create(&network)
        .await;
    UserBuilder::partner_of("munich@partners.test", &org)
        .create(&network)
        .await;
    app
}

async fn the_browser_session_lives_in_an_http_only_cookie(backend: Backend) {
    let app = start_with_partner(backend).await;
    let input = json!({ "input": { "email": "munich@partners.test", "password": DEMO_PASSWORD } });

    // Integrations: the refresh token in the payload, no cookie.
    let response = app
        .client()
        .post(app.url("/graphql"))
        .json(&json!({ "query": LOGIN, "variables": input }))
        .send()
        .await
        .unwrap();
    assert!(refresh_cookie(&response).is_none());
    let body: Value = response.json().await.unwrap();
    assert!(body["data"]["login"]["refreshToken"].is_string(), "{body}");

    // The SPA: the refresh token only as an HttpOnly, SameSite=Strict cookie for /auth/refresh.
    let response = app
        .client()
        .post(app.url("/graphql"))
        .header("x-mega-session", "cookie")
        .json(&json!({ "query": LOGIN, "variables": input }))
        .send()
        .await
        .unwrap();
    let set = refresh_cookie(&response).unwrap();
    for part in ["HttpOnly", "SameSite=Strict", "Path=/auth/refresh"] {
        assert!(set.contains(part), "{set}");
    }
    assert!(!set.contains("Secure"), "not over TLS: {set}");
    let body: Value = response.json().await.unwrap();
    assert!(body["data"]["login"]["refreshToken"].is_null(), "{body}");
    assert!(body["data"]["login"]["accessToken"].is_string(), "{body}");
    let first = cookie_pair(&set);

    // Without the CSRF header the cookie is not honoured.
    let refused = refresh(&app, Some(&first), false).await;
    assert_eq!(refused.status(), 403);

    // With it: a new access token that works, and a rotated cookie.
    let renewed = refresh(&app, Some(&first), true).await;
    assert_eq!(renewed.status(), 200);
    let second = cookie_pair(&refresh_cookie(&renewed).unwrap());
    assert_ne!(first, second);
    let body: Value = renewed.json().await.unwrap();
    let access = body["data"]["accessToken"].as_str().unwrap().to_owned();
    let viewer = app
        .graphql(Some(&access), "{ viewer { email } }", json!({}))
        .await;
    assert_eq!(viewer["data"]["viewer"]["email"], "munich@partners.test");

    // Replaying the spent cookie ends the whole session.
    assert_eq!(refresh(&app, Some(&first), true).await.status(), 401);
    assert_eq!(refresh(&app, Some(&second), true).await.status(), 401);
    // No cookie at all: signed out, not an error.
    assert_eq!(refresh(&app, None, true).await.status(), 401);
}

async fn signing_out_ends_the_session_and_clears_the_cookie(backend: Backend) {
    let app = start_with_partner(backend).await;
    let response = app
        .client()
        .post(app.url("/graphql"))
        .header("x-mega-session", "cookie")
        .json(&json!({ "query": LOGIN, "variables":
            { "input": { "email": "munich@partners.test", "password": DEMO_PASSWORD } } }))
        .send()
        .await
        .unwrap();
    let cookie = cookie_pair(&refresh_cookie(&response).unwrap());
    let without_csrf = app
        .client()
        .delete(app.url("/auth/refresh"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(without_csrf.status(), 403);
    let out = app
        .client()
        .delete(app.url("/auth/refresh"))
        .header("cookie", &cookie)
        .header("x-mega-csrf", "1")
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 204);
    assert!(refresh_cookie(&out).unwrap().contains("Max-Age=0"));
    assert_eq!(refresh(&app, Some(&cookie), true).await.status(), 401);
}

/// A built SPA in a temporary directory: `index.html` and one hashed, compressible asset.
fn spa() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>MEGA Hub</title>",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    let script = "export const greeting = 'hello';\n".repeat(400);
    std::fs::write(dir.path().join("assets/index-3f2a1c.js"), script).unwrap();
    dir
}

async fn every_answer_carries_the_security_and_cache_headers(backend: Backend) {
    let dir = spa();
    let app = TestApp::builder(backend)
        .empty()
        .static_dir(dir.path().to_owned())
        .start()
        .await;
    for path in [
        "/",
        "/dashboard",
        "/graphql?query=%7B__typename%7D",
        "/healthz",
    ] {
        let response = app.client().get(app.url(path)).send().await.unwrap();
        let headers = response.headers();
        let policy = headers["content-security-policy"].to_str().unwrap();
        for directive in [
            "default-src 'self'",
            "script-src 'self';",
            "frame-ancestors 'none'",
            "object-src 'none'",
        ] {
            assert!(policy.contains(directive), "{path}: {policy}");
        }
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        assert!(headers.contains_key("referrer-policy"), "{path}");
        assert!(
            !headers.contains_key("strict-transport-security"),
            "{path}: no TLS"
        );
    }
    // index.html (and the history fallback) are revalidated; hashed assets kept for a year.
    for path in ["/", "/plans/123"] {
        let response = app.client().get(app.url(path)).send().await.unwrap();
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
    }
    let asset = app
        .client()
        .get(app.url("/assets/index-3f2a1c.js"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(asset.status(), 200);
    assert_eq!(asset.headers()["content-encoding"], "br");
    assert_eq!(
        asset.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let compressed = asset.bytes().await.unwrap();
    assert!(compressed.len() < 2_000, "{} bytes", compressed.len());
    // GraphQL answers are compressed too.
    let response = app
        .client()
        .post(app.url("/graphql"))
        .header("accept-encoding", "gzip")
        .json(&json!({ "query": "{ organisations { totalCount } }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "gzip");
}

async fn tls_turns_on_hsts_and_secure_cookies(backend: Backend) {
    let app = TestApp::builder(backend)
        .empty()
        .public_url("https://hub.example.org")
        .start()
        .await;
    let network = Network::new(&app).await;
    let org = OrganisationBuilder::new("City of Munich")
        .create(&network)
        .await;
    UserBuilder::partner_of("munich@partners.test", &org)
        .create(&network)
        .await;
    let response = app.client().get(app.url("/healthz")).send().await.unwrap();
    assert!(
        response.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age=31536000")
    );
    let response = app
        .client()
        .post(app.url("/graphql"))
        .header("x-mega-session", "cookie")
        .json(&json!({ "query": LOGIN, "variables":
            { "input": { "email": "munich@partners.test", "password": DEMO_PASSWORD } } }))
        .send()
        .await
        .unwrap();
    assert!(refresh_cookie(&response).unwrap().contains("; Secure"));
}

on_both_databases!(
    the_browser_session_lives_in_an_http_only_cookie,
    signing_out_ends_the_session_and_clears_the_cookie,
    every_answer_carries_the_security_and_cache_headers,
    tls_turns_on_hsts_and_secure_cookies,
);
