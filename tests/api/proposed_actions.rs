//! Proposed actions as printed, who may give feedback on them, and their threads without N+1.

use mega_tests::builders::{
    Network, OrganisationBuilder, ProposedActionBuilder, UserBuilder, WorkingGroup,
};
use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Cast;

use crate::fixtures::Ids;

const ADD_FEEDBACK: &str = "mutation($input: AddFeedbackInput!) { addFeedback(input: $input) {
    feedback { id kind body author { displayName } parent { id } } userErrors { field code message } } }";

async fn proposed_action_id(app: &TestApp, token: &str, short_name: &str, title: &str) -> String {
    let body = app
        .graphql(
            Some(token),
            "{ proposedActions(first: 100) { nodes { id title organisation { shortName } } } }",
            json!({}),
        )
        .await;
    body["data"]["proposedActions"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == title && a["organisation"]["shortName"] == short_name)
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .unwrap_or_else(|| panic!("no proposed action {title} of {short_name}: {body}"))
}

async fn the_proposed_actions_as_printed(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ids = Ids::load(&app).await;
    let token = app.login("formaper@partners.demo").await.access_token;
    let body = app
        .graphql(
            Some(&token),
            "query($group: ID!) { proposedActions(first: 100) { totalCount }
                inGroup: proposedActions(workingGroupId: $group) { totalCount nodes { title organisation { shortName } } }
                workingGroup(id: $group) { proposedActions { title } } }",
            json!({ "group": ids.group(1) }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(body["data"]["proposedActions"]["totalCount"], 12);
    assert_eq!(body["data"]["inGroup"]["totalCount"], 5);
    assert_eq!(
        body["data"]["workingGroup"]["proposedActions"],
        json!([{ "title": "Capacity building" }, { "title": "Data collection" },
               { "title": "Promoting city’s leadership on migrant entrepreneurship" },
               { "title": "Data collection" }, { "title": "Awareness raising" }])
    );

    let id = proposed_action_id(
        &app,
        &token,
        "UoG",
        "Promoting city’s leadership on migrant entrepreneurship",
    )
    .await;
    let body = app
        .graphql(
            Some(&token),
            "query($id: ID!) { proposedAction(id: $id) { title section description guidingQuestions
                guidingQuestionsContext workingGroup { title } organisation { name } feedback { id } } }",
            json!({ "id": id }),
        )
        .await;
    let action = &body["data"]["proposedAction"];
    assert_eq!(action["section"], "(1) City leadership");
    assert_eq!(action["workingGroup"]["title"], "City leadership");
    assert_eq!(
        action["organisation"]["name"],
        "Unternehmer ohne Grenzen e.V."
    );
    assert!(
        action["description"]
            .as_str()
            .unwrap()
            .starts_with("The action aims to raise the level of priority")
    );
    assert_eq!(
        action["guidingQuestions"],
        json!([
            "How can Munich be a role model for Hamburg?",
            "How can active organisations such as UoG put migrant entrepreneurship on city’s agenda?"
        ])
    );
    assert_eq!(
        action["guidingQuestionsContext"].as_array().unwrap().len(),
        4
    );
    assert_eq!(
        action["guidingQuestionsContext"][3],
        "No special data are gathered, no special commitment from the city and no specific funding."
    );
    assert_eq!(action["feedback"], json!([]));

    // Munich's "Engaging the Chambers" has no printed questions.
    let chambers = proposed_action_id(&app, &token, "Munich", "Engaging the Chambers").await;
    let body = app
        .graphql(
            Some(&token),
            "query($id: ID!) { node(id: $id) { ... on ProposedAction { guidingQuestions workingGroup { title } } } }",
            json!({ "id": chambers }),
        )
        .await;
    assert_eq!(
        body["data"]["node"],
        json!({ "guidingQuestions": [], "workingGroup": { "title": "Furthering a proactive role of Chambers of Commerce" } })
    );

    // A presenting organisation must be a member of the group.
    let adive = app.login("adive@partners.demo").await.access_token;
    let audit = app.audit_count().await;
    let body = app
        .graphql(
            Some(&adive),
            "mutation($input: CreateProposedActionInput!) { createProposedAction(input: $input) {
                proposedAction { id } userErrors { field code } } }",
            json!({ "input": { "organisationId": ids.org("Adive"), "proposedAction": {
                "workingGroupId": ids.group(1), "title": "Something", "description": "Else" } } }),
        )
        .await;
    assert_eq!(
        body["data"]["createProposedAction"],
        json!({ "proposedAction": null, "userErrors": [{ "field": ["input", "workingGroupId"], "code": "NOT_A_MEMBER" }] })
    );
    assert_eq!(app.audit_count().await, audit);
}

