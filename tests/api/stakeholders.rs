//! Stakeholders as organisations where they are: a step names organisations of the network or
//! parties in words; names follow a renamed organisation; bad entries change nothing; the
//! demo import and the CSV import link the printed names they can match.

use mega_domain::NodeId;
use mega_tests::builders::{COORDINATOR_EMAIL, Network};
use mega_tests::{Backend, TestApp, on_both_databases, user_errors};
use serde_json::{Value, json};

const STEP: &str = "query($id: ID!) { node(id: $id) { ... on ActionStep {
    version stakeholders stakeholderEntries { name organisation { id name } } } } }";
const ADD: &str = "mutation($input: AddActionStepInput!) { addActionStep(input: $input) {
    step { id version stakeholders stakeholderEntries { name organisation { id } } }
    userErrors { field code } } }";
const UPDATE: &str = "mutation($input: UpdateActionStepInput!) { updateActionStep(input: $input) {
    step { version stakeholders } userErrors { field code } } }";

async fn create_organisation(app: &TestApp, token: &str, name: &str) -> String {
    let body = app
        .graphql(
            Some(token),
            "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }",
            json!({ "input": { "organisation": { "name": name, "kind": "NGO" } } }),
        )
        .await;
    body["data"]["createOrganisation"]["organisation"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned()
}

/// A DRAFT plan of a new organisation with one action: the action's id.
async fn draft_action(app: &TestApp, token: &str) -> String {
    let org = create_organisation(app, token, "Newcomer").await;
    let plan = app
        .graphql(
            Some(token),
            "mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { actionPlan { id } } }",
            json!({ "input": { "organisationId": org } }),
        )
        .await;
    let plan = plan["data"]["createActionPlan"]["actionPlan"]["id"].clone();
    let action = app
        .graphql(
            Some(token),
            "mutation($input: AddActionInput!) { addAction(input: $input) { action { id } userErrors { code } } }",
            json!({ "input": { "actionPlanId": plan, "action": { "title": "Procurement", "origin": "OTHER_OPPORTUNITY" } } }),
        )
        .await;
    action["data"]["addAction"]["action"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{action}"))
        .to_owned()
}

fn errors(body: &Value, mutation: &str) -> Vec<(String, String)> {
    user_errors(&body["data"][mutation])
}

async fn stakeholders_link_organisations_or_stay_words(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    Network::new(&app).await;
    let token = app.login(COORDINATOR_EMAIL).await.access_token;
    let action = draft_action(&app, &token).await;
    let singa = create_organisation(&app, &token, "Singa").await;

    let added = app
        .graphql(
            Some(&token),
            ADD,
            json!({ "input": { "actionId": action, "step": { "title": "Meet buyers",
                "stakeholderEntries": [
                    { "organisationId": singa },
                    { "name": "  buyers " },
                    { "name": " " },
                ] } } }),
        )
        .await;
    assert_eq!(errors(&added, "addActionStep"), []);
    let step = &added["data"]["addActionStep"]["step"];
    assert_eq!(step["stakeholders"], json!(["Singa", "buyers"]));
    assert_eq!(
        step["stakeholderEntries"][0]["organisation"]["id"],
        singa.as_str()
    );
    assert_eq!(step["stakeholderEntries"][1]["organisation"], Value::Null);
    let id = step["id"].as_str().unwrap().to_owned();

    // A renamed organisation is shown by its new name; a printed wording would stay.
    let renamed = app
        .graphql(
            Some(&token),
            "mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": singa, "organisation": { "name": "Singa France", "kind": "NGO" } } }),
        )
        .await;
    assert_eq!(
        renamed["data"]["updateOrganisation"]["userErrors"],
        json!([])
    );
    let read = app.graphql(Some(&token), STEP, json!({ "id": id })).await;
    assert_eq!(
        read["data"]["node"]["stakeholders"],
        json!(["Singa France", "buyers"])
    );
    assert_eq!(
        read["data"]["node"]["stakeholderEntries"][0]["organisation"]["name"],
        "Singa France"
    );
    let version = read["data"]["node"]["version"].as_i64().unwrap();

    // Bad entries are refused on the field given and change nothing.
    let nowhere = mega_domain::OrganisationId(999_999).global_id();
    let not_an_organisation = mega_domain::UserId(1).global_id();
    let cases = [
        (
            json!({ "stakeholderEntries": [{ "organisationId": nowhere }] }),
            "NOT_FOUND",
        ),
        (
            json!({ "stakeholderEntries": [{ "organisationId": not_an_organisation }] }),
            "NOT_FOUND",
        ),
        (
            json!({ "stakeholderEntries": [{ "organisationId": singa }, { "organisationId": singa, "name": "SINGA" }] }),
            "DUPLICATE",
        ),
        (
            json!({ "stakeholders": ["buyers"], "stakeholderEntries": [{ "name": "buyers" }] }),
            "EITHER_OR",
        ),
        (
            json!({ "stakeholderEntries": [{ "name": "x".repeat(1_001) }] }),
            "TOO_LONG",
        ),
        (json!({ "stakeholders": ["x".repeat(1_001)] }), "TOO_LONG"),
        (
            json!({ "stakeholderEntries": vec![json!({ "name": "x" }); 51] }),
            "TOO_MANY",
        ),
    ];
    for (stakeholders, code) in cases {
        let field = if stakeholders.get("stakeholderEntries").is_some() && code != "EITHER_OR" {
            "stakeholderEntries"
        } else {
            "stakeholders"
        };
        let mut step = json!({ "title": "Meet buyers" });
        for (key, value) in stakeholders.as_object().unwrap() {
            step[key] = value.clone();
        }
        let body = app
            .graphql(
                Some(&token),
                UPDATE,
                json!({ "input": { "id": id, "expectedVersion": version, "step": step } }),
            )
            .await;
        assert_eq!(
            errors(&body, "updateActionStep"),
            [(field.to_owned(), code.to_owned())],
            "{stakeholders}"
        );
        let added = app
            .graphql(
                Some(&token),
                ADD,
                json!({ "input": { "actionId": action, "step": step } }),
            )
            .await;
        assert_eq!(
            errors(&added, "addActionStep"),
            [(field.to_owned(), code.to_owned())],
            "{stakeholders}"
        );
    }
    let read = app.graphql(Some(&token), STEP, json!({ "id": id })).await;
    assert_eq!(read["data"]["node"]["version"], version);
    assert_eq!(
        read["data"]["node"]["stakeholders"],
        json!(["Singa France", "buyers"])
    );

    // Names alone (the older input) replace the list with words, at the expected version.
    let words = app
        .graphql(
            Some(&token),
            UPDATE,
            json!({ "input": { "id": id, "expectedVersion": version,
                "step": { "title": "Meet buyers", "stakeholders": ["Singa"] } } }),
        )
        .await;
    assert_eq!(errors(&words, "updateActionStep"), []);
    let read = app.graphql(Some(&token), STEP, json!({ "id": id })).await;
    assert_eq!(
        read["data"]["node"]["stakeholderEntries"],
        json!([{ "name": "Singa", "organisation": null }])
    );
    let stale = app
        .graphql(
            Some(&token),
            UPDATE,
            json!({ "input": { "id": id, "expectedVersion": version,
                "step": { "title": "Meet buyers", "stakeholderEntries": [{ "organisationId": singa }] } } }),
        )
        .await;
    assert_eq!(
        errors(&stale, "updateActionStep"),
        [("expectedVersion".to_owned(), "STALE_VERSION".to_owned())]
    );
}

