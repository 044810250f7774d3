//! Re-planning an agreed plan: its organisation moves dates and adds or removes steps, each
//! with a reason kept in the plan's change history, the baseline staying; the coordinator sets
//! new numbered baselines (earlier ones kept) and re-adoption offers one. Bad input and stale
//! versions change nothing.

use chrono::Datelike;
use mega_tests::{Backend, TestApp, on_both_databases, user_errors};
use serde_json::{Value, json};

const PLAN: &str = "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan {
    id stage version replanning viewerCanReplan viewerCanSetBaseline viewerCanUpdate
    actions { id title steps { id title version start end startText baselineStart baselineEnd viewerCanReplan } }
    changes { kind stepId stepTitle previousStart previousEnd start end baselineNumber reason by { displayName } }
    baselines { number note setBy { displayName } steps { stepId title start end } } } } } }";
const REPLAN: &str = "mutation($input: ReplanActionStepInput!) { replanActionStep(input: $input) {
    step { id start end baselineStart baselineEnd version } userErrors { field code } } }";
const ADD: &str = "mutation($input: AddActionStepInput!) { addActionStep(input: $input) {
    step { id title baselineStart } userErrors { field code } } }";
const REMOVE: &str = "mutation($input: RemoveVersionedInput!) { removeActionStep(input: $input) {
    action { id } userErrors { field code } } }";
const UPDATE: &str = "mutation($input: UpdateActionStepInput!) { updateActionStep(input: $input) {
    step { id } userErrors { field code } } }";
const BASELINE: &str = "mutation($input: SetPlanBaselineInput!) { setPlanBaseline(input: $input) {
    actionPlan { id version baselines { number } } userErrors { field code } } }";
const TRANSITION: &str =
    "mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) {
    actionPlan { stage version } userErrors { field code } } }";

struct Demo {
    app: TestApp,
    adive: String,
    coordinator: String,
    munich: String,
    /// The organisation whose plan the test works on.
    org: String,
}

impl Demo {
    /// The demo, working on the plan of the organisation called `short_name`.
    async fn start(backend: Backend, short_name: &str) -> Self {
        let app = TestApp::start(backend).await;
        let adive = app.login("adive@partners.demo").await.access_token;
        let coordinator = app.login("coordinator@mpg.demo").await.access_token;
        let munich = app.login("munich@partners.demo").await.access_token;
        let orgs = app
            .graphql(
                Some(&coordinator),
                "{ organisations(first: 100) { nodes { id shortName } } }",
                json!({}),
            )
            .await;
        let org = orgs["data"]["organisations"]["nodes"]
            .as_array()
            .and_then(|n| n.iter().find(|o| o["shortName"] == short_name))
            .map(|o| o["id"].as_str().unwrap_or_default().to_owned())
            .unwrap_or_else(|| panic!("no {short_name} in {orgs}"));
        Self {
            app,
            adive,
            coordinator,
            munich,
            org,
        }
    }

    async fn plan(&self, token: &str) -> Value {
        let body = self
            .app
            .graphql(Some(token), PLAN, json!({ "id": self.org }))
            .await;
        assert!(body["errors"].is_null(), "{body}");
        body["data"]["node"]["actionPlan"].clone()
    }

    /// The whole response of a mutation: `data`'s only field, or the body when it errs.
    async fn mutate(&self, token: &str, query: &str, input: Value) -> Value {
        let body = self
            .app
            .graphql(Some(token), query, json!({ "input": input }))
            .await;
        if !body["errors"].is_null() {
            return body;
        }
        body["data"]
            .as_object()
            .and_then(|o| o.values().next())
            .cloned()
            .unwrap_or_default()
    }
}

fn error_code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no error in {body}"))
}

fn first_dated_step(plan: &Value) -> Value {
    plan["actions"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|a| a["steps"].as_array().cloned().unwrap_or_default())
        .find(|s| s["end"].is_string() && s["baselineEnd"].is_string())
        .unwrap_or_else(|| panic!("no dated step in {plan}"))
}

