//! Personal access tokens: creation (secret shown once), scopes, expiry, revocation,
//! deactivated owners, tampering and the last-use stamp.

use chrono::{Duration, Utc};
use mega_api::auth::api_token::hash;
use mega_domain::{ApiTokenId, Email};
use mega_persistence::{api_tokens, users};
use mega_tests::builders::{
    COORDINATOR_EMAIL, Network, Organisation, OrganisationBuilder, UserBuilder, WorkingGroupBuilder,
};
use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

/// Global IDs of what [`start`] creates.
struct Ids {
    munich: String,
    group: String,
    mpg: Organisation,
}

/// An empty network with the coordinator; Munich, leading a working group, and GRDR, each
/// with a partner account (`munich@partners.test`, `grdr@partners.test`); and the Migration
/// Policy Group, without accounts.
async fn start(backend: Backend) -> (TestApp, Ids) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let munich = OrganisationBuilder::new("City of Munich")
        .create(&network)
        .await;
    let grdr = OrganisationBuilder::new("GRDR").create(&network).await;
    let mpg = OrganisationBuilder::new("Migration Policy Group")
        .kind("COORDINATOR")
        .create(&network)
        .await;
    UserBuilder::partner_of("munich@partners.test", &munich)
        .create(&network)
        .await;
    UserBuilder::partner_of("grdr@partners.test", &grdr)
        .create(&network)
        .await;
    let area = network.thematic_area(1, "City leadership").await;
    let group = WorkingGroupBuilder::new(&area, "City leadership")
        .leading(&munich)
        .create(&network)
        .await;
    let ids = Ids {
        munich: munich.id,
        group: group.id,
        mpg,
    };
    (app, ids)
}

const CREATE: &str = "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) {
    token apiToken { id name prefix scope expiresAt lastUsedAt revokedAt usable owner { displayName } }
    userErrors { field code message } } }";
const REVOKE: &str = "mutation($id: ID!) { revokeApiToken(input: { id: $id }) {
    apiToken { id revokedAt usable } userErrors { field code } } }";
const VIEWER: &str = "{ viewer { displayName } }";
const MY_TOKENS: &str =
    "{ viewer { apiTokens { totalCount nodes { id name prefix scope lastUsedAt revokedAt } } } }";

/// A token of the user signed in with `session` (a JWT): (secret, global id).
async fn create_token(app: &TestApp, session: &str, name: &str, scope: &str) -> (String, String) {
    let expires = (Utc::now() + Duration::days(30)).to_rfc3339();
    let body = app
        .graphql(
            Some(session),
            CREATE,
            json!({ "input": { "name": name, "scope": scope, "expiresAt": expires } }),
        )
        .await;
    let payload = &body["data"]["createApiToken"];
    assert_eq!(payload["userErrors"], json!([]), "{body}");
    (
        payload["token"].as_str().unwrap().to_owned(),
        payload["apiToken"]["id"].as_str().unwrap().to_owned(),
    )
}

async fn stored_id(app: &TestApp, secret: &str) -> ApiTokenId {
    api_tokens::find_by_hash(app.db().conn(), &hash(secret))
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn assert_unauthenticated(app: &TestApp, token: &str) {
    let body = app.graphql(Some(token), VIEWER, json!({})).await;
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"), "{body}");
    assert!(body["data"].is_null(), "{body}");
}

async fn assert_works(app: &TestApp, token: &str) {
    let body = app.graphql(Some(token), VIEWER, json!({})).await;
    assert!(body["errors"].is_null(), "{body}");
    assert!(body["data"]["viewer"]["displayName"].is_string(), "{body}");
}

async fn round_count(app: &TestApp, token: &str) -> i64 {
    let body = app
        .graphql(
            Some(token),
            "{ benchmarkRounds(first: 1) { totalCount } }",
            json!({}),
        )
        .await;
    body["data"]["benchmarkRounds"]["totalCount"]
        .as_i64()
        .unwrap_or_else(|| panic!("{body}"))
}

const CREATE_ROUND: &str = "mutation($input: CreateBenchmarkRoundInput!) {
    createBenchmarkRound(input: $input) { round { id } userErrors { code } } }";

