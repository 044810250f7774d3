//! Documents the schema does not allow: unknown fields, arguments, operations and types, and
//! variables of the wrong type, refused by validation with no data.

use mega_tests::{Backend, on_both_databases};
use serde_json::{Value, json};

use super::{VALIDATION, assert_alive, group_members, group_title, post, raw, start_with_cast};

// ---------------------------------------------------------------------------------------------
// 5. Unknown fields and arguments

/// Unknown fields, arguments (`last` included: no connection takes it), operations, types
/// and input fields — in queries and in writing mutations, as literals and in variables —
/// are refused by validation with no data, and change nothing.
async fn unknown_fields_and_arguments_are_refused(backend: Backend) {
    let (app, cast, token) = start_with_cast(backend).await;
    let group = cast.group1.id.as_str();
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
    let (app, cast, token) = start_with_cast(backend).await;
    let (group1, group4) = (cast.group1.id.as_str(), cast.group4.id.as_str());
    let title = group_title(&app, &token, group1).await;
    let members = group_members(&app, &token, group4).await;
    let audit = app.audit_count().await;

    let page = "query($n: Int) { organisations(first: $n) { totalCount } }";
    let node = "query($id: ID!) { node(id: $id) { id } }";
    let update = "mutation($input: UpdateWorkingGroupInput!) { updateWorkingGroup(input: $input) { workingGroup { title } userErrors { code } } }";
    let add = "mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } userErrors { code } } }";
    let member = |role: Value| json!({ "input": { "workingGroupId": group4, "organisationId": cast.grdr.id, "role": role } });
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

on_both_databases!(
    unknown_fields_and_arguments_are_refused,
    wrong_variable_types_are_refused,
);
