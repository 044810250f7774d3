//! The `report` aggregates, each checked against the same figures computed per step through
//! the plan pages and bounded in SQL statements; benchmark levels; late steps at month ends.

use std::collections::BTreeMap;

use chrono::Utc;
use mega_tests::builders::{
    ActionBuilder, ActionPlanBuilder, Network, OrganisationBuilder, StepBuilder,
};
use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

use super::{leaf_steps, plan_of, submit};
use crate::fixtures::{Cast, Ids};

/// Per-step figures read through the plan pages (the loaders and domain rules), to check the
/// SQL aggregates against.
struct StepFacts {
    group_of_area: BTreeMap<i64, String>,
    /// (area number, status, organisation id, late by days) per step of monitored plans.
    steps: Vec<(Option<i64>, String, String, Option<i64>)>,
    stages: BTreeMap<String, i64>,
    origins: BTreeMap<(String, String), i64>,
}

async fn step_facts(app: &TestApp, token: &str, as_of: &str) -> StepFacts {
    let body = app
        .graphql(
            Some(token),
            "query($asOf: NaiveDate) { workingGroups { nodes { id thematicArea { number } } }
               actionPlans(first: 100) { nodes { stage organisation { id } actions { origin thematicArea { number }
                 steps { status slippage(asOf: $asOf) { late daysLate } } } } } }",
            json!({ "asOf": as_of }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let mut facts = StepFacts {
        group_of_area: BTreeMap::new(),
        steps: Vec::new(),
        stages: BTreeMap::new(),
        origins: BTreeMap::new(),
    };
    for group in body["data"]["workingGroups"]["nodes"].as_array().unwrap() {
        facts.group_of_area.insert(
            group["thematicArea"]["number"].as_i64().unwrap(),
            group["id"].as_str().unwrap().to_owned(),
        );
    }
    for plan in body["data"]["actionPlans"]["nodes"].as_array().unwrap() {
        let stage = plan["stage"].as_str().unwrap().to_owned();
        *facts.stages.entry(stage.clone()).or_default() += 1;
        for action in plan["actions"].as_array().unwrap() {
            let area = action["thematicArea"]["number"].as_i64();
            if let Some(area) = area {
                let group = facts.group_of_area[&area].clone();
                *facts
                    .origins
                    .entry((group, action["origin"].as_str().unwrap().to_owned()))
                    .or_default() += 1;
            }
            if stage != "IMPLEMENTING" && stage != "COMPLETED" {
                continue;
            }
            for step in action["steps"].as_array().unwrap() {
                let late = (step["slippage"]["late"] == true)
                    .then(|| step["slippage"]["daysLate"].as_i64().unwrap());
                facts.steps.push((
                    area,
                    step["status"].as_str().unwrap().to_owned(),
                    plan["organisation"]["id"].as_str().unwrap().to_owned(),
                    late,
                ));
            }
        }
    }
    facts
}

const REPORT: &str = "query($asOf: NaiveDate) { report {
    plansByStage { stage count }
    byGroup: stepsByStatus(groupBy: WORKING_GROUP) { workingGroup { id } status count }
    byOrganisation: stepsByStatus(groupBy: ORGANISATION) { organisation { id } status count }
    lateSteps(asOf: $asOf) { daysLate status organisation { id } workingGroup { id } step { id number } }
    actionsByOrigin { workingGroup { id } mutualLearning otherOpportunity }
    missingProgressReports { workingGroup { id } organisation { id shortName } coordinationCall { id } }
    overdueCalls { workingGroup { id } } } }";

