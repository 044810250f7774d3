//! Notifications through the real server: who is told of feedback, reports, plan stages and
//! calls (the policy's recipients, never the actor, nobody about what they may not read),
//! written only when the change commits, and marked read by their recipient only.

use mega_tests::builders::{Network, UserBuilder};
use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::{Cast, global_id};

const INBOX: &str = "{ viewer { unreadNotificationCount notifications(first: 100) { totalCount
    nodes { id kind path subjectId feedbackId excerpt readAt actor { displayName } } } } }";
const ADD_FEEDBACK: &str = "mutation($input: AddFeedbackInput!) { addFeedback(input: $input) {
    feedback { id } userErrors { field code } } }";
const MARK_READ: &str = "mutation($input: MarkNotificationReadInput!) {
    markNotificationRead(input: $input) { notification { id readAt } userErrors { field code } } }";
const MARK_ALL: &str = "mutation($input: MarkAllNotificationsReadInput!) {
    markAllNotificationsRead(input: $input) { marked userErrors { field code } } }";
const TRANSITION: &str = "mutation($input: TransitionActionPlanInput!) {
    transitionActionPlan(input: $input) { actionPlan { version } userErrors { field code } } }";
const PLAN: &str = "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan {
    id stage version actions { thematicArea { number } steps { id } } } } } }";

/// The signed-in user's notifications (newest first) and unread count.
async fn inbox(app: &TestApp, token: &str) -> (Vec<Value>, i64) {
    let body = app.graphql(Some(token), INBOX, json!({})).await;
    assert!(body["errors"].is_null(), "{body}");
    let viewer = &body["data"]["viewer"];
    let nodes = viewer["notifications"]["nodes"].as_array().unwrap().clone();
    assert_eq!(
        viewer["notifications"]["totalCount"],
        json!(nodes.len()),
        "{body}"
    );
    (nodes, viewer["unreadNotificationCount"].as_i64().unwrap())
}

/// The kinds of `user`'s notifications, newest first.
async fn kinds(app: &TestApp, token: &str) -> Vec<String> {
    inbox(app, token)
        .await
        .0
        .iter()
        .map(|n| n["kind"].as_str().unwrap().to_owned())
        .collect()
}

/// The unread counts of the users signed in with `tokens`.
async fn counts(app: &TestApp, tokens: [&String; 5]) -> Vec<i64> {
    let mut counts = Vec::new();
    for token in tokens {
        counts.push(inbox(app, token).await.1);
    }
    counts
}

struct Scene {
    app: TestApp,
    cast: Cast,
    coordinator: String,
    grdr: String,
    munich: String,
    uog: String,
    adive: String,
}

async fn scene(backend: Backend, stage: &'static str) -> Scene {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    cast.grdr_plan(&network, stage).await;
    let coordinator = network.token().to_owned();
    let grdr = app.login("grdr@partners.test").await.access_token;
    let munich = app.login("munich@partners.test").await.access_token;
    let uog = app.login("uog@partners.test").await.access_token;
    let adive = app.login("adive@partners.test").await.access_token;
    drop(network);
    Scene {
        app,
        cast,
        coordinator,
        grdr,
        munich,
        uog,
        adive,
    }
}

