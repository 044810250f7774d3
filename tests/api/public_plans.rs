//! Plan summaries shared outside the network: the coordinator publishes an agreed plan's
//! summary, anyone reads it without signing in (objectives, steps, progress; no stakeholders,
//! reports' texts or people), it drops off while the plan is reopened and is gone once
//! withdrawn. Partners cannot publish; a draft plan or an unknown ID changes nothing.

use mega_domain::NodeId;
use mega_tests::{Backend, TestApp, on_both_databases, user_errors};
use serde_json::{Value, json};

const PUBLIC_ONE: &str = "query($id: ID!) { publicPlanSummary(id: $id) { id organisationName
    territoryName stage progress publishedAt objectives { ref title thematicAreaTitle progress
    goodPractices { id title }
    steps { number title start end status percentComplete } } } }";
const PUBLIC_ALL: &str = "{ publicPlanSummaries { id organisationName } }";
const PUBLISH: &str = "mutation($input: PublicationInput!) { publishPlanSummary(input: $input) {
    actionPlan { id publishedAt viewerCanPublish } userErrors { field code } } }";
const WITHDRAW: &str = "mutation($input: PublicationInput!) { withdrawPlanSummary(input: $input) {
    actionPlan { id publishedAt } userErrors { field code } } }";
const TRANSITION: &str =
    "mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) {
    actionPlan { stage version } userErrors { field code } } }";

async fn anonymous(app: &TestApp, query: &str, variables: Value) -> Value {
    let body = app.graphql(None, query, variables).await;
    assert!(body["errors"].is_null(), "anonymous read refused: {body}");
    body["data"].clone()
}

/// The demo's plans: (id, stage, version, organisation's short name, viewerCanPublish).
async fn plans(app: &TestApp, token: &str) -> Vec<Value> {
    let body = app
        .graphql(
            Some(token),
            "{ actionPlans(first: 50) { nodes { id stage version publishedAt viewerCanPublish
                organisation { shortName }
                actions { id version steps { stakeholders latestReport { narrative } } } } } }",
            json!({}),
        )
        .await;
    body["data"]["actionPlans"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .clone()
}

