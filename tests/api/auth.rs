//! Login, token verification, refresh rotation and logout.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use mega_domain::Email;
use mega_persistence::users;
use mega_tests::builders::{Network, OrganisationBuilder, UserBuilder};
use mega_tests::{Backend, DEMO_PASSWORD, JWT_SECRET, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

const VIEWER: &str = "{ viewer { displayName email organisation { name } } }";
const LOGIN: &str = "mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { field code } } }";
const REFRESH: &str = "mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken refreshToken } }";
const LOGOUT: &str = "mutation($t: String!) { logout(input: { refreshToken: $t }) { success } }";

const PERSONAS: [(&str, &str); 8] = [
    ("coordinator@mpg.demo", "Migration Policy Group"),
    ("munich@partners.demo", "City of Munich"),
    ("formaper@partners.demo", "Formaper"),
    ("grdr@partners.demo", "GRDR"),
    ("adive@partners.demo", "Adive"),
    ("uog@partners.demo", "Unternehmer ohne Grenzen e.V."),
    (
        "garapen@partners.demo",
        "Asociación Vasca de Agencias de Desarrollo GARAPEN",
    ),
    ("expert@experts.demo", "IHK Munich"),
];

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn claims(sub: &str) -> Value {
    json!({
        "sub": sub, "iat": now(), "exp": now() + 600, "iss": "mega-hub",
        "aud": "mega-hub-api", "typ": "access", "jti": "test",
    })
}

fn sign(claims: &Value, key: &[u8]) -> String {
    encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(key),
    )
    .unwrap()
}

/// An empty network with one partner account, `email`, of an organisation named `org`.
async fn with_partner(backend: Backend, email: &str) -> TestApp {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let org = OrganisationBuilder::new("City of Munich")
        .create(&network)
        .await;
    UserBuilder::partner_of(email, &org).create(&network).await;
    app
}

async fn assert_unauthenticated(app: &TestApp, token: &str) {
    let body = app.graphql(Some(token), VIEWER, json!({})).await;
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"), "{body}");
    assert!(body["data"].is_null(), "{body}");
}

async fn every_persona_logs_in(backend: Backend) {
    let app = TestApp::start(backend).await;
    for (email, organisation) in PERSONAS {
        let session = app.login(email).await;
        let body = app
            .graphql(Some(&session.access_token), VIEWER, json!({}))
            .await;
        assert_eq!(body["data"]["viewer"]["email"], email, "{body}");
        assert_eq!(body["data"]["viewer"]["organisation"]["name"], organisation);
    }
}

