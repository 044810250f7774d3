//! Requests too big to answer: 5,000 aliases, page sizes outside 1–100, queries over the
//! cost limit and deeper than ten levels, all refused before any SQL.

use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

use mega_tests::builders::Network;

use super::{
    VALIDATION, assert_alive, authentication_cost, counted, group_title, post, start_with_cast,
};

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
/// by the document guard's token limit (`QUERY_TOO_COMPLEX`, naming the limit) before
/// execution runs any SQL (the identity and budget are cached after the first request). The
/// alias limit itself (31 aliases, `BAD_USER_INPUT`) is `http::aliases_are_limited`.
async fn five_thousand_aliases_are_refused_before_any_sql(backend: Backend) {
    let (app, cast, token) = start_with_cast(backend).await;
    authentication_cost(&app, Some(&token)).await;
    let title = group_title(&app, &token, cast.group1.id.as_str()).await;
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
    let input =
        json!({ "input": { "id": cast.group1.id.as_str(), "title": "Renamed 5,000 times" } });
    for (what, query, variables) in [
        ("5,000 aliases in a query", &query, json!({})),
        ("5,000 aliases in a fragment", &fragment, json!({})),
        ("5,000 aliased mutations", &mutation, input),
    ] {
        let (statements, reply) = counted(&app, Some(&token), query, variables).await;
        reply.assert_refused(Some("QUERY_TOO_COMPLEX"), what);
        let messages = reply.messages();
        assert!(
            messages.contains("exceeds the limit of"),
            "{what}: the message names the limit: {messages}"
        );
        assert_eq!(statements, 0, "{what}: refused before any SQL");
    }
    assert_eq!(app.audit_count().await, audit, "nothing was written");
    assert_eq!(
        group_title(&app, &token, cast.group1.id.as_str()).await,
        title
    );
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
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    // An event, so that its nested participants connection is resolved.
    network
        .mutate(
            "createEvent",
            "mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { field code message } } }",
            json!({ "event": { "title": "Peer Learning Event", "venue": "Town hall", "city": "Munich",
                               "startDate": "2018-12-04", "endDate": "2018-12-06" } }),
        )
        .await;
    let token = network.token().to_owned();
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
    let app = TestApp::builder(backend).empty().start().await;
    let token = Network::new(&app).await.token().to_owned();
    let authentication = authentication_cost(&app, Some(&token)).await;
    // Anonymous: no authentication, and the budget is charged in memory (its counter was read
    // once, on the address's first request), so a query runs no statement before its fields.
    assert_eq!(authentication_cost(&app, None).await, 0);
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
    // Munich is a member of two groups: the allowed query resolves every level.
    let (app, _, _) = start_with_cast(backend).await;
    let token = app.login("munich@partners.test").await.access_token;
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
    // Eleven levels are the validator's to refuse; sixty nest deeper than the document guard
    // lets any document reach the parser.
    for (query, code) in [
        (&too_deep, VALIDATION),
        (&through_fragment, VALIDATION),
        (&very_deep, Some("QUERY_TOO_COMPLEX")),
    ] {
        let (statements, reply) = counted(&app, Some(&token), query, json!({})).await;
        reply.assert_refused(code, query);
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

on_both_databases!(
    five_thousand_aliases_are_refused_before_any_sql,
    page_sizes_outside_1_to_100_are_refused,
    costly_queries_are_refused_before_any_sql,
    queries_deeper_than_ten_are_refused,
);
