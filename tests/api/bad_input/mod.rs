//! The bad-input suite: hostile, oversized and malformed requests through the real HTTP server.
//!
//! Every case checks the HTTP status or the GraphQL `extensions.code`, that the body leaks no
//! internals (SQL, panics, serde or parser details), that the server still answers `/readyz`
//! afterwards, and — for anything that could write — that nothing changed: no audit event and,
//! where cheap, the target object re-reads the same. `http.rs` covers the body limit, batches,
//! malformed JSON bodies, the 31st alias and introspection; this suite extends it, by concern:
//! [`limits`] (aliases, page sizes, cost, depth), [`validation`] (unknown fields and arguments,
//! variable types), [`text_inputs`] (megabyte strings, credentials and CSV cells) and
//! [`transport`] (methods, bodies, content types, NUL characters).

mod limits;
mod text_inputs;
mod transport;
mod validation;

use std::time::{Duration, Instant};

use mega_tests::builders::{COORDINATOR_EMAIL, Network};
use mega_tests::{Backend, TestApp, error_code};
use serde_json::{Value, json};

use crate::fixtures::Cast;

/// An empty network with the [`Cast`]: the app, the cast and the coordinator's token.
async fn start_with_cast(backend: Backend) -> (TestApp, Cast, String) {
    let app = TestApp::builder(backend).empty().start().await;
    let cast = Cast::build(&Network::new(&app).await).await;
    let token = app.login(COORDINATOR_EMAIL).await.access_token;
    (app, cast, token)
}

/// Fragments that must never reach a client: database errors, panics, serde and parser
/// internals, source locations. Compared case-insensitively.
const LEAKS: &[&str] = &[
    "sqlx",
    "sql",
    "constraint",
    "panicked",
    "stack",
    "serde",
    "sea_orm",
    "sea-orm",
    "^---",
    " --> ",
    "= expected",
    ".rs:",
    "backtrace",
];

/// The code of errors raised before execution (syntax aside): unknown fields, variable
/// types, depth and cost.
const VALIDATION: Option<&str> = Some("GRAPHQL_VALIDATION_FAILED");

/// One answer of the server, timed.
struct Reply {
    status: u16,
    text: String,
    body: Value,
    elapsed: Duration,
}

impl Reply {
    /// The `extensions.code` of the first error.
    fn code(&self) -> Option<&str> {
        error_code(&self.body)
    }

    /// The messages of all errors, joined.
    fn messages(&self) -> String {
        self.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .filter_map(|e| e["message"].as_str())
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .unwrap_or_default()
    }

    /// The body cut to 600 characters, for failure messages.
    fn short(&self) -> String {
        self.text.chars().take(600).collect()
    }

    /// The first fragment of [`LEAKS`] found in the body.
    fn leak(&self) -> Option<&'static str> {
        let lower = self.text.to_lowercase();
        LEAKS.iter().copied().find(|leak| lower.contains(leak))
    }

    /// Asserts that the body leaks nothing.
    fn assert_clean(&self, what: &str) {
        if let Some(leak) = self.leak() {
            panic!("{what}: the response leaks {leak:?}: {}", self.short());
        }
    }

    /// Asserts that the request was refused as a whole: HTTP 200, an error with `code`, no
    /// data at all, nothing leaked.
    fn assert_refused(&self, code: Option<&str>, what: &str) {
        assert_eq!(self.status, 200, "{what}: {}", self.short());
        assert!(
            self.body["errors"]
                .as_array()
                .is_some_and(|e| !e.is_empty()),
            "{what} must fail: {}",
            self.short()
        );
        assert_eq!(self.code(), code, "{what}: {}", self.short());
        assert!(
            self.body["data"].is_null(),
            "{what} must return no data: {}",
            self.short()
        );
        self.assert_clean(what);
    }
}

/// POSTs a GraphQL request (as `token` when given) and times the answer. Unlike
/// `TestApp::graphql` it accepts any status and any body.
async fn post(app: &TestApp, token: Option<&str>, query: &str, variables: Value) -> Reply {
    let mut request = app
        .client()
        .post(app.url("/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let start = Instant::now();
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    to_reply(status, text, start)
}

/// Sends `body` to `/graphql` with `method` and `content_type` (none when `None`), on a new
/// connection.
async fn raw(
    app: &TestApp,
    method: reqwest::Method,
    content_type: Option<&str>,
    token: Option<&str>,
    body: Vec<u8>,
) -> Reply {
    let mut request = reqwest::Client::new()
        .request(method, app.url("/graphql"))
        .body(body);
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let start = Instant::now();
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    to_reply(status, text, start)
}

/// A [`Reply`] of `status` and `text`, timed from `start`.
fn to_reply(status: u16, text: String, start: Instant) -> Reply {
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Reply {
        status,
        text,
        body,
        elapsed: start.elapsed(),
    }
}

/// Asserts that the server still answers `/readyz` with 200: no request took it down.
async fn assert_alive(app: &TestApp) {
    let ready = reqwest::Client::new()
        .get(app.url("/readyz"))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status(), 200, "the server must survive bad input");
}

/// The SQL statements the server ran to answer one request, and the answer.
async fn counted(
    app: &TestApp,
    token: Option<&str>,
    query: &str,
    variables: Value,
) -> (u64, Reply) {
    let before = app.statements();
    let reply = post(app, token, query, variables).await;
    (app.statements() - before, reply)
}

/// The statements authentication of `token` costs: those of `{ __typename }`, which runs no
/// resolver that touches the database. Sent twice so pool connections opened on first use
/// are not counted.
async fn authentication_cost(app: &TestApp, token: Option<&str>) -> u64 {
    post(app, token, "{ __typename }", json!({})).await;
    let (statements, reply) = counted(app, token, "{ __typename }", json!({})).await;
    assert_eq!(
        reply.body["data"]["__typename"],
        "Query",
        "{}",
        reply.short()
    );
    statements
}

/// The title of working group `id`, read back through the API.
async fn group_title(app: &TestApp, token: &str, id: &str) -> String {
    let body = app
        .graphql(
            Some(token),
            "query($id: ID!) { workingGroup(id: $id) { title } }",
            json!({ "id": id }),
        )
        .await;
    body["data"]["workingGroup"]["title"]
        .as_str()
        .unwrap_or_else(|| panic!("no group {id}: {body}"))
        .to_owned()
}

/// The member organisations of working group `id`, sorted (to compare before and after).
async fn group_members(app: &TestApp, token: &str, id: &str) -> Vec<String> {
    let body = app
        .graphql(
            Some(token),
            "query($id: ID!) { workingGroup(id: $id) { memberships { organisation { shortName name } } } }",
            json!({ "id": id }),
        )
        .await;
    let mut members: Vec<String> = body["data"]["workingGroup"]["memberships"]
        .as_array()
        .unwrap_or_else(|| panic!("no group {id}: {body}"))
        .iter()
        .map(|m| m["organisation"].to_string())
        .collect();
    members.sort();
    members
}
