//! The bad-input suite: hostile, oversized and malformed requests through the real HTTP server.
//!
//! Every case checks the HTTP status or the GraphQL `extensions.code`, that the body leaks no
//! internals (SQL, panics, serde or parser details), that the server still answers `/readyz`
//! afterwards, and — for anything that could write — that nothing changed: no audit event and,
//! where cheap, the target object re-reads the same. `http.rs` covers the body limit, batches,
//! malformed JSON bodies, the 31st alias and introspection; this file extends it.

use std::time::{Duration, Instant};

use async_graphql::parser::parse_schema;
use async_graphql::parser::types::{BaseType, Type, TypeKind, TypeSystemDefinition};
use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Ids;
use crate::permissions::{Scene, Who};

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

// ---------------------------------------------------------------------------------------------
// 1. Aliases

/// `count` aliased copies of `field`, as a selection.
fn aliased(count: usize, field: &str) -> String {
    (0..count)
        .map(|i| format!("a{i}: {field}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// 5,000 aliases — in a query, hidden in a fragment, and on a writing mutation — are refused
/// with `BAD_USER_INPUT` naming the limit, before authentication or execution runs any SQL.
async fn five_thousand_aliases_are_refused_before_any_sql(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    authentication_cost(&app, Some(&token)).await;
    let title = group_title(&app, &token, ids.group(1)).await;
    let audit = app.audit_count().await;

    let query = format!(
        "{{ {} }}",
        aliased(5000, "territories(first: 100) { totalCount }")
    );
    let fragment = format!(
        "query {{ ...Many }} fragment Many on Query {{ {} }}",
        aliased(5000, "viewer { displayName }")
    );
    let mutation = format!(
        "mutation($input: UpdateWorkingGroupInput!) {{ {} }}",
        aliased(5000, "updateWorkingGroup(input: $input) { __typename }")
    );
    let input = json!({ "input": { "id": ids.group(1), "title": "Renamed 5,000 times" } });
    for (what, query, variables) in [
        ("5,000 aliases in a query", &query, json!({})),
        ("5,000 aliases in a fragment", &fragment, json!({})),
        ("5,000 aliased mutations", &mutation, input),
    ] {
        let (statements, reply) = counted(&app, Some(&token), query, variables).await;
        reply.assert_refused(Some("BAD_USER_INPUT"), what);
        let messages = reply.messages();
        assert!(
            messages.contains("5000 aliases") && messages.contains("at most 30"),
            "{what}: the message names the count and the limit: {messages}"
        );
        assert_eq!(statements, 0, "{what}: refused before any SQL");
    }
    assert_eq!(app.audit_count().await, audit, "nothing was written");
    assert_eq!(group_title(&app, &token, ids.group(1)).await, title);
    assert_alive(&app).await;
}

// ---------------------------------------------------------------------------------------------
// 2. Page sizes

/// Connections with `first` (`FIRST` is replaced by the value tried) and the name of the
/// connection field, which must not return a page when `first` is refused. No connection
/// takes `last`; that argument is refused as unknown in
/// `unknown_fields_and_arguments_are_refused`.
const PAGED: &[(&str, &str)] = &[
    (
        "{ organisations(first: FIRST) { totalCount nodes { id } } }",
        "organisations",
    ),
    (
        "{ actionPlans(first: FIRST) { totalCount nodes { id } } }",
        "actionPlans",
    ),
    (
        "{ workingGroups(first: FIRST) { totalCount nodes { id } } }",
        "workingGroups",
    ),
    (
        "{ users(first: FIRST) { totalCount nodes { id } } }",
        "users",
    ),
    (
        "{ auditEvents(first: FIRST) { totalCount } }",
        "auditEvents",
    ),
    (
        "{ goodPractices(first: FIRST) { totalCount } }",
        "goodPractices",
    ),
    // Nested: the participants of each event (the error nulls the event).
    (
        "{ events(first: 2) { nodes { participants(first: FIRST) { totalCount nodes { id } } } } }",
        "participants",
    ),
    // Nested and nullable: only the viewer's token list is null.
    (
        "{ viewer { displayName apiTokens(first: FIRST) { totalCount } } }",
        "apiTokens",
    ),
];

/// Whether `value` holds, at any depth, `key` with a value other than null.
fn holds(value: &Value, key: &str) -> bool {
    match value {
        Value::Object(object) => object
            .iter()
            .any(|(k, v)| (k == key && !v.is_null()) || holds(v, key)),
        Value::Array(items) => items.iter().any(|v| holds(v, key)),
        _ => false,
    }
}

/// `first` outside 1–100 (0, 101, -1, and huge), as a literal and as a variable, on top-level
/// and nested connections: `BAD_USER_INPUT` naming the range, no data. 1 and 100 still work.
async fn page_sizes_outside_1_to_100_are_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    for (template, connection) in PAGED {
        for first in [0, 101, -1, 1_000_000, i32::MIN] {
            let literal = template.replace("FIRST", &first.to_string());
            let variable = format!("query($first: Int) {}", template.replace("FIRST", "$first"));
            for (query, variables) in [(literal, json!({})), (variable, json!({ "first": first }))]
            {
                let what = format!("{query} with first = {first}");
                let reply = post(&app, Some(&token), &query, variables).await;
                assert_eq!(reply.status, 200, "{what}");
                assert_eq!(
                    reply.code(),
                    Some("BAD_USER_INPUT"),
                    "{what}: {}",
                    reply.short()
                );
                assert!(
                    reply
                        .messages()
                        .contains("`first` must be between 1 and 100"),
                    "{what}: a clear message: {}",
                    reply.short()
                );
                assert!(
                    !holds(&reply.body["data"], connection),
                    "{what}: no page is returned: {}",
                    reply.short()
                );
                reply.assert_clean(&what);
            }
        }
        for first in [1, 100] {
            let query = template.replace("FIRST", &first.to_string());
            let reply = post(&app, Some(&token), &query, json!({})).await;
            assert!(reply.body["errors"].is_null(), "{query}: {}", reply.short());
        }
    }
    // A malformed cursor is refused the same way.
    let reply = post(
        &app,
        Some(&token),
        "{ organisations(first: 5, after: \"not a cursor\") { totalCount } }",
        json!({}),
    )
    .await;
    reply.assert_refused(Some("BAD_USER_INPUT"), "a malformed cursor");
    assert_alive(&app).await;
}

// ---------------------------------------------------------------------------------------------
// 3. Cost

/// Queries that would return 10⁶ nodes (three nested connections of 100) or more than the
/// cost limit allows.
const TOO_COSTLY: &[&str] = &[
    "{ users(first: 100) { nodes { apiTokens(first: 100) { nodes { owner { apiTokens(first: 100) { nodes { id } } } } } } } }",
    "{ events(first: 100) { nodes { participants(first: 100) { nodes { event { participants(first: 100) { nodes { id firstName } } } } } } } }",
    // Two levels of 100 are already 10⁴ nodes, each costing more than 1.
    "{ events(first: 100) { nodes { participants(first: 100) { nodes { id firstName } } } } }",
    // Without `first` every connection counts as 20: 20³ nodes of cost 2 each.
    "{ users { nodes { apiTokens { nodes { owner { apiTokens { nodes { id name } } } } } } } }",
];

/// Queries over the cost limit of 10,000 are refused before any SQL runs — signed in (no
/// statement beyond authentication) and anonymous (no statement at all) — also when the page
/// sizes come from variables. A query just under the limit still runs.
async fn costly_queries_are_refused_before_any_sql(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let authentication = authentication_cost(&app, Some(&token)).await;
    // Anonymous: no authentication, only the rate-limit charge of the valid query; a refused
    // query is not charged, so it runs no statement at all.
    assert_eq!(authentication_cost(&app, None).await, 1);
    let with_variables = "query($a: Int, $b: Int, $c: Int) { users(first: $a) { nodes { apiTokens(first: $b) { nodes { owner { apiTokens(first: $c) { nodes { id } } } } } } } }";
    let mut cases: Vec<(&str, Value)> = TOO_COSTLY.iter().map(|q| (*q, json!({}))).collect();
    cases.push((with_variables, json!({ "a": 100, "b": 100, "c": 100 })));
    for (query, variables) in cases {
        for caller in [Some(token.as_str()), None] {
            let (statements, reply) = counted(&app, caller, query, variables.clone()).await;
            let what = format!("{query} (signed in: {})", caller.is_some());
            reply.assert_refused(VALIDATION, &what);
            assert!(
                reply.messages().to_lowercase().contains("complex"),
                "{what}: the error names the cost: {}",
                reply.short()
            );
            let allowed = if caller.is_some() { authentication } else { 0 };
            assert!(
                statements <= allowed,
                "{what}: {statements} statements ran, authentication alone runs {allowed}"
            );
        }
    }
    // A field costs 1 plus its selection; a connection `first` × its selection. 100 events
    // with `id` and n participants of two fields cost 100 × (1 + 1 + n × (1 + 2)): n = 33
    // gives 10,100, over the limit; n = 32 gives 9,800 and runs.
    let just_over = "{ events(first: 100) { nodes { id participants(first: 33) { nodes { id firstName } } } } }";
    let just_under = "{ events(first: 100) { nodes { id participants(first: 32) { nodes { id firstName } } } } }";
    let reply = post(&app, Some(&token), just_over, json!({})).await;
    reply.assert_refused(VALIDATION, just_over);
    let reply = post(&app, Some(&token), just_under, json!({})).await;
    assert!(reply.body["errors"].is_null(), "{}", reply.short());
    assert_alive(&app).await;
}

// ---------------------------------------------------------------------------------------------
// 4. Depth

/// The fields of a query `depth` levels deep: viewer → organisation → memberships →
/// workingGroup → memberships → organisation → …, each level selecting the next.
fn deep_fields(depth: usize) -> Vec<&'static str> {
    const CYCLE: [&str; 4] = ["memberships", "workingGroup", "memberships", "organisation"];
    ["viewer", "organisation"]
        .into_iter()
        .chain(CYCLE.into_iter().cycle())
        .take(depth - 1)
        .collect()
}

/// `fields` nested into each other, ending in `id` (one more level).
fn selection(fields: &[&str]) -> String {
    fields.iter().rev().fold("id".to_owned(), |inner, field| {
        format!("{field} {{ {inner} }}")
    })
}

/// A query `depth` levels deep.
fn nested(depth: usize) -> String {
    format!("{{ {} }}", selection(&deep_fields(depth)))
}

/// A query of depth 11 is refused before any SQL beyond authentication, also through a
/// fragment; depth 10 runs.
async fn queries_deeper_than_ten_are_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("munich@partners.demo").await.access_token;
    let authentication = authentication_cost(&app, Some(&token)).await;

    let allowed = nested(10);
    let reply = post(&app, Some(&token), &allowed, json!({})).await;
    assert!(
        reply.body["errors"].is_null(),
        "{allowed}: {}",
        reply.short()
    );
    assert!(
        reply.body["data"]["viewer"].is_object(),
        "{}",
        reply.short()
    );

    let too_deep = nested(11);
    let through_fragment = format!(
        "{{ viewer {{ organisation {{ ...Deep }} }} }} fragment Deep on Organisation {{ {} }}",
        selection(&deep_fields(11)[2..])
    );
    let very_deep = nested(60);
    for query in [&too_deep, &through_fragment, &very_deep] {
        let (statements, reply) = counted(&app, Some(&token), query, json!({})).await;
        reply.assert_refused(VALIDATION, query);
        assert!(
            ["deep", "depth"]
                .iter()
                .any(|word| reply.messages().to_lowercase().contains(word)),
            "{query}: the error names the depth: {}",
            reply.short()
        );
        assert!(
            statements <= authentication,
            "{query}: {statements} statements ran"
        );
    }
    assert_alive(&app).await;
}

