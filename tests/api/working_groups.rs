//! Working groups as the report prints them, and benchmark-driven mandatory membership.

use mega_tests::builders::{COORDINATOR_EMAIL, Network};
use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::json;

use crate::fixtures::Cast;

/// An empty network with the [`Cast`]: the app, the cast and the coordinator's token.
async fn start_with_cast(backend: Backend) -> (TestApp, Cast, String) {
    let app = TestApp::builder(backend).empty().start().await;
    let cast = Cast::build(&Network::new(&app).await).await;
    let token = app.login(COORDINATOR_EMAIL).await.access_token;
    (app, cast, token)
}

const GROUPS: &str = "{ workingGroups { totalCount nodes { title thematicArea { number }
    memberships { role participation note organisation { shortName } } } } }";

fn members(group: &serde_json::Value, role: &str) -> Vec<String> {
    group["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["role"] == role)
        .map(|m| m["organisation"]["shortName"].as_str().unwrap().to_owned())
        .collect()
}

async fn the_four_groups_as_printed(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("garapen@partners.demo").await.access_token;
    let body = app.graphql(Some(&token), GROUPS, json!({})).await;
    let groups = body["data"]["workingGroups"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(body["data"]["workingGroups"]["totalCount"], 4);
    let expected: [(&str, &[&str], &[&str]); 4] = [
        (
            "City leadership",
            &["Munich", "Formaper"],
            &["GRDR", "UoG", "Garapen"],
        ),
        (
            "Outreach and empowerment of migrant communities",
            &["Munich"],
            &["Formaper", "GRDR"],
        ),
        (
            "Furthering a proactive role of Chambers of Commerce",
            &["UoG", "Formaper"],
            &["Munich"],
        ),
        (
            "Socially responsible procurement",
            &["Garapen", "Adive"],
            &["Munich"],
        ),
    ];
    for (group, (title, leading, learning)) in groups.iter().zip(expected) {
        assert_eq!(group["title"], title);
        assert_eq!(members(group, "LEADING"), leading, "{title}");
        assert_eq!(members(group, "LEARNING"), learning, "{title}");
    }
    let formaper = groups[0]["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["organisation"]["shortName"] == "Formaper")
        .unwrap();
    assert_eq!(formaper["note"], "supportive role");
}

async fn coordinator_adds_missing_mandatory_members(backend: Backend) {
    let (app, cast, token) = start_with_cast(backend).await;
    // Adive's validated benchmark names city leadership as a need; Adive is not in its group.
    let network = Network::signed_in(&app).await;
    let round = network
        .benchmark_round("Benchmark 2018", "2018-06-01")
        .await;
    let created = network
        .mutate(
            "createBenchmark",
            "mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { benchmark { id version } userErrors { field code message } } }",
            json!({ "organisationId": cast.adive.id, "roundId": round }),
        )
        .await;
    let updated = network
        .mutate(
            "updateBenchmark",
            "mutation($input: UpdateBenchmarkInput!) { updateBenchmark(input: $input) { benchmark { id version } userErrors { field code message } } }",
            json!({ "id": created["benchmark"]["id"], "expectedVersion": created["benchmark"]["version"],
                    "scores": [], "needAreaIds": [cast.area1.id] }),
        )
        .await;
    network
        .mutate(
            "validateBenchmark",
            "mutation($input: ValidateBenchmarkInput!) { validateBenchmark(input: $input) { benchmark { id } userErrors { field code message } } }",
            json!({ "id": updated["benchmark"]["id"], "expectedVersion": updated["benchmark"]["version"] }),
        )
        .await;
    let group = cast.group1.id.as_str();
    let missing =
        "query($id: ID!) { workingGroup(id: $id) { missingMandatoryMembers { shortName } } }";
    let body = app
        .graphql(Some(&token), missing, json!({ "id": group }))
        .await;
    assert_eq!(
        body["data"]["workingGroup"]["missingMandatoryMembers"],
        json!([{ "shortName": "Adive" }])
    );

    let add = "mutation($input: AddMissingMandatoryMembersInput!) { addMissingMandatoryMembers(input: $input) {
        added { role participation organisation { shortName } } userErrors { code } } }";
    let body = app
        .graphql(
            Some(&token),
            add,
            json!({ "input": { "workingGroupId": group } }),
        )
        .await;
    assert_eq!(
        body["data"]["addMissingMandatoryMembers"]["added"],
        json!([{ "role": "LEARNING", "participation": "MANDATORY", "organisation": { "shortName": "Adive" } }])
    );
    let body = app
        .graphql(Some(&token), missing, json!({ "id": group }))
        .await;
    assert_eq!(
        body["data"]["workingGroup"]["missingMandatoryMembers"],
        json!([])
    );

    // Nothing left to add: a userError, no change, no audit event.
    let before = app.audit_count().await;
    let body = app
        .graphql(
            Some(&token),
            add,
            json!({ "input": { "workingGroupId": group } }),
        )
        .await;
    assert_eq!(
        body["data"]["addMissingMandatoryMembers"]["userErrors"],
        json!([{ "code": "NOTHING_MISSING" }])
    );
    assert_eq!(app.audit_count().await, before);
}

async fn invalid_membership_changes_nothing(backend: Backend) {
    let (app, cast, token) = start_with_cast(backend).await;
    let add = "mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } userErrors { field code } } }";
    let cases = [
        (
            json!({ "workingGroupId": cast.group1.id, "organisationId": cast.grdr.id, "role": "LEARNING" }),
            "ALREADY_EXISTS",
        ),
        (
            json!({ "workingGroupId": cast.group1.id, "organisationId": cast.group4.id, "role": "LEARNING" }),
            "NOT_FOUND",
        ),
        (
            json!({ "workingGroupId": cast.group1.id, "organisationId": cast.adive.id, "role": "LEARNING", "note": "x".repeat(501) }),
            "TOO_LONG",
        ),
    ];
    for (input, code) in cases {
        let before = app.audit_count().await;
        let body = app
            .graphql(Some(&token), add, json!({ "input": input }))
            .await;
        assert_eq!(
            body["data"]["addMembership"]["membership"],
            json!(null),
            "{body}"
        );
        assert_eq!(
            body["data"]["addMembership"]["userErrors"][0]["code"], code,
            "{body}"
        );
        assert_eq!(app.audit_count().await, before);
    }
    let body = app.graphql(Some(&token), GROUPS, json!({})).await;
    assert_eq!(
        body["data"]["workingGroups"]["nodes"][0]["memberships"]
            .as_array()
            .unwrap()
            .len(),
        3,
        "Munich, GRDR and UoG, as before"
    );
}

async fn audit_log_records_and_filters(backend: Backend) {
    let (app, cast, token) = start_with_cast(backend).await;
    let update = "mutation($input: UpdateWorkingGroupInput!) { updateWorkingGroup(input: $input) { workingGroup { title } } }";
    app.graphql(
        Some(&token),
        update,
        json!({ "input": { "id": cast.group4.id, "title": "Inclusive procurement" } }),
    )
    .await;
    let body = app
        .graphql(
            Some(&token),
            r#"{ auditEvents(filter: { action: "updateWorkingGroup" }) { totalCount nodes { action entityType actor { displayName } before after } } }"#,
            json!({}),
        )
        .await;
    let events = &body["data"]["auditEvents"];
    assert_eq!(events["totalCount"], 1, "{body}");
    let event = &events["nodes"][0];
    assert_eq!(event["entityType"], "WorkingGroup");
    assert_eq!(event["actor"]["displayName"], "Network Coordinator");
    assert_eq!(event["before"]["title"], "Socially responsible procurement");
    assert_eq!(event["after"]["title"], "Inclusive procurement");

    let partner = app.login("munich@partners.test").await.access_token;
    let body = app
        .graphql(Some(&partner), "{ auditEvents { totalCount } }", json!({}))
        .await;
    assert_eq!(mega_tests::error_code(&body), Some("FORBIDDEN"));
}

on_both_databases!(
    the_four_groups_as_printed,
    coordinator_adds_missing_mandatory_members,
    invalid_membership_changes_nothing,
    audit_log_records_and_filters,
);