async fn plan_of(scene: &Scene) -> Value {
    let body = scene
        .app
        .graphql(Some(&scene.grdr), PLAN, json!({ "id": scene.cast.grdr.id }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["node"]["actionPlan"].clone()
}

async fn munich_comments_on_grdrs_report_and_grdr_is_told(backend: Backend) {
    let s = scene(backend, "IMPLEMENTING").await;
    let plan = plan_of(&s).await;
    let step = plan["actions"][0]["steps"][0]["id"].clone();
    let (_, grdr_unread) = inbox(&s.app, &s.grdr).await;
    let (_, uog_unread) = inbox(&s.app, &s.uog).await;

    // GRDR reports: Munich, leading group 1 where GRDR learns, is asked for feedback.
    let body = s
        .app
        .graphql(
            Some(&s.grdr),
            "mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) {
                progressReport { id } userErrors { code } } }",
            json!({ "input": { "stepId": step, "status": "DELAYED", "percentComplete": 30,
                "narrative": "Waiting for the council." } }),
        )
        .await;
    let report = body["data"]["submitProgressReport"]["progressReport"]["id"].clone();
    assert!(report.is_string(), "{body}");
    let (munich_inbox, munich_unread) = inbox(&s.app, &s.munich).await;
    assert_eq!(munich_inbox[0]["kind"], "REPORT_AWAITING_FEEDBACK");
    assert_eq!(munich_inbox[0]["subjectId"], report);
    assert_eq!(munich_inbox[0]["excerpt"], "Waiting for the council.");
    assert_eq!(munich_unread, 1);
    assert_eq!(
        inbox(&s.app, &s.grdr).await.1,
        grdr_unread,
        "the author of the report is not told of it"
    );
    assert_eq!(
        inbox(&s.app, &s.uog).await.1,
        uog_unread,
        "a learning peer is not asked for feedback"
    );

    // Munich asks a question on the report: GRDR is told, with a link to the thread.
    let body = s
        .app
        .graphql(
            Some(&s.munich),
            ADD_FEEDBACK,
            json!({ "input": { "progressReportId": report, "kind": "QUESTION",
                "body": "Have you asked the chamber?" } }),
        )
        .await;
    let question = body["data"]["addFeedback"]["feedback"]["id"].clone();
    assert!(question.is_string(), "{body}");
    let (grdr_inbox, unread) = inbox(&s.app, &s.grdr).await;
    assert_eq!(unread, grdr_unread + 1);
    let told = &grdr_inbox[0];
    assert_eq!(told["kind"], "FEEDBACK_ON_MINE");
    assert_eq!(told["actor"]["displayName"], "Munich Partner");
    assert_eq!(told["feedbackId"], question);
    assert_eq!(told["subjectId"], report);
    assert_eq!(told["excerpt"], "Have you asked the chamber?");
    assert_eq!(
        told["path"],
        format!(
            "/plans/{}?step={}",
            plan["id"].as_str().unwrap(),
            step.as_str().unwrap()
        )
    );
    assert!(told["readAt"].is_null());
    assert_eq!(
        inbox(&s.app, &s.munich).await.1,
        munich_unread,
        "the author of the feedback is not told of it"
    );

    // GRDR replies: Munich is told once (a reply), GRDR not at all.
    let body = s
        .app
        .graphql(
            Some(&s.grdr),
            ADD_FEEDBACK,
            json!({ "input": { "progressReportId": report, "kind": "REPLY", "parentId": question,
                "body": "Yes, last week." } }),
        )
        .await;
    assert_eq!(
        body["data"]["addFeedback"]["userErrors"],
        json!([]),
        "{body}"
    );
    let munich_kinds = kinds(&s.app, &s.munich).await;
    assert_eq!(
        munich_kinds,
        ["REPLY_TO_MY_COMMENT", "REPORT_AWAITING_FEEDBACK"],
        "one notification for the reply"
    );
    assert_eq!(inbox(&s.app, &s.grdr).await.1, grdr_unread + 1);

    // A refused or invalid change tells nobody.
    let body = s
        .app
        .graphql(
            Some(&s.adive),
            ADD_FEEDBACK,
            json!({ "input": { "progressReportId": report, "kind": "EXPERT_FEEDBACK", "body": "No." } }),
        )
        .await;
    assert_eq!(mega_tests::error_code(&body), Some("FORBIDDEN"), "{body}");
    let body = s
        .app
        .graphql(
            Some(&s.munich),
            ADD_FEEDBACK,
            json!({ "input": { "progressReportId": report, "kind": "QUESTION", "body": "" } }),
        )
        .await;
    assert_ne!(
        body["data"]["addFeedback"]["userErrors"],
        json!([]),
        "{body}"
    );
    assert_eq!(
        inbox(&s.app, &s.grdr).await.1,
        grdr_unread + 1,
        "failed mutations write no notification"
    );
}

