//! The Munich peer-learning event as printed, and the agenda rules over HTTP.

use mega_tests::{Backend, TestApp, on_both_databases};
use serde_json::{Value, json};

const EVENT: &str = "{ events(first: 1) { totalCount nodes { id title venue city territory { name }
    startDate endDate datesText days
    agenda { id date start end timeText title session track workingGroup { title }
             description expertFeedbackMinutes expertFeedbackText position
             presentations { organisation { shortName } minutes actions } }
    participants(first: 100) { totalCount nodes { firstName lastName organisation { shortName }
             organisationText country } } } } }";

async fn the_munich_event_as_printed(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("uog@partners.demo").await.access_token;
    let body = app.graphql(Some(&token), EVENT, json!({})).await;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(body["data"]["events"]["totalCount"], 1);
    let event = &body["data"]["events"]["nodes"][0];
    assert_eq!(event["title"], "Peer Learning Event");
    assert_eq!(event["venue"], "Herzog-Wilhelm Straße 15, 80331 München");
    assert_eq!(event["city"], "Munich");
    assert_eq!(event["territory"]["name"], "Munich");
    assert_eq!(
        (&event["startDate"], &event["endDate"], &event["datesText"]),
        (
            &json!("2018-12-04"),
            &json!("2018-12-06"),
            &json!("4-6 December 2018")
        )
    );
    assert_eq!(
        event["days"],
        json!(["2018-12-04", "2018-12-05", "2018-12-06"])
    );

    let agenda = event["agenda"].as_array().unwrap();
    assert_eq!(agenda.len(), 25);
    let positions: Vec<i64> = agenda
        .iter()
        .map(|i| i["position"].as_i64().unwrap())
        .collect();
    assert_eq!(positions, (1..=25).collect::<Vec<_>>(), "printed order");
    assert_eq!(agenda[0]["title"], "Arrival of participants");
    assert_eq!(agenda[0]["start"], Value::Null);
    assert_eq!(agenda[0]["timeText"], "AM/PM");
    let wg = &agenda[4];
    assert_eq!(
        wg,
        &json!({
            "id": wg["id"], "date": "2018-12-05", "start": "09:15", "end": "10:20", "timeText": null,
            "title": "WG - City Leadership", "session": "Session I", "track": null,
            "workingGroup": { "title": "City leadership" },
            "description": "Introduction of the goal/motivation/reasoning of the action to be implemented and questions",
            "expertFeedbackMinutes": 40, "expertFeedbackText": "Feedback from experts", "position": 5,
            "presentations": [
                { "organisation": { "shortName": "Garapen" }, "minutes": 10, "actions": 2 },
                { "organisation": { "shortName": "UoG" }, "minutes": 10, "actions": 2 },
                { "organisation": { "shortName": "GRDR" }, "minutes": 5, "actions": 1 },
            ],
        })
    );
    // The last Session II item runs past the Session II block: kept as printed.
    let finalisation = agenda
        .iter()
        .find(|i| i["title"] == "Finalisation of the working plans based on the feedback received")
        .unwrap();
    assert_eq!(
        (&finalisation["start"], &finalisation["end"]),
        (&json!("17:40"), &json!("18:10"))
    );

    let participants = &event["participants"];
    assert_eq!(participants["totalCount"], 21);
    let nodes = participants["nodes"].as_array().unwrap();
    assert_eq!(nodes[0]["lastName"], "Anifandakis", "by surname");
    let kapff = nodes.iter().find(|p| p["lastName"] == "von Kapff").unwrap();
    assert_eq!(
        kapff,
        &json!({ "firstName": "Cornelia", "lastName": "von Kapff", "organisation": { "shortName": "IHK" },
                 "organisationText": "Company Founding, IHK Munich", "country": "DE" })
    );
    let masri = nodes.iter().find(|p| p["lastName"] == "El Masri").unwrap();
    assert_eq!(masri["firstName"], "Toufic M.");
}

struct Agenda {
    app: TestApp,
    token: String,
    event: String,
}

impl Agenda {
    async fn new(backend: Backend) -> Self {
        let app = TestApp::start(backend).await;
        let token = app.login("coordinator@mpg.demo").await.access_token;
        let body = app
            .graphql(Some(&token), "{ events { nodes { id } } }", json!({}))
            .await;
        let event = body["data"]["events"]["nodes"][0]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        Self { app, token, event }
    }

