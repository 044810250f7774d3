//! E-mail through a real SMTP server process (aiosmtpd): one message per notification in the
//! recipient's language with a link to the exact place, daily digests, RFC 8058 one-click
//! unsubscribe, an outage survived by the outbox, no mail to deactivated users, and bad
//! input refused without a change.

use std::time::Duration;

use mega_domain::mail::{DigestPeriod, OutboxStatus};
use mega_tests::builders::Network;
use mega_tests::{Backend, ReceivedMail, SmtpServer, TestApp, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Cast;

const ADD_FEEDBACK: &str = "mutation($input: AddFeedbackInput!) { addFeedback(input: $input) {
    feedback { id } userErrors { field code } } }";
const PLAN: &str = "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan {
    id actions { steps { id } } } } } }";
const PREFERENCES: &str = "{ viewer { mailPreferences { kind delivery } } }";
const SET_PREFERENCE: &str = "mutation($input: UpdateMailPreferenceInput!) {
    updateMailPreference(input: $input) { mailPreferences { kind delivery } userErrors { field code } } }";

const WAIT: Duration = Duration::from_secs(20);
/// How long to watch for a message that must not come (many mailer polls at test pace).
const QUIET: Duration = Duration::from_millis(1500);

struct Scene {
    app: TestApp,
    smtp: SmtpServer,
    coordinator: String,
    grdr: String,
    munich: String,
    report: Value,
    thread_path: String,
    /// Messages GRDR received while the scene was set up (its plan's adoption).
    before: usize,
}

/// GRDR (implementing its plan) has reported on a step; Munich leads its group.
async fn scene(backend: Backend) -> Scene {
    let smtp = SmtpServer::start();
    let app = TestApp::builder(backend)
        .empty()
        .smtp(&smtp.url())
        .start()
        .await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    cast.grdr_plan(&network, "IMPLEMENTING").await;
    let coordinator = network.token().to_owned();
    drop(network);
    let grdr = app.login("grdr@partners.test").await.access_token;
    let munich = app.login("munich@partners.test").await.access_token;
    let body = app
        .graphql(Some(&grdr), PLAN, json!({ "id": cast.grdr.id }))
        .await;
    let plan = body["data"]["node"]["actionPlan"].clone();
    let step = plan["actions"][0]["steps"][0]["id"].clone();
    let body = app
        .graphql(
            Some(&grdr),
            "mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) {
                progressReport { id } userErrors { code } } }",
            json!({ "input": { "stepId": step, "status": "ON_TRACK", "percentComplete": 40,
                "narrative": "Two of five workshops held." } }),
        )
        .await;
    let report = body["data"]["submitProgressReport"]["progressReport"]["id"].clone();
    assert!(report.is_string(), "{body}");
    let thread_path = format!(
        "/plans/{}?step={}",
        plan["id"].as_str().unwrap(),
        step.as_str().unwrap()
    );
    let mut scene = Scene {
        app,
        smtp,
        coordinator,
        grdr,
        munich,
        report,
        thread_path,
        before: 0,
    };
    // What the set-up told (GRDR's plan adopted, Munich's report to review) is sent first.
    scene.wait_until_sent().await;
    scene.before = scene.grdr_mail().len();
    scene
}

impl Scene {
    async fn munich_asks(&self, body: &str) {
        let answer = self
            .app
            .graphql(
                Some(&self.munich),
                ADD_FEEDBACK,
                json!({ "input": { "progressReportId": self.report, "kind": "QUESTION", "body": body } }),
            )
            .await;
        assert_eq!(
            answer["data"]["addFeedback"]["userErrors"],
            json!([]),
            "{answer}"
        );
    }

    /// The messages GRDR received so far.
    fn grdr_mail(&self) -> Vec<ReceivedMail> {
        self.smtp
            .messages()
            .into_iter()
            .filter(|m| m.to() == "grdr@partners.test")
            .skip(self.before)
            .collect()
    }