/// Adive moves a step of its IMPLEMENTING plan: only with a reason; the baseline stays, the
/// printed wording of a moved date goes, and the plan's history shows the move to everyone who
/// reads the plan (a leading member of another group included).
async fn the_owner_replans_an_implementing_plan_with_a_reason(backend: Backend) {
    let demo = Demo::start(backend, "Adive").await;
    let plan = demo.plan(&demo.adive).await;
    assert_eq!(plan["stage"], "IMPLEMENTING");
    assert_eq!(plan["replanning"], true);
    assert_eq!(plan["viewerCanReplan"], true);
    assert_eq!(plan["viewerCanUpdate"], false, "content stays locked");
    assert_eq!(plan["viewerCanSetBaseline"], false);
    let step = first_dated_step(&plan);
    assert_eq!(step["viewerCanReplan"], true);
    let input = |reason: Value, version: &Value| {
        json!({ "id": step["id"], "expectedVersion": version, "start": "2027-01",
            "end": "2027-06-30", "reason": reason })
    };

    let refused = demo
        .mutate(&demo.adive, REPLAN, input(json!("  "), &step["version"]))
        .await;
    assert_eq!(
        user_errors(&refused),
        [("reason".into(), "REASON_REQUIRED".into())]
    );
    let stale = demo
        .mutate(
            &demo.adive,
            REPLAN,
            input(json!("Late funding"), &json!(999)),
        )
        .await;
    assert_eq!(
        user_errors(&stale),
        [("expectedVersion".into(), "STALE_VERSION".into())]
    );
    let unchanged = first_dated_step(&demo.plan(&demo.adive).await);
    assert_eq!(unchanged, step, "refusals change nothing");

    let moved = demo
        .mutate(
            &demo.adive,
            REPLAN,
            input(json!("Late funding"), &step["version"]),
        )
        .await;
    assert_eq!(user_errors(&moved), Vec::<(String, String)>::new());
    assert_eq!(moved["step"]["start"], "2027-01");
    assert_eq!(moved["step"]["end"], "2027-06-30");
    assert_eq!(
        moved["step"]["baselineEnd"], step["baselineEnd"],
        "the baseline stays"
    );
    assert_eq!(moved["step"]["baselineStart"], step["baselineStart"]);

    // A reader who is neither the owner nor the coordinator sees the history.
    let seen = demo.plan(&demo.munich).await;
    let change = &seen["changes"][0];
    assert_eq!(change["kind"], "DATES_CHANGED");
    assert_eq!(change["stepId"], step["id"]);
    assert_eq!(change["previousEnd"], step["end"]);
    assert_eq!(change["end"], "2027-06-30");
    assert_eq!(change["reason"], "Late funding");
    assert!(change["by"]["displayName"].is_string());
    assert_eq!(seen["viewerCanReplan"], false);
    let moved_step = seen["actions"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|a| a["steps"].as_array().cloned().unwrap_or_default())
        .find(|s| s["id"] == step["id"])
        .unwrap_or_default();
    assert!(moved_step["startText"].is_null(), "the old wording went");

    // Someone else's plan: refused whatever the reason.
    let body = demo
        .mutate(
            &demo.munich,
            REPLAN,
            input(json!("Mine now"), &moved["step"]["version"]),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");
}

/// Steps are added and removed during implementation with a reason; the added step has no
/// baseline until the next one; the owner cannot edit content; the coordinator's content edits
/// do not move dates.
async fn steps_come_and_go_with_reasons(backend: Backend) {
    let demo = Demo::start(backend, "Adive").await;
    let plan = demo.plan(&demo.adive).await;
    let action = plan["actions"][0]["id"].clone();
    let fields = json!({ "title": "Extra coaching round", "start": "2027-02", "end": "2027-03" });

    let refused = demo
        .mutate(
            &demo.adive,
            ADD,
            json!({ "actionId": action, "step": fields }),
        )
        .await;
    assert_eq!(
        user_errors(&refused),
        [("reason".into(), "REASON_REQUIRED".into())]
    );
    let both = demo
        .mutate(
            &demo.adive,
            ADD,
            json!({ "actionId": action, "step": { "title": "", "start": "2027-13" } }),
        )
        .await;
    assert_eq!(
        user_errors(&both),
        [
            ("title".into(), "REQUIRED".into()),
            ("start".into(), "INVALID_DATE".into()),
            ("reason".into(), "REASON_REQUIRED".into())
        ]
    );
    let added = demo
        .mutate(
            &demo.adive,
            ADD,
            json!({ "actionId": action, "step": fields, "reason": "Demand grew" }),
        )
        .await;
    assert_eq!(user_errors(&added), Vec::<(String, String)>::new());
    assert!(added["step"]["baselineStart"].is_null());
    let id = added["step"]["id"].clone();

    let after_add = demo.plan(&demo.adive).await;
    assert_eq!(after_add["changes"][0]["kind"], "STEP_ADDED");
    assert_eq!(after_add["changes"][0]["stepTitle"], "Extra coaching round");
    assert_eq!(after_add["changes"][0]["reason"], "Demand grew");

    let update = demo
        .mutate(
            &demo.adive,
            UPDATE,
            json!({ "id": id, "expectedVersion": 1, "step": { "title": "Renamed" } }),
        )
        .await;
    assert_eq!(error_code(&update), "FORBIDDEN", "content stays locked");
    let coordinator_moves = demo
        .mutate(
            &demo.coordinator,
            UPDATE,
            json!({ "id": id, "expectedVersion": 1,
                "step": { "title": "Renamed", "start": "2027-05", "end": "2027-03" } }),
        )
        .await;
    assert_eq!(
        user_errors(&coordinator_moves),
        [("end".into(), "END_BEFORE_START".into()),]
    );
    let coordinator_moves = demo
        .mutate(
            &demo.coordinator,
            UPDATE,
            json!({ "id": id, "expectedVersion": 1,
                "step": { "title": "Renamed", "start": "2027-02", "end": "2027-04" } }),
        )
        .await;
    assert_eq!(
        user_errors(&coordinator_moves),
        [("end".into(), "REPLAN_REQUIRED".into())]
    );

    let refused = demo
        .mutate(
            &demo.adive,
            REMOVE,
            json!({ "id": id, "expectedVersion": 1 }),
        )
        .await;
    assert_eq!(
        user_errors(&refused),
        [("reason".into(), "REASON_REQUIRED".into())]
    );
    let long = demo
        .mutate(
            &demo.adive,
            REMOVE,
            json!({ "id": id, "expectedVersion": 1, "reason": "x".repeat(2_001) }),
        )
        .await;
    assert_eq!(user_errors(&long), [("reason".into(), "TOO_LONG".into())]);
    let removed = demo
        .mutate(
            &demo.adive,
            REMOVE,
            json!({ "id": id, "expectedVersion": 1, "reason": "Merged into step 1" }),
        )
        .await;
    assert_eq!(user_errors(&removed), Vec::<(String, String)>::new());
    let after = demo.plan(&demo.adive).await;
    let kinds: Vec<_> = after["changes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| c["kind"].clone())
        .collect();
    // Newest first, after what the demo's generated period recorded.
    assert_eq!(kinds[..2], [json!("STEP_REMOVED"), json!("STEP_ADDED")]);
    assert_eq!(after["changes"][0]["previousStart"], "2027-02");
    assert_eq!(after["changes"][0]["reason"], "Merged into step 1");
}

/// The coordinator sets baseline 2: slippage now counts from it, baseline 1 keeps the earlier
/// dates; only the coordinator may, only for an agreed plan, at the current version.
async fn the_coordinator_sets_a_new_baseline(backend: Backend) {
    let demo = Demo::start(backend, "Adive").await;
    let plan = demo.plan(&demo.coordinator).await;
    assert_eq!(plan["viewerCanSetBaseline"], true);
    // Baseline 1 from the adoption, and baseline 2 when the demo carried unfinished steps into
    // the current period.
    let before = plan["baselines"].as_array().map_or(0, Vec::len);
    assert!(before >= 1, "the adoption's baseline: {plan}");
    let step = first_dated_step(&plan);
    let moved = demo
        .mutate(
            &demo.adive,
            REPLAN,
            json!({ "id": step["id"], "expectedVersion": step["version"], "start": step["start"],
                "end": "2028-12", "reason": "New funding period" }),
        )
        .await;
    assert_eq!(user_errors(&moved), Vec::<(String, String)>::new());

    let input = |version: &Value, note: Value| json!({ "actionPlanId": plan["id"], "expectedVersion": version, "note": note });
    let body = demo
        .mutate(
            &demo.adive,
            BASELINE,
            input(&plan["version"], json!("Mine")),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");
    let stale = demo
        .mutate(
            &demo.coordinator,
            BASELINE,
            input(&json!(999), json!("Agreed")),
        )
        .await;
    assert_eq!(
        user_errors(&stale),
        [("expectedVersion".into(), "STALE_VERSION".into())]
    );
    let long = demo
        .mutate(
            &demo.coordinator,
            BASELINE,
            input(&plan["version"], json!("x".repeat(2_001))),
        )
        .await;
    assert_eq!(user_errors(&long), [("note".into(), "TOO_LONG".into())]);
    let step_id = demo
        .mutate(
            &demo.coordinator,
            BASELINE,
            json!({ "actionPlanId": step["id"], "expectedVersion": 1 }),
        )
        .await;
    assert_eq!(
        user_errors(&step_id),
        [("actionPlanId".into(), "NOT_FOUND".into())]
    );
    assert_eq!(
        demo.plan(&demo.coordinator).await["baselines"]
            .as_array()
            .map(Vec::len),
        Some(before),
        "refusals change nothing"
    );

    let set = demo
        .mutate(
            &demo.coordinator,
            BASELINE,
            input(&plan["version"], json!("Coordination call, March")),
        )
        .await;
    assert_eq!(user_errors(&set), Vec::<(String, String)>::new());
    let after = demo.plan(&demo.adive).await;
    let numbers: Vec<_> = after["baselines"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|b| b["number"].clone())
        .collect();
    let expected: Vec<_> = (1..=before + 1).map(|n| json!(n)).collect();
    assert_eq!(numbers, expected);
    let dates_in = |baseline: &Value| {
        baseline["steps"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|s| s["stepId"] == step["id"])
            .map(|s| s["end"].clone())
            .unwrap_or_default()
    };
    assert_eq!(
        dates_in(&after["baselines"][before - 1]),
        step["baselineEnd"]
    );
    assert_eq!(dates_in(&after["baselines"][before]), "2028-12");
    assert_eq!(
        after["baselines"][before]["note"],
        "Coordination call, March"
    );
    let now = first_dated_step(&after);
    assert_eq!(
        now["baselineEnd"], "2028-12",
        "slippage counts from the new baseline"
    );
    assert_eq!(after["changes"][0]["kind"], "BASELINE_SET");
    assert_eq!(after["changes"][0]["baselineNumber"], before + 1);

    // A plan being written gets no baseline.
    let reopened = demo
        .mutate(
            &demo.coordinator,
            TRANSITION,
            json!({ "id": plan["id"], "to": "DRAFT", "expectedVersion": after["version"] }),
        )
        .await;
    assert_eq!(user_errors(&reopened), Vec::<(String, String)>::new());
    let draft = demo
        .mutate(
            &demo.coordinator,
            BASELINE,
            input(&reopened["actionPlan"]["version"], json!("Too early")),
        )
        .await;
    assert_eq!(
        user_errors(&draft),
        [("actionPlanId".into(), "NOT_AGREED".into())]
    );
}

/// Reopens the plan and adopts it again; returns its version.
async fn readopt(demo: &Demo, plan: &Value, version: Value, rebaseline: bool) -> Value {
    let mut version = version;
    for to in ["DRAFT", "SUBMITTED", "ADOPTED"] {
        let moved = demo
            .mutate(
                &demo.coordinator,
                TRANSITION,
                json!({ "id": plan["id"], "to": to, "expectedVersion": version,
                    "rebaseline": rebaseline && to == "ADOPTED" }),
            )
            .await;
        assert_eq!(
            user_errors(&moved),
            Vec::<(String, String)>::new(),
            "to {to}"
        );
        version = moved["actionPlan"]["version"].clone();
    }
    version
}

/// Re-adoption keeps the baseline unless asked to set a new one.
async fn re_adoption_offers_a_new_baseline(backend: Backend) {
    // GRDR's plan meets the plan rules again on resubmission (it learns in group 1).
    let demo = Demo::start(backend, "GRDR").await;
    let plan = demo.plan(&demo.coordinator).await;
    let count = |plan: &Value| plan["baselines"].as_array().map_or(0, Vec::len);
    let before = count(&plan);
    let version = readopt(&demo, &plan, plan["version"].clone(), false).await;
    assert_eq!(count(&demo.plan(&demo.coordinator).await), before, "kept");
    readopt(&demo, &plan, version, true).await;
    let after = demo.plan(&demo.coordinator).await;
    assert_eq!(count(&after), before + 1, "a new baseline");
    assert_eq!(after["changes"][0]["kind"], "BASELINE_SET");
}

/// Issue 14: the demo's generated implementation period follows the plans' own dates, so no
/// step is overdue or drifts by more than its plan spans as printed (baseline 1), and the
/// printed dates stay for comparison.
async fn demo_slippage_stays_within_each_plan(backend: Backend) {
    let demo = Demo::start(backend, "Adive").await;
    let body = demo
        .app
        .graphql(
            Some(&demo.coordinator),
            "{ actionPlans(first: 50) { nodes { organisation { shortName }
                baselines { number steps { start end } }
                actions { steps { title start end endText
                    slippage { daysBehindBaseline daysOverdue } } } } } }",
            json!({}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let day = |raw: &Value, last: bool| -> Option<chrono::NaiveDate> {
        let raw = raw.as_str()?;
        let parts: Vec<u32> = raw.split('-').filter_map(|p| p.parse().ok()).collect();
        let (y, m, d) = match parts.as_slice() {
            [y] => (*y, if last { 12 } else { 1 }, None),
            [y, m] => (*y, *m, None),
            [y, m, d] => (*y, *m, Some(*d)),
            _ => return None,
        };
        let first = chrono::NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, 1)?;
        Some(match (d, last) {
            (Some(d), _) => first.with_day(d)?,
            (None, false) => first,
            (None, true) => first
                .checked_add_months(chrono::Months::new(1))?
                .pred_opt()?,
        })
    };
    let (mut drifting, mut overdue, mut carried, mut printed_kept) = (0, 0, 0, 0);
    for plan in body["data"]["actionPlans"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let name = &plan["organisation"]["shortName"];
        let baselines = plan["baselines"].as_array().cloned().unwrap_or_default();
        let Some(printed) = baselines.iter().find(|b| b["number"] == 1) else {
            continue;
        };
        carried += usize::from(baselines.len() > 1);
        let printed_steps = printed["steps"].as_array().cloned().unwrap_or_default();
        let start = printed_steps
            .iter()
            .filter_map(|s| day(&s["start"], false))
            .min();
        let end = printed_steps
            .iter()
            .filter_map(|s| day(&s["end"], true))
            .max();
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        let span = (end - start).num_days();
        for step in plan["actions"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|a| a["steps"].as_array().into_iter().flatten())
        {
            let drift = step["slippage"]["daysBehindBaseline"]
                .as_i64()
                .unwrap_or_default();
            let late = step["slippage"]["daysOverdue"].as_i64().unwrap_or_default();
            drifting += usize::from(drift > 0);
            overdue += usize::from(late > 0);
            printed_kept += usize::from(!step["endText"].is_null());
            assert!(
                drift <= span && late <= span,
                "{name}: {} drifts {drift} days and is {late} days overdue, the plan spans {span}",
                step["title"]
            );
        }
    }
    assert!(
        carried > 0,
        "unfinished steps are carried into the current period"
    );
    assert!(drifting > 0, "the demo shows re-planned steps");
    assert!(overdue > 0, "the demo shows overdue steps");
    assert!(printed_kept > 0, "finished steps keep their printed dates");
}

on_both_databases!(
    demo_slippage_stays_within_each_plan,
    the_owner_replans_an_implementing_plan_with_a_reason,
    steps_come_and_go_with_reasons,
    the_coordinator_sets_a_new_baseline,
    re_adoption_offers_a_new_baseline
);