async fn an_agreed_plan_is_public_until_withdrawn(backend: Backend) {
    let app = TestApp::start(backend).await;
    let coordinator = app.login("coordinator@mpg.demo").await.access_token;
    let munich = app.login("munich@partners.demo").await.access_token;
    let all = plans(&app, &coordinator).await;
    let plan = all
        .iter()
        .find(|p| p["organisation"]["shortName"] == "GRDR")
        .unwrap()
        .clone();
    assert_eq!(plan["stage"], "IMPLEMENTING");
    assert!(plan["publishedAt"].is_null());
    assert_eq!(plan["viewerCanPublish"], true);
    let id = json!({ "id": plan["id"] });
    assert!(anonymous(&app, PUBLIC_ONE, id.clone()).await["publicPlanSummary"].is_null());

    // Partners and anonymous callers cannot publish; a draft and an unknown plan change
    // nothing.
    let refused = app
        .graphql(Some(&munich), PUBLISH, json!({ "input": id }))
        .await;
    assert_eq!(refused["errors"][0]["extensions"]["code"], "FORBIDDEN");
    let munich_sees = plans(&app, &munich).await;
    assert!(munich_sees.iter().all(|p| p["viewerCanPublish"] == false));
    let anonymous_publish = app.graphql(None, PUBLISH, json!({ "input": id })).await;
    assert_eq!(
        anonymous_publish["errors"][0]["extensions"]["code"],
        "UNAUTHENTICATED"
    );
    let unknown = mega_domain::ActionPlanId(99_999).global_id();
    let body = app
        .graphql(
            Some(&coordinator),
            PUBLISH,
            json!({ "input": { "id": unknown } }),
        )
        .await;
    assert_eq!(
        user_errors(&body["data"]["publishPlanSummary"]),
        [("id".to_owned(), "NOT_FOUND".to_owned())]
    );
    let audit = app.audit_count().await;

    // Published: anyone reads the summary, with no stakeholders, report texts or people.
    let published = app
        .graphql(Some(&coordinator), PUBLISH, json!({ "input": id }))
        .await;
    let at = published["data"]["publishPlanSummary"]["actionPlan"]["publishedAt"].clone();
    assert!(at.is_string(), "{published}");
    assert_eq!(app.audit_count().await, audit + 1);
    let again = app
        .graphql(Some(&coordinator), PUBLISH, json!({ "input": id }))
        .await;
    assert_eq!(
        again["data"]["publishPlanSummary"]["actionPlan"]["publishedAt"],
        at
    );
    let summary = anonymous(&app, PUBLIC_ONE, id.clone()).await["publicPlanSummary"].clone();
    assert_eq!(summary["organisationName"], "GRDR");
    assert_eq!(summary["territoryName"], "Paris");
    assert_eq!(summary["stage"], "IMPLEMENTING");
    assert_eq!(summary["publishedAt"], at);
    let objectives = summary["objectives"].as_array().unwrap();
    assert!(!objectives.is_empty());
    let steps: Vec<&Value> = objectives
        .iter()
        .flat_map(|o| o["steps"].as_array().unwrap())
        .collect();
    assert!(
        steps.iter().any(|s| s["status"] != "NOT_STARTED"),
        "{summary}"
    );
    assert!(summary["progress"].as_f64().is_some());
    // Nothing about people: no e-mail addresses, and none of the plan's longer stakeholder
    // names (which can name persons) or report narratives, though the plan has them.
    let text = summary.to_string();
    assert!(!text.contains('@'), "{text}");
    let steps_signed_in: Vec<&Value> = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["steps"].as_array().unwrap())
        .collect();
    let private: Vec<&str> = steps_signed_in
        .iter()
        .flat_map(|s| s["stakeholders"].as_array().unwrap())
        .chain(
            steps_signed_in
                .iter()
                .map(|s| &s["latestReport"]["narrative"]),
        )
        .filter_map(Value::as_str)
        .filter(|text| text.chars().count() >= 12)
        .collect();
    assert!(private.len() > 5, "{plan}");
    for words in private {
        assert!(!text.contains(words), "{words:?} is in the public summary");
    }
    // An objective lists the good practices it adopts that are published, and only those.
    let practices = app
        .graphql(
            Some(&coordinator),
            "{ goodPractices(first: 2) { nodes { id title } } }",
            json!({}),
        )
        .await["data"]["goodPractices"]["nodes"]
        .clone();
    let (shown, unpublished) = (&practices[0], &practices[1]);
    let action = &plan["actions"][0];
    let linked = app
        .graphql(
            Some(&coordinator),
            "mutation($input: SetActionGoodPracticesInput!) { setActionGoodPractices(input: $input) { userErrors { code } } }",
            json!({ "input": { "actionId": action["id"], "expectedVersion": action["version"],
                "goodPracticeIds": [shown["id"], unpublished["id"]] } }),
        )
        .await;
    assert_eq!(
        linked["data"]["setActionGoodPractices"]["userErrors"],
        json!([]),
        "{linked}"
    );
    let public_practice = app
        .graphql(
            Some(&coordinator),
            "mutation($input: PublicationInput!) { publishGoodPractice(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": shown["id"] } }),
        )
        .await;
    assert_eq!(
        public_practice["data"]["publishGoodPractice"]["userErrors"],
        json!([])
    );
    let summary = anonymous(&app, PUBLIC_ONE, id.clone()).await["publicPlanSummary"].clone();
    assert_eq!(
        summary["objectives"][0]["goodPractices"],
        json!([{ "id": shown["id"], "title": shown["title"] }])
    );

    let listed = anonymous(&app, PUBLIC_ALL, json!({})).await;
    assert_eq!(listed["publicPlanSummaries"][0]["id"], plan["id"]);

    // Reopened to DRAFT, the plan drops off the public pages.
    let version = plans(&app, &coordinator)
        .await
        .iter()
        .find(|p| p["id"] == plan["id"])
        .map(|p| p["version"].clone())
        .unwrap_or_default();
    let reopened = app
        .graphql(
            Some(&coordinator),
            TRANSITION,
            json!({ "input": { "id": plan["id"], "expectedVersion": version, "to": "DRAFT", "comment": "Rework" } }),
        )
        .await;
    assert_eq!(
        user_errors(&reopened["data"]["transitionActionPlan"]),
        [],
        "{reopened}"
    );
    assert!(anonymous(&app, PUBLIC_ONE, id.clone()).await["publicPlanSummary"].is_null());
    assert_eq!(
        anonymous(&app, PUBLIC_ALL, json!({})).await["publicPlanSummaries"],
        json!([])
    );

    // Withdrawn (whatever the stage), it is gone; a draft cannot be published.
    let withdrawn = app
        .graphql(Some(&coordinator), WITHDRAW, json!({ "input": id }))
        .await;
    assert!(withdrawn["data"]["withdrawPlanSummary"]["actionPlan"]["publishedAt"].is_null());
    let draft = app
        .graphql(Some(&coordinator), PUBLISH, json!({ "input": id }))
        .await;
    assert_eq!(
        user_errors(&draft["data"]["publishPlanSummary"]),
        [("id".to_owned(), "NOT_AGREED".to_owned())]
    );
    let after = plans(&app, &coordinator).await;
    let now = after.iter().find(|p| p["id"] == plan["id"]).unwrap();
    assert!(now["publishedAt"].is_null());
    assert_eq!(now["viewerCanPublish"], false, "a draft is not published");
}

on_both_databases!(an_agreed_plan_is_public_until_withdrawn);
