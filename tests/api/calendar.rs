//! Calendar feeds through the real server, read back with a real calendar library (Python's
//! `icalendar`): a member's feed holds its groups' calls and webinars at the right times,
//! every event and its plan's deadlines, and nothing of other groups; a revoked or unknown
//! feed answers 404; single `.ics` files need a session.

use std::process::Command;

use mega_tests::builders::Network;
use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Cast;

const CREATE: &str =
    "mutation { createCalendarFeed { path calendarFeed { createdAt } userErrors { code } } }";
const REVOKE: &str = "mutation { revokeCalendarFeed { revoked userErrors { field code } } }";

/// The entries of an iCalendar text as parsed by `icalendar`: (UID, summary, start, end),
/// start and end in ISO form (a date, or a UTC instant).
fn parse(ics: &str) -> Vec<(String, String, String, String)> {
    let python = std::env::var("MEGA_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = r#"
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
out = []
for e in cal.walk("VEVENT"):
    out.append([str(e["UID"]), str(e["SUMMARY"]), e.decoded("DTSTART").isoformat(), e.decoded("DTEND").isoformat()])
print(json.dumps(out))
"#;
    let mut child = Command::new(&python)
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|err| panic!("{python} with icalendar (pip install icalendar): {err}"));
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(ics.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "icalendar could not parse the feed:\n{ics}"
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

async fn get(app: &TestApp, path: &str, token: Option<&str>) -> (u16, String, String) {
    let mut request = app.client().get(app.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let kind = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, kind, response.text().await.unwrap())
}

async fn a_members_feed_holds_its_groups_calls_and_webinars_at_the_right_times(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    cast.grdr_plan(&network, "IMPLEMENTING").await;
    let coordinator = network.token().to_owned();
    drop(network);
    let grdr = app.login("grdr@partners.test").await.access_token;
    let munich = app.login("munich@partners.test").await.access_token;

    // A call in GRDR's group and one in a group GRDR is not in; a webinar at 14:00 Berlin.
    let mut calls = Vec::new();
    for (group, day) in [
        (&cast.group1.id, "2026-12-10"),
        (&cast.group4.id, "2026-12-11"),
    ] {
        let body = app
            .graphql(
                Some(&coordinator),
                "mutation($input: ScheduleCoordinationCallInput!) { scheduleCoordinationCall(input: $input) {
                    series { id } userErrors { field code } } }",
                json!({ "input": { "workingGroupId": group, "heldOn": day } }),
            )
            .await;
        calls.push(body["data"]["scheduleCoordinationCall"]["series"][0]["id"].clone());
        assert!(calls.last().unwrap().is_string(), "{body}");
    }
    let body = app
        .graphql(
            Some(&munich),
            "mutation($input: ScheduleWebinarInput!) { scheduleWebinar(input: $input) { webinar { id } userErrors { field code } } }",
            json!({ "input": { "workingGroupId": cast.group1.id, "webinar": {
                "title": "Procurement, part 1", "startsAt": "2026-12-03T14:00:00+01:00",
                "timeZone": "Europe/Berlin", "presenterIds": [cast.munich.id] } } }),
        )
        .await;
    let webinar = body["data"]["scheduleWebinar"]["webinar"]["id"].clone();
    assert!(webinar.is_string(), "{body}");

    // GRDR creates its feed (audited); the path is shown once.
    let audits = app.audit_count().await;
    let body = app.graphql(Some(&grdr), CREATE, json!({})).await;
    let path = body["data"]["createCalendarFeed"]["path"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        path.starts_with("/calendar/") && path.ends_with(".ics"),
        "{path}"
    );
    assert_eq!(app.audit_count().await, audits + 1);
    let body = app
        .graphql(
            Some(&grdr),
            "{ viewer { calendarFeed { createdAt } } }",
            json!({}),
        )
        .await;
    assert!(
        body["data"]["viewer"]["calendarFeed"]["createdAt"].is_string(),
        "{body}"
    );

    // No session needed: the secret is the credential.
    let (status, kind, text) = get(&app, &path, None).await;
    assert_eq!(status, 200);
    assert_eq!(kind, "text/calendar; charset=utf-8");
    let entries = parse(&text);
    let find = |uid: &str| entries.iter().find(|e| e.0 == uid).cloned();
    let call_id = |id: &Value| {
        let raw = mega_api::global_id_of::<mega_domain::CoordinationCallId>(id.as_str().unwrap())
            .unwrap();
        format!("call-{}@mega-hub", raw.0)
    };
    let call = find(&call_id(&calls[0])).unwrap();
    assert_eq!(call.1, "Coordination call: City leadership");
    assert_eq!(
        (call.2.as_str(), call.3.as_str()),
        ("2026-12-10", "2026-12-11")
    );
    assert!(
        find(&call_id(&calls[1])).is_none(),
        "no call of a group GRDR is not in"
    );
    let webinar = entries
        .iter()
        .find(|e| e.0.starts_with("webinar-"))
        .unwrap();
    assert_eq!(webinar.1, "Webinar: Procurement, part 1");
    assert_eq!(
        webinar.2, "2026-12-03T13:00:00+00:00",
        "14:00 in Berlin is 13:00 UTC"
    );
    assert_eq!(webinar.3, "2026-12-03T14:00:00+00:00");
    // GRDR's step "Meet the council" ends in March 2019: due on its last day.
    let due = entries
        .iter()
        .find(|e| e.1 == "Due: Meet the council")
        .unwrap();
    assert_eq!(due.2, "2019-03-31");

    // The coordinator's own feed holds every group's calls.
    let body = app.graphql(Some(&coordinator), CREATE, json!({})).await;
    let all = body["data"]["createCalendarFeed"]["path"]
        .as_str()
        .unwrap()
        .to_owned();
    let entries = parse(&get(&app, &all, None).await.2);
    assert!(
        calls
            .iter()
            .all(|c| entries.iter().any(|e| e.0 == call_id(c)))
    );

    // One call as a file, for a signed-in caller only.
    let file = format!("/api/calendar/calls/{}.ics", calls[1].as_str().unwrap());
    let (status, _, text) = get(&app, &file, Some(&grdr)).await;
    assert_eq!(status, 200);
    assert_eq!(
        parse(&text)[0].1,
        "Coordination call: Socially responsible procurement"
    );
    assert_eq!(get(&app, &file, None).await.0, 401);
    let wrong_type = format!("/api/calendar/calls/{}.ics", cast.group1.id);
    assert_eq!(get(&app, &wrong_type, Some(&grdr)).await.0, 404);

    // A new feed replaces the old; revoking ends it; unknown or malformed tokens are 404.
    let body = app.graphql(Some(&grdr), CREATE, json!({})).await;
    let renewed = body["data"]["createCalendarFeed"]["path"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        get(&app, &path, None).await.0,
        404,
        "the replaced URL is dead"
    );
    assert_eq!(get(&app, &renewed, None).await.0, 200);
    let audits = app.audit_count().await;
    let body = app.graphql(Some(&grdr), REVOKE, json!({})).await;
    assert_eq!(
        body["data"]["revokeCalendarFeed"]["revoked"], true,
        "{body}"
    );
    assert_eq!(app.audit_count().await, audits + 1);
    assert_eq!(get(&app, &renewed, None).await.0, 404);
    let body = app.graphql(Some(&grdr), REVOKE, json!({})).await;
    assert_eq!(
        body["data"]["revokeCalendarFeed"]["userErrors"][0]["code"], "NOT_FOUND",
        "{body}"
    );
    assert_eq!(
        app.audit_count().await,
        audits + 1,
        "a refused revocation changes nothing"
    );
    for bad in ["/calendar/nope.ics", "/calendar/.ics", "/calendar/x"] {
        assert_eq!(get(&app, bad, None).await.0, 404, "{bad}");
    }
    // Not UTF-8: refused by the router before any lookup.
    assert_eq!(get(&app, "/calendar/%00%ff.ics", None).await.0, 400);
    let long = format!("/calendar/{}.ics", "a".repeat(5000));
    assert_eq!(get(&app, &long, None).await.0, 404);

    // Anonymous callers cannot create feeds; another user's feed is not readable.
    let body = app.graphql(None, CREATE, json!({})).await;
    assert_eq!(
        mega_tests::error_code(&body),
        Some("UNAUTHENTICATED"),
        "{body}"
    );
    let body = app
        .graphql(Some(&munich), "{ viewer { id } }", json!({}))
        .await;
    let body = app
        .graphql(
            Some(&grdr),
            "query($id: ID!) { node(id: $id) { ... on User { calendarFeed { createdAt } } } }",
            json!({ "id": body["data"]["viewer"]["id"] }),
        )
        .await;
    assert!(body["data"]["node"]["calendarFeed"].is_null(), "{body}");
}

