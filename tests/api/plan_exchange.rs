//! Plan exports (CSV, JSON) and the CSV import: a lossless round trip of the six printed
//! plans, authentication and permissions of the endpoints, and row-level import errors.

use mega_tests::builders::{Network, OrganisationBuilder, UserBuilder};
use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Cast;

async fn plans(app: &TestApp, token: &str) -> Vec<(String, String)> {
    let body = app
        .graphql(
            Some(token),
            "{ actionPlans(first: 100) { nodes { id organisation { name } } } }",
            json!({}),
        )
        .await;
    body["data"]["actionPlans"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().to_owned(),
                p["organisation"]["name"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn export(app: &TestApp, token: Option<&str>, file: &str) -> (u16, String) {
    let mut request = app
        .client()
        .get(app.url(&format!("/api/action-plans/{file}")));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

const IMPORT: &str =
    "mutation($input: ImportActionPlanCsvInput!) { importActionPlanCsv(input: $input) {
    actionPlan { id stage actions { steps { id } } } userErrors { field message code } } }";

async fn the_six_plans_round_trip_through_csv(backend: Backend) {
    let app = TestApp::start(backend).await;
    let coordinator = app.login("coordinator@mpg.demo").await.access_token;
    let all = plans(&app, &coordinator).await;
    assert_eq!(all.len(), 6);
    for (index, (plan, organisation)) in all.iter().enumerate() {
        let (status, csv) = export(&app, Some(&coordinator), &format!("{plan}.csv")).await;
        assert_eq!(status, 200, "{csv}");
        assert!(csv.starts_with(&mega_api::plan_csv::HEADER.join(",")));

        // A fresh organisation gets the same plan from the file …
        let created = app
            .graphql(
                Some(&coordinator),
                "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }",
                json!({ "input": { "organisation": { "name": format!("Copy {index} of {organisation}"), "kind": "OTHER" } } }),
            )
            .await;
        let copy_org = created["data"]["createOrganisation"]["organisation"]["id"].clone();
        let imported = app
            .graphql(
                Some(&coordinator),
                IMPORT,
                json!({ "input": { "organisationId": copy_org, "csv": csv } }),
            )
            .await;
        assert_eq!(
            imported["data"]["importActionPlanCsv"]["userErrors"],
            json!([]),
            "{organisation}: {imported}"
        );
        let copy = imported["data"]["importActionPlanCsv"]["actionPlan"]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        assert_eq!(
            imported["data"]["importActionPlanCsv"]["actionPlan"]["stage"],
            "DRAFT"
        );

        // … and exports it again identically.
        let (_, again) = export(&app, Some(&coordinator), &format!("{copy}.csv")).await;
        assert_eq!(again, csv, "round trip of {organisation}");

        let (status, body) = export(&app, Some(&coordinator), &format!("{plan}.json")).await;
        assert_eq!(status, 200);
        let json: Value = serde_json::from_str(&body).unwrap();
        let steps: usize = json["actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["steps"].as_array().unwrap().len())
            .sum();
        let graph = app
            .graphql(
                Some(&coordinator),
                "query($id: ID!) { actionPlan(id: $id) { actions { steps { id } } } }",
                json!({ "id": plan }),
            )
            .await;
        let expected: usize = graph["data"]["actionPlan"]["actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["steps"].as_array().unwrap().len())
            .sum();
        assert_eq!(
            steps, expected,
            "every step is in the JSON export of {organisation}"
        );
    }
}

async fn exports_are_authenticated_and_authorised(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    Cast::build(&network)
        .await
        .grdr_plan(&network, "IMPLEMENTING")
        .await;
    let coordinator = network.token().to_owned();
    let (plan, _) = plans(&app, &coordinator)
        .await
        .into_iter()
        .find(|(_, org)| org == "GRDR")
        .unwrap();
    assert_eq!(export(&app, None, &format!("{plan}.csv")).await.0, 401);
    assert_eq!(
        export(&app, Some("garbage"), &format!("{plan}.csv"))
            .await
            .0,
        401
    );
    assert_eq!(
        export(&app, Some(&coordinator), "nonsense.csv").await.0,
        404
    );
    assert_eq!(
        export(&app, Some(&coordinator), &format!("{plan}.xlsx"))
            .await
            .0,
        404
    );

    // A draft is read by its organisation and the leaders of its groups only.
    let grdr = app.login("grdr@partners.test").await.access_token;
    let version = app
        .graphql(
            Some(&coordinator),
            "query($id: ID!) { actionPlan(id: $id) { version } }",
            json!({ "id": plan }),
        )
        .await["data"]["actionPlan"]["version"]
        .clone();
    app.graphql(
        Some(&coordinator),
        "mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) { userErrors { code } } }",
        json!({ "input": { "id": plan, "to": "DRAFT", "expectedVersion": version } }),
    )
    .await;
    assert_eq!(
        export(&app, Some(&grdr), &format!("{plan}.json")).await.0,
        200
    );
    let adive = app.login("adive@partners.test").await.access_token;
    let (status, body) = export(&app, Some(&adive), &format!("{plan}.csv")).await;
    assert_eq!(status, 403, "{body}");
    assert!(!body.contains("Objective"), "no data in a refusal: {body}");
}

async fn bad_csv_is_refused_row_by_row_and_changes_nothing(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    cast.grdr_plan(&network, "IMPLEMENTING").await;
    let telm = OrganisationBuilder::new("TELM").create(&network).await;
    let token = UserBuilder::partner_of("new@partners.test", &telm)
        .create(&network)
        .await
        .token(&app)
        .await;
    let header = mega_api::plan_csv::HEADER.join(",");
    let cases = [
        ("a,b,c\n".to_owned(), "INVALID_HEADER"),
        (
            format!("{header}\n1,O,T,9,MUTUAL_LEARNING,,1,,Step,,,,,2019,2019,,\n"),
            "UNKNOWN_AREA",
        ),
        (
            format!("{header}\n1,O,T,1,SOMETIMES,,1,,Step,,,,,2019,2019,,\n"),
            "INVALID_ORIGIN",
        ),
        (
            format!("{header}\n1,O,T,1,MUTUAL_LEARNING,,1,,Step,,,,,2019-05,2019-04,,\n"),
            "END_BEFORE_START",
        ),
        (
            format!("{header}\n1,O,T,1,MUTUAL_LEARNING,,1.1,,Step,,,,,2019,2019,,\n"),
            "INVALID_PARENT",
        ),
        (
            format!("{header}\n1,O,T,1,MUTUAL_LEARNING,,1,,Step,,,,,2019-13,,,\n"),
            "INVALID_DATE",
        ),
    ];
    for (csv, code) in cases {
        let before = app.audit_count().await;
        let body = app
            .graphql(
                Some(&token),
                IMPORT,
                json!({ "input": { "organisationId": telm.id, "csv": csv } }),
            )
            .await;
        let errors = &body["data"]["importActionPlanCsv"]["userErrors"];
        assert_eq!(errors[0]["code"], code, "{body}");
        assert_eq!(app.audit_count().await, before);
    }
    let plan = app
        .graphql(
            Some(&token),
            "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan { id } } } }",
            json!({ "id": telm.id }),
        )
        .await;
    assert_eq!(
        plan["data"]["node"]["actionPlan"],
        Value::Null,
        "nothing was created: {plan}"
    );

    // Another organisation's plan cannot be imported.
    let body = app
        .graphql(
            Some(&token),
            IMPORT,
            json!({ "input": { "organisationId": cast.grdr.id, "csv": format!("{header}\n") } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
}

on_both_databases!(
    the_six_plans_round_trip_through_csv,
    exports_are_authenticated_and_authorised,
    bad_csv_is_refused_row_by_row_and_changes_nothing,
);