// ---------------------------------------------------------------------------------------------
// 5. Unknown fields and arguments

/// Unknown fields, arguments (`last` included: no connection takes it), operations, types
/// and input fields — in queries and in writing mutations, as literals and in variables —
/// are refused by validation with no data, and change nothing.
async fn unknown_fields_and_arguments_are_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let group = ids.group(1);
    let title = group_title(&app, &token, group).await;
    let audit = app.audit_count().await;

    let update = "mutation($input: UpdateWorkingGroupInput!) { updateWorkingGroup(input: $input) { workingGroup { title } userErrors { code } } }";
    let cases: Vec<(String, Value)> = vec![
        (
            "{ organisations { nodes { id passwordHash } } }".into(),
            json!({}),
        ),
        ("{ doesNotExist }".into(), json!({})),
        (
            "{ organisations(last: 5) { totalCount } }".into(),
            json!({}),
        ),
        (
            "{ organisations(first: 5, last: 5) { totalCount } }".into(),
            json!({}),
        ),
        (
            "{ organisations(orderBy: \"name\") { totalCount } }".into(),
            json!({}),
        ),
        (
            "query($x: NoSuchType) { viewer { id } }".into(),
            json!({ "x": 1 }),
        ),
        ("mutation { dropDatabase }".into(), json!({})),
        (
            "subscription { organisations { totalCount } }".into(),
            json!({}),
        ),
        (
            format!(
                "mutation {{ updateWorkingGroup(input: {{ id: \"{group}\", title: \"Hacked\", isAdmin: true }}) {{ __typename }} }}"
            ),
            json!({}),
        ),
        (
            format!(
                "mutation {{ updateWorkingGroup(input: {{ id: \"{group}\", title: \"Hacked\" }}, force: true) {{ __typename }} }}"
            ),
            json!({}),
        ),
        (
            update.into(),
            json!({ "input": { "id": group, "title": "Hacked", "isAdmin": true } }),
        ),
        (
            // Two operations and no operationName: which one to run?
            format!(
                "{} query Other {{ viewer {{ id }} }}",
                update.replacen("mutation(", "mutation Update(", 1)
            ),
            json!({ "input": { "id": group, "title": "Hacked" } }),
        ),
    ];
    for (query, variables) in &cases {
        let reply = post(&app, Some(&token), query, variables.clone()).await;
        reply.assert_refused(VALIDATION, query);
    }
    // An operation name that is not in the document.
    let reply = raw(
        &app,
        reqwest::Method::POST,
        Some("application/json"),
        Some(&token),
        serde_json::to_vec(&json!({ "query": update, "operationName": "Nope",
            "variables": { "input": { "id": group, "title": "Hacked" } } }))
        .unwrap(),
    )
    .await;
    reply.assert_refused(VALIDATION, "an unknown operationName");

    // Suggestions are for signed-in users only (see http.rs); the message names the field.
    let reply = post(
        &app,
        Some(&token),
        "{ organisations { nodes { id passwordHash } } }",
        json!({}),
    )
    .await;
    assert!(
        reply.messages().contains("passwordHash"),
        "{}",
        reply.short()
    );

    assert_eq!(app.audit_count().await, audit, "nothing was written");
    assert_eq!(group_title(&app, &token, group).await, title);
    assert_alive(&app).await;
}