/// A series of calls at 09:30 Brussels time keeps that local time across the clock change
/// (08:30 UTC in winter, 07:30 in summer), in the API and in the calendar; bad times and
/// zones are refused next to their field and schedule nothing; a blank time makes the call
/// all-day again.
async fn a_timed_call_series_keeps_its_local_time_across_clock_changes(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    let coordinator = network.token().to_owned();
    drop(network);
    const SCHEDULE: &str = "mutation($input: ScheduleCoordinationCallInput!) {
        scheduleCoordinationCall(input: $input) {
        series { id version heldOn startTime timeZone startsAt } userErrors { field code } } }";

    let audits = app.audit_count().await;
    for (time, zone, field, code) in [
        ("9.30pm", "Europe/Brussels", "startTime", "INVALID_TIME"),
        ("09:30", "Europe/Atlantis", "timeZone", "INVALID_TIME_ZONE"),
        (
            "09:30",
            "x".repeat(10_000).as_str(),
            "timeZone",
            "INVALID_TIME_ZONE",
        ),
    ] {
        let body = app
            .graphql(
                Some(&coordinator),
                SCHEDULE,
                json!({ "input": { "workingGroupId": cast.group1.id, "heldOn": "2027-01-14",
                    "startTime": time, "timeZone": zone } }),
            )
            .await;
        let errors = &body["data"]["scheduleCoordinationCall"]["userErrors"];
        assert_eq!(errors[0]["field"], json!(["input", field]), "{body}");
        assert_eq!(errors[0]["code"], code, "{body}");
    }
    assert_eq!(app.audit_count().await, audits, "nothing was scheduled");

    let body = app
        .graphql(
            Some(&coordinator),
            SCHEDULE,
            json!({ "input": { "workingGroupId": cast.group1.id, "heldOn": "2027-01-14",
                "startTime": "09:30", "timeZone": "Europe/Brussels",
                "repeat": { "count": 3, "everyMonths": 3 } } }),
        )
        .await;
    let series = body["data"]["scheduleCoordinationCall"]["series"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .clone();
    let shown: Vec<_> = series
        .iter()
        .map(|c| {
            (
                c["heldOn"].clone(),
                c["startTime"].clone(),
                c["startsAt"].clone(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            (
                json!("2027-01-14"),
                json!("09:30"),
                json!("2027-01-14T08:30:00+00:00")
            ),
            (
                json!("2027-04-14"),
                json!("09:30"),
                json!("2027-04-14T07:30:00+00:00")
            ),
            (
                json!("2027-07-14"),
                json!("09:30"),
                json!("2027-07-14T07:30:00+00:00")
            ),
        ]
    );

    let file = format!(
        "/api/calendar/calls/{}.ics",
        series[1]["id"].as_str().unwrap()
    );
    let (status, _, text) = get(&app, &file, Some(&coordinator)).await;
    assert_eq!(status, 200);
    let entry = &parse(&text)[0];
    assert_eq!(
        (entry.2.as_str(), entry.3.as_str()),
        ("2027-04-14T07:30:00+00:00", "2027-04-14T08:30:00+00:00"),
        "a one-hour slot at 09:30 Brussels summer time"
    );

    let body = app
        .graphql(
            Some(&coordinator),
            "mutation($input: UpdateCoordinationCallInput!) { updateCoordinationCall(input: $input) {
                coordinationCall { startTime timeZone startsAt } userErrors { field code } } }",
            json!({ "input": { "id": series[1]["id"], "expectedVersion": series[1]["version"],
                "startTime": "" } }),
        )
        .await;
    let call = &body["data"]["updateCoordinationCall"]["coordinationCall"];
    assert_eq!(
        (&call["startTime"], &call["timeZone"], &call["startsAt"]),
        (&Value::Null, &Value::Null, &Value::Null),
        "{body}"
    );
    let entry = &parse(&get(&app, &file, Some(&coordinator)).await.2)[0];
    assert_eq!(
        (entry.2.as_str(), entry.3.as_str()),
        ("2027-04-14", "2027-04-15")
    );
}

on_both_databases!(
    a_members_feed_holds_its_groups_calls_and_webinars_at_the_right_times,
    a_timed_call_series_keeps_its_local_time_across_clock_changes
);
