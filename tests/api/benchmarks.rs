//! Who reads which benchmark — through typed fields, connections, nested fields and
//! `node(id:)` — and conflict-safe editing.

use mega_tests::builders::{COORDINATOR_EMAIL, Network, UserBuilder, WorkingGroup};
use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Cast;

/// An empty network with the [`Cast`] and an expert, `expert@experts.test` ("IHK Munich
/// Expert"), invited to the procurement group only.
async fn start(backend: Backend) -> (TestApp, Cast) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    let expert = UserBuilder::new("expert@experts.test")
        .display_name("IHK Munich Expert")
        .role("EXPERT")
        .create(&network)
        .await;
    invite(&network, &cast.group4, &expert.id).await;
    (app, cast)
}

async fn invite(network: &Network<'_>, group: &WorkingGroup, user: &str) {
    network
        .mutate(
            "inviteExpert",
            "mutation($input: ExpertInvitationInput!) { inviteExpert(input: $input) { userErrors { field code message } } }",
            json!({ "workingGroupId": group.id, "userId": user }),
        )
        .await;
}

/// GRDR's benchmark of a new round, validated by the coordinator.
async fn validated_grdr_benchmark(app: &TestApp, cast: &Cast) {
    let network = Network::signed_in(app).await;
    let round = network
        .benchmark_round("Benchmark 2018", "2018-06-01")
        .await;
    let created = network
        .mutate(
            "createBenchmark",
            "mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { benchmark { id version } userErrors { field code message } } }",
            json!({ "organisationId": cast.grdr.id, "roundId": round }),
        )
        .await;
    network
        .mutate(
            "validateBenchmark",
            "mutation($input: ValidateBenchmarkInput!) { validateBenchmark(input: $input) { benchmark { id } userErrors { field code message } } }",
            json!({ "id": created["benchmark"]["id"], "expectedVersion": created["benchmark"]["version"] }),
        )
        .await;
}

async fn benchmark_of(app: &TestApp, short_name: &str) -> Value {
    let token = app.login(COORDINATOR_EMAIL).await.access_token;
    let body = app
        .graphql(
            Some(&token),
            "{ benchmarks(first: 100) { nodes { id version status organisation { shortName } } } }",
            json!({}),
        )
        .await;
    body["data"]["benchmarks"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["organisation"]["shortName"] == short_name)
        .cloned()
        .unwrap()
}

async fn benchmarks_are_read_by_owner_leaders_and_coordinator_only(backend: Backend) {
    let (app, cast) = start(backend).await;
    validated_grdr_benchmark(&app, &cast).await;
    let grdr = benchmark_of(&app, "GRDR").await;
    let id = grdr["id"].clone();

    // GRDR learns in group 1, which Munich leads; UoG learns next to it; Adive and the expert
    // (invited to group 4) have nothing to do with it.
    for (email, allowed) in [
        ("grdr@partners.test", true),
        ("munich@partners.test", true),
        (COORDINATOR_EMAIL, true),
        ("uog@partners.test", false),
        ("adive@partners.test", false),
        ("expert@experts.test", false),
    ] {
        let token = app.login(email).await.access_token;
        let direct = app
            .graphql(
                Some(&token),
                "query($id: ID!) { benchmark(id: $id) { organisation { shortName } } }",
                json!({ "id": id }),
            )
            .await;
        let node = app
            .graphql(
                Some(&token),
                "query($id: ID!) { node(id: $id) { ... on Benchmark { status } } }",
                json!({ "id": id }),
            )
            .await;
        let nested = app
            .graphql(Some(&token), "query($id: ID!) { node(id: $id) { ... on Organisation { benchmarks { status } } } }", json!({ "id": cast.grdr.id }))
            .await;
        let listed = app
            .graphql(
                Some(&token),
                "{ benchmarks(first: 100) { nodes { organisation { shortName } } } }",
                json!({}),
            )
            .await;
        let listed_grdr = listed["data"]["benchmarks"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["organisation"]["shortName"] == "GRDR");
        if allowed {
            assert_eq!(
                direct["data"]["benchmark"]["organisation"]["shortName"], "GRDR",
                "{email}: {direct}"
            );
            assert_eq!(
                node["data"]["node"]["status"], "VALIDATED",
                "{email}: {node}"
            );
            assert_eq!(
                nested["data"]["node"]["benchmarks"][0]["status"], "VALIDATED",
                "{email}: {nested}"
            );
            assert!(listed_grdr, "{email}: {listed}");
        } else {
            assert_eq!(error_code(&direct), Some("FORBIDDEN"), "{email}: {direct}");
            assert!(direct["data"]["benchmark"].is_null());
            assert_eq!(node["data"]["node"], Value::Null, "{email}: {node}");
            assert_eq!(error_code(&nested), Some("FORBIDDEN"), "{email}: {nested}");
            assert!(
                !listed_grdr,
                "{email} must not see GRDR's benchmark: {listed}"
            );
        }
    }
}