async fn read_token_reads_but_never_mutates(backend: Backend) {
    let (app, _) = start(backend).await;
    let session = app.login(COORDINATOR_EMAIL).await.access_token;
    let (read, _) = create_token(&app, &session, "Reports", "READ").await;

    let body = app
        .graphql(
            Some(&read),
            "{ organisations(first: 5) { totalCount nodes { name } } }",
            json!({}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert!(
        body["data"]["organisations"]["totalCount"]
            .as_i64()
            .unwrap()
            > 0,
        "{body}"
    );

    let rounds = round_count(&app, &session).await;
    let audit = app.audit_count().await;
    let body = app
        .graphql(
            Some(&read),
            CREATE_ROUND,
            json!({ "input": { "name": "Round by READ token", "heldOn": "2020-03-01" } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("READ scope"),
        "a clear message: {body}"
    );
    assert!(body["data"].is_null(), "refused before execution: {body}");
    assert_eq!(round_count(&app, &session).await, rounds, "nothing changed");
    assert_eq!(app.audit_count().await, audit, "nothing recorded");

    // A document that also holds a mutation may still run its query by name.
    let document = "query Read { viewer { displayName } }
        mutation Write { createBenchmarkRound(input: { name: \"x\", heldOn: \"2020-03-01\" }) { round { id } } }";
    let response: Value = app
        .client()
        .post(app.url("/graphql"))
        .bearer_auth(&read)
        .json(&json!({ "query": document, "operationName": "Read" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(response["errors"].is_null(), "{response}");
    let response: Value = app
        .client()
        .post(app.url("/graphql"))
        .bearer_auth(&read)
        .json(&json!({ "query": document, "operationName": "Write" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(error_code(&response), Some("FORBIDDEN"), "{response}");
    assert_eq!(round_count(&app, &session).await, rounds);
}

async fn read_write_token_does_what_its_owner_may_now(backend: Backend) {
    let (app, ids) = start(backend).await;
    let munich = app.login("munich@partners.test").await.access_token;
    let (write, _) = create_token(&app, &munich, "Sync", "READ_WRITE").await;

    let audit = app.audit_count().await;
    let body = app
        .graphql(
            Some(&write),
            "mutation($input: CreateProposedActionInput!) { createProposedAction(input: $input) {
                proposedAction { id } userErrors { code } } }",
            json!({ "input": { "organisationId": ids.munich, "proposedAction": {
                "workingGroupId": ids.group, "title": "Via token", "description": "Scripted" } } }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(
        body["data"]["createProposedAction"]["userErrors"],
        json!([]),
        "{body}"
    );
    assert_eq!(
        app.audit_count().await,
        audit + 1,
        "exactly one audit event"
    );

    // Never more than the owner: Munich may not create rounds, nor mint tokens with a token.
    let body = app
        .graphql(
            Some(&write),
            CREATE_ROUND,
            json!({ "input": { "name": "Munich round", "heldOn": "2020-03-01" } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    let expires = (Utc::now() + Duration::days(1)).to_rfc3339();
    let body = app
        .graphql(
            Some(&write),
            CREATE,
            json!({ "input": { "name": "Child", "scope": "READ_WRITE", "expiresAt": expires } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    assert_eq!(app.audit_count().await, audit + 1);

    // The owner's role as it is now: a coordinator demoted to partner loses the right.
    UserBuilder::new("boss@network.test")
        .role("COORDINATOR")
        .organisation(&ids.mpg)
        .create(&Network::signed_in(&app).await)
        .await;
    let boss = app.login("boss@network.test").await.access_token;
    let (boss_token, _) = create_token(&app, &boss, "Admin script", "READ_WRITE").await;
    let body = app
        .graphql(
            Some(&boss_token),
            CREATE_ROUND,
            json!({ "input": { "name": "Boss round 1", "heldOn": "2020-03-01" } }),
        )
        .await;
    assert_eq!(
        body["data"]["createBenchmarkRound"]["userErrors"],
        json!([]),
        "{body}"
    );
    let coordinator = app.login(COORDINATOR_EMAIL).await.access_token;
    let body = app
        .graphql(
            Some(&coordinator),
            "mutation($input: UpdateUserInput!) { updateUser(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": ids_user(&app, &coordinator, "boss@network.test").await, "globalRole": "PARTNER" } }),
        )
        .await;
    assert_eq!(
        body["data"]["updateUser"]["userErrors"],
        json!([]),
        "{body}"
    );
    let body = app
        .graphql(
            Some(&boss_token),
            CREATE_ROUND,
            json!({ "input": { "name": "Boss round 2", "heldOn": "2020-03-01" } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
}

async fn ids_user(app: &TestApp, coordinator: &str, email: &str) -> String {
    let body = app
        .graphql(
            Some(coordinator),
            "{ users(first: 100) { nodes { id email } } }",
            json!({}),
        )
        .await;
    body["data"]["users"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == email)
        .map(|u| u["id"].as_str().unwrap().to_owned())
        .unwrap_or_else(|| panic!("no user {email}: {body}"))
}

async fn expired_revoked_tampered_and_deactivated_tokens_are_refused(backend: Backend) {
    let (app, _) = start(backend).await;
    let munich = app.login("munich@partners.test").await.access_token;
    let coordinator = app.login(COORDINATOR_EMAIL).await.access_token;

    // Expired (set in the database before its first use: a token in use carries its expiry
    // into the identity cache, which checks it on every request).
    let (expired, _) = create_token(&app, &munich, "Expiring", "READ").await;
    let id = stored_id(&app, &expired).await;
    api_tokens::set_expiry(app.db().conn(), id, Utc::now() - Duration::seconds(1))
        .await
        .unwrap();
    assert_unauthenticated(&app, &expired).await;

    // One character changed.
    let (genuine, _) = create_token(&app, &munich, "Genuine", "READ").await;
    assert_works(&app, &genuine).await;
    let mut chars: Vec<char> = genuine.chars().collect();
    let last = chars.len() - 1;
    chars[last] = if chars[last] == 'A' { 'B' } else { 'A' };
    let tampered: String = chars.into_iter().collect();
    assert_unauthenticated(&app, &tampered).await;
    assert_unauthenticated(&app, "mega_pat_").await;
    assert_works(&app, &genuine).await;

    // Revoked by the owner; revoking again is a userError.
    let (own, own_id) = create_token(&app, &munich, "Own", "READ_WRITE").await;
    assert_works(&app, &own).await;
    let audit = app.audit_count().await;
    let body = app
        .graphql(Some(&munich), REVOKE, json!({ "id": own_id }))
        .await;
    assert_eq!(
        body["data"]["revokeApiToken"]["userErrors"],
        json!([]),
        "{body}"
    );
    assert!(body["data"]["revokeApiToken"]["apiToken"]["revokedAt"].is_string());
    assert_eq!(body["data"]["revokeApiToken"]["apiToken"]["usable"], false);
    assert_eq!(app.audit_count().await, audit + 1);
    assert_unauthenticated(&app, &own).await;
    let body = app
        .graphql(Some(&munich), REVOKE, json!({ "id": own_id }))
        .await;
    assert_eq!(
        body["data"]["revokeApiToken"]["userErrors"][0]["code"], "ALREADY_REVOKED",
        "{body}"
    );
    assert_eq!(app.audit_count().await, audit + 1);

    // Someone else's: FORBIDDEN for a partner, fine for the coordinator.
    let (other, other_id) = create_token(&app, &munich, "Other", "READ").await;
    let grdr = app.login("grdr@partners.test").await.access_token;
    let body = app
        .graphql(Some(&grdr), REVOKE, json!({ "id": other_id }))
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    assert_works(&app, &other).await;
    let body = app
        .graphql(Some(&coordinator), REVOKE, json!({ "id": other_id }))
        .await;
    assert_eq!(
        body["data"]["revokeApiToken"]["userErrors"],
        json!([]),
        "{body}"
    );
    assert_unauthenticated(&app, &other).await;

    // Deactivated owner, written to the database directly as another instance would: refused
    // once the identity cache's entries have expired, and works again once reactivated.
    let user = users::credentials_by_email(
        app.db().conn(),
        &Email::parse("munich@partners.test").unwrap(),
    )
    .await
    .unwrap()
    .unwrap()
    .user;
    users::set_active(app.db().conn(), user.id, false)
        .await
        .unwrap();
    tokio::time::sleep(mega_api::auth::IDENTITY_TTL).await;
    assert_unauthenticated(&app, &genuine).await;
    users::set_active(app.db().conn(), user.id, true)
        .await
        .unwrap();
    tokio::time::sleep(mega_api::auth::IDENTITY_TTL).await;
    assert_works(&app, &genuine).await;
}

async fn secret_is_shown_once_and_last_use_is_recorded(backend: Backend) {
    let (app, _) = start(backend).await;
    let munich = app.login("munich@partners.test").await.access_token;
    let (secret, id) = create_token(&app, &munich, "  Monthly report  ", "READ").await;
    assert!(secret.starts_with("mega_pat_"), "{secret}");
    assert_eq!(secret.len(), "mega_pat_".len() + 43);

    let body = app.graphql(Some(&munich), MY_TOKENS, json!({})).await;
    let tokens = &body["data"]["viewer"]["apiTokens"];
    assert_eq!(tokens["totalCount"], 1, "{body}");
    let listed = &tokens["nodes"][0];
    assert_eq!(listed["id"], id);
    assert_eq!(listed["name"], "Monthly report");
    assert_eq!(listed["prefix"], &secret[..12]);
    assert_eq!(listed["scope"], "READ");
    assert!(listed["lastUsedAt"].is_null(), "not used yet: {body}");
    assert!(!body.to_string().contains(&secret), "never listed: {body}");

    // Use it: lastUsedAt is set, and not rewritten within the minute.
    assert_works(&app, &secret).await;
    let body = app.graphql(Some(&munich), MY_TOKENS, json!({})).await;
    let used = body["data"]["viewer"]["apiTokens"]["nodes"][0]["lastUsedAt"].clone();
    assert!(used.is_string(), "{body}");
    assert_works(&app, &secret).await;
    let body = app.graphql(Some(&munich), MY_TOKENS, json!({})).await;
    assert_eq!(
        body["data"]["viewer"]["apiTokens"]["nodes"][0]["lastUsedAt"], used,
        "at most one stamp a minute"
    );

    // Newest first; others' tokens are not in the viewer's list, nor readable by node(id).
    let (_, newer) = create_token(&app, &munich, "Newer", "READ_WRITE").await;
    let body = app.graphql(Some(&munich), MY_TOKENS, json!({})).await;
    assert_eq!(body["data"]["viewer"]["apiTokens"]["nodes"][0]["id"], newer);
    let grdr = app.login("grdr@partners.test").await.access_token;
    let body = app.graphql(Some(&grdr), MY_TOKENS, json!({})).await;
    assert_eq!(body["data"]["viewer"]["apiTokens"]["totalCount"], 0);
    let node = "query($id: ID!) { node(id: $id) { ... on ApiToken { name } } }";
    let body = app.graphql(Some(&grdr), node, json!({ "id": id })).await;
    assert!(body["data"]["node"].is_null(), "{body}");
    let body = app.graphql(Some(&munich), node, json!({ "id": id })).await;
    assert_eq!(body["data"]["node"]["name"], "Monthly report", "{body}");

    // The coordinator lists anyone's tokens; partners may not.
    let coordinator = app.login(COORDINATOR_EMAIL).await.access_token;
    let munich_id = ids_user(&app, &coordinator, "munich@partners.test").await;
    let list = "query($u: ID) { apiTokens(userId: $u) { totalCount nodes { name owner { displayName } } } }";
    let body = app
        .graphql(Some(&coordinator), list, json!({ "u": munich_id }))
        .await;
    assert_eq!(body["data"]["apiTokens"]["totalCount"], 2, "{body}");
    assert_eq!(body["data"]["apiTokens"]["nodes"][0]["name"], "Newer");
    let body = app
        .graphql(Some(&munich), list, json!({ "u": munich_id }))
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");

    // The audit log has the creation, without the secret or its hash.
    let body = app
        .graphql(
            Some(&coordinator),
            "{ auditEvents(filter: { action: \"createApiToken\" }, first: 10) { nodes { entityType before after } } }",
            json!({}),
        )
        .await;
    let events = &body["data"]["auditEvents"]["nodes"];
    assert_eq!(events.as_array().unwrap().len(), 2, "{body}");
    assert_eq!(events[0]["entityType"], "ApiToken");
    let text = body.to_string();
    assert!(!text.contains(&secret), "secret in the audit log: {text}");
    assert!(
        !text.contains(&hash(&secret)),
        "hash in the audit log: {text}"
    );
}

async fn expiry_and_name_are_validated(backend: Backend) {
    let (app, _) = start(backend).await;
    let munich = app.login("munich@partners.test").await.access_token;
    let audit = app.audit_count().await;
    for (name, expires, field, code) in [
        (
            "Too far",
            Utc::now() + Duration::days(400),
            "expiresAt",
            "EXPIRY_TOO_FAR",
        ),
        (
            "Past",
            Utc::now() - Duration::hours(1),
            "expiresAt",
            "EXPIRY_IN_PAST",
        ),
        ("  ", Utc::now() + Duration::days(1), "name", "REQUIRED"),
    ] {
        let body = app
            .graphql(
                Some(&munich),
                CREATE,
                json!({ "input": { "name": name, "scope": "READ", "expiresAt": expires.to_rfc3339() } }),
            )
            .await;
        let payload = &body["data"]["createApiToken"];
        assert!(payload["token"].is_null(), "{body}");
        assert_eq!(payload["userErrors"][0]["code"], code, "{body}");
        assert_eq!(
            payload["userErrors"][0]["field"],
            json!(["input", field]),
            "{body}"
        );
    }
    assert_eq!(app.audit_count().await, audit, "nothing recorded");
    let body = app.graphql(Some(&munich), MY_TOKENS, json!({})).await;
    assert_eq!(body["data"]["viewer"]["apiTokens"]["totalCount"], 0);

    // Anonymous callers cannot create tokens.
    let body = app
        .graphql(
            None,
            CREATE,
            json!({ "input": { "name": "x", "scope": "READ", "expiresAt": (Utc::now() + Duration::days(1)).to_rfc3339() } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"), "{body}");
}

on_both_databases!(
    read_token_reads_but_never_mutates,
    read_write_token_does_what_its_owner_may_now,
    expired_revoked_tampered_and_deactivated_tokens_are_refused,
    secret_is_shown_once_and_last_use_is_recorded,
    expiry_and_name_are_validated,
);