async fn who_may_give_feedback(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    ProposedActionBuilder::new(&cast.grdr, &cast.group1, "Awareness raising")
        .create(&network)
        .await;
    let munich = app.login("munich@partners.test").await.access_token;
    let grdr = app.login("grdr@partners.test").await.access_token;
    let uog = app.login("uog@partners.test").await.access_token;
    let adive = app.login("adive@partners.test").await.access_token;
    let action = proposed_action_id(&app, &munich, "GRDR", "Awareness raising").await;
    let audit = app.audit_count().await;

    // Munich leads City leadership, where GRDR learns.
    let body = app
        .graphql(
            Some(&munich),
            ADD_FEEDBACK,
            json!({ "input": { "proposedActionId": action, "kind": "EXPERT_FEEDBACK",
                "body": "Start with the council's economic committee." } }),
        )
        .await;
    let expert = &body["data"]["addFeedback"]["feedback"];
    assert_eq!(expert["kind"], "EXPERT_FEEDBACK", "{body}");
    assert_eq!(expert["author"]["displayName"], "Munich Partner");
    let expert_id = expert["id"].as_str().unwrap().to_owned();

    // GRDR presents the action: it replies and asks, but does not assess itself.
    let body = app
        .graphql(
            Some(&grdr),
            ADD_FEEDBACK,
            json!({ "input": { "proposedActionId": action, "kind": "REPLY",
                "body": "Thank you, we will.", "parentId": expert_id } }),
        )
        .await;
    let reply = &body["data"]["addFeedback"]["feedback"];
    assert_eq!(reply["parent"]["id"], expert_id.as_str(), "{body}");
    let reply_id = reply["id"].as_str().unwrap().to_owned();
    assert_eq!(app.audit_count().await, audit + 2);

    for (token, kind) in [
        (Some(&grdr), "EXPERT_FEEDBACK"),
        (Some(&grdr), "RECOMMENDATION"),
        // A learning peer comments but does not assess; a non-member does neither.
        (Some(&uog), "EXPERT_FEEDBACK"),
        (Some(&adive), "EXPERT_FEEDBACK"),
        (Some(&adive), "QUESTION"),
        (None, "QUESTION"),
    ] {
        let body = app
            .graphql(
                token.map(String::as_str),
                ADD_FEEDBACK,
                json!({ "input": { "proposedActionId": action, "kind": kind, "body": "Hmm." } }),
            )
            .await;
        let expected = if token.is_some() {
            "FORBIDDEN"
        } else {
            "UNAUTHENTICATED"
        };
        assert_eq!(error_code(&body), Some(expected), "{kind}: {body}");
    }

    // One level of nesting; an empty body is a userError.
    for (input, code) in [
        (
            json!({ "proposedActionId": action, "kind": "REPLY", "body": "Nested", "parentId": reply_id }),
            "INVALID_PARENT",
        ),
        (
            json!({ "proposedActionId": action, "kind": "QUESTION", "body": "  " }),
            "REQUIRED",
        ),
    ] {
        let body = app
            .graphql(Some(&munich), ADD_FEEDBACK, json!({ "input": input }))
            .await;
        assert_eq!(
            body["data"]["addFeedback"]["feedback"],
            Value::Null,
            "{body}"
        );
        assert_eq!(
            body["data"]["addFeedback"]["userErrors"][0]["code"], code,
            "{body}"
        );
    }
    assert_eq!(
        app.audit_count().await,
        audit + 2,
        "refusals record nothing"
    );

    let body = app
        .graphql(
            Some(&uog),
            "query($id: ID!) { proposedAction(id: $id) { feedback { kind body author { displayName }
                replies { kind body author { displayName } replies { id } } } } }",
            json!({ "id": action }),
        )
        .await;
    assert_eq!(
        body["data"]["proposedAction"]["feedback"],
        json!([{ "kind": "EXPERT_FEEDBACK", "body": "Start with the council's economic committee.",
                 "author": { "displayName": "Munich Partner" },
                 "replies": [{ "kind": "REPLY", "body": "Thank you, we will.",
                               "author": { "displayName": "GRDR Partner" }, "replies": [] }] }])
    );
}

