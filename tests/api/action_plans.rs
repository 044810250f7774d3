//! Action plans: the import against the dataset, who reads drafts, conflict-safe editing under
//! concurrency, stages with the plan rules and the frozen baseline, and N+1 freedom.

use std::collections::HashMap;

use mega_tests::builders::{COORDINATOR_EMAIL, Network};
use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::{Cast, Ids};

const PLAN: &str = "id stage version warnings { code } stageHistory { from to comment }
    actions { id ref title origin version thematicArea { number } proposedAction { title }
      steps { id number ref parentId title stakeholders stakeholdersText successFactors successFactorsText
              start end startPrecision endPrecision startText endText baselineStart baselineEnd version } }
    baselines { number steps { stepId start end } }";

async fn plan_of(app: &TestApp, token: &str, organisation: &str) -> Value {
    let body = app
        .graphql(
            Some(token),
            &format!("query($id: ID!) {{ node(id: $id) {{ ... on Organisation {{ actionPlan {{ {PLAN} }} }} }} }}"),
            json!({ "id": organisation }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["node"]["actionPlan"].clone()
}

fn text(v: &serde_yaml::Value) -> Value {
    match v {
        serde_yaml::Value::String(s) => json!(s),
        _ => Value::Null,
    }
}

fn list(v: &serde_yaml::Value) -> Value {
    match v.as_sequence() {
        Some(items) => json!(items.iter().filter_map(|i| i.as_str()).collect::<Vec<_>>()),
        None => json!([]),
    }
}

fn precision(date: &Value) -> Value {
    match date.as_str().map(str::len) {
        Some(4) => json!("YEAR"),
        Some(7) => json!("MONTH"),
        Some(10) => json!("DAY"),
        _ => Value::Null,
    }
}

async fn import_matches_the_dataset(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let token = app.login("coordinator@mpg.demo").await.access_token;
    let yaml: serde_yaml::Value =
        serde_yaml::from_str(include_str!("../../data/mega-2018.yaml")).unwrap();
    let short = |key: &str| match key {
        "formaper" => "Formaper",
        "garapen" => "Garapen",
        "adive" => "Adive",
        "grdr" => "GRDR",
        "uog" => "UoG",
        _ => "City of Munich",
    };
    let (mut objectives, mut steps, mut sub_steps) = (0, 0, 0);
    let (mut kept, mut moved) = (0, 0);
    for plan in yaml["action_plans"].as_sequence().unwrap() {
        let key = plan["organisation"].as_str().unwrap();
        let name = ids
            .organisations
            .get(short(key))
            .map(|_| short(key))
            .unwrap_or_else(|| {
                ids.organisations
                    .keys()
                    .find(|k| k.contains("Munich"))
                    .unwrap()
                    .as_str()
            });
        let got = plan_of(&app, &token, ids.org(name)).await;
        assert_eq!(got["stage"], "IMPLEMENTING", "{key}");
        let baseline1: HashMap<String, (Value, Value)> = got["baselines"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|b| b["number"] == 1)
            .flat_map(|b| b["steps"].as_array().cloned().unwrap_or_default())
            .filter_map(|s| {
                Some((
                    s["stepId"].as_str()?.to_owned(),
                    (s["start"].clone(), s["end"].clone()),
                ))
            })
            .collect();
        let printed = plan["objectives"].as_sequence().unwrap();
        let actions = got["actions"].as_array().unwrap();
        assert_eq!(actions.len(), printed.len(), "{key}");
        for (objective, action) in printed.iter().zip(actions) {
            objectives += 1;
            assert_eq!(action["ref"], text(&objective["ref"]), "{key}");
            assert_eq!(action["title"], text(&objective["title"]), "{key}");
            assert_eq!(action["origin"], "MUTUAL_LEARNING");
            assert!(!action["proposedAction"].is_null(), "{key}: linked");
            let got_steps = action["steps"].as_array().unwrap();
            let mut expected = Vec::new();
            for step in objective["steps"].as_sequence().unwrap() {
                steps += 1;
                expected.push((step, false));
                for child in step["steps"].as_sequence().into_iter().flatten() {
                    sub_steps += 1;
                    expected.push((child, true));
                }
            }
            assert_eq!(got_steps.len(), expected.len(), "{key}");
            for ((step, nested), got) in expected.iter().zip(got_steps) {
                let title = step["title"].as_str().unwrap();
                assert_eq!(got["title"], title);
                assert_eq!(got["ref"], text(&step["ref"]), "{title}");
                assert_eq!(got["parentId"].is_null(), !nested, "{title}");
                assert_eq!(got["stakeholders"], list(&step["stakeholders"]), "{title}");
                assert_eq!(
                    got["successFactors"],
                    list(&step["success_factors"]),
                    "{title}"
                );
                assert_eq!(
                    got["stakeholdersText"],
                    text(&step["stakeholders_text"]),
                    "{title}"
                );
                assert_eq!(
                    got["successFactorsText"],
                    text(&step["success_factors_text"]),
                    "{title}"
                );
                // Baseline 1 keeps every printed date. The generated implementation period
                // carries unfinished steps into the current period and re-plans some, so a
                // step shows the printed wording exactly while it keeps the printed date.
                let (start, end) = baseline1
                    .get(got["id"].as_str().unwrap_or_default())
                    .cloned()
                    .unwrap_or_default();
                assert_eq!(start, text(&step["start"]), "{title} baseline 1 start");
                assert_eq!(end, text(&step["end"]), "{title} baseline 1 end");
                for (field, wording, raw, raw_wording) in [
                    ("start", "startText", "start", "start_text"),
                    ("end", "endText", "end", "end_text"),
                ] {
                    if got[field] == text(&step[raw]) {
                        kept += 1;
                        assert_eq!(got[wording], text(&step[raw_wording]), "{title} {wording}");
                    } else {
                        moved += 1;
                        assert!(got[wording].is_null(), "{title}: {wording} of a moved date");
                        assert!(
                            got[field].as_str() > text(&step[raw]).as_str(),
                            "{title}: {field} moves later"
                        );
                    }
                }
                assert_eq!(got["startPrecision"], precision(&got["start"]), "{title}");
                assert_eq!(got["endPrecision"], precision(&got["end"]), "{title}");
            }
        }
    }
    assert_eq!((objectives, steps, sub_steps), (16, 54, 14));
    assert!(
        kept > 0 && moved > 0,
        "printed dates kept: {kept}, carried over: {moved}"
    );
    // Hamburg's two "Objective #1" and the Basque objectives without heading survive.
    let uog = plan_of(&app, &token, ids.org("UoG")).await;
    assert_eq!(uog["actions"][0]["ref"], "Objective #1");
    assert_eq!(uog["actions"][1]["ref"], "Objective #1");
    let garapen = plan_of(&app, &token, ids.org("Garapen")).await;
    assert!(garapen["actions"][0]["title"].is_null() && garapen["actions"][1]["ref"].is_null());
    assert_eq!(garapen["actions"][0]["steps"][1]["number"], "1.1");
    let grdr = plan_of(&app, &token, ids.org("GRDR")).await;
    // "29th March 2019", at day precision (whole years later if it was carried over).
    let start = grdr["actions"][1]["steps"][0]["start"]
        .as_str()
        .unwrap_or_default();
    assert!(start.len() == 10 && start.ends_with("-03-29"), "{start}");
    assert_eq!(grdr["actions"][1]["steps"][0]["startPrecision"], "DAY");
    assert_eq!(grdr["stageHistory"].as_array().unwrap().len(), 4);
}

/// A fresh organisation, and its DRAFT plan: (organisation id, plan id).
async fn draft_plan(app: &TestApp, coordinator: &str, email: &str) -> (String, String) {
    let body = app
        .graphql(
            Some(coordinator),
            "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }",
            json!({ "input": { "organisation": { "name": format!("Newcomer {email}"), "kind": "NGO" } } }),
        )
        .await;
    let org = body["data"]["createOrganisation"]["organisation"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let plan = app
        .graphql(
            Some(coordinator),
            "mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { actionPlan { id } userErrors { code } } }",
            json!({ "input": { "organisationId": org } }),
        )
        .await;
    let plan = plan["data"]["createActionPlan"]["actionPlan"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    (org, plan)
}

async fn add_action(app: &TestApp, token: &str, plan: &str, area: &str, origin: &str) -> String {
    let body = app
        .graphql(
            Some(token),
            "mutation($input: AddActionInput!) { addAction(input: $input) { action { id } userErrors { code } } }",
            json!({ "input": { "actionPlanId": plan, "action": { "title": "Act", "thematicAreaId": area, "origin": origin } } }),
        )
        .await;
    body["data"]["addAction"]["action"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned()
}

async fn add_step(app: &TestApp, token: &str, action: &str, title: &str) -> (String, i64) {
    let body = app
        .graphql(
            Some(token),
            "mutation($input: AddActionStepInput!) { addActionStep(input: $input) { step { id version number } userErrors { code } } }",
            json!({ "input": { "actionId": action, "step": { "title": title, "start": "2019-01", "end": "2019-06" } } }),
        )
        .await;
    let step = &body["data"]["addActionStep"]["step"];
    (
        step["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{body}"))
            .to_owned(),
        step["version"].as_i64().unwrap(),
    )
}

const UPDATE_STEP: &str = "mutation($input: UpdateActionStepInput!) { updateActionStep(input: $input) { step { version start baselineStart } userErrors { code } } }";

/// An empty network with the [`Cast`]: the app, the cast and the coordinator's token.
async fn start_with_cast(backend: Backend) -> (TestApp, Cast, String) {
    let app = TestApp::builder(backend).empty().start().await;
    let cast = Cast::build(&Network::new(&app).await).await;
    let coordinator = app.login(COORDINATOR_EMAIL).await.access_token;
    (app, cast, coordinator)
}

async fn drafts_are_hidden_and_edits_are_conflict_safe(backend: Backend) {
    let (app, cast, coordinator) = start_with_cast(backend).await;
    // One published plan next to the draft.
    cast.grdr_plan(&Network::signed_in(&app).await, "IMPLEMENTING")
        .await;
    let (_, plan) = draft_plan(&app, &coordinator, "x").await;
    let action = add_action(&app, &coordinator, &plan, &cast.area1.id, "MUTUAL_LEARNING").await;
    let (step, version) = add_step(&app, &coordinator, &action, "One").await;
    let (other, other_version) = add_step(&app, &coordinator, &action, "Two").await;

    // Adive leads group 4 only: the draft (area 1) is hidden from it; Munich leads group 1.
    for (email, visible) in [
        ("adive@partners.test", false),
        ("munich@partners.test", true),
    ] {
        let token = app.login(email).await.access_token;
        let direct = app
            .graphql(
                Some(&token),
                "query($id: ID!) { actionPlan(id: $id) { id } }",
                json!({ "id": plan }),
            )
            .await;
        let node = app
            .graphql(
                Some(&token),
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": plan }),
            )
            .await;
        let listed = app
            .graphql(
                Some(&token),
                "{ actionPlans(first: 100) { totalCount nodes { id } } }",
                json!({}),
            )
            .await;
        let in_list = listed["data"]["actionPlans"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == plan.as_str());
        if visible {
            assert_eq!(direct["data"]["actionPlan"]["id"], plan.as_str(), "{email}");
            assert!(in_list && !node["data"]["node"].is_null(), "{email}");
        } else {
            assert_eq!(error_code(&direct), Some("FORBIDDEN"), "{email}: {direct}");
            assert!(node["data"]["node"].is_null(), "{email}");
            assert!(!in_list, "{email}");
            assert_eq!(
                listed["data"]["actionPlans"]["totalCount"], 1,
                "GRDR's plan, being implemented"
            );
        }
    }

    // Two people editing different steps both succeed.
    let fields = |title: &str| json!({ "title": title, "start": "2019-02", "end": "2019-07" });
    for (id, v) in [(&step, version), (&other, other_version)] {
        let body = app
            .graphql(
                Some(&coordinator),
                UPDATE_STEP,
                json!({ "input": { "id": id, "expectedVersion": v, "step": fields("Edited") } }),
            )
            .await;
        assert_eq!(
            body["data"]["updateActionStep"]["userErrors"],
            json!([]),
            "{body}"
        );
    }

    // 50 parallel updates with the same expected version: exactly one wins.
    let before = app.audit_count().await;
    let mut tasks = Vec::new();
    for i in 0..50 {
        let query = UPDATE_STEP;
        let body = json!({ "query": query, "variables": { "input": { "id": step, "expectedVersion": version + 1, "step": fields(&format!("Racer {i}")) } } });
        let request = app
            .client()
            .post(app.url("/graphql"))
            .bearer_auth(&coordinator)
            .json(&body);
        tasks.push(tokio::spawn(async move {
            request.send().await.unwrap().json::<Value>().await.unwrap()
        }));
    }
    let (mut won, mut stale) = (0, 0);
    for task in tasks {
        let body = task.await.unwrap();
        match body["data"]["updateActionStep"]["userErrors"][0]["code"].as_str() {
            None => won += 1,
            Some("STALE_VERSION") => stale += 1,
            Some(other) => panic!("{other}: {body}"),
        }
    }
    assert_eq!((won, stale), (1, 49));
    assert_eq!(app.audit_count().await, before + 1);
    let got = app
        .graphql(
            Some(&coordinator),
            "query($id: ID!) { node(id: $id) { ... on ActionStep { version } } }",
            json!({ "id": step }),
        )
        .await;
    assert_eq!(got["data"]["node"]["version"], version + 2);
}

async fn transition(app: &TestApp, token: &str, plan: &str, to: &str) -> Value {
    transition_with(app, token, plan, json!({ "to": to })).await
}

/// A stage change with more fields (`rebaseline`) at the plan's current version.
async fn transition_with(app: &TestApp, token: &str, plan: &str, fields: Value) -> Value {
    let current = app
        .graphql(
            Some(token),
            "query($id: ID!) { actionPlan(id: $id) { version } }",
            json!({ "id": plan }),
        )
        .await;
    let mut input =
        json!({ "id": plan, "expectedVersion": current["data"]["actionPlan"]["version"] });
    if let (Some(input), Some(fields)) = (input.as_object_mut(), fields.as_object()) {
        input.extend(fields.clone());
    }
    app.graphql(
        Some(token),
        "mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) { actionPlan { stage } userErrors { code } } }",
        json!({ "input": input }),
    )
    .await
}

fn codes(body: &Value) -> Vec<String> {
    body["data"]["transitionActionPlan"]["userErrors"]
        .as_array()
        .map(|e| {
            e.iter()
                .map(|e| e["code"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

async fn stages_rules_and_baseline(backend: Backend) {
    let (app, cast, coordinator) = start_with_cast(backend).await;
    cast.grdr_plan(&Network::signed_in(&app).await, "IMPLEMENTING")
        .await;
    let grdr = app.login("grdr@partners.test").await.access_token;
    // GRDR's plan, being implemented, reopened by the coordinator, emptied of actions.
    let plan = plan_of(&app, &coordinator, &cast.grdr.id).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        codes(&transition(&app, &grdr, &plan, "DRAFT").await),
        Vec::<String>::new(),
        "coordinator only"
    );
    assert_eq!(
        error_code(&transition(&app, &grdr, &plan, "DRAFT").await),
        Some("FORBIDDEN")
    );
    assert!(codes(&transition(&app, &coordinator, &plan, "DRAFT").await).is_empty());
    let current = plan_of(&app, &coordinator, &cast.grdr.id).await;
    for action in current["actions"].as_array().unwrap() {
        let body = app.graphql(Some(&grdr), "mutation($input: RemoveVersionedInput!) { removeAction(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": action["id"], "expectedVersion": action["version"] } })).await;
        assert_eq!(
            body["data"]["removeAction"]["userErrors"],
            json!([]),
            "{body}"
        );
    }
    let warnings = plan_of(&app, &grdr, &cast.grdr.id).await["warnings"].clone();
    assert_eq!(
        warnings,
        json!([{ "code": "TOO_FEW_ACTIONS" }, { "code": "NO_MUTUAL_LEARNING_ACTION" }])
    );
    assert_eq!(
        codes(&transition(&app, &grdr, &plan, "SUBMITTED").await),
        ["TOO_FEW_ACTIONS", "NO_MUTUAL_LEARNING_ACTION"]
    );
    // Mutual learning in area 4, where GRDR does not learn, does not count.
    add_action(&app, &grdr, &plan, &cast.area4.id, "MUTUAL_LEARNING").await;
    add_action(&app, &grdr, &plan, &cast.area1.id, "OTHER_OPPORTUNITY").await;
    assert_eq!(
        codes(&transition(&app, &grdr, &plan, "SUBMITTED").await),
        ["NO_MUTUAL_LEARNING_ACTION"]
    );
    let action = add_action(&app, &grdr, &plan, &cast.area1.id, "MUTUAL_LEARNING").await;
    let (step, version) = add_step(&app, &grdr, &action, "Run the meeting").await;
    assert_eq!(
        codes(&transition(&app, &grdr, &plan, "ADOPTED").await),
        ["INVALID_TRANSITION"]
    );
    assert!(codes(&transition(&app, &grdr, &plan, "SUBMITTED").await).is_empty());
    assert!(codes(&transition(&app, &grdr, &plan, "DRAFT").await).is_empty());
    assert!(codes(&transition(&app, &grdr, &plan, "SUBMITTED").await).is_empty());
    assert_eq!(
        error_code(&transition(&app, &grdr, &plan, "ADOPTED").await),
        Some("FORBIDDEN")
    );
    // Re-adoption: the plan had a baseline from its first adoption; the coordinator sets a
    // new one for the rewritten plan.
    let readopted = transition_with(
        &app,
        &coordinator,
        &plan,
        json!({ "to": "ADOPTED", "rebaseline": true }),
    )
    .await;
    assert!(codes(&readopted).is_empty(), "{readopted}");
    // Adopted: the member may no longer edit the content; the coordinator edits it, but
    // dates move only by re-planning (with a reason), and the baseline stays.
    let input = json!({ "input": { "id": step, "expectedVersion": version, "step": { "title": "Run", "start": "2019-05", "end": "2019-09" } } });
    assert_eq!(
        error_code(&app.graphql(Some(&grdr), UPDATE_STEP, input.clone()).await),
        Some("FORBIDDEN")
    );
    let body = app.graphql(Some(&coordinator), UPDATE_STEP, input).await;
    assert_eq!(
        body["data"]["updateActionStep"]["userErrors"][0]["code"], "REPLAN_REQUIRED",
        "{body}"
    );
    let body = app
        .graphql(
            Some(&coordinator),
            "mutation($input: ReplanActionStepInput!) { replanActionStep(input: $input) {
                step { start baselineStart } userErrors { code } } }",
            json!({ "input": { "id": step, "expectedVersion": version, "start": "2019-05",
                "end": "2019-09", "reason": "Venue booked later" } }),
        )
        .await;
    assert_eq!(
        body["data"]["replanActionStep"]["step"]["start"], "2019-05",
        "{body}"
    );
    assert_eq!(
        body["data"]["replanActionStep"]["step"]["baselineStart"],
        "2019-01"
    );
    assert!(codes(&transition(&app, &grdr, &plan, "IMPLEMENTING").await).is_empty());
    assert_eq!(
        codes(&transition(&app, &grdr, &plan, "ADOPTED").await),
        ["INVALID_TRANSITION"]
    );
    assert!(codes(&transition(&app, &grdr, &plan, "COMPLETED").await).is_empty());
    let history = plan_of(&app, &grdr, &cast.grdr.id).await["stageHistory"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(
        history,
        4 + 7,
        "four to implementation, then seven successful changes"
    );
}

async fn a_plan_loads_in_constant_statements(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let mut areas = Vec::new();
    for (number, title) in [(1, "City leadership"), (2, "Outreach"), (3, "Chambers")] {
        areas.push(network.thematic_area(number, title).await.id);
    }
    let coordinator = network.token().to_owned();
    let (_, plan) = draft_plan(&app, &coordinator, "y").await;
    // With the monitoring fields too: progress roll-ups, each step's status and slippage.
    let query = format!(
        "query($id: ID!) {{ actionPlan(id: $id) {{ {PLAN} organisation {{ name }} progress
           actions {{ progress steps {{ status percentComplete latestReport {{ id }} slippage {{ daysLate }} }} }} }} }}"
    );
    let mut counts = Vec::new();
    for (round, area) in areas.iter().enumerate() {
        let action = add_action(&app, &coordinator, &plan, area, "MUTUAL_LEARNING").await;
        for i in 0..(round + 2) {
            let (parent, _) = add_step(&app, &coordinator, &action, &format!("Step {i}")).await;
            let body = app.graphql(Some(&coordinator),
                "mutation($input: AddActionStepInput!) { addActionStep(input: $input) { step { number } userErrors { code } } }",
                json!({ "input": { "actionId": action, "parentId": parent, "step": { "title": "Sub" } } })).await;
            assert_eq!(
                body["data"]["addActionStep"]["step"]["number"],
                format!("{}.1", i + 1),
                "{body}"
            );
        }
        let before = app.statements();
        let body = app
            .graphql(Some(&coordinator), &query, json!({ "id": plan }))
            .await;
        assert!(body["errors"].is_null(), "{body}");
        counts.push(app.statements() - before);
    }
    assert!(
        counts.windows(2).all(|w| w[0] == w[1]),
        "statements per read grew: {counts:?}"
    );
}

on_both_databases!(
    import_matches_the_dataset,
    drafts_are_hidden_and_edits_are_conflict_safe,
    stages_rules_and_baseline,
    a_plan_loads_in_constant_statements,
);