/// Every step's stakeholder entries in the demo, with the plan's organisation.
async fn demo_entries(app: &TestApp, token: &str) -> Vec<(String, Value)> {
    let body = app
        .graphql(
            Some(token),
            "{ actionPlans(first: 100) { nodes { organisation { shortName }
                actions { steps { stakeholderEntries { name organisation { shortName name } } } } } } }",
            json!({}),
        )
        .await;
    let mut entries = Vec::new();
    for plan in body["data"]["actionPlans"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
    {
        let owner = plan["organisation"]["shortName"]
            .as_str()
            .unwrap_or_default();
        for action in plan["actions"].as_array().unwrap() {
            for step in action["steps"].as_array().unwrap() {
                for entry in step["stakeholderEntries"].as_array().unwrap() {
                    entries.push((owner.to_owned(), entry.clone()));
                }
            }
        }
    }
    entries
}

async fn the_demo_links_the_printed_names_it_can_match(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let entries = demo_entries(&app, &token).await;
    let linked = |printed: &str| {
        entries
            .iter()
            .find(|(_, e)| e["name"] == printed)
            .map(|(_, e)| e["organisation"]["name"].clone())
            .unwrap_or_else(|| panic!("no stakeholder {printed:?}"))
    };
    // By name, by alias (the printed wording kept), and across spelling ("Melting coop").
    assert_eq!(linked("Adive"), "Adive");
    assert_eq!(
        linked("GARAPEN"),
        "Asociación Vasca de Agencias de Desarrollo GARAPEN"
    );
    assert_eq!(linked("Melting coop"), "Meltingcoop");
    // A body the network does not hold stays words.
    assert_eq!(linked("Singa"), Value::Null);
    let (words, organisations): (Vec<_>, Vec<_>) = entries
        .iter()
        .partition(|(_, e)| e["organisation"].is_null());
    assert!(words.len() > 10 && organisations.len() > 10, "{entries:?}");
}

async fn the_csv_import_links_names_it_can_match(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    Network::new(&app).await;
    let token = app.login(COORDINATOR_EMAIL).await.access_token;
    let singa = create_organisation(&app, &token, "Singa").await;
    let org = create_organisation(&app, &token, "Importer").await;
    let header = mega_api::plan_csv::HEADER.join(",");
    let csv = format!(
        "{header}\n1,,Procurement,,OTHER_OPPORTUNITY,,1,,Meet buyers,SINGA; buyers,,,,2027-01,2027-03,,\n"
    );
    let body = app
        .graphql(
            Some(&token),
            "mutation($input: ImportActionPlanCsvInput!) { importActionPlanCsv(input: $input) {
                actionPlan { actions { steps { stakeholders stakeholderEntries { name organisation { id } } } } }
                userErrors { field code } } }",
            json!({ "input": { "organisationId": org, "csv": csv } }),
        )
        .await;
    let step = &body["data"]["importActionPlanCsv"]["actionPlan"]["actions"][0]["steps"][0];
    assert_eq!(step["stakeholders"], json!(["SINGA", "buyers"]), "{body}");
    assert_eq!(
        step["stakeholderEntries"][0]["organisation"]["id"],
        singa.as_str()
    );
    assert_eq!(step["stakeholderEntries"][1]["organisation"], Value::Null);
}

on_both_databases!(
    stakeholders_link_organisations_or_stay_words,
    the_demo_links_the_printed_names_it_can_match,
    the_csv_import_links_names_it_can_match,
);