async fn login_failures_are_indistinguishable(backend: Backend) {
    let app = with_partner(backend, "munich@partners.test").await;
    let attempt = |email: &'static str, password: &'static str| {
        let app = &app;
        async move {
            app.graphql(
                None,
                LOGIN,
                json!({ "input": { "email": email, "password": password } }),
            )
            .await
        }
    };
    let wrong_password = attempt("munich@partners.test", "not-the-password").await;
    let wrong_email = attempt("nobody@partners.test", DEMO_PASSWORD).await;
    assert_eq!(error_code(&wrong_password), Some("UNAUTHENTICATED"));
    assert_eq!(
        wrong_password["errors"][0]["message"],
        wrong_email["errors"][0]["message"]
    );
    assert_eq!(error_code(&wrong_email), Some("UNAUTHENTICATED"));

    let empty = attempt("", "").await;
    let codes: Vec<&str> = empty["data"]["login"]["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["REQUIRED", "REQUIRED"], "{empty}");

    // E-mail is case-insensitive.
    let mixed = attempt("Munich@Partners.TEST", DEMO_PASSWORD).await;
    assert!(mixed["data"]["login"]["accessToken"].is_string(), "{mixed}");
}

async fn forged_and_expired_tokens_are_refused(backend: Backend) {
    let app = with_partner(backend, "munich@partners.test").await;
    let session = app.login("munich@partners.test").await;
    let body = app
        .graphql(Some(&session.access_token), VIEWER, json!({}))
        .await;
    assert!(body["errors"].is_null(), "the genuine token works: {body}");
    let sub = jsonwebtoken::dangerous::insecure_decode::<Value>(&session.access_token)
        .unwrap()
        .claims["sub"]
        .as_str()
        .unwrap()
        .to_owned();

    // A correctly built token is accepted, so each refusal below is down to the one change.
    let valid = sign(&claims(&sub), JWT_SECRET);
    assert!(app.graphql(Some(&valid), VIEWER, json!({})).await["errors"].is_null());

    let mut expired = claims(&sub);
    expired["iat"] = json!(now() - 3600);
    expired["exp"] = json!(now() - 600);
    assert_unauthenticated(&app, &sign(&expired, JWT_SECRET)).await;

    let mut wrong_aud = claims(&sub);
    wrong_aud["aud"] = json!("another-api");
    assert_unauthenticated(&app, &sign(&wrong_aud, JWT_SECRET)).await;

    let mut wrong_iss = claims(&sub);
    wrong_iss["iss"] = json!("someone-else");
    assert_unauthenticated(&app, &sign(&wrong_iss, JWT_SECRET)).await;

    let mut no_exp = claims(&sub);
    no_exp.as_object_mut().unwrap().remove("exp");
    assert_unauthenticated(&app, &sign(&no_exp, JWT_SECRET)).await;

    let mut refresh_typed = claims(&sub);
    refresh_typed["typ"] = json!("refresh");
    assert_unauthenticated(&app, &sign(&refresh_typed, JWT_SECRET)).await;

    assert_unauthenticated(
        &app,
        &sign(&claims(&sub), b"another-key-another-key-another-key-0123"),
    )
    .await;

    let alg_none = format!(
        "{}.{}.",
        URL_SAFE_NO_PAD.encode(r#"{"alg":"none","typ":"JWT"}"#),
        URL_SAFE_NO_PAD.encode(claims(&sub).to_string())
    );
    assert_unauthenticated(&app, &alg_none).await;

    let hs512 = encode(
        &Header::new(Algorithm::HS512),
        &claims(&sub),
        &EncodingKey::from_secret(JWT_SECRET),
    )
    .unwrap();
    assert_unauthenticated(&app, &hs512).await;

    // Refresh tokens are not access tokens.
    assert_unauthenticated(&app, &session.refresh_token).await;
    assert_unauthenticated(&app, "garbage").await;
}

async fn refresh_rotates_and_reuse_revokes_the_session(backend: Backend) {
    let app = with_partner(backend, "adive@partners.test").await;
    let first = app.login("adive@partners.test").await;

    let body = app
        .graphql(None, REFRESH, json!({ "t": first.refresh_token }))
        .await;
    let second_refresh = body["data"]["refreshToken"]["refreshToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let second_access = body["data"]["refreshToken"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_ne!(second_refresh, first.refresh_token);
    assert!(app.graphql(Some(&second_access), VIEWER, json!({})).await["errors"].is_null());

    // An access token is not a refresh token.
    let body = app
        .graphql(None, REFRESH, json!({ "t": second_access }))
        .await;
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"));

    // Replaying the spent token is refused and ends the session: the rotated token dies too.
    let replay = app
        .graphql(None, REFRESH, json!({ "t": first.refresh_token }))
        .await;
    assert_eq!(error_code(&replay), Some("UNAUTHENTICATED"), "{replay}");
    let after = app
        .graphql(None, REFRESH, json!({ "t": second_refresh }))
        .await;
    assert_eq!(error_code(&after), Some("UNAUTHENTICATED"), "{after}");

    // Other sessions of the same user are unaffected.
    let other = app.login("adive@partners.test").await;
    let body = app
        .graphql(None, REFRESH, json!({ "t": other.refresh_token }))
        .await;
    assert!(
        body["data"]["refreshToken"]["accessToken"].is_string(),
        "{body}"
    );
}

async fn logout_ends_the_session(backend: Backend) {
    let app = with_partner(backend, "grdr@partners.test").await;
    let session = app.login("grdr@partners.test").await;
    let body = app
        .graphql(None, LOGOUT, json!({ "t": session.refresh_token }))
        .await;
    assert_eq!(body["data"]["logout"]["success"], true);
    let body = app
        .graphql(None, REFRESH, json!({ "t": session.refresh_token }))
        .await;
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"));
    // Logging out twice is fine.
    let body = app
        .graphql(None, LOGOUT, json!({ "t": session.refresh_token }))
        .await;
    assert_eq!(body["data"]["logout"]["success"], true);
}

async fn deactivated_users_are_locked_out(backend: Backend) {
    let app = with_partner(backend, "uog@partners.test").await;
    let session = app.login("uog@partners.test").await;
    let email = Email::parse("uog@partners.test").unwrap();
    let user = users::credentials_by_email(app.db().conn(), &email)
        .await
        .unwrap()
        .unwrap()
        .user;
    users::set_active(app.db().conn(), user.id, false)
        .await
        .unwrap();

    assert_unauthenticated(&app, &session.access_token).await;
    let body = app
        .graphql(None, REFRESH, json!({ "t": session.refresh_token }))
        .await;
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"));
    let body = app
        .graphql(
            None,
            LOGIN,
            json!({ "input": { "email": "uog@partners.test", "password": DEMO_PASSWORD } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"));
    assert_eq!(body["errors"][0]["message"], "Invalid e-mail or password.");
}

async fn anonymous_callers_get_only_login(backend: Backend) {
    // Organisation 1 exists, so its node is refused for want of a token, not found missing.
    let app = with_partner(backend, "munich@partners.test").await;
    for query in [
        VIEWER,
        "{ organisations { totalCount } }",
        "{ territories { totalCount } }",
        "{ thematicAreas { totalCount } }",
        r#"{ node(id: "T3JnYW5pc2F0aW9uOjE") { id } }"#,
    ] {
        let body = app.graphql(None, query, json!({})).await;
        assert_eq!(
            error_code(&body),
            Some("UNAUTHENTICATED"),
            "{query}: {body}"
        );
        assert!(body["data"].is_null(), "{query}: {body}");
    }
}

on_both_databases!(
    every_persona_logs_in,
    login_failures_are_indistinguishable,
    forged_and_expired_tokens_are_refused,
    refresh_rotates_and_reuse_revokes_the_session,
    logout_ends_the_session,
    deactivated_users_are_locked_out,
    anonymous_callers_get_only_login,
);