async fn owners_edit_drafts_with_expected_version(backend: Backend) {
    let (app, cast) = start(backend).await;
    let coordinator = app.login(COORDINATOR_EMAIL).await.access_token;
    let grdr = app.login("grdr@partners.test").await.access_token;

    let round = app
        .graphql(
            Some(&coordinator),
            "mutation { createBenchmarkRound(input: { name: \"Re-benchmark 2020\", heldOn: \"2020-03-01\" }) { round { id } } }",
            json!({}),
        )
        .await["data"]["createBenchmarkRound"]["round"]["id"]
        .clone();
    let created = app
        .graphql(
            Some(&grdr),
            "mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { benchmark { id version status } userErrors { code } } }",
            json!({ "input": { "organisationId": cast.grdr.id, "roundId": round } }),
        )
        .await;
    let benchmark = created["data"]["createBenchmark"]["benchmark"].clone();
    assert_eq!(benchmark["status"], "DRAFT", "{created}");
    let update = "mutation($input: UpdateBenchmarkInput!) { updateBenchmark(input: $input) {
        benchmark { version scores { keyActor dimension level gaps } needs { number } } userErrors { field code } } }";
    let input = |version: i64, level: i64| {
        json!({ "input": { "id": benchmark["id"], "expectedVersion": version, "needAreaIds": [cast.area1.id, cast.area4.id],
            "scores": [{ "keyActor": "IMMIGRANT_ORGANISATION", "dimension": "SUPPORT_SERVICES", "level": level, "gaps": "few mentors" }] } })
    };
    let body = app.graphql(Some(&grdr), update, input(1, 2)).await;
    let updated = &body["data"]["updateBenchmark"]["benchmark"];
    assert_eq!(updated["version"], 2, "{body}");
    assert_eq!(
        updated["scores"],
        json!([{ "keyActor": "IMMIGRANT_ORGANISATION", "dimension": "SUPPORT_SERVICES", "level": 2, "gaps": "few mentors" }])
    );
    assert_eq!(updated["needs"], json!([{ "number": 1 }, { "number": 4 }]));

    // A stale version and an invalid level each change nothing.
    for (variables, code) in [
        (input(1, 3), "STALE_VERSION"),
        (input(2, 7), "INVALID_LEVEL"),
    ] {
        let before = app.audit_count().await;
        let body = app.graphql(Some(&grdr), update, variables).await;
        assert_eq!(
            body["data"]["updateBenchmark"]["userErrors"][0]["code"], code,
            "{body}"
        );
        assert_eq!(app.audit_count().await, before);
    }
    let current = app
        .graphql(
            Some(&grdr),
            "query($id: ID!) { benchmark(id: $id) { version scores { level } } }",
            json!({ "id": benchmark["id"] }),
        )
        .await;
    assert_eq!(
        current["data"]["benchmark"],
        json!({ "version": 2, "scores": [{ "level": 2 }] })
    );

    // Once validated, only the coordinator may change it.
    let body = app
        .graphql(
            Some(&coordinator),
            "mutation($input: ValidateBenchmarkInput!) { validateBenchmark(input: $input) { benchmark { status version } } }",
            json!({ "input": { "id": benchmark["id"], "expectedVersion": 2 } }),
        )
        .await;
    assert_eq!(
        body["data"]["validateBenchmark"]["benchmark"],
        json!({ "status": "VALIDATED", "version": 3 })
    );
    let body = app.graphql(Some(&grdr), update, input(3, 1)).await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
}

async fn emails_do_not_leak_through_nested_fields(backend: Backend) {
    let (app, _) = start(backend).await;
    let partner = app.login("uog@partners.test").await.access_token;
    let body = app
        .graphql(Some(&partner), "{ workingGroups { nodes { invitedExperts { displayName email } } } users(first: 100) { nodes { email } } }", json!({}))
        .await;
    // The groups are listed by area: the expert is invited to the second, procurement.
    let experts = &body["data"]["workingGroups"]["nodes"][1]["invitedExperts"];
    assert_eq!(
        experts,
        &json!([{ "displayName": "IHK Munich Expert", "email": null }]),
        "{body}"
    );
    let visible: Vec<&Value> = body["data"]["users"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| !u["email"].is_null())
        .collect();
    assert_eq!(
        visible,
        [&json!({ "email": "uog@partners.test" })],
        "only the caller's own address"
    );
}

on_both_databases!(
    benchmarks_are_read_by_owner_leaders_and_coordinator_only,
    owners_edit_drafts_with_expected_version,
    emails_do_not_leak_through_nested_fields,
);