    /// Waits until GRDR has `count` messages (or the wait ends) and returns them.
    async fn grdr_mail_count(&self, count: usize, within: Duration) -> Vec<ReceivedMail> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let mail = self.grdr_mail();
            if mail.len() >= count || tokio::time::Instant::now() >= deadline {
                return mail;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn preference(&self, kind: &str) -> String {
        let body = self
            .app
            .graphql(Some(&self.grdr), PREFERENCES, json!({}))
            .await;
        body["data"]["viewer"]["mailPreferences"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["kind"] == kind)
            .map(|p| p["delivery"].as_str().unwrap().to_owned())
            .unwrap()
    }

    /// Waits until nothing is pending in the outbox (at most [`WAIT`]).
    async fn wait_until_sent(&self) {
        let deadline = tokio::time::Instant::now() + WAIT;
        while self.outbox(OutboxStatus::Pending).await > 0 && tokio::time::Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(
            self.outbox(OutboxStatus::Pending).await,
            0,
            "the outbox drains"
        );
    }

    async fn outbox(&self, status: OutboxStatus) -> u64 {
        mega_persistence::mail::count_by_status(self.app.db().conn(), status)
            .await
            .unwrap()
    }
}

/// The one-click URL of `mail`'s `List-Unsubscribe` header, on the test server.
fn unsubscribe_url(scene: &Scene, mail: &ReceivedMail) -> String {
    let header = mail.header("List-Unsubscribe").unwrap();
    let link = header.trim_start_matches('<').trim_end_matches('>');
    let path = link.strip_prefix("http://hub.test").unwrap();
    assert!(path.starts_with("/mail/unsubscribe?token="), "{path}");
    scene.app.url(path)
}

async fn feedback_is_mailed_once_in_the_recipients_language_and_unsubscribing_stops_it(
    backend: Backend,
) {
    let s = scene(backend).await;
    let body = s
        .app
        .graphql(
            Some(&s.grdr),
            "mutation { updateViewerPreferences(input: { language: DE }) { userErrors { code } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["updateViewerPreferences"]["userErrors"],
        json!([]),
        "{body}"
    );

    s.munich_asks("Which venues have you booked?").await;
    let mail = s.grdr_mail_count(1, WAIT).await;
    tokio::time::sleep(QUIET).await;
    let mail = if mail.len() == 1 { s.grdr_mail() } else { mail };
    assert_eq!(mail.len(), 1, "exactly one message to GRDR");
    let message = &mail[0];
    assert_eq!(
        message.subject(),
        "Munich Partner hat Feedback zur Arbeit Ihrer Organisation gegeben"
    );
    let text = message.text();
    assert!(text.starts_with("Hallo GRDR Partner,"), "{text}");
    assert!(text.contains("Which venues have you booked?"), "{text}");
    assert!(
        text.contains(&format!(
            "In MEGA Hub öffnen: http://hub.test{}",
            s.thread_path
        )),
        "the link opens the thread: {text}"
    );
    let html = message.html();
    assert!(html.contains("lang=\"de\""), "{html}");
    assert!(
        html.contains(&s.thread_path.replace('&', "&amp;")),
        "{html}"
    );
    assert_eq!(
        message.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );

    // The link opens a confirmation page (a GET changes nothing)…
    let url = unsubscribe_url(&s, message);
    let audits = s.app.audit_count().await;
    let page = s.app.client().get(&url).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(
        page.contains("Feedback zur Arbeit Ihrer Organisation"),
        "{page}"
    );
    assert_eq!(s.preference("FEEDBACK_ON_MINE").await, "IMMEDIATELY");
    assert_eq!(s.app.audit_count().await, audits);

    // …and the mail client's one-click POST (RFC 8058) turns that kind off, audited.
    let done = s
        .app
        .client()
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 200);
    assert_eq!(s.preference("FEEDBACK_ON_MINE").await, "OFF");
    assert_eq!(s.preference("PLAN_ADOPTED").await, "IMMEDIATELY");
    assert_eq!(s.app.audit_count().await, audits + 1);

