//! Tricks of the transport: mutations over GET, bodies that are not GraphQL requests,
//! oversized bodies and batches, multipart and other content types, NUL characters.

use std::time::Instant;

use mega_tests::{Backend, error_code, on_both_databases};
use serde_json::json;

use super::{assert_alive, group_title, post, raw, start_with_cast, to_reply};

// ---------------------------------------------------------------------------------------------
// 8. Transport

/// A mutation over GET never writes, even when another operation of the document is chosen;
/// nor does one in an oversized body (413) or a batch (400); a body that is not JSON or has
/// invalid UTF-8 or a lone surrogate inside a JSON string is a generic 400; a JSON body under
/// another content type, or a multipart request, is read as JSON but still needs a token to
/// write. The audit count and the group's title re-read the same afterwards.
async fn transport_tricks_change_nothing(backend: Backend) {
    let (app, cast, token) = start_with_cast(backend).await;
    let group = cast.group1.id.as_str();
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
    let (app, cast, token) = start_with_cast(backend).await;
    let group = cast.group1.id.as_str();
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

on_both_databases!(transport_tricks_change_nothing, nul_characters_are_refused);
