//! Webhooks through the real server: deliveries a receiver can verify, retries after a
//! failure, durability across a restart, organisation scoping, and the endpoint rules.

use std::time::Duration;

use hmac::{Hmac, Mac};
use mega_tests::builders::{
    ActionBuilder, ActionPlanBuilder, COORDINATOR_EMAIL, Network, Organisation,
    OrganisationBuilder, ProposedActionBuilder, StepBuilder, ThematicArea, UserBuilder,
    WorkingGroupBuilder,
};
use mega_tests::{Backend, Received, Receiver, TestApp, TestAppBuilder, on_both_databases};
use serde_json::{Value, json};
use sha2::Sha256;

/// Global IDs of what [`start`] creates.
struct Ids {
    grdr: Organisation,
    group: String,
    area: ThematicArea,
}

/// Starts `app` empty, with the coordinator and a working group that Munich leads and where
/// GRDR learns, each with a proposed action; GRDR and Adive (in no group) have partner
/// accounts, `grdr@partners.test` and `adive@partners.test`.
async fn start(app: TestAppBuilder) -> (TestApp, Ids) {
    let app = app.empty().start().await;
    let network = Network::new(&app).await;
    let area = network.thematic_area(1, "City leadership").await;
    let munich = OrganisationBuilder::new("City of Munich")
        .short_name("Munich")
        .create(&network)
        .await;
    let grdr = OrganisationBuilder::new("GRDR")
        .short_name("GRDR")
        .create(&network)
        .await;
    let adive = OrganisationBuilder::new("Adive")
        .short_name("Adive")
        .create(&network)
        .await;
    UserBuilder::partner_of("grdr@partners.test", &grdr)
        .create(&network)
        .await;
    UserBuilder::partner_of("adive@partners.test", &adive)
        .create(&network)
        .await;
    let group = WorkingGroupBuilder::new(&area, "City leadership")
        .leading(&munich)
        .learning(&grdr)
        .create(&network)
        .await;
    for (organisation, title) in [(&munich, "Engaging the city"), (&grdr, "Awareness raising")] {
        ProposedActionBuilder::new(organisation, &group, title)
            .create(&network)
            .await;
    }
    let ids = Ids {
        grdr,
        group: group.id,
        area,
    };
    (app, ids)
}

const CREATE: &str = "mutation($input: CreateWebhookInput!) { createWebhook(input: $input) {
    secret webhook { id url events active } userErrors { field code message } } }";
const DELIVERIES: &str = "query($id: ID!) { node(id: $id) { ... on Webhook {
    deliveries(first: 10) { totalCount nodes { id event status attempts responseStatus lastError payload } } } } }";
const ADD_FEEDBACK: &str = "mutation($input: AddFeedbackInput!) { addFeedback(input: $input) {
    feedback { id } userErrors { code } } }";