    // Munich asks again: GRDR is told in the application, not by mail.
    let sent = s.outbox(OutboxStatus::Sent).await;
    s.munich_asks("And the dates?").await;
    tokio::time::sleep(QUIET).await;
    assert_eq!(s.grdr_mail().len(), 1, "no mail after unsubscribing");
    assert_eq!(s.outbox(OutboxStatus::Pending).await, 0);
    assert_eq!(s.outbox(OutboxStatus::Sent).await, sent);
    let body = s
        .app
        .graphql(
            Some(&s.grdr),
            "{ viewer { notifications(first: 1) { nodes { excerpt } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["viewer"]["notifications"]["nodes"][0]["excerpt"],
        "And the dates?"
    );
}

async fn a_daily_digest_gathers_the_days_notifications_into_one_message(backend: Backend) {
    let s = scene(backend).await;
    let body = s
        .app
        .graphql(
            Some(&s.grdr),
            SET_PREFERENCE,
            json!({ "input": { "kind": "FEEDBACK_ON_MINE", "delivery": "DAILY_DIGEST" } }),
        )
        .await;
    assert_eq!(
        body["data"]["updateMailPreference"]["userErrors"],
        json!([]),
        "{body}"
    );
    assert_eq!(s.preference("FEEDBACK_ON_MINE").await, "DAILY_DIGEST");

    s.munich_asks("Which venues have you booked?").await;
    s.munich_asks("Who runs the second workshop?").await;
    tokio::time::sleep(QUIET).await;
    assert!(
        s.grdr_mail().is_empty(),
        "digest notifications are not mailed at once"
    );

    let db = s.app.db();
    assert_eq!(
        mega_server::mail::collect_digests(db, DigestPeriod::Weekly)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        mega_server::mail::collect_digests(db, DigestPeriod::Daily)
            .await
            .unwrap(),
        1
    );
    let mail = s.grdr_mail_count(1, WAIT).await;
    assert_eq!(mail.len(), 1, "one digest");
    assert_eq!(
        mail[0].subject(),
        "Your daily MEGA Hub digest: 2 notifications"
    );
    let text = mail[0].text();
    assert!(text.contains("Which venues have you booked?"), "{text}");
    assert!(text.contains("Who runs the second workshop?"), "{text}");
    assert_eq!(
        text.matches(&format!("http://hub.test{}", s.thread_path))
            .count(),
        2,
        "{text}"
    );

    // Collected once: the next collection finds nothing.
    assert_eq!(
        mega_server::mail::collect_digests(db, DigestPeriod::Daily)
            .await
            .unwrap(),
        0
    );

    // The digest's own link turns the digest off.
    let url = unsubscribe_url(&s, &mail[0]);
    let done = s.app.client().post(&url).send().await.unwrap();
    assert_eq!(done.status(), 200);
    assert_eq!(s.preference("FEEDBACK_ON_MINE").await, "OFF");
}

async fn mail_waits_in_the_outbox_while_smtp_is_down_and_never_goes_to_deactivated_users(
    backend: Backend,
) {
    let mut s = scene(backend).await;
    s.smtp.stop();
    s.munich_asks("Which venues have you booked?").await;
    // A few attempts fail; the message stays queued with the error.
    tokio::time::sleep(QUIET).await;
    assert_eq!(
        s.outbox(OutboxStatus::Pending).await,
        1,
        "GRDR's message waits"
    );
    // The coordinator sees it waiting, with its failed attempts; nobody else sees the outbox.
    let outbox = "{ mailOutboxCounts { pending sent dropped }
        mailOutbox { totalCount nodes { recipient { displayName } digest status attempts lastError } } }";
    let body = s.app.graphql(Some(&s.coordinator), outbox, json!({})).await;
    assert_eq!(body["data"]["mailOutboxCounts"]["pending"], 1, "{body}");
    let waiting = &body["data"]["mailOutbox"]["nodes"][0];
    assert_eq!(
        waiting["recipient"]["displayName"], "GRDR Partner",
        "{body}"
    );
    assert_eq!(waiting["status"], "PENDING");
    assert!(waiting["digest"].is_null());
    assert!(waiting["attempts"].as_i64().unwrap() >= 1, "{body}");
    assert!(waiting["lastError"].is_string(), "{body}");
    let body = s.app.graphql(Some(&s.grdr), outbox, json!({})).await;
    assert_eq!(mega_tests::error_code(&body), Some("FORBIDDEN"), "{body}");
    s.smtp.resume();
    let mail = s.grdr_mail_count(1, WAIT).await;
    assert_eq!(mail.len(), 1, "delivered once the server is back");
    assert!(mail[0].text().contains("Which venues have you booked?"));
    s.wait_until_sent().await;

    // Queued for GRDR, then GRDR is deactivated: the message is dropped, not sent.
    s.smtp.stop();
    s.munich_asks("And the dates?").await;
    let body = s
        .app
        .graphql(Some(&s.grdr), "{ viewer { id } }", json!({}))
        .await;
    let grdr_id = body["data"]["viewer"]["id"].clone();
    let body = s
        .app
        .graphql(
            Some(&s.coordinator),
            "mutation($input: UserIdInput!) { deactivateUser(input: $input) { userErrors { code } } }",
            json!({ "input": { "id": grdr_id } }),
        )
        .await;
    assert_eq!(
        body["data"]["deactivateUser"]["userErrors"],
        json!([]),
        "{body}"
    );
    s.smtp.resume();
    s.wait_until_sent().await;
    assert_eq!(s.outbox(OutboxStatus::Dropped).await, 1);
    assert_eq!(s.grdr_mail().len(), 1, "no mail to a deactivated user");
}