async fn report_matches_the_per_step_figures(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let as_of = Utc::now().date_naive().to_string();
    // Warm up (pool connections), then count what one report costs.
    app.graphql(Some(&token), REPORT, json!({ "asOf": as_of }))
        .await;
    let before = app.statements();
    let body = app
        .graphql(Some(&token), REPORT, json!({ "asOf": as_of }))
        .await;
    let statements = app.statements() - before;
    assert!(body["errors"].is_null(), "{body}");
    // Authentication 2–3, rate limit 1, seven aggregates (overdue calls: 1), and batched
    // loads of groups, organisations, calls and the late steps' actions: bounded, whatever
    // the data.
    assert!(statements <= 18, "report statements: {statements}");
    let report = &body["data"]["report"];
    let facts = step_facts(&app, &token, &as_of).await;

    let stages: BTreeMap<String, i64> = report["plansByStage"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["stage"].as_str().unwrap().to_owned(),
                r["count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(stages, facts.stages);

    let mut by_group: BTreeMap<(String, String), i64> = BTreeMap::new();
    let mut by_org: BTreeMap<(String, String), i64> = BTreeMap::new();
    for (area, status, org, _) in &facts.steps {
        if let Some(area) = area {
            *by_group
                .entry((facts.group_of_area[area].clone(), status.clone()))
                .or_default() += 1;
        }
        *by_org.entry((org.clone(), status.clone())).or_default() += 1;
    }
    let rows = |field: &str, key: &str| -> BTreeMap<(String, String), i64> {
        report[field]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    (
                        r[key]["id"].as_str().unwrap().to_owned(),
                        r["status"].as_str().unwrap().to_owned(),
                    ),
                    r["count"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(rows("byGroup", "workingGroup"), by_group);
    // Steps of actions without an area have no group but count for their organisation.
    assert_eq!(rows("byOrganisation", "organisation"), by_org);
    assert!(by_group.values().sum::<i64>() > 0);
    assert!(
        by_group.keys().any(|(_, s)| s == "DONE")
            && by_group.keys().any(|(_, s)| s == "NOT_STARTED")
    );

    let mut late_expected: Vec<i64> = facts.steps.iter().filter_map(|s| s.3).collect();
    let mut late_got: Vec<i64> = report["lateSteps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["daysLate"].as_i64().unwrap())
        .collect();
    late_expected.sort_unstable();
    late_got.sort_unstable();
    assert_eq!(
        late_got, late_expected,
        "late steps: SQL vs per-step slippage"
    );
    assert!(!late_got.is_empty(), "the demo period has late steps");
    assert!(report["lateSteps"][0]["step"]["number"].is_string());

    let origins: BTreeMap<(String, String), i64> = report["actionsByOrigin"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| {
            let g = r["workingGroup"]["id"].as_str().unwrap().to_owned();
            [
                (
                    (g.clone(), "MUTUAL_LEARNING".to_owned()),
                    r["mutualLearning"].as_i64().unwrap(),
                ),
                (
                    (g, "OTHER_OPPORTUNITY".to_owned()),
                    r["otherOpportunity"].as_i64().unwrap(),
                ),
            ]
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    assert_eq!(origins, facts.origins);

    // The generated period: UoG skipped its groups' last calls; one group is overdue.
    let missing = report["missingProgressReports"].as_array().unwrap();
    assert!(!missing.is_empty(), "{report}");
    assert!(
        missing
            .iter()
            .all(|m| m["organisation"]["shortName"] == "UoG"),
        "{report}"
    );
    let overdue = report["overdueCalls"].as_array().unwrap();
    assert_eq!(overdue.len(), 1, "{report}");

    // A report at the last call removes UoG from the missing list of that group.
    let (group, call) = (
        missing[0]["workingGroup"]["id"].clone(),
        missing[0]["coordinationCall"]["id"].clone(),
    );
    let uog = app.login("uog@partners.demo").await.access_token;
    let ids = Ids::load(&app).await;
    let plan = plan_of(&app, &uog, ids.org("UoG")).await;
    let area = facts
        .group_of_area
        .iter()
        .find(|(_, g)| json!(g) == group)
        .map(|(a, _)| *a)
        .unwrap();
    let action = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["thematicArea"]["number"] == area)
        .unwrap()
        .clone();
    // An open step: UoG still has work in that group's area.
    let step = leaf_steps(&action)
        .into_iter()
        .find(|s| s["status"] != "DONE" && s["status"] != "CANCELLED")
        .map(|s| s["id"].clone())
        .unwrap_or_else(|| panic!("UoG has an open step in {action}"));
    let body = submit(&app, &uog, json!({ "stepId": step, "status": "ON_TRACK", "percentComplete": 50, "coordinationCallId": call })).await;
    assert_eq!(
        body["data"]["submitProgressReport"]["userErrors"],
        json!([]),
        "{body}"
    );
    let again = app
        .graphql(Some(&token), REPORT, json!({ "asOf": as_of }))
        .await;
    let still: Vec<&Value> = again["data"]["report"]["missingProgressReports"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["workingGroup"]["id"] == group)
        .collect();
    assert!(still.is_empty(), "{again}");
}

async fn benchmark_levels_count_each_organisations_latest_validated_benchmark(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let mut organisations = std::collections::HashMap::new();
    for name in ["Munich", "Formaper", "GRDR", "UoG"] {
        let organisation = OrganisationBuilder::new(name).create(&network).await;
        organisations.insert(name, organisation.id);
    }
    let token = network.token().to_owned();
    let call = |query: &'static str, input: Value| {
        let app = &app;
        let token = token.clone();
        async move {
            let body = app
                .graphql(Some(&token), query, json!({ "input": input }))
                .await;
            assert!(body["errors"].is_null(), "{body}");
            body["data"].clone()
        }
    };
    // A validated benchmark without levels (as the demo's are): the report gives none.
    let earlier = network
        .benchmark_round("2018 benchmark", "2018-06-01")
        .await;
    let created = call(
        "mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { benchmark { id version } userErrors { code } } }",
        json!({ "organisationId": organisations["UoG"], "roundId": earlier }),
    )
    .await["createBenchmark"]["benchmark"]
        .clone();
    let validated = call(
        "mutation($input: ValidateBenchmarkInput!) { validateBenchmark(input: $input) { benchmark { status } userErrors { code } } }",
        json!({ "id": created["id"], "expectedVersion": created["version"] }),
    )
    .await;
    assert_eq!(
        validated["validateBenchmark"]["benchmark"]["status"],
        "VALIDATED"
    );
    let empty = app
        .graphql(
            Some(&token),
            "{ report { benchmarkLevels { organisations } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        empty["data"]["report"]["benchmarkLevels"],
        json!([]),
        "{empty}"
    );

    let round = call(
        "mutation($input: CreateBenchmarkRoundInput!) { createBenchmarkRound(input: $input) { round { id } userErrors { code } } }",
        json!({ "name": "2020 re-benchmark", "heldOn": "2020-09-01" }),
    )
    .await["createBenchmarkRound"]["round"]["id"]
        .clone();
    // Munich 3 and Formaper 1 in one cell; Munich 2 and GRDR (draft, not counted) 0 in another.
    for (org, first, second, validate) in [
        ("Munich", 3, 2, true),
        ("Formaper", 1, 0, true),
        ("GRDR", 0, 0, false),
    ] {
        let created = call(
            "mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { benchmark { id version } userErrors { code } } }",
            json!({ "organisationId": organisations[org], "roundId": round }),
        )
        .await["createBenchmark"]["benchmark"]
            .clone();
        let mut scores = vec![
            json!({ "keyActor": "MUNICIPALITY", "dimension": "SUPPORT_SERVICES", "level": first }),
        ];
        if org != "Formaper" {
            scores.push(json!({ "keyActor": "CHAMBER_OF_COMMERCE", "dimension": "INCLUSIVE_PROCUREMENT", "level": second }));
        }
        let updated = call(
            "mutation($input: UpdateBenchmarkInput!) { updateBenchmark(input: $input) { benchmark { id version } userErrors { code } } }",
            json!({ "id": created["id"], "expectedVersion": created["version"], "scores": scores, "needAreaIds": [] }),
        )
        .await["updateBenchmark"]["benchmark"]
            .clone();
        if validate {
            call(
                "mutation($input: ValidateBenchmarkInput!) { validateBenchmark(input: $input) { benchmark { status } userErrors { code } } }",
                json!({ "id": updated["id"], "expectedVersion": updated["version"] }),
            )
            .await;
        }
    }
    let body = app
        .graphql(Some(&token), "{ report { benchmarkLevels { keyActor dimension organisationsPerLevel organisations average } } }", json!({}))
        .await;
    assert_eq!(
        body["data"]["report"]["benchmarkLevels"],
        json!([
            { "keyActor": "CHAMBER_OF_COMMERCE", "dimension": "INCLUSIVE_PROCUREMENT", "organisationsPerLevel": [0, 0, 1, 0], "organisations": 1, "average": 2.0 },
            { "keyActor": "MUNICIPALITY", "dimension": "SUPPORT_SERVICES", "organisationsPerLevel": [0, 1, 0, 1], "organisations": 2, "average": 2.0 },
        ]),
        "{body}"
    );
}

async fn late_steps_follow_the_exact_rule_at_month_ends(backend: Backend) {
    use sea_orm::{ConnectionTrait, Statement};
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    // Munich's plan, being implemented: it learns in the procurement group.
    ActionPlanBuilder::new(&cast.munich)
        .action(
            ActionBuilder::new(&cast.area4)
                .step(StepBuilder::new("Meet the suppliers").dates("2019-01", "2019-03"))
                .step(StepBuilder::new("Change the tender rules").dates("2019-02", "2019-04")),
        )
        .action(
            ActionBuilder::new(&cast.area1)
                .origin("OTHER_OPPORTUNITY")
                .step(StepBuilder::new("Brief the council").dates("2019-03", "2019-06")),
        )
        .stage("IMPLEMENTING")
        .create(&network)
        .await;
    let munich = app.login("munich@partners.test").await.access_token;
    let plan = plan_of(&app, &munich, &cast.munich.id).await;
    let steps: Vec<Value> = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(leaf_steps)
        .collect();
    let raw_id = |v: &Value| -> i32 {
        use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
        let decoded =
            String::from_utf8(URL_SAFE_NO_PAD.decode(v.as_str().unwrap()).unwrap()).unwrap();
        decoded.rsplit(':').next().unwrap().parse().unwrap()
    };
    // "April 2019" ends on 30 April: not after a baseline of 30 April; "May 2019" ends 31
    // days after it.
    let (same, later) = (&steps[0]["id"], &steps[1]["id"]);
    for (step, end) in [(same, "2019-04"), (later, "2019-05")] {
        let sql = format!(
            "UPDATE action_steps SET end_date = '{end}', baseline_end = '2019-04-30' WHERE id = {}",
            raw_id(step)
        );
        app.db()
            .conn()
            .execute_raw(Statement::from_string(app.db().backend(), sql))
            .await
            .unwrap();
        let body = submit(
            &app,
            &munich,
            json!({ "stepId": step, "status": "DONE", "percentComplete": 100 }),
        )
        .await;
        assert_eq!(
            body["data"]["submitProgressReport"]["userErrors"],
            json!([]),
            "{body}"
        );
    }
    let body = app
        .graphql(
            Some(&munich),
            "{ report { lateSteps(asOf: \"2026-01-01\") { step { id } daysBehindBaseline daysLate } } }",
            json!({}),
        )
        .await;
    let late = body["data"]["report"]["lateSteps"].as_array().unwrap();
    assert!(late.iter().all(|l| l["step"]["id"] != *same), "{body}");
    let listed = late.iter().find(|l| l["step"]["id"] == *later).unwrap();
    assert_eq!(listed["daysBehindBaseline"], 31);
    assert!(late.iter().all(|l| l["daysLate"].as_i64().unwrap() > 0));
}

/// `lateSteps` narrowed to one organisation and/or one working group holds exactly the
/// unfiltered list's steps of that organisation and group; a malformed ID is refused.
async fn late_steps_filter_by_organisation_and_group(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    const LATE: &str =
        "query($o: ID, $g: ID) { report { lateSteps(organisationId: $o, workingGroupId: $g) {
        step { id } organisation { id } workingGroup { id } } } }";
    let late = |o: Value, g: Value| {
        let app = &app;
        let token = &token;
        async move {
            let body = app
                .graphql(Some(token), LATE, json!({ "o": o, "g": g }))
                .await;
            assert!(body["errors"].is_null(), "{body}");
            body["data"]["report"]["lateSteps"]
                .as_array()
                .unwrap()
                .clone()
        }
    };
    let all = late(Value::Null, Value::Null).await;
    assert!(all.len() > 1, "the demo has late steps: {all:?}");
    let first = &all[0];
    let (org, group) = (
        first["organisation"]["id"].clone(),
        first["workingGroup"]["id"].clone(),
    );
    let ids = |list: &[Value]| {
        list.iter()
            .map(|l| l["step"]["id"].clone())
            .collect::<Vec<_>>()
    };
    let expect = |keep: &dyn Fn(&Value) -> bool| {
        ids(&all.iter().filter(|l| keep(l)).cloned().collect::<Vec<_>>())
    };
    assert_eq!(
        ids(&late(org.clone(), Value::Null).await),
        expect(&|l| l["organisation"]["id"] == org)
    );
    assert_eq!(
        ids(&late(Value::Null, group.clone()).await),
        expect(&|l| l["workingGroup"]["id"] == group)
    );
    let both = late(org.clone(), group.clone()).await;
    assert!(!both.is_empty());
    assert_eq!(
        ids(&both),
        expect(&|l| l["organisation"]["id"] == org && l["workingGroup"]["id"] == group)
    );
    assert!(
        all.iter().any(|l| l["organisation"]["id"] != org),
        "the filter is tried on a list it narrows"
    );
    let body = app
        .graphql(Some(&token), LATE, json!({ "o": group, "g": Value::Null }))
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
        "{body}"
    );
}

on_both_databases!(
    late_steps_filter_by_organisation_and_group,
    report_matches_the_per_step_figures,
    benchmark_levels_count_each_organisations_latest_validated_benchmark,
    late_steps_follow_the_exact_rule_at_month_ends,
);