async fn a_notification_is_marked_read_by_its_recipient_only(backend: Backend) {
    let s = scene(backend, "IMPLEMENTING").await;
    let plan = plan_of(&s).await;
    // The coordinator's adoption told GRDR's members during the set-up; one more from Munich.
    let body = s
        .app
        .graphql(
            Some(&s.munich),
            ADD_FEEDBACK,
            json!({ "input": { "actionPlanId": plan["id"], "kind": "QUESTION", "body": "Budget?" } }),
        )
        .await;
    assert_eq!(
        body["data"]["addFeedback"]["userErrors"],
        json!([]),
        "{body}"
    );
    let (notes, unread) = inbox(&s.app, &s.grdr).await;
    assert!(unread >= 2, "{notes:?}");
    let mine = notes[0]["id"].clone();
    assert_eq!(notes[0]["kind"], "FEEDBACK_ON_MINE");
    assert_eq!(
        notes[0]["path"],
        format!("/plans/{}", plan["id"].as_str().unwrap())
    );

    // Someone else's notification, nothing, another type's ID: NOT_FOUND, nothing changes.
    for (token, id) in [
        (&s.munich, mine.clone()),
        (&s.coordinator, mine.clone()),
        (&s.grdr, json!(global_id("Notification", 999_999))),
        (&s.grdr, plan["id"].clone()),
        (&s.grdr, json!("garbage")),
    ] {
        let audit = s.app.audit_count().await;
        let body = s
            .app
            .graphql(Some(token), MARK_READ, json!({ "input": { "id": id } }))
            .await;
        assert_eq!(
            body["data"]["markNotificationRead"]["userErrors"],
            json!([{ "field": ["input", "id"], "code": "NOT_FOUND" }]),
            "{body}"
        );
        assert_eq!(s.app.audit_count().await, audit, "{id}");
    }
    assert_eq!(inbox(&s.app, &s.grdr).await.1, unread, "nothing was marked");
    let other = s
        .app
        .graphql(
            Some(&s.munich),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": mine }),
        )
        .await;
    assert!(other["data"]["node"].is_null(), "{other}");
    let body = s
        .app
        .graphql(
            Some(&s.coordinator),
            "query($id: ID!) { node(id: $id) { ... on User { notifications { totalCount } unreadNotificationCount } } }",
            json!({ "id": s.app.graphql(Some(&s.grdr), "{ viewer { id } }", json!({})).await["data"]["viewer"]["id"] }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert!(
        body["data"]["node"]["notifications"].is_null()
            && body["data"]["node"]["unreadNotificationCount"].is_null(),
        "personal, even for the coordinator: {body}"
    );

    // The recipient marks it read: one audit event, one fewer unread.
    let audit = s.app.audit_count().await;
    let body = s
        .app
        .graphql(Some(&s.grdr), MARK_READ, json!({ "input": { "id": mine } }))
        .await;
    assert_eq!(
        body["data"]["markNotificationRead"]["userErrors"],
        json!([]),
        "{body}"
    );
    assert!(body["data"]["markNotificationRead"]["notification"]["readAt"].is_string());
    assert_eq!(s.app.audit_count().await, audit + 1);
    assert_eq!(inbox(&s.app, &s.grdr).await.1, unread - 1);
    let body = s
        .app
        .graphql(
            Some(&s.grdr),
            "{ viewer { notifications(unreadOnly: true, first: 100) { totalCount } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["viewer"]["notifications"]["totalCount"],
        json!(unread - 1)
    );

    // All at once.
    let body = s
        .app
        .graphql(Some(&s.grdr), MARK_ALL, json!({ "input": {} }))
        .await;
    assert_eq!(
        body["data"]["markAllNotificationsRead"],
        json!({ "marked": unread - 1, "userErrors": [] }),
        "{body}"
    );
    assert_eq!(inbox(&s.app, &s.grdr).await.1, 0);
}

async fn plans_and_calls_tell_whom_they_concern(backend: Backend) {
    let s = scene(backend, "DRAFT").await;
    let plan = plan_of(&s).await;
    let before: Vec<i64> = {
        let mut counts = Vec::new();
        for token in [&s.coordinator, &s.munich, &s.uog, &s.adive] {
            counts.push(inbox(&s.app, token).await.1);
        }
        counts
    };

    // GRDR submits its plan: the coordinator is told, nobody else.
    let body = s
        .app
        .graphql(
            Some(&s.grdr),
            TRANSITION,
            json!({ "input": { "id": plan["id"], "to": "SUBMITTED", "expectedVersion": plan["version"] } }),
        )
        .await;
    assert_eq!(
        body["data"]["transitionActionPlan"]["userErrors"],
        json!([]),
        "{body}"
    );
    let version = body["data"]["transitionActionPlan"]["actionPlan"]["version"].clone();
    let (coordinator_inbox, unread) = inbox(&s.app, &s.coordinator).await;
    assert_eq!(unread, before[0] + 1);
    assert_eq!(coordinator_inbox[0]["kind"], "PLAN_SUBMITTED");
    assert_eq!(coordinator_inbox[0]["subjectId"], plan["id"]);
    for (i, token) in [&s.munich, &s.uog, &s.adive].into_iter().enumerate() {
        assert_eq!(inbox(&s.app, token).await.1, before[i + 1]);
    }

    // The coordinator sends it back to draft: GRDR is told.
    let body = s
        .app
        .graphql(
            Some(&s.coordinator),
            TRANSITION,
            json!({ "input": { "id": plan["id"], "to": "DRAFT", "expectedVersion": version,
                "comment": "Please add a budget." } }),
        )
        .await;
    assert_eq!(
        body["data"]["transitionActionPlan"]["userErrors"],
        json!([]),
        "{body}"
    );
    let (grdr_inbox, _) = inbox(&s.app, &s.grdr).await;
    assert_eq!(grdr_inbox[0]["kind"], "PLAN_BACK_TO_DRAFT");
    assert_eq!(grdr_inbox[0]["excerpt"], "Please add a budget.");

    // Munich (leading group 1) comments on the draft; then Munich stops leading it: GRDR's
    // reply is not told to Munich, who may no longer read the draft.
    let body = s
        .app
        .graphql(
            Some(&s.munich),
            ADD_FEEDBACK,
            json!({ "input": { "actionPlanId": plan["id"], "kind": "QUESTION", "body": "Who pays?" } }),
        )
        .await;
    let question = body["data"]["addFeedback"]["feedback"]["id"].clone();
    assert!(question.is_string(), "{body}");
    let group = s
        .app
        .graphql(
            Some(&s.coordinator),
            "query($id: ID!) { node(id: $id) { ... on WorkingGroup { memberships { id role organisation { shortName } } } } }",
            json!({ "id": s.cast.group1.id }),
        )
        .await;
    let membership = group["data"]["node"]["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["organisation"]["shortName"] == "Munich")
        .unwrap()["id"]
        .clone();
    let body = s
        .app
        .graphql(
            Some(&s.coordinator),
            "mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": membership, "role": "LEARNING", "participation": "OPTIONAL" } }),
        )
        .await;
    assert_eq!(
        body["data"]["updateMembership"]["userErrors"],
        json!([]),
        "{body}"
    );
    let munich_before = inbox(&s.app, &s.munich).await.1;
    let body = s
        .app
        .graphql(
            Some(&s.grdr),
            ADD_FEEDBACK,
            json!({ "input": { "actionPlanId": plan["id"], "kind": "REPLY", "parentId": question,
                "body": "The council." } }),
        )
        .await;
    assert_eq!(
        body["data"]["addFeedback"]["userErrors"],
        json!([]),
        "{body}"
    );
    assert_eq!(
        inbox(&s.app, &s.munich).await.1,
        munich_before,
        "nobody is told about what they may not read"
    );

    // A call of group 1 tells its members (Munich, GRDR, UoG), not Adive nor the coordinator.
    let everyone = [&s.coordinator, &s.munich, &s.grdr, &s.uog, &s.adive];
    let before = counts(&s.app, everyone).await;
    let body = s
        .app
        .graphql(
            Some(&s.coordinator),
            "mutation($input: ScheduleCoordinationCallInput!) { scheduleCoordinationCall(input: $input) {
                coordinationCall { id } userErrors { code } } }",
            json!({ "input": { "workingGroupId": s.cast.group1.id, "heldOn": "2031-03-04" } }),
        )
        .await;
    let call = body["data"]["scheduleCoordinationCall"]["coordinationCall"]["id"].clone();
    assert!(call.is_string(), "{body}");
    assert_eq!(
        counts(&s.app, everyone).await,
        [
            before[0],
            before[1] + 1,
            before[2] + 1,
            before[3] + 1,
            before[4]
        ]
    );
    let (uog_inbox, _) = inbox(&s.app, &s.uog).await;
    assert_eq!(uog_inbox[0]["kind"], "CALL_SCHEDULED");
    assert_eq!(uog_inbox[0]["excerpt"], "2031-03-04");
    assert_eq!(
        uog_inbox[0]["path"],
        format!("/working-groups/{}", s.cast.group1.id)
    );
    let body = s
        .app
        .graphql(
            Some(&s.coordinator),
            "mutation($input: DeleteCoordinationCallInput!) { deleteCoordinationCall(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": call } }),
        )
        .await;
    assert_eq!(
        body["data"]["deleteCoordinationCall"]["userErrors"],
        json!([]),
        "{body}"
    );
    assert_eq!(kinds(&s.app, &s.uog).await[0], "CALL_CANCELLED");
}

