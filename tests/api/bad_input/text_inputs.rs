//! Megabyte strings in every text input of every mutation, in credentials and in CSV cells.

use std::time::{Duration, Instant};

use async_graphql::parser::parse_schema;
use async_graphql::parser::types::{BaseType, Type, TypeKind, TypeSystemDefinition};
use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

use mega_tests::builders::{COORDINATOR_EMAIL, Network};

use super::{assert_alive, post, raw, start_with_cast};
use crate::fixtures::Cast;
use crate::permissions::{Scene, Who};

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

/// What a userError lacks for a client to word its message itself: limits as `max` (a
/// number) for `TOO_LONG` and `TOO_MANY`; no field name in backticks in the English message.
fn missing_params(error: &Value) -> Option<String> {
    let code = error["code"].as_str().unwrap_or_default();
    let max = error["params"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|param| param["name"] == "max")
        .and_then(|param| param["value"].as_str())
        .and_then(|value| value.parse::<u64>().ok());
    if matches!(code, "TOO_LONG" | "TOO_MANY") && max.is_none() {
        return Some(format!("{code} without a numeric `max` parameter"));
    }
    if error["message"].as_str().unwrap_or_default().contains('`') {
        return Some("a backticked name in the message".to_owned());
    }
    None
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
            "mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ __typename userErrors {{ field code message params {{ name value }} }} }} }}"
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
            for error in reply.body["data"][mutation]["userErrors"]
                .as_array()
                .into_iter()
                .flatten()
            {
                if let Some(problem) = missing_params(error) {
                    problems.push(format!("{what}: {problem}: {}", reply.short()));
                }
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
    let (app, _, _) = start_with_cast(backend).await;
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
            json!({ "input": { "email": "munich@partners.test", "password": "a wrong password" } }),
        )
        .await;
        reply.assert_refused(Some("UNAUTHENTICATED"), "a wrong password");
        normal = normal.max(reply.elapsed);
    }
    let audit = app.audit_count().await;
    for (what, email, password) in [
        ("a 1 MB password", "munich@partners.test", big.as_str()),
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
async fn grdr_plan(app: &TestApp, token: &str, cast: &Cast) -> Value {
    let body = app
        .graphql(
            Some(token),
            "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan { id stage version actions { id } } } } }",
            json!({ "id": cast.grdr.id.as_str() }),
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
    // The 1 MB import is judged by its outcome, not its speed: a debug build on two shared
    // cores can need longer than the production request timeout for 7,000 rows (release
    // timings are in bench/RESULTS.md).
    let app = TestApp::builder(backend)
        .empty()
        .request_timeout(Duration::from_secs(120))
        .start()
        .await;
    let cast = Cast::build(&Network::new(&app).await).await;
    let token = app.login(COORDINATOR_EMAIL).await.access_token;
    let network = Network::signed_in(&app).await;
    cast.grdr_plan(&network, "IMPLEMENTING").await;
    let paris = network.territory("Paris", "FR").await;
    let import = "mutation($input: ImportActionPlanCsvInput!) { importActionPlanCsv(input: $input) { __typename userErrors { field code message } } }";
    // Imports go into a DRAFT plan (GRDR's, reopened) or create one (a new organisation).
    let plan = grdr_plan(&app, &token, &cast).await;
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
            json!({ "input": { "organisation": { "name": "Planless", "kind": "NGO", "territoryId": paris.id } } }),
        )
        .await;
    let planless = body["data"]["createOrganisation"]["organisation"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("set-up: {body}"))
        .to_owned();
    let before = grdr_plan(&app, &token, &cast).await;
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
        for organisation in [planless.as_str(), cast.grdr.id.as_str()] {
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
    assert_eq!(grdr_plan(&app, &token, &cast).await, before);

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
        json!({ "input": { "organisationId": cast.grdr.id.as_str(), "csv": csv } }),
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

// ---------------------------------------------------------------------------------------------
// 8. Arbitrary Unicode in every text input

/// Texts an attacker or an unlucky paste would send: NUL, right-to-left overrides, emoji
/// sequences, combining marks, zero-width and byte-order marks, a 1 MB emoji string (4 MB of
/// UTF-8, over the body limit), and the rest generated by proptest from arbitrary Unicode
/// (fixed seed, so a failure reproduces).
fn hostile_texts() -> Vec<String> {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let mut texts = vec![
        "before\u{0}after".to_owned(),
        "\u{202E}evil\u{202C} \u{200F}rtl".to_owned(),
        "👩‍👩‍👧‍👦🇩🇪🏳️‍🌈".to_owned(),
        "e\u{301}\u{301}\u{301}\u{301}\u{301}".to_owned(),
        "\u{FEFF}\u{200B}\u{2060}".to_owned(),
        "🦀".repeat(250_000),
    ];
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let arbitrary = proptest::collection::vec(proptest::char::any(), 1..64)
        .prop_map(|chars| chars.into_iter().collect::<String>());
    for _ in 0..6 {
        texts.push(arbitrary.new_tree(&mut runner).unwrap().current());
    }
    texts
}

/// Puts the scene back after a hostile text was accepted (a valid text for that field): an
/// unversioned update (agenda items, good practices, proposed actions, found by their titles
/// later) is re-sent with its valid fields; anything else starts again from a fresh valid
/// input, as the 1 MB sweep does.
async fn restore(scene: &Scene, token: &str, query: &str, mutation: &str, valid: Value) -> Value {
    if valid.get("id").is_some_and(Value::is_string) && valid.get("expectedVersion").is_none() {
        let reply = post(
            &scene.app,
            Some(token),
            query,
            json!({ "input": valid.clone() }),
        )
        .await;
        assert!(
            reply.body["errors"].is_null()
                && reply.body["data"][mutation]["userErrors"] == json!([]),
            "{mutation}: the valid input could not be restored: {}",
            reply.short()
        );
        return valid;
    }
    scene.input(mutation, Who::Coordinator).await
}

/// Every text input of every mutation gets a few of [`hostile_texts`] (rotating, so every text
/// reaches many fields) and an escaped lone surrogate (`"\ud800"`, which JSON cannot decode
/// into a string): never a 5xx, never an internal error, on SQLite and PostgreSQL.
async fn arbitrary_unicode_gets_no_server_error(backend: Backend) {
    let scene = Scene::new(backend).await;
    let app = &scene.app;
    let token = scene.coordinator.clone();
    let texts = hostile_texts();
    let mut problems = Vec::new();
    let mut sent = 0;
    for (mutation, input_type, fields) in text_fields_of_mutations(&mega_api::sdl()) {
        if fields.is_empty() {
            continue;
        }
        let query = format!(
            "mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ __typename userErrors {{ code }} }} }}"
        );
        let mut valid = scene.input(&mutation, Who::Coordinator).await;
        for (index, field) in fields.iter().enumerate() {
            let what = format!("{mutation}.{}", field.path.join("."));
            for text in texts.iter().skip(index % texts.len()).take(3) {
                let value = if field.list {
                    json!([text])
                } else {
                    json!(text)
                };
                let mut input = valid.clone();
                set_text(&mut input, &field.path, &value, &mutation);
                let reply = post(app, Some(&token), &query, json!({ "input": input })).await;
                sent += 1;
                if reply.status >= 500 || reply.code() == Some("INTERNAL_SERVER_ERROR") {
                    problems.push(format!("{what}: {} {}", reply.status, reply.short()));
                }
                if text.contains('\0') && reply.code() != Some("BAD_USER_INPUT") {
                    problems.push(format!("{what}: NUL not refused: {}", reply.short()));
                }
                let accepted = reply.body["errors"].is_null()
                    && reply.body["data"][&mutation]["userErrors"] == json!([]);
                if accepted {
                    // A valid text changed the scene's object: put it back, so later inputs
                    // still find what they look up.
                    valid = restore(&scene, &token, &query, &mutation, valid).await;
                }
            }
            // A lone surrogate can only be written as an escape in the JSON text.
            let mut input = valid.clone();
            set_text(&mut input, &field.path, &json!("LONE"), &mutation);
            let body = json!({ "query": query, "variables": { "input": input } })
                .to_string()
                .replace("\"LONE\"", "\"\\ud800\"")
                .replace("[\"LONE\"]", "[\"\\ud800\"]");
            let reply = raw(
                app,
                reqwest::Method::POST,
                Some("application/json"),
                Some(&token),
                body.into_bytes(),
            )
            .await;
            sent += 1;
            if reply.status >= 500 || reply.code() == Some("INTERNAL_SERVER_ERROR") {
                problems.push(format!(
                    "{what} (lone surrogate): {} {}",
                    reply.status,
                    reply.short()
                ));
            }
        }
    }
    assert_alive(app).await;
    assert!(sent > 300, "only {sent} requests");
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

on_both_databases!(
    megabyte_strings_are_refused_in_every_mutation,
    megabyte_credentials_are_refused_quickly,
    megabyte_csv_cells_are_refused,
    arbitrary_unicode_gets_no_server_error,
);