// ---------------------------------------------------------------------------------------------
// 6. Variable types

/// Variables of the wrong type — a string or float or out-of-range number for an `Int`, an
/// object or list for an `ID`, null or nothing for a non-null input, a number or unknown
/// name for an enum, a number or list for a `String` — are refused with no data and change
/// nothing (audit count, the group's title and members re-read the same).
async fn wrong_variable_types_are_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let (group1, group4) = (ids.group(1), ids.group(4));
    let title = group_title(&app, &token, group1).await;
    let members = group_members(&app, &token, group4).await;
    let audit = app.audit_count().await;

    let page = "query($n: Int) { organisations(first: $n) { totalCount } }";
    let node = "query($id: ID!) { node(id: $id) { id } }";
    let update = "mutation($input: UpdateWorkingGroupInput!) { updateWorkingGroup(input: $input) { workingGroup { title } userErrors { code } } }";
    let add = "mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } userErrors { code } } }";
    let member = |role: Value| json!({ "input": { "workingGroupId": group4, "organisationId": ids.org("GRDR"), "role": role } });
    let cases: Vec<(&str, &str, Value)> = vec![
        ("a string for an Int", page, json!({ "n": "10" })),
        ("a float for an Int", page, json!({ "n": 1.5 })),
        (
            "a number beyond Int",
            page,
            json!({ "n": 2_147_483_648_i64 }),
        ),
        ("a boolean for an Int", page, json!({ "n": true })),
        (
            "an object for an ID",
            node,
            json!({ "id": { "id": group1 } }),
        ),
        ("a list for an ID", node, json!({ "id": [group1] })),
        ("null for an ID!", node, json!({ "id": null })),
        (
            "an object for an ID in an input",
            update,
            json!({ "input": { "id": { "x": 1 }, "title": "Hacked" } }),
        ),
        (
            "a number for a String",
            update,
            json!({ "input": { "id": group1, "title": 42 } }),
        ),
        (
            "a list for a String",
            update,
            json!({ "input": { "id": group1, "title": ["Hacked"] } }),
        ),
        (
            "null for a String!",
            update,
            json!({ "input": { "id": group1, "title": null } }),
        ),
        (
            "null for a non-null input",
            update,
            json!({ "input": null }),
        ),
        ("no value for a non-null input", update, json!({})),
        (
            "a string for an input object",
            update,
            json!({ "input": "Hacked" }),
        ),
        ("a number for an enum", add, member(json!(1))),
        ("an unknown enum value", add, member(json!("OWNER"))),
        ("a lower-case enum value", add, member(json!("leading"))),
        (
            "an object for an enum",
            add,
            member(json!({ "LEADING": true })),
        ),
    ];
    for (what, query, variables) in cases {
        let reply = post(&app, Some(&token), query, variables).await;
        reply.assert_refused(VALIDATION, what);
    }
    assert_eq!(app.audit_count().await, audit, "nothing was written");
    assert_eq!(group_title(&app, &token, group1).await, title);
    assert_eq!(group_members(&app, &token, group4).await, members);
    assert_alive(&app).await;
}