async fn bad_unsubscribe_tokens_and_preferences_change_nothing(backend: Backend) {
    let s = scene(backend).await;
    s.munich_asks("Which venues have you booked?").await;
    let mail = s.grdr_mail_count(1, WAIT).await;
    let url = unsubscribe_url(&s, &mail[0]);
    let audits = s.app.audit_count().await;

    let (base, token) = url.split_once("token=").unwrap();
    let (payload, signature) = token.rsplit_once('.').unwrap();
    // Munich's user id with GRDR's signature, a cut signature, garbage, nothing.
    let other_user = payload.replacen('u', "u1", 1);
    for bad in [
        format!("{base}token={other_user}.{signature}"),
        format!("{base}token={payload}.{}", &signature[..10]),
        format!("{base}token=%00%FF{}", "x".repeat(300)),
        base.trim_end_matches(['?', '&']).to_owned(),
    ] {
        for response in [
            s.app.client().get(&bad).send().await.unwrap(),
            s.app.client().post(&bad).send().await.unwrap(),
        ] {
            assert_eq!(response.status(), 400, "{bad}");
            let page = response.text().await.unwrap();
            assert!(
                page.contains("This unsubscribe link is not valid"),
                "{page}"
            );
            assert!(!page.to_lowercase().contains("error:"), "{page}");
        }
    }
    assert_eq!(s.preference("FEEDBACK_ON_MINE").await, "IMMEDIATELY");

    // An unknown kind or delivery is refused by the schema; nothing is written.
    for input in [
        json!({ "kind": "EVERYTHING", "delivery": "OFF" }),
        json!({ "kind": "FEEDBACK_ON_MINE", "delivery": "HOURLY" }),
    ] {
        let body = s
            .app
            .graphql(Some(&s.grdr), SET_PREFERENCE, json!({ "input": input }))
            .await;
        assert!(body["errors"].is_array(), "{body}");
        assert!(body["data"].is_null() || body["data"]["updateMailPreference"].is_null());
    }
    // Another user's preferences are not readable.
    let body = s
        .app
        .graphql(Some(&s.munich), "{ viewer { id } }", json!({}))
        .await;
    let munich_id = body["data"]["viewer"]["id"].clone();
    let body = s
        .app
        .graphql(
            Some(&s.grdr),
            "query($id: ID!) { node(id: $id) { ... on User { mailPreferences { kind } } } }",
            json!({ "id": munich_id }),
        )
        .await;
    assert!(body["data"]["node"]["mailPreferences"].is_null(), "{body}");
    assert_eq!(s.app.audit_count().await, audits);
}

on_both_databases!(
    feedback_is_mailed_once_in_the_recipients_language_and_unsubscribing_stops_it,
    a_daily_digest_gathers_the_days_notifications_into_one_message,
    mail_waits_in_the_outbox_while_smtp_is_down_and_never_goes_to_deactivated_users,
    bad_unsubscribe_tokens_and_preferences_change_nothing,
);