async fn an_invited_expert_is_told_alone(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    let expert = UserBuilder::new("expert@experts.test")
        .display_name("Invited Expert")
        .role("EXPERT")
        .create(&network)
        .await;
    let munich = app.login("munich@partners.test").await.access_token;
    let munich_before = inbox(&app, &munich).await.1;
    network
        .mutate(
            "inviteExpert",
            "mutation($input: ExpertInvitationInput!) { inviteExpert(input: $input) { userErrors { code } } }",
            json!({ "workingGroupId": cast.group1.id, "userId": expert.id }),
        )
        .await;
    let token = app.login("expert@experts.test").await.access_token;
    let (notes, unread) = inbox(&app, &token).await;
    assert_eq!(unread, 1, "{notes:?}");
    assert_eq!(notes[0]["kind"], "INVITED_AS_EXPERT");
    assert_eq!(notes[0]["excerpt"], "City leadership");
    assert_eq!(notes[0]["actor"]["displayName"], "Network Coordinator");
    assert_eq!(
        notes[0]["path"],
        format!("/working-groups/{}", cast.group1.id)
    );
    assert_eq!(
        inbox(&app, &munich).await.1,
        munich_before,
        "the group's members are not told"
    );
    assert_eq!(
        inbox(&app, network.token()).await.1,
        0,
        "the coordinator who invited is not told"
    );
}

on_both_databases!(
    an_invited_expert_is_told_alone,
    munich_comments_on_grdrs_report_and_grdr_is_told,
    a_notification_is_marked_read_by_its_recipient_only,
    plans_and_calls_tell_whom_they_concern,
);