// ---------------------------------------------------------------------------------------------
// 7. Megabyte strings in every text input of every mutation

/// A `String` or `[String]` field of a mutation's input: its path from the input's root
/// (through nested input objects, lists of them included).
#[derive(Debug)]
struct TextField {
    path: Vec<String>,
    list: bool,
}

/// The named type under any list wrappers, and whether there was one.
fn named(ty: &Type) -> (&str, bool) {
    match &ty.base {
        BaseType::Named(name) => (name.as_str(), false),
        BaseType::List(inner) => (named(inner).0, true),
    }
}

/// Every mutation of the SDL, in schema order, with the type of its `input` argument and the
/// text fields of that input, nested input objects included.
fn text_fields_of_mutations(sdl: &str) -> Vec<(String, String, Vec<TextField>)> {
    let document = parse_schema(sdl).unwrap();
    let mut inputs = std::collections::HashMap::new();
    let mut mutations = Vec::new();
    for definition in &document.definitions {
        let TypeSystemDefinition::Type(definition) = definition else {
            continue;
        };
        let definition = &definition.node;
        match &definition.kind {
            TypeKind::InputObject(input) => {
                let fields: Vec<(String, Type)> = input
                    .fields
                    .iter()
                    .map(|f| (f.node.name.node.to_string(), f.node.ty.node.clone()))
                    .collect();
                inputs.insert(definition.name.node.to_string(), fields);
            }
            TypeKind::Object(object) if definition.name.node == "Mutation" => {
                for field in &object.fields {
                    let field = &field.node;
                    let input = field
                        .arguments
                        .iter()
                        .find(|a| a.node.name.node == "input")
                        .unwrap_or_else(|| panic!("{} takes no `input`", field.name.node));
                    mutations.push((
                        field.name.node.to_string(),
                        named(&input.node.ty.node).0.to_owned(),
                    ));
                }
            }
            _ => {}
        }
    }
    fn walk(
        inputs: &std::collections::HashMap<String, Vec<(String, Type)>>,
        type_name: &str,
        prefix: &[String],
        out: &mut Vec<TextField>,
    ) {
        assert!(prefix.len() < 8, "input types nest too deep at {prefix:?}");
        for (name, ty) in &inputs[type_name] {
            let (base, list) = named(ty);
            let mut path = prefix.to_vec();
            path.push(name.clone());
            if base == "String" {
                out.push(TextField { path, list });
            } else if inputs.contains_key(base) {
                walk(inputs, base, &path, out);
            }
        }
    }
    mutations
        .into_iter()
        .map(|(mutation, input_type)| {
            let mut fields = Vec::new();
            walk(&inputs, &input_type, &[], &mut fields);
            (mutation, input_type, fields)
        })
        .collect()
}

/// Sets `path` in `input` to `value` (wrapped in a list for a list field); a list of input
/// objects on the way gets it in its first element. Panics when the valid input lacks an
/// object on the way, so a new nested input cannot go unchecked.
fn set_text(input: &mut Value, path: &[String], value: &Value, mutation: &str) {
    let (first, rest) = path.split_first().unwrap();
    let object = match input {
        Value::Array(items) => {
            let item = items.first_mut().unwrap_or_else(|| {
                panic!("{mutation}: the valid input has an empty list before `{first}`")
            });
            return set_text(item, path, value, mutation);
        }
        Value::Object(object) => object,
        other => panic!("{mutation}: expected an object before `{first}`, found {other}"),
    };
    if rest.is_empty() {
        object.insert(first.clone(), value.clone());
    } else {
        let inner = object.get_mut(first).unwrap_or_else(|| {
            panic!(
                "{mutation}: the valid input (permissions.rs, `Scene::input`) has no `{first}`; \
                 give it one so its text fields are checked"
            )
        });
        set_text(inner, rest, value, mutation);
    }
}