    async fn agenda(&self) -> Value {
        let body = self
            .app
            .graphql(
                Some(&self.token),
                "query($id: ID!) { event(id: $id) { days agenda { id date start end title
                    expertFeedbackMinutes presentations { minutes } } } }",
                json!({ "id": self.event }),
            )
            .await;
        body["data"]["event"].clone()
    }

    /// Runs `mutation` and asserts it is refused with `codes`, changing nothing.
    async fn refused(&self, mutation: &str, input: Value, codes: &[&str]) -> Vec<String> {
        let (before, audit) = (self.agenda().await, self.app.audit_count().await);
        let query = format!(
            "mutation($input: {}Input!) {{ {mutation}(input: $input) {{ agendaItem {{ id }} userErrors {{ field message code }} }} }}",
            upper_first(mutation)
        );
        let body = self
            .app
            .graphql(Some(&self.token), &query, json!({ "input": input }))
            .await;
        assert!(body["errors"].is_null(), "{body}");
        let payload = &body["data"][mutation];
        assert_eq!(payload["agendaItem"], Value::Null, "{body}");
        let errors = payload["userErrors"].as_array().unwrap();
        let got: Vec<&str> = errors.iter().map(|e| e["code"].as_str().unwrap()).collect();
        assert_eq!(got, codes, "{body}");
        assert_eq!(
            self.agenda().await,
            before,
            "a refused change must change nothing"
        );
        assert_eq!(
            self.app.audit_count().await,
            audit,
            "and record no audit event"
        );
        errors
            .iter()
            .map(|e| e["message"].as_str().unwrap().to_owned())
            .collect()
    }
}

fn upper_first(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

async fn agenda_rules_refuse_and_change_nothing(backend: Backend) {
    let scene = Agenda::new(backend).await;
    let event = scene.event.clone();

    // Overlapping lunch and the procurement slot before it: both are named.
    let messages = scene
        .refused(
            "addAgendaItem",
            json!({ "eventId": event, "item": { "date": "2018-12-05", "start": "12:30", "end": "13:00", "title": "Press" } }),
            &["OVERLAPPING_ITEMS", "OVERLAPPING_ITEMS"],
        )
        .await;
    assert!(
        messages.iter().any(|m| m.contains("“Lunch”")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("“WG Socially responsible procurement”")),
        "{messages:?}"
    );
    // Talks and feedback longer than the slot.
    let orgs = scene
        .app
        .graphql(
            Some(&scene.token),
            "{ organisations(first: 100) { nodes { id shortName } } }",
            json!({}),
        )
        .await;
    let grdr = orgs["data"]["organisations"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["shortName"] == "GRDR")
        .unwrap()["id"]
        .clone();
    let messages = scene
        .refused(
            "addAgendaItem",
            json!({ "eventId": event, "item": { "date": "2018-12-07", "start": "09:00", "end": "09:30",
                "title": "Pitch", "presentations": [{ "organisationId": grdr, "minutes": 20, "actions": 1 }],
                "expertFeedbackMinutes": 15 } }),
            &["MINUTES_EXCEED_SLOT"],
        )
        .await;
    assert!(
        messages[0].contains("“Pitch”") && messages[0].contains("35"),
        "{messages:?}"
    );
    scene
        .refused(
            "addAgendaItem",
            json!({ "eventId": event, "item": { "date": "2018-12-07", "start": "10:00", "end": "09:00", "title": "Backwards" } }),
            &["END_BEFORE_START"],
        )
        .await;
    // Every broken rule at once, field problems included.
    scene
        .refused(
            "addAgendaItem",
            json!({ "eventId": event, "item": { "date": "2018-12-07", "start": "9h", "end": "09:00", "title": " " } }),
            &["INVALID_TIME", "REQUIRED"],
        )
        .await;

    // Updating the printed City Leadership slot beyond its 65 minutes.
    let agenda = scene.agenda().await;
    let wg = agenda["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["title"] == "WG - City Leadership")
        .unwrap()["id"]
        .clone();
    scene
        .refused(
            "updateAgendaItem",
            json!({ "id": wg, "item": { "date": "2018-12-05", "start": "09:15", "end": "10:20",
                "title": "WG - City Leadership", "presentations": [{ "organisationId": grdr, "minutes": 30 }],
                "expertFeedbackMinutes": 40 } }),
            &["MINUTES_EXCEED_SLOT"],
        )
        .await;
    // Moving it onto the chambers slot overlaps it.
    scene
        .refused(
            "updateAgendaItem",
            json!({ "id": wg, "item": { "date": "2018-12-05", "start": "10:00", "end": "10:30", "title": "WG - City Leadership" } }),
            &["OVERLAPPING_ITEMS"],
        )
        .await;

    // A valid item in a parallel track is saved, with one audit event.
    let audit = scene.app.audit_count().await;
    let body = scene
        .app
        .graphql(
            Some(&scene.token),
            "mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) {
                agendaItem { start end track position } userErrors { code } } }",
            json!({ "input": { "eventId": event, "item": { "date": "2018-12-05", "start": "12:30",
                "end": "13:00", "title": "Press", "track": "Room B" } } }),
        )
        .await;
    assert_eq!(
        body["data"]["addAgendaItem"],
        json!({ "agendaItem": { "start": "12:30", "end": "13:00", "track": "Room B", "position": 26 }, "userErrors": [] })
    );
    assert_eq!(scene.app.audit_count().await, audit + 1);
    assert_eq!(scene.agenda().await["agenda"].as_array().unwrap().len(), 26);
}

on_both_databases!(
    the_munich_event_as_printed,
    agenda_rules_refuse_and_change_nothing
);