const THREADS: &str = "{ proposedActions(first: 100) { nodes { title organisation { name }
    workingGroup { title } feedback { body kind author { displayName organisation { name } }
    replies { body author { displayName } } } } } }";

async fn feedback_threads_load_in_constant_statements(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    // Twelve proposed actions in two groups, from four organisations.
    let presenters: [(&_, &WorkingGroup); 4] = [
        (&cast.munich, &cast.group1),
        (&cast.grdr, &cast.group1),
        (&cast.uog, &cast.group1),
        (&cast.adive, &cast.group4),
    ];
    for n in 0..12 {
        let (organisation, group) = presenters[n % 4];
        ProposedActionBuilder::new(organisation, group, &format!("Action {n}"))
            .create(&network)
            .await;
    }
    // A coordinator of an organisation, as the network's are: authors' organisations load too.
    let mpg = OrganisationBuilder::new("Migration Policy Group")
        .kind("COORDINATOR")
        .create(&network)
        .await;
    let coordinator = UserBuilder::new("mpg@network.test")
        .role("COORDINATOR")
        .organisation(&mpg)
        .create(&network)
        .await
        .token(&app)
        .await;
    let measure = || async {
        let before = app.statements();
        let body = app.graphql(Some(&coordinator), THREADS, json!({})).await;
        assert!(body["errors"].is_null(), "{body}");
        app.statements() - before
    };
    let feedback_on = |action: String, n: usize| {
        let app = &app;
        let coordinator = &coordinator;
        async move {
            let body = app
                .graphql(
                    Some(coordinator),
                    ADD_FEEDBACK,
                    json!({ "input": { "proposedActionId": action, "kind": "RECOMMENDATION", "body": format!("Idea {n}") } }),
                )
                .await;
            let parent = body["data"]["addFeedback"]["feedback"]["id"].clone();
            let body = app
                .graphql(
                    Some(coordinator),
                    ADD_FEEDBACK,
                    json!({ "input": { "proposedActionId": action, "kind": "REPLY", "body": "Noted", "parentId": parent } }),
                )
                .await;
            assert_eq!(
                body["data"]["addFeedback"]["userErrors"],
                json!([]),
                "{body}"
            );
        }
    };

    let body = app
        .graphql(
            Some(&coordinator),
            "{ proposedActions(first: 100) { nodes { id } } }",
            json!({}),
        )
        .await;
    let actions: Vec<String> = body["data"]["proposedActions"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .collect();
    feedback_on(actions[0].clone(), 0).await;
    // The first request may open pool connections (their set-up statements count too).
    measure().await;
    let one_thread = measure().await;
    for (n, action) in actions.iter().enumerate().skip(1) {
        feedback_on(action.clone(), n).await;
        feedback_on(action.clone(), n).await;
    }
    let full = measure().await;
    // Twelve threads instead of one: an N+1 would add a dozen statements or more. A few of
    // slack absorb what is not about this query (the SQLite pool occasionally opens a
    // connection mid-request, whose set-up statements are counted too).
    assert!(
        full <= one_thread + 3,
        "statements must not grow with the threads: one thread {one_thread}, all {full}"
    );
}

on_both_databases!(
    the_proposed_actions_as_printed,
    who_may_give_feedback,
    feedback_threads_load_in_constant_statements
);