/// What a receiver does with a delivery: recompute the signature from the raw body and
/// the timestamp, compare in constant time, and refuse stale timestamps.
fn verify(received: &Received, secret: &str) -> bool {
    let timestamp = received.header("x-mega-timestamp");
    let Ok(sent_at) = timestamp.parse::<i64>() else {
        return false;
    };
    if (chrono::Utc::now().timestamp() - sent_at).abs() > 300 {
        return false;
    }
    let Some(hex_signature) = received.header("x-mega-signature").strip_prefix("sha256=") else {
        return false;
    };
    let Ok(signature) = hex::decode(hex_signature) else {
        return false;
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{timestamp}.{}", received.body).as_bytes());
    mac.verify_slice(&signature).is_ok()
}

struct Hook {
    id: String,
    secret: String,
}

async fn create_hook(app: &TestApp, token: &str, input: Value) -> Hook {
    let body = app
        .graphql(Some(token), CREATE, json!({ "input": input }))
        .await;
    let payload = &body["data"]["createWebhook"];
    assert_eq!(payload["userErrors"], json!([]), "{body}");
    Hook {
        id: payload["webhook"]["id"].as_str().unwrap().to_owned(),
        secret: payload["secret"].as_str().unwrap().to_owned(),
    }
}

async fn proposed_action(app: &TestApp, token: &str, short_name: &str) -> String {
    let body = app
        .graphql(
            Some(token),
            "{ proposedActions(first: 100) { nodes { id organisation { shortName } } } }",
            json!({}),
        )
        .await;
    body["data"]["proposedActions"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["organisation"]["shortName"] == short_name)
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .unwrap()
}

/// The coordinator asks a question on `short_name`'s proposed action: one FEEDBACK_ADDED
/// event about that organisation.
async fn add_feedback(app: &TestApp, token: &str, short_name: &str) -> String {
    let action = proposed_action(app, token, short_name).await;
    let body = app
        .graphql(
            Some(token),
            ADD_FEEDBACK,
            json!({ "input": { "proposedActionId": action, "kind": "QUESTION", "body": "How will you measure it?" } }),
        )
        .await;
    assert_eq!(
        body["data"]["addFeedback"]["userErrors"],
        json!([]),
        "{body}"
    );
    body["data"]["addFeedback"]["feedback"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn deliveries(app: &TestApp, token: &str, hook: &Hook) -> Value {
    let body = app
        .graphql(Some(token), DELIVERIES, json!({ "id": hook.id }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["node"]["deliveries"].clone()
}

/// Polls the delivery records until the first one satisfies `done` (up to 10 s).
async fn wait_for_record(
    app: &TestApp,
    token: &str,
    hook: &Hook,
    done: impl Fn(&Value) -> bool,
) -> Value {
    for _ in 0..200 {
        let records = deliveries(app, token, hook).await;
        if done(&records["nodes"][0]) {
            return records["nodes"][0].clone();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "delivery record never reached the expected state: {}",
        deliveries(app, token, hook).await
    );
}

async fn deliveries_are_signed_and_recorded(backend: Backend) {
    let (app, ids) = start(TestApp::builder(backend)).await;
    let receiver = Receiver::start(&[]).await;
    let token = app.login(COORDINATOR_EMAIL).await.access_token;
    let hook = create_hook(
        &app,
        &token,
        json!({ "url": receiver.url(), "events": ["FEEDBACK_ADDED", "PLAN_STAGE_CHANGED"] }),
    )
    .await;
    assert!(hook.secret.starts_with("whsec_"), "{}", hook.secret);

    let feedback_id = add_feedback(&app, &token, "GRDR").await;
    let received = receiver.wait_for(1).await;
    let delivery = &received[0];
    assert!(
        verify(delivery, &hook.secret),
        "signature verifies with the secret"
    );
    assert!(
        !verify(delivery, "whsec_wrong"),
        "and not with another secret"
    );
    let mut tampered = delivery.clone();
    tampered.body = tampered.body.replace("QUESTION", "REPLY");
    assert!(
        !verify(&tampered, &hook.secret),
        "a changed body does not verify"
    );

    assert_eq!(delivery.header("x-mega-event"), "FEEDBACK_ADDED");
    assert_eq!(delivery.header("content-type"), "application/json");
    let body: Value = serde_json::from_str(&delivery.body).unwrap();
    assert_eq!(body["event"], "FEEDBACK_ADDED");
    assert_eq!(body["deliveryId"], delivery.header("x-mega-delivery"));
    assert_eq!(body["data"]["feedbackId"], feedback_id);
    assert_eq!(body["data"]["kind"], "QUESTION");
    assert_eq!(body["data"]["organisationId"], ids.grdr.id);

    let record = wait_for_record(&app, &token, &hook, |r| r["status"] == "DELIVERED").await;
    assert_eq!(record["attempts"], 1);
    assert_eq!(record["responseStatus"], 200);
    assert_eq!(record["id"], delivery.header("x-mega-delivery"));
    assert_eq!(record["payload"], delivery.body);
}

async fn failed_deliveries_are_retried_with_backoff(backend: Backend) {
    let (app, _) = start(TestApp::builder(backend)).await;
    let receiver = Receiver::start(&[500, 503]).await;
    let token = app.login(COORDINATOR_EMAIL).await.access_token;
    let hook = create_hook(
        &app,
        &token,
        json!({ "url": receiver.url(), "events": ["FEEDBACK_ADDED"] }),
    )
    .await;
    add_feedback(&app, &token, "GRDR").await;

    let started = std::time::Instant::now();
    let received = receiver.wait_for(3).await;
    // Waits of 300 ms and then 600 ms between the attempts (the test servers' base delay).
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
    let ids: Vec<&str> = received
        .iter()
        .map(|r| r.header("x-mega-delivery"))
        .collect();
    assert!(
        ids.iter().all(|id| *id == ids[0]),
        "one delivery, retried: {ids:?}"
    );
    for attempt in &received {
        assert!(verify(attempt, &hook.secret));
    }
    let record = wait_for_record(&app, &token, &hook, |r| r["status"] == "DELIVERED").await;
    assert_eq!(record["attempts"], 3);
    assert_eq!(record["responseStatus"], 200);
    assert!(record["lastError"].is_null(), "{record}");
}

async fn a_queued_delivery_survives_a_restart(backend: Backend) {
    let (app, _) = start(TestApp::builder(backend)).await;
    // An address where nothing listens yet: the receiver is down.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = port.local_addr().unwrap();
    drop(port);
    let token = app.login(COORDINATOR_EMAIL).await.access_token;
    let hook = create_hook(
        &app,
        &token,
        json!({ "url": format!("http://{addr}/hook"), "events": ["FEEDBACK_ADDED"] }),
    )
    .await;
    add_feedback(&app, &token, "GRDR").await;
    let failed = wait_for_record(&app, &token, &hook, |r| r["lastError"].is_string()).await;
    assert_eq!(failed["status"], "PENDING", "{failed}");
    assert_eq!(failed["lastError"], "connection refused", "{failed}");

    // The server goes down with the delivery still queued; the receiver comes up; a new
    // server process over the same database delivers it.
    let app = app.restart().await;
    let receiver = Receiver::start_on(&addr.to_string(), &[]).await;
    let received = receiver.wait_for(1).await;
    assert_eq!(
        received[0].header("x-mega-delivery"),
        failed["id"].as_str().unwrap()
    );
    assert!(verify(&received[0], &hook.secret));
    let token = app.login(COORDINATOR_EMAIL).await.access_token;
    let record = wait_for_record(&app, &token, &hook, |r| r["status"] == "DELIVERED").await;
    assert!(record["attempts"].as_i64().unwrap() >= 2, "{record}");
}

async fn organisation_hooks_hear_only_about_their_organisation(backend: Backend) {
    let (app, ids) = start(TestApp::builder(backend)).await;
    let receiver = Receiver::start(&[]).await;
    let grdr = app.login("grdr@partners.test").await.access_token;
    let coordinator = app.login(COORDINATOR_EMAIL).await.access_token;
    let hook = create_hook(
        &app,
        &grdr,
        json!({ "url": receiver.url(), "events": ["FEEDBACK_ADDED"], "organisationId": ids.grdr.id }),
    )
    .await;
    add_feedback(&app, &coordinator, "Munich").await;
    let own = add_feedback(&app, &coordinator, "GRDR").await;
    let received = receiver.wait_for(1).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let received_later = receiver.received();
    assert_eq!(received_later.len(), 1, "only GRDR's event: {received:?}");
    let body: Value = serde_json::from_str(&received[0].body).unwrap();
    assert_eq!(body["data"]["feedbackId"], own);

    // GRDR sees its own hooks; Adive sees none of them and cannot read this one.
    let listed = app
        .graphql(
            Some(&grdr),
            "{ webhooks { totalCount nodes { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(listed["data"]["webhooks"]["totalCount"], 1, "{listed}");
    let adive = app.login("adive@partners.test").await.access_token;
    let listed = app
        .graphql(Some(&adive), "{ webhooks { totalCount } }", json!({}))
        .await;
    assert_eq!(listed["data"]["webhooks"]["totalCount"], 0, "{listed}");
    let node = app
        .graphql(
            Some(&adive),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": hook.id }),
        )
        .await;
    assert!(node["data"]["node"].is_null(), "{node}");

    // A paused hook gets nothing.
    let paused = app
        .graphql(
            Some(&grdr),
            "mutation($id: ID!) { updateWebhook(input: { id: $id, active: false }) { webhook { active } userErrors { code } } }",
            json!({ "id": hook.id }),
        )
        .await;
    assert_eq!(
        paused["data"]["updateWebhook"]["webhook"]["active"], false,
        "{paused}"
    );
    add_feedback(&app, &coordinator, "GRDR").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(receiver.received().len(), 1);
}

async fn endpoints_must_be_public_https_in_production(backend: Backend) {
    let app = TestApp::builder(backend)
        .empty()
        .strict_webhooks()
        .start()
        .await;
    let token = Network::new(&app).await.token().to_owned();
    let audit = app.audit_count().await;
    for (url, events) in [
        ("http://hooks.example.org/", json!(["FEEDBACK_ADDED"])),
        ("https://127.0.0.1/hook", json!(["FEEDBACK_ADDED"])),
        ("https://10.0.0.8/hook", json!(["FEEDBACK_ADDED"])),
        ("https://169.254.169.254/latest", json!(["FEEDBACK_ADDED"])),
        ("https://localhost/hook", json!(["FEEDBACK_ADDED"])),
        ("https://hooks.example.org/", json!([])),
    ] {
        let body = app
            .graphql(
                Some(&token),
                CREATE,
                json!({ "input": { "url": url, "events": events } }),
            )
            .await;
        let errors = &body["data"]["createWebhook"]["userErrors"];
        assert!(
            errors[0]["code"] == "INVALID_URL" || errors[0]["code"] == "REQUIRED",
            "{url}: {body}"
        );
        assert!(body["data"]["createWebhook"]["secret"].is_null());
    }
    assert_eq!(app.audit_count().await, audit, "nothing was registered");
    create_hook(
        &app,
        &token,
        json!({ "url": "https://hooks.example.org/mega", "events": ["PLAN_STAGE_CHANGED"] }),
    )
    .await;
    assert_eq!(app.audit_count().await, audit + 1);
}

async fn monitoring_events_are_delivered(backend: Backend) {
    let (app, ids) = start(TestApp::builder(backend)).await;
    // GRDR's plan, being implemented: two actions in the group's area.
    let network = Network::signed_in(&app).await;
    ActionPlanBuilder::new(&ids.grdr)
        .action(ActionBuilder::new(&ids.area).step(StepBuilder::new("Meet the council")))
        .action(
            ActionBuilder::new(&ids.area)
                .origin("OTHER_OPPORTUNITY")
                .step(StepBuilder::new("Train the staff")),
        )
        .stage("IMPLEMENTING")
        .create(&network)
        .await;
    let receiver = Receiver::start(&[]).await;
    let coordinator = app.login(COORDINATOR_EMAIL).await.access_token;
    let grdr = app.login("grdr@partners.test").await.access_token;
    let hook = create_hook(
        &app,
        &grdr,
        json!({ "url": receiver.url(), "events": ["PROGRESS_REPORT_SUBMITTED", "CALL_SCHEDULED"],
                "organisationId": ids.grdr.id }),
    )
    .await;
    let plan = app
        .graphql(
            Some(&grdr),
            "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan { actions { steps { id } } } } } }",
            json!({ "id": ids.grdr.id }),
        )
        .await;
    let step = plan["data"]["node"]["actionPlan"]["actions"][0]["steps"][0]["id"].clone();
    let body = app
        .graphql(
            Some(&grdr),
            "mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { progressReport { id } userErrors { code } } }",
            json!({ "input": { "stepId": step, "status": "ON_TRACK", "percentComplete": 60 } }),
        )
        .await;
    let report = body["data"]["submitProgressReport"]["progressReport"]["id"].clone();
    assert!(report.is_string(), "{body}");
    // A call GRDR takes part in, and one it does not.
    for participants in [json!([]), json!([ids.grdr.id])] {
        let body = app
            .graphql(
                Some(&coordinator),
                "mutation($input: ScheduleCoordinationCallInput!) { scheduleCoordinationCall(input: $input) { coordinationCall { id } userErrors { code } } }",
                json!({ "input": { "workingGroupId": ids.group, "heldOn": "2027-03-01", "participantIds": participants } }),
            )
            .await;
        assert_eq!(
            body["data"]["scheduleCoordinationCall"]["userErrors"],
            json!([]),
            "{body}"
        );
    }
    let received = receiver.wait_for(2).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        receiver.received().len(),
        2,
        "only the calls GRDR takes part in"
    );
    let first: Value = serde_json::from_str(&received[0].body).unwrap();
    assert_eq!(first["event"], "PROGRESS_REPORT_SUBMITTED");
    assert_eq!(first["data"]["progressReportId"], report);
    assert_eq!(first["data"]["percentComplete"], 60);
    let second: Value = serde_json::from_str(&received[1].body).unwrap();
    assert_eq!(second["event"], "CALL_SCHEDULED");
    assert_eq!(second["data"]["workingGroupId"], ids.group);
    assert!(received.iter().all(|r| verify(r, &hook.secret)));
}

const ROTATE: &str =
    "mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) {
    secret webhook { id } userErrors { field code } } }";
const REDELIVER: &str =
    "mutation($input: RedeliverWebhookDeliveryInput!) { redeliverWebhookDelivery(input: $input) {
    delivery { id event status } userErrors { field code message } } }";

/// A rotated secret signs every later delivery and the old one no longer verifies; a
/// redelivery sends the same event again under a new delivery id that names the original.
/// A delivery id that is unknown, too long or another hook's changes nothing.
async fn secrets_rotate_and_deliveries_are_sent_again(backend: Backend) {
    let (app, _) = start(TestApp::builder(backend)).await;
    let receiver = Receiver::start(&[]).await;
    let token = app.login(COORDINATOR_EMAIL).await.access_token;
    let hook = create_hook(
        &app,
        &token,
        json!({ "url": receiver.url(), "events": ["FEEDBACK_ADDED"] }),
    )
    .await;
    add_feedback(&app, &token, "GRDR").await;
    let first = receiver.wait_for(1).await[0].clone();
    let original = wait_for_record(&app, &token, &hook, |r| r["status"] == "DELIVERED").await;

    let body = app
        .graphql(Some(&token), ROTATE, json!({ "input": { "id": hook.id } }))
        .await;
    let rotated = &body["data"]["rotateWebhookSecret"];
    assert_eq!(rotated["userErrors"], json!([]), "{body}");
    let secret = rotated["secret"].as_str().unwrap().to_owned();
    assert!(
        secret.starts_with("whsec_") && secret != hook.secret,
        "{secret}"
    );

    let body = app
        .graphql(
            Some(&token),
            REDELIVER,
            json!({ "input": { "webhookId": hook.id, "deliveryId": original["id"] } }),
        )
        .await;
    let payload = &body["data"]["redeliverWebhookDelivery"];
    assert_eq!(payload["userErrors"], json!([]), "{body}");
    assert_ne!(
        payload["delivery"]["id"], original["id"],
        "a new delivery id"
    );
    assert_eq!(payload["delivery"]["event"], "FEEDBACK_ADDED");

    let received = receiver.wait_for(2).await;
    let again = &received[1];
    assert!(verify(again, &secret), "signed with the new secret");
    assert!(!verify(again, &hook.secret), "not with the old one");
    let sent: Value = serde_json::from_str(&again.body).unwrap();
    let before: Value = serde_json::from_str(&first.body).unwrap();
    assert_eq!(sent["redeliveryOf"], original["id"]);
    assert_eq!(sent["data"], before["data"], "the same event");
    assert_eq!(sent["deliveryId"], again.header("x-mega-delivery"));

    let other = create_hook(
        &app,
        &token,
        json!({ "url": receiver.url(), "events": ["PLAN_STAGE_CHANGED"] }),
    )
    .await;
    let audit_before = app.audit_count().await;
    for (webhook, delivery, field, code) in [
        (
            &hook.id,
            "no-such-delivery".to_owned(),
            "deliveryId",
            "NOT_FOUND",
        ),
        (
            &other.id,
            original["id"].as_str().unwrap().to_owned(),
            "deliveryId",
            "NOT_FOUND",
        ),
        (&hook.id, "x".repeat(65), "deliveryId", "TOO_LONG"),
        (&hook.id, " ".to_owned(), "deliveryId", "REQUIRED"),
    ] {
        let body = app
            .graphql(
                Some(&token),
                REDELIVER,
                json!({ "input": { "webhookId": webhook, "deliveryId": delivery } }),
            )
            .await;
        let errors = &body["data"]["redeliverWebhookDelivery"]["userErrors"];
        assert_eq!(errors[0]["field"], json!(["input", field]), "{body}");
        assert_eq!(errors[0]["code"], code, "{body}");
    }
    let body = app
        .graphql(
            Some(&token),
            ROTATE,
            json!({ "input": { "id": original["id"] } }),
        )
        .await;
    assert_eq!(
        body["data"]["rotateWebhookSecret"]["userErrors"][0]["code"], "NOT_FOUND",
        "{body}"
    );
    assert_eq!(app.audit_count().await, audit_before, "nothing changed");
}

on_both_databases!(
    secrets_rotate_and_deliveries_are_sent_again,
    deliveries_are_signed_and_recorded,
    monitoring_events_are_delivered,
    failed_deliveries_are_retried_with_backoff,
    a_queued_delivery_survives_a_restart,
    organisation_hooks_hear_only_about_their_organisation,
    endpoints_must_be_public_https_in_production,
);