/// One megabyte of text: a million characters.
const MEGABYTE: usize = 1_000_000;

/// Every `String`/`[String]` field of every mutation's input (read from the SDL, so a new
/// field or mutation is covered without editing this test), set to 1,000,000 characters in
/// an otherwise valid input sent by the coordinator: never a success, no audit event, no echo
/// of the string, nothing leaked, answered within seconds. The unchanged valid input then
/// succeeds, which proves each refusal was about the long string. Problems are collected and
/// reported together.
async fn megabyte_strings_are_refused_in_every_mutation(backend: Backend) {
    let scene = Scene::new(backend).await;
    let app = &scene.app;
    let token = scene.coordinator.clone();
    let mutations = text_fields_of_mutations(&mega_api::sdl());
    assert!(mutations.len() > 40, "the SDL lists the mutations");
    let big = json!("x".repeat(MEGABYTE));
    let big_list = json!([big.clone()]);
    let mut problems = Vec::new();
    let mut checked = 0;
    let mut slowest = (Duration::ZERO, String::new());
    let started = Instant::now();
    for (mutation, input_type, fields) in &mutations {
        if fields.is_empty() {
            continue;
        }
        let query = format!(
            "mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ __typename userErrors {{ field code message }} }} }}"
        );
        let mut valid = scene.input(mutation, Who::Coordinator).await;
        let mut accepted_any = false;
        for field in fields {
            let what = format!("{mutation}.{}", field.path.join("."));
            let mut input = valid.clone();
            set_text(
                &mut input,
                &field.path,
                if field.list { &big_list } else { &big },
                mutation,
            );
            let audit = app.audit_count().await;
            let reply = post(app, Some(&token), &query, json!({ "input": input })).await;
            checked += 1;
            if reply.elapsed > slowest.0 {
                slowest = (reply.elapsed, what.clone());
            }
            let errors = reply.body["errors"]
                .as_array()
                .is_some_and(|e| !e.is_empty());
            let user_errors = reply.body["data"][mutation]["userErrors"]
                .as_array()
                .is_some_and(|e| !e.is_empty());
            if reply.status != 200 {
                problems.push(format!(
                    "{what}: HTTP {} (the request must reach the schema)",
                    reply.status
                ));
            }
            // Logging out with an unknown refresh token is harmless and answers success by
            // design (logging out twice must work); it is checked for "no change" only.
            let may_succeed = *mutation == "logout";
            if !errors && !user_errors && !may_succeed {
                accepted_any = true;
                problems.push(format!(
                    "{what}: a 1 MB string was ACCEPTED: {}",
                    reply.short()
                ));
            }
            // A userError points at the long field (or the list of objects holding it).
            let names_field = reply.body["data"][mutation]["userErrors"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|e| e["field"].as_array())
                .flatten()
                .any(|part| field.path.iter().any(|segment| part == segment));
            if user_errors && !names_field {
                problems.push(format!(
                    "{what}: the userErrors name another field: {}",
                    reply.short()
                ));
            }
            let after = app.audit_count().await;
            if after != audit {
                accepted_any = true;
                problems.push(format!("{what}: {} audit event(s) recorded", after - audit));
            }
            if reply.code() == Some("INTERNAL_SERVER_ERROR") {
                problems.push(format!("{what}: an internal error instead of a userError"));
            }
            if let Some(leak) = reply.leak() {
                problems.push(format!(
                    "{what}: the response leaks {leak:?}: {}",
                    reply.short()
                ));
            }
            if reply.text.len() > 10_000 {
                problems.push(format!(
                    "{what}: the response echoes the input ({} bytes)",
                    reply.text.len()
                ));
            }
            if reply.elapsed > Duration::from_secs(3) {
                problems.push(format!("{what}: answered in {:?}", reply.elapsed));
            }
            if accepted_any {
                // The object may have changed (a new version): start from a fresh input.
                valid = scene.input(mutation, Who::Coordinator).await;
                accepted_any = false;
            }
        }
        let reply = post(app, Some(&token), &query, json!({ "input": valid })).await;
        let ok = reply.body["errors"].is_null()
            && reply.body["data"][mutation]["userErrors"] == json!([]);
        if !ok {
            problems.push(format!(
                "{mutation}: the valid input is refused, so its 1 MB cases prove nothing: {}",
                reply.short()
            ));
        }
    }
    assert_alive(app).await;
    eprintln!(
        "1 MB strings: {checked} fields in {:?}, slowest {} in {:?}",
        started.elapsed(),
        slowest.1,
        slowest.0
    );
    assert!(checked > 100, "only {checked} text fields found");
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Login with a 1 MB password or e-mail is refused like any wrong credentials and takes no
/// longer than a normal wrong password (the hash work does not grow with the input).
async fn megabyte_credentials_are_refused_quickly(backend: Backend) {
    let app = TestApp::start(backend).await;
    let login = "mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { code } } }";
    let big = "x".repeat(MEGABYTE);
    // Warm up the dummy hash used for unknown e-mail addresses.
    post(
        &app,
        None,
        login,
        json!({ "input": { "email": "nobody@example.org", "password": "wrong password" } }),
    )
    .await;
    let mut normal = Duration::ZERO;
    for _ in 0..3 {
        let reply = post(
            &app,
            None,
            login,
            json!({ "input": { "email": "munich@partners.demo", "password": "a wrong password" } }),
        )
        .await;
        reply.assert_refused(Some("UNAUTHENTICATED"), "a wrong password");
        normal = normal.max(reply.elapsed);
    }
    let audit = app.audit_count().await;
    for (what, email, password) in [
        ("a 1 MB password", "munich@partners.demo", big.as_str()),
        (
            "a 1 MB password of an unknown user",
            "nobody@example.org",
            big.as_str(),
        ),
        ("a 1 MB e-mail address", big.as_str(), "a wrong password"),
    ] {
        let reply = post(
            &app,
            None,
            login,
            json!({ "input": { "email": email, "password": password } }),
        )
        .await;
        reply.assert_refused(Some("UNAUTHENTICATED"), what);
        eprintln!(
            "login with {what}: {:?} (a normal wrong password: {normal:?})",
            reply.elapsed
        );
        assert!(
            reply.elapsed < normal * 3 + Duration::from_millis(500),
            "{what} took {:?}, a normal wrong password {normal:?}",
            reply.elapsed
        );
    }
    assert_eq!(app.audit_count().await, audit);
    assert_alive(&app).await;
}

/// GRDR's action plan: id, stage, version and the ids of its actions.
async fn grdr_plan(app: &TestApp, token: &str, ids: &Ids) -> Value {
    let body = app
        .graphql(
            Some(token),
            "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan { id stage version actions { id } } } } }",
            json!({ "id": ids.org("GRDR") }),
        )
        .await;
    body["data"]["node"]["actionPlan"].clone()
}

/// The cells of a valid CSV row: an action of area 1 with one step.
const CSV_ROW: [&str; 17] = [
    "1",
    "Objective #1",
    "Meet the partners",
    "1",
    "OTHER_OPPORTUNITY",
    "",
    "1",
    "Task #1",
    "Meet",
    "GRDR",
    "GRDR and friends",
    "Attendance",
    "Many came",
    "2019-01",
    "2019-03",
    "January",
    "March",
];

/// Columns of the CSV that only group rows and are not stored: a long value there is
/// harmless, so they are not checked for length.
const CSV_GROUPING: [&str; 2] = ["action_position", "step_number"];

/// A CSV of the header and `rows`.
fn csv_of(rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    writer.write_record(mega_api::plan_csv::HEADER).unwrap();
    for row in rows {
        writer.write_record(row).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// The CSV import, where one argument carries a whole document: a valid row with any one
/// stored column set to 1,000,000 characters is refused with a userError naming the row (or
/// action), into a new plan and into a DRAFT plan, and changes nothing (the generic test above
/// replaces the whole CSV, which only breaks its header). The valid row then imports. About
/// 1 MB of valid rows is answered in time either way.
async fn megabyte_csv_cells_are_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let import = "mutation($input: ImportActionPlanCsvInput!) { importActionPlanCsv(input: $input) { __typename userErrors { field code message } } }";
    // Imports go into a DRAFT plan (GRDR's, reopened) or create one (a new organisation).
    let plan = grdr_plan(&app, &token, &ids).await;
    let body = app
        .graphql(
            Some(&token),
            "mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": plan["id"], "to": "DRAFT", "expectedVersion": plan["version"] } }),
        )
        .await;
    assert_eq!(
        body["data"]["transitionActionPlan"]["userErrors"],
        json!([]),
        "{body}"
    );
    let body = app
        .graphql(
            Some(&token),
            "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }",
            json!({ "input": { "organisation": { "name": "Planless", "kind": "NGO", "territoryId": ids.territories["Paris"] } } }),
        )
        .await;
    let planless = body["data"]["createOrganisation"]["organisation"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("set-up: {body}"))
        .to_owned();
    let before = grdr_plan(&app, &token, &ids).await;
    assert_eq!(before["stage"], "DRAFT");
    let audit = app.audit_count().await;

    let valid: Vec<String> = CSV_ROW.iter().map(|c| (*c).to_owned()).collect();
    let big = "x".repeat(MEGABYTE);
    let mut problems = Vec::new();
    for (index, column) in mega_api::plan_csv::HEADER.iter().enumerate() {
        if CSV_GROUPING.contains(column) {
            continue;
        }
        let mut row = valid.clone();
        row[index].clone_from(&big);
        let csv = csv_of(&[row]);
        for organisation in [planless.as_str(), ids.org("GRDR")] {
            let reply = post(
                &app,
                Some(&token),
                import,
                json!({ "input": { "organisationId": organisation, "csv": csv } }),
            )
            .await;
            let what = format!("a 1 MB {column} into {organisation}");
            reply.assert_clean(&what);
            let user_errors = &reply.body["data"]["importActionPlanCsv"]["userErrors"];
            let refused = user_errors.as_array().is_some_and(|e| !e.is_empty());
            if reply.status != 200 || !reply.body["errors"].is_null() || !refused {
                problems.push(format!("{what}: {}", reply.short()));
            } else if !["Row 2", "Action 1"]
                .iter()
                .any(|at| user_errors.to_string().contains(at))
            {
                problems.push(format!("{what}: the userError names no row: {user_errors}"));
            }
            if reply.text.len() > 10_000 {
                problems.push(format!("{what}: {} bytes of answer", reply.text.len()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(app.audit_count().await, audit, "nothing was imported");
    assert_eq!(grdr_plan(&app, &token, &ids).await, before);

    // The row without a long cell imports: each refusal above was about the long cell.
    let reply = post(
        &app,
        Some(&token),
        import,
        json!({ "input": { "organisationId": planless, "csv": csv_of(std::slice::from_ref(&valid)) } }),
    )
    .await;
    assert_eq!(
        reply.body["data"]["importActionPlanCsv"]["userErrors"],
        json!([]),
        "{}",
        reply.short()
    );

    // About 1 MB of valid rows (thousands of actions): there is no row limit, but the answer
    // comes in time and leaks nothing.
    let mut rows = Vec::new();
    let mut size = 0;
    while size < MEGABYTE - 1000 {
        let mut row = valid.clone();
        row[0] = (rows.len() + 1).to_string();
        size += row.join(",").len() + 1;
        rows.push(row);
    }
    let csv = csv_of(&rows);
    assert!(
        csv.len() > 900_000 && csv.len() < 1_040_000,
        "{}",
        csv.len()
    );
    let reply = post(
        &app,
        Some(&token),
        import,
        json!({ "input": { "organisationId": ids.org("GRDR"), "csv": csv } }),
    )
    .await;
    eprintln!(
        "CSV of {} rows ({} bytes): {:?}, {}",
        rows.len(),
        csv.len(),
        reply.elapsed,
        reply.short()
    );
    assert_eq!(reply.status, 200, "{}", reply.short());
    assert!(reply.body["errors"].is_null(), "{}", reply.short());
    reply.assert_clean("1 MB of rows");
    assert_alive(&app).await;
}

// ---------------------------------------------------------------------------------------------
// 8. Transport

/// A mutation over GET never writes, even when another operation of the document is chosen;
/// nor does one in an oversized body (413) or a batch (400); a body that is not JSON or has
/// invalid UTF-8 or a lone surrogate inside a JSON string is a generic 400; a JSON body under
/// another content type, or a multipart request, is read as JSON but still needs a token to
/// write. The audit count and the group's title re-read the same afterwards.
async fn transport_tricks_change_nothing(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let group = ids.group(1);
    let title = group_title(&app, &token, group).await;
    let audit = app.audit_count().await;
    let rename = format!(
        "mutation Rename {{ updateWorkingGroup(input: {{ id: \"{group}\", title: \"Renamed over GET\" }}) {{ __typename }} }}"
    );

    // GET: the mutation alone, and next to a query chosen by operationName.
    let both = format!("query Read {{ viewer {{ id }} }} {rename}");
    for (query, operation) in [
        (rename.as_str(), None),
        (both.as_str(), Some("Read")),
        (both.as_str(), Some("Rename")),
    ] {
        let mut params = vec![("query", query)];
        if let Some(operation) = operation {
            params.push(("operationName", operation));
        }
        let start = Instant::now();
        let response = app
            .client()
            .get(app.url("/graphql"))
            .query(&params)
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let reply = to_reply(status, response.text().await.unwrap(), start);
        reply.assert_refused(Some("BAD_USER_INPUT"), &format!("GET {operation:?}"));
        assert!(reply.messages().contains("POST"), "{}", reply.short());
    }

    // Bodies that are not a GraphQL request: a generic 400.
    let invalid_utf8_query = b"{\"query\": \"{ __typename \xff\xfe }\"}".to_vec();
    let invalid_utf8_variable = [
        b"{\"query\": \"mutation($t: String!) { updateWorkingGroup(input: { id: \\\"".as_slice(),
        group.as_bytes(),
        b"\\\", title: $t }) { __typename } }\", \"variables\": { \"t\": \"Bad \xc3\x28 byte\" } }",
    ]
    .concat();
    let lone_surrogate = format!(
        "{{\"query\": \"mutation($t: String!) {{ updateWorkingGroup(input: {{ id: \\\"{group}\\\", title: $t }}) {{ __typename }} }}\", \"variables\": {{ \"t\": \"Bad \\ud800 surrogate\" }} }}"
    );
    let variables_not_object = br#"{"query": "{ __typename }", "variables": [1, 2]}"#.to_vec();
    for (what, body) in [
        ("invalid UTF-8 in the query string", invalid_utf8_query),
        ("invalid UTF-8 in a variable", invalid_utf8_variable),
        (
            "a lone surrogate in a variable",
            lone_surrogate.into_bytes(),
        ),
        ("variables that are not an object", variables_not_object),
    ] {
        let reply = raw(
            &app,
            reqwest::Method::POST,
            Some("application/json"),
            Some(&token),
            body,
        )
        .await;
        assert_eq!(reply.status, 400, "{what}: {}", reply.short());
        assert_eq!(
            reply.code(),
            Some("BAD_REQUEST"),
            "{what}: {}",
            reply.short()
        );
        assert!(
            reply.text.len() < 300,
            "{what}: a short generic answer: {}",
            reply.short()
        );
        reply.assert_clean(what);
    }

    // A writing mutation in an oversized body (413) or in a batch (400) never runs.
    let padding = "x".repeat(1024 * 1024);
    let oversized =
        serde_json::to_vec(&json!({ "query": rename, "variables": { "padding": padding } }))
            .unwrap();
    let batch = serde_json::to_vec(&json!([{ "query": rename }, { "query": rename }])).unwrap();
    for (what, body, status) in [
        ("an oversized body", oversized, 413),
        ("a batch", batch, 400),
    ] {
        let reply = raw(
            &app,
            reqwest::Method::POST,
            Some("application/json"),
            Some(&token),
            body,
        )
        .await;
        assert_eq!(reply.status, status, "{what}: {}", reply.short());
        reply.assert_clean(what);
    }

    // A multipart request (async-graphql's upload format) is read like JSON: it still needs a
    // token to write.
    let boundary = "bad-input-boundary";
    let operations = serde_json::to_string(&json!({ "query": rename })).unwrap();
    let multipart = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{operations}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n{{}}\r\n--{boundary}--\r\n"
    );
    let reply = raw(
        &app,
        reqwest::Method::POST,
        Some(&format!("multipart/form-data; boundary={boundary}")),
        None,
        multipart.into_bytes(),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.short());
    assert_eq!(reply.code(), Some("UNAUTHENTICATED"), "{}", reply.short());
    reply.assert_clean("multipart");

    // Other content types: text that is not JSON is a generic 400 …
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let reply = raw(
            &app,
            reqwest::Method::POST,
            content_type,
            Some(&token),
            b"query=mutation%20%7B%20__typename%20%7D".to_vec(),
        )
        .await;
        assert_eq!(reply.status, 400, "{content_type:?}: {}", reply.short());
        assert_eq!(reply.code(), Some("BAD_REQUEST"), "{content_type:?}");
        reply.assert_clean("a form body");
    }
    // … and a JSON body under a "simple" content type (one a browser sends cross-site without
    // a preflight) is read as JSON, but without a bearer token it cannot write.
    let body = serde_json::to_vec(&json!({ "query": rename })).unwrap();
    for content_type in ["text/plain", "application/x-www-form-urlencoded"] {
        let reply = raw(
            &app,
            reqwest::Method::POST,
            Some(content_type),
            None,
            body.clone(),
        )
        .await;
        assert_eq!(reply.status, 200, "{content_type}: {}", reply.short());
        assert_eq!(
            reply.code(),
            Some("UNAUTHENTICATED"),
            "{content_type}: {}",
            reply.short()
        );
    }
    assert_eq!(app.audit_count().await, audit, "nothing was written");
    assert_eq!(group_title(&app, &token, group).await, title);

    assert_alive(&app).await;
}

/// A NUL character in any text input is refused before anything runs (PostgreSQL cannot
/// store it), with a clear error on both databases, and nothing changes.
async fn nul_characters_are_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let group = ids.group(1);
    let title = group_title(&app, &token, group).await;
    let audit = app.audit_count().await;
    let update = "mutation($input: UpdateWorkingGroupInput!) { updateWorkingGroup(input: $input) { workingGroup { title } userErrors { code } } }";
    for input in [
        json!({ "id": group, "title": "City\u{0}leadership" }),
        json!({ "id": group, "title": "City leadership", "description": "a\u{0}b" }),
    ] {
        let reply = post(&app, Some(&token), update, json!({ "input": input })).await;
        reply.assert_clean("a NUL character");
        assert_eq!(
            error_code(&reply.body),
            Some("BAD_USER_INPUT"),
            "{}",
            reply.short()
        );
        assert!(reply.body["data"].is_null(), "{}", reply.short());
    }
    let inline = post(
        &app,
        Some(&token),
        &format!("mutation {{ updateWorkingGroup(input: {{ id: \"{group}\", title: \"A\u{0}B\" }}) {{ userErrors {{ code }} }} }}"),
        json!({}),
    )
    .await;
    assert_eq!(
        error_code(&inline.body),
        Some("BAD_USER_INPUT"),
        "{}",
        inline.short()
    );
    assert_eq!(app.audit_count().await, audit, "nothing was written");
    assert_eq!(group_title(&app, &token, group).await, title);
    assert_alive(&app).await;
}

on_both_databases!(
    five_thousand_aliases_are_refused_before_any_sql,
    page_sizes_outside_1_to_100_are_refused,
    costly_queries_are_refused_before_any_sql,
    queries_deeper_than_ten_are_refused,
    unknown_fields_and_arguments_are_refused,
    wrong_variable_types_are_refused,
    megabyte_strings_are_refused_in_every_mutation,
    megabyte_credentials_are_refused_quickly,
    megabyte_csv_cells_are_refused,
    transport_tricks_change_nothing,
    nul_characters_are_refused,
);

/// The SDL walk finds nested and list text fields (the 1 MB test relies on it).
#[test]
fn text_fields_are_read_from_the_sdl() {
    let mutations = text_fields_of_mutations(&mega_api::sdl());
    let fields = |name: &str| -> Vec<String> {
        mutations
            .iter()
            .find(|(m, _, _)| m == name)
            .unwrap_or_else(|| panic!("no mutation {name}"))
            .2
            .iter()
            .map(|f| format!("{}{}", f.path.join("."), if f.list { "[]" } else { "" }))
            .collect()
    };
    assert!(fields("createOrganisation").contains(&"organisation.name".to_owned()));
    assert!(fields("createAward").contains(&"winners.name".to_owned()));
    assert!(fields("createAward").contains(&"criteria[]".to_owned()));
    assert!(fields("updateBenchmark").contains(&"scores.achievements".to_owned()));
    assert!(fields("deactivateUser").is_empty());
}
