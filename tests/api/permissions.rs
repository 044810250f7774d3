//! The permission matrix through the real HTTP API: every mutation in the schema × every kind
//! of actor. A refusal changes nothing and records no audit event; a success records exactly
//! one. A mutation added to the schema without a row here fails `every_mutation_has_a_row`.

use mega_domain::GlobalRole;
use mega_tests::{Backend, DEMO_PASSWORD, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Ids;

/// Who sends a request in the matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Who {
    Coordinator,
    OwnerMember,
    LeadingMember,
    LearningPeer,
    Unrelated,
    InvitedExpert,
    UninvitedExpert,
    Anonymous,
}

const COLUMNS: [Who; 8] = [
    Who::Coordinator,
    Who::OwnerMember,
    Who::LeadingMember,
    Who::LearningPeer,
    Who::Unrelated,
    Who::InvitedExpert,
    Who::UninvitedExpert,
    Who::Anonymous,
];

/// The demo personas playing each part. The resources of the rows belong to GRDR, a learning
/// member of group 1 (city leadership), which Munich leads and where UoG also learns; Adive
/// is in no group with GRDR; the expert is invited to group 3 only.
fn email(who: Who) -> Option<&'static str> {
    match who {
        Who::Coordinator => Some("coordinator@mpg.demo"),
        Who::OwnerMember => Some("grdr@partners.demo"),
        Who::LeadingMember => Some("munich@partners.demo"),
        Who::LearningPeer => Some("uog@partners.demo"),
        Who::Unrelated => Some("adive@partners.demo"),
        Who::InvitedExpert => Some("expert@experts.demo"),
        Who::UninvitedExpert => Some("expert2@experts.demo"),
        Who::Anonymous => None,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Allowed,
    Forbidden,
    Unauthenticated,
}
use Outcome::{Allowed as Y, Forbidden as F, Unauthenticated as U};

const COORDINATOR_ONLY: [Outcome; 8] = [Y, F, F, F, F, F, F, U];
const OWNER_OR_COORDINATOR: [Outcome; 8] = [Y, Y, F, F, F, F, F, U];
const OPEN: [Outcome; 8] = [Y, Y, Y, Y, Y, Y, Y, Y];
/// Munich leads group 1 (city leadership); GRDR and UoG learn there; Adive leads group 4 only.
const LEADER_OR_COORDINATOR: [Outcome; 8] = [Y, F, Y, F, F, F, F, U];

/// (mutation, input type, expected outcome per column).
#[rustfmt::skip]
const MATRIX: &[(&str, &str, [Outcome; 8])] = &[
    ("login",                       "LoginInput",                      OPEN),
    ("refreshToken",                "RefreshTokenInput",               OPEN),
    ("logout",                      "LogoutInput",                     OPEN),
    // One's own preferences: everyone signed in.
    ("updateViewerPreferences",     "UpdateViewerPreferencesInput",    [Y, Y, Y, Y, Y, Y, Y, U]),
    // Each marks a notification of its own (another user's is NOT_FOUND: `notifications.rs`).
    ("markNotificationRead",        "MarkNotificationReadInput",       [Y, Y, Y, Y, Y, Y, Y, U]),
    ("markAllNotificationsRead",    "MarkAllNotificationsReadInput",   [Y, Y, Y, Y, Y, Y, Y, U]),
    ("updateMailPreference",        "UpdateMailPreferenceInput",       [Y, Y, Y, Y, Y, Y, Y, U]),
    ("createCalendarFeed",          "CalendarFeedInput",               [Y, Y, Y, Y, Y, Y, Y, U]),
    ("revokeCalendarFeed",          "CalendarFeedInput",               [Y, Y, Y, Y, Y, Y, Y, U]),
    // Feedback first, while the expert is invited to group 3 only and expert2 nowhere. The
    // invited expert gives feedback on Munich's action in group 3, everyone else on GRDR's.
    ("addFeedback",                 "AddFeedbackInput",                [Y, Y, Y, Y, F, Y, F, U]),
    ("createProposedAction",        "CreateProposedActionInput",       OWNER_OR_COORDINATOR),
    ("updateProposedAction",        "UpdateProposedActionInput",       OWNER_OR_COORDINATOR),
    ("deleteProposedAction",        "DeleteProposedActionInput",       OWNER_OR_COORDINATOR),
    // Before the membership rows below change group 1: Munich still leads it, GRDR and UoG
    // still learn in it.
    ("createGoodPractice",          "CreateGoodPracticeInput",         LEADER_OR_COORDINATOR),
    ("updateGoodPractice",          "UpdateGoodPracticeInput",         LEADER_OR_COORDINATOR),
    ("deleteGoodPractice",          "DeleteGoodPracticeInput",         LEADER_OR_COORDINATOR),
    ("publishGoodPractice",         "PublicationInput",                COORDINATOR_ONLY),
    ("withdrawGoodPractice",        "PublicationInput",                COORDINATOR_ONLY),
    ("publishPlanSummary",          "PublicationInput",                COORDINATOR_ONLY),
    ("withdrawPlanSummary",         "PublicationInput",                COORDINATOR_ONLY),
    ("scheduleWebinar",             "ScheduleWebinarInput",            LEADER_OR_COORDINATOR),
    ("updateWebinar",               "UpdateWebinarInput",              LEADER_OR_COORDINATOR),
    ("deleteWebinar",               "DeleteWebinarInput",              LEADER_OR_COORDINATOR),
    ("createPlenaryOutcome",        "CreatePlenaryOutcomeInput",       COORDINATOR_ONLY),
    ("updatePlenaryOutcome",        "UpdatePlenaryOutcomeInput",       COORDINATOR_ONLY),
    ("createAward",                 "CreateAwardInput",                COORDINATOR_ONLY),
    ("createTerritoryFact",         "CreateTerritoryFactInput",        COORDINATOR_ONLY),
    ("updateTerritoryFact",         "UpdateTerritoryFactInput",        COORDINATOR_ONLY),
    ("deleteTerritoryFact",         "DeleteTerritoryFactInput",        COORDINATOR_ONLY),
    ("updateAward",                 "UpdateAwardInput",                COORDINATOR_ONLY),
    ("deleteAward",                 "DeleteAwardInput",                COORDINATOR_ONLY),
    ("deletePlenaryOutcome",        "DeletePlenaryOutcomeInput",       COORDINATOR_ONLY),
    ("createEvent",                 "CreateEventInput",                COORDINATOR_ONLY),
    ("updateEvent",                 "UpdateEventInput",                COORDINATOR_ONLY),
    ("deleteEvent",                 "DeleteEventInput",                COORDINATOR_ONLY),
    ("addAgendaItem",               "AddAgendaItemInput",              COORDINATOR_ONLY),
    ("updateAgendaItem",            "UpdateAgendaItemInput",           COORDINATOR_ONLY),
    ("removeAgendaItem",            "RemoveAgendaItemInput",           COORDINATOR_ONLY),
    ("addEventParticipant",         "AddEventParticipantInput",        COORDINATOR_ONLY),
    ("removeEventParticipant",      "RemoveEventParticipantInput",     COORDINATOR_ONLY),
    ("createOrganisation",          "CreateOrganisationInput",         COORDINATOR_ONLY),
    ("updateOrganisation",          "UpdateOrganisationInput",         COORDINATOR_ONLY),
    ("createUser",                  "CreateUserInput",                 COORDINATOR_ONLY),
    ("updateUser",                  "UpdateUserInput",                 COORDINATOR_ONLY),
    ("deactivateUser",              "UserIdInput",                     COORDINATOR_ONLY),
    ("resetUserPassword",           "UserIdInput",                     COORDINATOR_ONLY),
    ("createTerritory",             "CreateTerritoryInput",            COORDINATOR_ONLY),
    ("updateTerritory",             "UpdateTerritoryInput",            COORDINATOR_ONLY),
    ("createThematicArea",          "CreateThematicAreaInput",         COORDINATOR_ONLY),
    ("createProgrammePhase",        "CreateProgrammePhaseInput",       COORDINATOR_ONLY),
    ("updateProgrammePhase",        "UpdateProgrammePhaseInput",       COORDINATOR_ONLY),
    ("updateThematicArea",          "UpdateThematicAreaInput",         COORDINATOR_ONLY),
    ("createWorkingGroup",          "CreateWorkingGroupInput",         COORDINATOR_ONLY),
    ("updateWorkingGroup",          "UpdateWorkingGroupInput",         COORDINATOR_ONLY),
    ("addMembership",               "AddMembershipInput",              COORDINATOR_ONLY),
    ("updateMembership",            "UpdateMembershipInput",           COORDINATOR_ONLY),
    ("removeMembership",            "RemoveMembershipInput",           COORDINATOR_ONLY),
    ("addMissingMandatoryMembers",  "AddMissingMandatoryMembersInput", COORDINATOR_ONLY),
    ("inviteExpert",                "ExpertInvitationInput",           LEADER_OR_COORDINATOR),
    ("withdrawExpertInvitation",    "ExpertInvitationInput",           LEADER_OR_COORDINATOR),
    ("createBenchmarkRound",        "CreateBenchmarkRoundInput",       COORDINATOR_ONLY),
    ("createBenchmark",             "CreateBenchmarkInput",            OWNER_OR_COORDINATOR),
    ("updateBenchmark",             "UpdateBenchmarkInput",            OWNER_OR_COORDINATOR),
    ("validateBenchmark",           "ValidateBenchmarkInput",          COORDINATOR_ONLY),
    // Action plans, last: GRDR's plan is replaced by a fresh DRAFT one that Munich (leading
    // group 1, the area of its actions) can read but not edit.
    ("createActionPlan",            "CreateActionPlanInput",           OWNER_OR_COORDINATOR),
    ("addAction",                   "AddActionInput",                  OWNER_OR_COORDINATOR),
    ("updateAction",                "UpdateActionInput",               OWNER_OR_COORDINATOR),
    ("removeAction",                "RemoveVersionedInput",            OWNER_OR_COORDINATOR),
    ("addActionStep",               "AddActionStepInput",              OWNER_OR_COORDINATOR),
    ("updateActionStep",            "UpdateActionStepInput",           OWNER_OR_COORDINATOR),
    ("moveActionStep",              "MoveActionStepInput",             OWNER_OR_COORDINATOR),
    ("removeActionStep",            "RemoveVersionedInput",            OWNER_OR_COORDINATOR),
    ("replanActionStep",            "ReplanActionStepInput",           OWNER_OR_COORDINATOR),
    ("setActionGoodPractices",      "SetActionGoodPracticesInput",     OWNER_OR_COORDINATOR),
    ("setPlanBaseline",             "SetPlanBaselineInput",            COORDINATOR_ONLY),
    ("transitionActionPlan",        "TransitionActionPlanInput",       OWNER_OR_COORDINATOR),
    ("importActionPlanCsv",         "ImportActionPlanCsvInput",        OWNER_OR_COORDINATOR),
    // Personal access tokens: everyone signed in creates their own; a token of GRDR is
    // revoked by GRDR or the coordinator.
    ("createApiToken",              "CreateApiTokenInput",             [Y, Y, Y, Y, Y, Y, Y, U]),
    ("revokeApiToken",              "RevokeApiTokenInput",             OWNER_OR_COORDINATOR),
    // Webhooks for GRDR's objects: GRDR's members or the coordinator.
    ("createWebhook",               "CreateWebhookInput",              OWNER_OR_COORDINATOR),
    ("updateWebhook",               "UpdateWebhookInput",              OWNER_OR_COORDINATOR),
    ("deleteWebhook",               "DeleteWebhookInput",              OWNER_OR_COORDINATOR),
    ("rotateWebhookSecret",         "RotateWebhookSecretInput",        OWNER_OR_COORDINATOR),
    ("redeliverWebhookDelivery",    "RedeliverWebhookDeliveryInput",   OWNER_OR_COORDINATOR),
    // Monitoring: the coordinator runs calls; GRDR reports on its own IMPLEMENTING plan.
    ("scheduleCoordinationCall",    "ScheduleCoordinationCallInput",   COORDINATOR_ONLY),
    ("updateCoordinationCall",      "UpdateCoordinationCallInput",     COORDINATOR_ONLY),
    ("deleteCoordinationCall",      "DeleteCoordinationCallInput",     COORDINATOR_ONLY),
    ("submitProgressReport",        "SubmitProgressReportInput",       OWNER_OR_COORDINATOR),
    // GRDR's own question on its proposed action: its author (and the organisation it is
    // about) or the coordinator.
    ("updateFeedback",              "UpdateFeedbackInput",             OWNER_OR_COORDINATOR),
    ("deleteFeedback",              "DeleteFeedbackInput",             OWNER_OR_COORDINATOR),
    ("resolveFeedbackThread",       "ResolveFeedbackThreadInput",      OWNER_OR_COORDINATOR),
];

/// The demo data plus an uninvited expert, and the set-up of a valid input per mutation
/// (also used by the bad-input suite).
pub(crate) struct Scene {
    pub(crate) app: TestApp,
    pub(crate) ids: Ids,
    pub(crate) coordinator: String,
    counter: std::cell::Cell<u32>,
}

impl Scene {
    /// A fresh app with the demo data, expert2 and the coordinator signed in. The budget is
    /// ten times the default: the input sweeps send every mutation many times as one
    /// coordinator (rate limits have their own tests in `rate_limits.rs`).
    pub(crate) async fn new(backend: Backend) -> Self {
        let app = TestApp::builder(backend)
            .rate_limit(10 * mega_domain::rate_limit::DEFAULT_POINTS_PER_HOUR)
            .start()
            .await;
        app.create_user("expert2@experts.demo", GlobalRole::Expert, "ihk-munich")
            .await;
        let ids = Ids::load(&app).await;
        let coordinator = app.login("coordinator@mpg.demo").await.access_token;
        Self {
            app,
            ids,
            coordinator,
            counter: std::cell::Cell::new(0),
        }
    }

    fn unique(&self) -> u32 {
        self.counter.set(self.counter.get() + 1);
        self.counter.get()
    }

    pub(crate) async fn as_coordinator(&self, query: &str, variables: Value) -> Value {
        let body = self
            .app
            .graphql(Some(&self.coordinator), query, variables)
            .await;
        assert!(body["errors"].is_null(), "set-up failed: {body}");
        body["data"].clone()
    }

    /// A fresh draft benchmark of GRDR in a new round: (id, version).
    async fn draft_benchmark(&self) -> (String, i64) {
        let round = self
            .as_coordinator(
                "mutation($input: CreateBenchmarkRoundInput!) { createBenchmarkRound(input: $input) { round { id } } }",
                json!({ "input": { "name": format!("Round {}", self.unique()), "heldOn": "2020-03-01" } }),
            )
            .await["createBenchmarkRound"]["round"]["id"]
            .clone();
        let benchmark = self
            .as_coordinator(
                "mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { benchmark { id version } } }",
                json!({ "input": { "organisationId": self.ids.org("GRDR"), "roundId": round } }),
            )
            .await["createBenchmark"]["benchmark"]
            .clone();
        (
            benchmark["id"].as_str().unwrap().to_owned(),
            benchmark["version"].as_i64().unwrap(),
        )
    }

    async fn membership_of(&self, group: i64, short_name: &str) -> String {
        let data = self
            .as_coordinator(
                "query($id: ID!) { workingGroup(id: $id) { memberships { id organisation { shortName } } } }",
                json!({ "id": self.ids.group(group) }),
            )
            .await;
        data["workingGroup"]["memberships"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["organisation"]["shortName"] == short_name)
            .map(|m| m["id"].as_str().unwrap().to_owned())
            .unwrap_or_else(|| panic!("{short_name} is not in group {group}"))
    }

    /// The event with an agenda item titled `title`: (event, that item, its first
    /// participant).
    async fn event_parts(&self, title: &str) -> (String, String, String) {
        let data = self
            .as_coordinator(
                "{ events(first: 100) { nodes { id agenda { id title } participants(first: 1) { nodes { id } } } } }",
                json!({}),
            )
            .await;
        let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
        data["events"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find_map(|event| {
                let item = event["agenda"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|i| i["title"] == title)?;
                Some((
                    text(&event["id"]),
                    text(&item["id"]),
                    text(&event["participants"]["nodes"][0]["id"]),
                ))
            })
            .unwrap_or_else(|| panic!("no agenda item {title}"))
    }

    /// The proposed action titled `title` of the organisation `short_name`.
    pub(crate) async fn proposed_action(&self, short_name: &str, title: &str) -> String {
        let data = self
            .as_coordinator(
                "{ proposedActions(first: 100) { nodes { id title organisation { shortName } } } }",
                json!({}),
            )
            .await;
        data["proposedActions"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["title"] == title && a["organisation"]["shortName"] == short_name)
            .map(|a| a["id"].as_str().unwrap().to_owned())
            .unwrap_or_else(|| panic!("no proposed action {title} of {short_name}"))
    }

    /// The good practice titled `title`.
    async fn good_practice(&self, title: &str) -> String {
        let data = self
            .as_coordinator(
                "query($s: String) { goodPractices(search: $s, first: 100) { nodes { id title } } }",
                json!({ "s": title }),
            )
            .await;
        data["goodPractices"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["title"] == title)
            .map(|p| p["id"].as_str().unwrap().to_owned())
            .unwrap_or_else(|| panic!("no good practice {title}"))
    }

    /// Webinar fields for group 1, presented by Munich (which leads it).
    fn webinar_fields(&self, n: u32) -> Value {
        json!({ "title": format!("Webinar {n}"), "startsAt": "2018-11-06T09:00:00Z",
                "timeZone": "Europe/Berlin", "presenterIds": [self.ids.org("Munich")] })
    }

    /// The input of `mutation` as `who` would send it, after any set-up it needs.
    pub(crate) async fn input(&self, mutation: &str, who: Who) -> Value {
        let ids = &self.ids;
        let n = self.unique();
        match mutation {
            "login" => {
                json!({ "email": email(who).unwrap_or("munich@partners.demo"), "password": DEMO_PASSWORD })
            }
            "refreshToken" | "logout" => {
                json!({ "refreshToken": self.app.login("munich@partners.demo").await.refresh_token })
            }
            "markNotificationRead" => json!({ "id": self.notification_of(who).await }),
            "markAllNotificationsRead" => json!({}),
            "createCalendarFeed" => json!({ "clientMutationId": format!("feed {n}") }),
            // Each caller revokes a feed of its own, made for it here.
            "revokeCalendarFeed" => {
                if let Some(email) = email(who) {
                    let user: mega_domain::UserId =
                        mega_domain::ids::decode_global_id(self.ids.user(email)).unwrap();
                    let token = format!("matrix-{n}-{email}");
                    mega_persistence::calendar::create_feed(
                        self.app.db().conn(),
                        user,
                        &mega_api::services::calendar::hash_token(&token),
                        chrono::Utc::now(),
                    )
                    .await
                    .unwrap();
                }
                json!({})
            }
            "updateMailPreference" => {
                let delivery =
                    ["DAILY_DIGEST", "WEEKLY_DIGEST", "OFF", "IMMEDIATELY"][n as usize % 4];
                json!({ "kind": "PLAN_ADOPTED", "delivery": delivery })
            }
            "updateViewerPreferences" => {
                let language = ["EN", "DE", "FR", "IT", "ES"][n as usize % 5];
                json!({ "language": language })
            }
            "createOrganisation" => json!({ "organisation": {
                "name": format!("New organisation {n}"), "kind": "NGO", "territoryId": ids.territories["Munich"] } }),
            "updateOrganisation" => json!({ "id": ids.org("Adive"), "organisation": {
                "name": "Adive", "shortName": "Adive", "kind": "BUSINESS_ORGANISATION",
                "territoryId": ids.territories["Paris"], "consortiumPartner": true } }),
            "createUser" => json!({
                "email": format!("new{n}@partners.demo"), "displayName": format!("New {n}"),
                "organisationId": ids.org("GRDR"), "globalRole": "PARTNER", "password": "a long enough password" }),
            "updateUser" => {
                json!({ "id": ids.user("garapen@partners.demo"), "displayName": format!("Garapen {n}") })
            }
            "deactivateUser" | "resetUserPassword" => {
                json!({ "id": ids.user("garapen@partners.demo") })
            }
            "createWorkingGroup" => {
                let area = mega_persistence::thematic_areas::create(
                    self.app.db().conn(),
                    &format!("area-{n}"),
                    mega_domain::network::ThematicAreaFields {
                        number: 100 + i32::try_from(n).unwrap(),
                        title: "New area".to_owned(),
                        description: String::new(),
                        benchmark_cells: None,
                    },
                )
                .await
                .unwrap();
                let area_id = self
                    .as_coordinator(
                        "{ thematicAreas(first: 100) { nodes { id number } } }",
                        json!({}),
                    )
                    .await["thematicAreas"]["nodes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|a| a["number"] == area.number)
                    .map(|a| a["id"].clone())
                    .unwrap();
                json!({ "thematicAreaId": area_id, "title": "New group" })
            }
            "updateWorkingGroup" => {
                json!({ "id": ids.group(1), "title": format!("City leadership {n}") })
            }
            "addMembership" => {
                json!({ "workingGroupId": ids.group(4), "organisationId": ids.org("GRDR"), "role": "LEARNING" })
            }
            "updateMembership" => json!({
                "id": self.membership_of(1, "Formaper").await, "role": "LEADING", "participation": "OPTIONAL", "note": format!("note {n}") }),
            "removeMembership" => json!({ "id": self.membership_of(1, "UoG").await }),
            "addMissingMandatoryMembers" => json!({ "workingGroupId": ids.group(2) }),
            // Each allowed caller invites afresh: the invitation of the caller before goes.
            "inviteExpert" => {
                let input = json!({ "workingGroupId": ids.group(1), "userId": ids.user("expert2@experts.demo") });
                self.as_coordinator(
                    "mutation($input: ExpertInvitationInput!) { withdrawExpertInvitation(input: $input) { userErrors { code } } }",
                    json!({ "input": input }),
                )
                .await;
                input
            }
            // Group 1, which Munich leads: invited again for each caller who may withdraw it,
            // so the group ends as it began (expert2 uninvited).
            "withdrawExpertInvitation" => {
                let input = json!({ "workingGroupId": ids.group(1), "userId": ids.user("expert2@experts.demo") });
                if matches!(who, Who::Coordinator | Who::LeadingMember) {
                    self.as_coordinator(
                        "mutation($input: ExpertInvitationInput!) { inviteExpert(input: $input) { userErrors { code } } }",
                        json!({ "input": input }),
                    )
                    .await;
                }
                input
            }
            "createBenchmarkRound" => {
                json!({ "name": format!("Round {n}"), "heldOn": "2020-03-01" })
            }
            "createBenchmark" => {
                let round = self
                    .as_coordinator(
                        "mutation($input: CreateBenchmarkRoundInput!) { createBenchmarkRound(input: $input) { round { id } } }",
                        json!({ "input": { "name": format!("Round {n}"), "heldOn": "2020-03-01" } }),
                    )
                    .await["createBenchmarkRound"]["round"]["id"]
                    .clone();
                json!({ "organisationId": ids.org("GRDR"), "roundId": round })
            }
            "updateBenchmark" => {
                let (id, version) = self.draft_benchmark().await;
                json!({ "id": id, "expectedVersion": version, "needAreaIds": [ids.areas[&1]],
                        "scores": [{ "keyActor": "MUNICIPALITY", "dimension": "SUPPORT_SERVICES", "level": 2 }] })
            }
            "validateBenchmark" => {
                let (id, version) = self.draft_benchmark().await;
                json!({ "id": id, "expectedVersion": version })
            }
            "addFeedback" => {
                let action = if who == Who::InvitedExpert {
                    self.proposed_action("Munich", "Engaging the Chambers")
                        .await
                } else {
                    self.proposed_action("GRDR", "Awareness raising").await
                };
                json!({ "proposedActionId": action, "kind": "QUESTION", "body": format!("Question {n}?") })
            }
            "createProposedAction" => {
                json!({ "organisationId": ids.org("GRDR"), "proposedAction": {
                "workingGroupId": ids.group(1), "title": format!("Action {n}"), "description": "What it is",
                "guidingQuestions": ["How?"] } })
            }
            "updateProposedAction" => json!({
                "id": self.proposed_action("GRDR", "Awareness raising").await, "proposedAction": {
                "workingGroupId": ids.group(1), "title": "Awareness raising", "description": format!("Updated {n}") } }),
            "createEvent" | "updateEvent" => {
                let fields = json!({ "title": format!("Event {n}"), "venue": "Rue 1", "city": "Paris",
                    "territoryId": ids.territories["Paris"], "startDate": "2019-05-02", "endDate": "2019-05-03" });
                if mutation == "createEvent" {
                    json!({ "event": fields })
                } else {
                    json!({ "id": self.event_parts("Lunch").await.0, "event": fields })
                }
            }
            "addAgendaItem" => json!({ "eventId": self.event_parts("Lunch").await.0, "item": {
                "date": "2018-12-07", "start": "09:00", "end": "10:00", "title": format!("Extra {n}") } }),
            "updateAgendaItem" => {
                json!({ "id": self.event_parts("Departure of participants").await.1, "item": {
                "date": "2018-12-06", "start": "15:30", "title": "Departure of participants" } })
            }
            "removeAgendaItem" => {
                json!({ "id": self.event_parts("Arrival of participants").await.1 })
            }
            "addEventParticipant" => json!({ "eventId": self.event_parts("Lunch").await.0,
                "firstName": "Ann", "lastName": format!("Example {n}"), "organisationText": "Nowhere", "country": "de" }),
            "removeEventParticipant" => {
                json!({ "id": self.event_parts("Lunch").await.2 })
            }
            "createGoodPractice" => json!({ "goodPractice": {
                "title": format!("Practice {n}"), "thematicAreaId": ids.areas[&1],
                "description": "What it is", "source": "Test" } }),
            "updateGoodPractice" => json!({
                "id": self.good_practice("Munich’s department combining economic and labour market development").await,
                "goodPractice": { "title": "Munich’s department combining economic and labour market development",
                    "organisationId": ids.org("Munich"), "thematicAreaId": ids.areas[&1],
                    "description": format!("Updated {n}"), "source": "Report" } }),
            "scheduleWebinar" => {
                json!({ "workingGroupId": ids.group(1), "webinar": self.webinar_fields(n) })
            }
            "updateWebinar" => {
                let webinar = self
                    .as_coordinator(
                        "mutation($input: ScheduleWebinarInput!) { scheduleWebinar(input: $input) { webinar { id } } }",
                        json!({ "input": { "workingGroupId": ids.group(1), "webinar": self.webinar_fields(n) } }),
                    )
                    .await["scheduleWebinar"]["webinar"]["id"]
                    .clone();
                let mut fields = self.webinar_fields(n);
                fields["recordingUrl"] = json!("https://example.org/recording");
                fields["attendance"] = json!(12);
                json!({ "id": webinar, "webinar": fields })
            }
            "createPlenaryOutcome" => json!({ "eventId": self.event_parts("Lunch").await.0,
                "plenaryOutcome": { "section": format!("Session {n}"), "heading": "Plenary",
                    "summaryPoints": ["A point."], "workingGroupIds": [ids.group(1)] } }),
            "updatePlenaryOutcome" => {
                let id = self
                    .as_coordinator("{ plenaryOutcomes(first: 1) { nodes { id } } }", json!({}))
                    .await["plenaryOutcomes"]["nodes"][0]["id"]
                    .clone();
                json!({ "id": id, "plenaryOutcome": { "section": "(1) City leadership",
                    "heading": format!("Heading {n}"), "workingGroupIds": [ids.group(1)] } })
            }
            "createAward" => json!({ "name": format!("Award {n}"), "year": 2019,
                "criteria": ["diversity"], "winners": [{ "name": "Someone", "activity": "baking" }] }),
            "createTerritoryFact" => json!({ "territoryId": ids.territories["Munich"],
                "figure": format!("figure {n}"), "value": 1.5, "unit": "things", "sourceText": "Said so." }),
            "createTerritory" | "updateTerritory" | "createThematicArea" | "updateThematicArea" => {
                self.reference_input(mutation, n).await
            }
            "updateFeedback" | "deleteFeedback" | "resolveFeedbackThread" => {
                self.feedback_input(mutation, n).await
            }
            "createProgrammePhase" => json!({ "reference": "4", "title": format!("Phase {n}"),
                "summary": "What happens", "start": "2020-04", "end": "2020-12",
                "startText": "April 2020", "endText": "December 2020" }),
            "updateProgrammePhase" => {
                let id = self
                    .as_coordinator("{ programmePhases { id } }", json!({}))
                    .await["programmePhases"][1]["id"]
                    .clone();
                json!({ "id": id, "reference": "2", "title": format!("Mutual learning {n}"),
                    "summary": "Working groups", "start": "2018-09", "end": "2018-12",
                    "startText": "end-September 2018", "endText": "December 2018" })
            }
            "deleteProposedAction" | "deleteGoodPractice" | "deleteWebinar" | "deleteEvent" => {
                self.deletion_input(mutation, n).await
            }
            "updateTerritoryFact"
            | "deleteTerritoryFact"
            | "updateAward"
            | "deleteAward"
            | "deletePlenaryOutcome" => self.evidence_input(mutation, n).await,
            "createActionPlan"
            | "addAction"
            | "updateAction"
            | "removeAction"
            | "addActionStep"
            | "updateActionStep"
            | "moveActionStep"
            | "removeActionStep"
            | "replanActionStep"
            | "setActionGoodPractices"
            | "transitionActionPlan" => self.plan_input(mutation, n).await,
            "setPlanBaseline" => self.agreed_plan_input(n).await,
            "publishPlanSummary" | "withdrawPlanSummary" => {
                json!({ "id": self.agreed_plan_input(n).await["actionPlanId"] })
            }
            "publishGoodPractice" | "withdrawGoodPractice" => {
                let id = self
                    .as_coordinator("{ goodPractices(first: 1) { nodes { id } } }", json!({}))
                    .await["goodPractices"]["nodes"][0]["id"]
                    .clone();
                json!({ "id": id })
            }
            "importActionPlanCsv" => {
                // Imports replace a DRAFT plan's content.
                self.grdr_draft().await;
                let header = mega_api::plan_csv::HEADER.join(",");
                let csv = format!(
                    "{header}\n1,Objective #1,Imported {n},1,MUTUAL_LEARNING,,1,,Meet,GRDR,,Attendance,,2019-01,2019-03,,\n\
                     2,Objective #2,Second,2,OTHER_OPPORTUNITY,,1,,Write,,,,,2019,2019,,\n"
                );
                json!({ "organisationId": ids.org("GRDR"), "csv": csv })
            }
            "createApiToken" | "revokeApiToken" => self.api_token_input(mutation, n).await,
            "createWebhook"
            | "updateWebhook"
            | "deleteWebhook"
            | "rotateWebhookSecret"
            | "redeliverWebhookDelivery" => self.webhook_input(mutation, n).await,
            "scheduleCoordinationCall" | "updateCoordinationCall" | "deleteCoordinationCall" => {
                self.call_input(mutation, n).await
            }
            "submitProgressReport" => json!({ "stepId": self.grdr_implementing_step().await,
                "status": "ON_TRACK", "percentComplete": 40, "narrative": format!("Report {n}") }),
            other => panic!("no input for {other}: add it here and a row to MATRIX"),
        }
    }
}

async fn permission_matrix_over_http(backend: Backend) {
    let scene = Scene::new(backend).await;
    let mut tokens = Vec::new();
    for who in COLUMNS {
        let token = match email(who) {
            Some(email) => Some(scene.app.login(email).await.access_token),
            None => None,
        };
        tokens.push(token);
    }
    for (mutation, input_type, row) in MATRIX {
        let query = format!(
            "mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ __typename userErrors {{ field code message }} }} }}"
        );
        // Refusals first: they must leave the scene exactly as the allowed calls expect it.
        let mut order: Vec<usize> = (0..COLUMNS.len()).collect();
        order.sort_by_key(|i| row[*i] == Y);
        for i in order {
            let who = COLUMNS[i];
            let input = scene.input(mutation, who).await;
            let before = scene.app.audit_count().await;
            let body = scene
                .app
                .graphql(tokens[i].as_deref(), &query, json!({ "input": input }))
                .await;
            let after = scene.app.audit_count().await;
            match row[i] {
                Y => {
                    assert!(
                        body["errors"].is_null(),
                        "{mutation} by {who:?} should be allowed: {body}"
                    );
                    assert_eq!(
                        body["data"][mutation]["userErrors"],
                        json!([]),
                        "{mutation} by {who:?}: {body}"
                    );
                    assert_eq!(
                        after,
                        before + 1,
                        "{mutation} by {who:?} must record exactly one audit event"
                    );
                }
                denied => {
                    let code = if denied == F {
                        "FORBIDDEN"
                    } else {
                        "UNAUTHENTICATED"
                    };
                    assert_eq!(
                        error_code(&body),
                        Some(code),
                        "{mutation} by {who:?}: {body}"
                    );
                    assert!(
                        body["data"].is_null() || body["data"][mutation].is_null(),
                        "{mutation} by {who:?}: {body}"
                    );
                    assert_eq!(
                        after, before,
                        "{mutation} by {who:?} was refused but recorded an audit event"
                    );
                }
            }
        }
    }
}

#[test]
fn every_mutation_has_a_row() {
    let sdl = mega_api::sdl();
    let start = sdl.find("type Mutation {").expect("Mutation type");
    let block = &sdl[start..start + sdl[start..].find("\n}").expect("end of Mutation")];
    let mut in_schema: Vec<&str> = block
        .lines()
        .filter_map(|line| line.trim().split_once("(input:").map(|(name, _)| name))
        .collect();
    let mut in_matrix: Vec<&str> = MATRIX.iter().map(|(name, _, _)| *name).collect();
    in_schema.sort_unstable();
    in_matrix.sort_unstable();
    assert!(!in_schema.is_empty());
    assert_eq!(in_schema, in_matrix, "every mutation needs a row in MATRIX");
}

on_both_databases!(permission_matrix_over_http);

/// Set-up of the action-plan rows: GRDR's plan as a DRAFT with actions in area 1.
impl Scene {
    async fn grdr_plan(&self) -> Value {
        self.as_coordinator(
            "query($id: ID!) { node(id: $id) { ... on Organisation { actionPlan { id stage version actions { id version steps { id version } } } } } }",
            json!({ "id": self.ids.org("GRDR") }),
        )
        .await["node"]["actionPlan"]
            .clone()
    }

    /// GRDR's plan, reopened to DRAFT when needed: (id, version).
    pub(crate) async fn grdr_draft(&self) -> (String, i64) {
        let mut plan = self.grdr_plan().await;
        if plan["stage"] != "DRAFT" {
            self.as_coordinator(
                "mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) { userErrors { code } } }",
                json!({ "input": { "id": plan["id"], "to": "DRAFT", "expectedVersion": plan["version"] } }),
            )
            .await;
            plan = self.grdr_plan().await;
        }
        (
            plan["id"].as_str().unwrap().to_owned(),
            plan["version"].as_i64().unwrap(),
        )
    }

    pub(crate) async fn add_action(&self, plan: &str, origin: &str) -> (String, i64) {
        let action = self
            .as_coordinator(
                "mutation($input: AddActionInput!) { addAction(input: $input) { action { id version } userErrors { code } } }",
                json!({ "input": { "actionPlanId": plan, "action": {
                    "ref": "Objective", "title": "Set-up", "thematicAreaId": self.ids.areas[&1], "origin": origin } } }),
            )
            .await["addAction"]["action"]
            .clone();
        (
            action["id"].as_str().unwrap().to_owned(),
            action["version"].as_i64().unwrap(),
        )
    }

    async fn add_step(&self, action: &str) -> (String, i64) {
        let step = self
            .as_coordinator(
                "mutation($input: AddActionStepInput!) { addActionStep(input: $input) { step { id version } userErrors { code } } }",
                json!({ "input": { "actionId": action, "step": { "title": "Set-up step", "start": "2019", "end": "2019-06" } } }),
            )
            .await["addActionStep"]["step"]
            .clone();
        (
            step["id"].as_str().unwrap().to_owned(),
            step["version"].as_i64().unwrap(),
        )
    }

    async fn plan_input(&self, mutation: &str, n: u32) -> Value {
        if mutation == "createActionPlan" {
            let org = mega_persistence::organisations::id_by_slug(self.app.db().conn(), "grdr")
                .await
                .unwrap()
                .unwrap();
            let plans =
                mega_persistence::action_plans::of_organisations(self.app.db().conn(), &[org])
                    .await
                    .unwrap();
            for plan in plans {
                mega_persistence::action_plans::delete(self.app.db().conn(), plan.id)
                    .await
                    .unwrap();
            }
            return json!({ "organisationId": self.ids.org("GRDR") });
        }
        let (plan, version) = self.grdr_draft().await;
        let step_fields = json!({ "title": format!("Step {n}"), "start": "2019-01", "end": "2019-03-29",
            "stakeholderEntries": [{ "organisationId": self.ids.org("GRDR"), "name": "GRDR" }],
            "successFactors": ["Attendance"] });
        match mutation {
            "addAction" => json!({ "actionPlanId": plan, "action": {
                "ref": format!("Objective #{n}"), "title": "Sensibilise", "thematicAreaId": self.ids.areas[&1],
                "origin": "MUTUAL_LEARNING" } }),
            "updateAction" | "removeAction" => {
                let (action, version) = self.add_action(&plan, "OTHER_OPPORTUNITY").await;
                if mutation == "removeAction" {
                    json!({ "id": action, "expectedVersion": version })
                } else {
                    json!({ "id": action, "expectedVersion": version, "action": {
                        "ref": "Objective #9", "title": format!("Updated {n}"), "origin": "OTHER_OPPORTUNITY" } })
                }
            }
            "addActionStep" => {
                let (action, _) = self.add_action(&plan, "OTHER_OPPORTUNITY").await;
                json!({ "actionId": action, "step": step_fields })
            }
            "setActionGoodPractices" => {
                let (action, version) = self.add_action(&plan, "OTHER_OPPORTUNITY").await;
                let practice = self
                    .as_coordinator("{ goodPractices(first: 1) { nodes { id } } }", json!({}))
                    .await["goodPractices"]["nodes"][0]["id"]
                    .clone();
                json!({ "actionId": action, "expectedVersion": version, "goodPracticeIds": [practice] })
            }
            "updateActionStep" | "moveActionStep" | "removeActionStep" | "replanActionStep" => {
                let (action, _) = self.add_action(&plan, "OTHER_OPPORTUNITY").await;
                let (parent, _) = self.add_step(&action).await;
                let (step, version) = self.add_step(&action).await;
                match mutation {
                    "updateActionStep" => {
                        json!({ "id": step, "expectedVersion": version, "step": step_fields })
                    }
                    "moveActionStep" => {
                        json!({ "id": step, "expectedVersion": version, "parentId": parent, "position": 0 })
                    }
                    "replanActionStep" => json!({ "id": step, "expectedVersion": version,
                        "start": "2019-02", "end": "2019-05", "reason": format!("Moved {n}") }),
                    _ => json!({ "id": step, "expectedVersion": version }),
                }
            }
            _ => {
                // Rules met: two actions, one from mutual learning in area 1, where GRDR learns.
                self.add_action(&plan, "MUTUAL_LEARNING").await;
                self.add_action(&plan, "OTHER_OPPORTUNITY").await;
                json!({ "id": plan, "to": "SUBMITTED", "expectedVersion": version, "comment": format!("Ready {n}") })
            }
        }
    }
}

/// Set-up of the baseline rows: an agreed plan other than GRDR's (which the plan rows reopen),
/// at its current version.
impl Scene {
    async fn agreed_plan_input(&self, n: u32) -> Value {
        let plans = self
            .as_coordinator(
                "{ actionPlans(first: 50) { nodes { id stage version organisation { id } } } }",
                json!({}),
            )
            .await;
        let grdr = self.ids.org("GRDR");
        let plan = plans["actionPlans"]["nodes"]
            .as_array()
            .and_then(|nodes| {
                nodes.iter().find(|p| {
                    p["stage"] == "IMPLEMENTING" && p["organisation"]["id"].as_str() != Some(grdr)
                })
            })
            .cloned()
            .unwrap_or_else(|| panic!("no agreed plan in the demo: {plans}"));
        json!({ "actionPlanId": plan["id"], "expectedVersion": plan["version"],
            "note": format!("Re-baselined {n}") })
    }
}

/// Set-up of the API-token rows: a fresh token owned by GRDR (the owner member).
impl Scene {
    async fn api_token_input(&self, mutation: &str, n: u32) -> Value {
        let expires_at = (chrono::Utc::now() + chrono::Duration::days(30)).to_rfc3339();
        let fields =
            json!({ "name": format!("Token {n}"), "scope": "READ", "expiresAt": expires_at });
        if mutation == "createApiToken" {
            return fields;
        }
        let grdr = self.app.login("grdr@partners.demo").await.access_token;
        let body = self
            .app
            .graphql(
                Some(&grdr),
                "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }",
                json!({ "input": fields }),
            )
            .await;
        let id = body["data"]["createApiToken"]["apiToken"]["id"].clone();
        assert!(id.is_string(), "set-up failed: {body}");
        json!({ "id": id })
    }

    /// The global ID of a notification of `who` (written directly: what causes
    /// notifications is tested in `notifications.rs`); any ID for the anonymous caller.
    async fn notification_of(&self, who: Who) -> String {
        use mega_domain::NodeId;
        use mega_domain::notification::{NewNotification, NotificationKind, NotificationTarget};
        let Some(email) = email(who) else {
            return mega_domain::NotificationId(1).global_id();
        };
        let user: mega_domain::UserId =
            mega_domain::ids::decode_global_id(self.ids.user(email)).unwrap();
        let conn = self.app.db().conn();
        let new = NewNotification {
            kind: NotificationKind::CallScheduled,
            target: NotificationTarget::WorkingGroup {
                group: mega_domain::ids::decode_global_id(self.ids.group(1)).unwrap(),
            },
            feedback_id: None,
            excerpt: None,
        };
        mega_persistence::notifications::insert_for(conn, &[user], None, &new, chrono::Utc::now())
            .await
            .unwrap();
        let page = mega_persistence::notifications::page(
            conn,
            user,
            true,
            mega_domain::PageRequest {
                offset: 0,
                limit: 1,
            },
        )
        .await
        .unwrap();
        page.items[0].id.global_id()
    }

    /// A hook for GRDR's objects (created by the coordinator for the update and delete rows).
    async fn webhook_input(&self, mutation: &str, n: u32) -> Value {
        let fields = json!({ "url": format!("https://hooks.example.org/{n}"),
            "events": ["FEEDBACK_ADDED"], "organisationId": self.ids.org("GRDR") });
        if mutation == "createWebhook" {
            return fields;
        }
        let id = self
            .as_coordinator(
                "mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }",
                json!({ "input": fields }),
            )
            .await["createWebhook"]["webhook"]["id"]
            .clone();
        assert!(id.is_string(), "set-up failed");
        match mutation {
            "updateWebhook" => json!({ "id": id, "active": false }),
            "redeliverWebhookDelivery" => {
                // A delivery to send again: the GRDR hook hears of feedback on GRDR's
                // proposed action (the hook's endpoint is unreachable, which does not matter).
                let action = self
                    .as_coordinator("{ proposedActions(first: 100) { nodes { id organisation { shortName } } } }", json!({}))
                    .await["proposedActions"]["nodes"]
                    .as_array()
                    .and_then(|nodes| nodes.iter().find(|a| a["organisation"]["shortName"] == "GRDR"))
                    .map(|a| a["id"].clone())
                    .unwrap_or_default();
                self.as_coordinator(
                    "mutation($input: AddFeedbackInput!) { addFeedback(input: $input) { userErrors { code } } }",
                    json!({ "input": { "proposedActionId": action, "kind": "QUESTION", "body": format!("Question {n}") } }),
                )
                .await;
                let delivery = self
                    .as_coordinator(
                        "query($id: ID!) { node(id: $id) { ... on Webhook { deliveries(first: 1) { nodes { id } } } } }",
                        json!({ "id": id }),
                    )
                    .await["node"]["deliveries"]["nodes"][0]["id"]
                    .clone();
                assert!(delivery.is_string(), "set-up failed: no delivery");
                json!({ "webhookId": id, "deliveryId": delivery })
            }
            _ => json!({ "id": id }),
        }
    }
}

/// Set-up of the monitoring rows.
impl Scene {
    /// A call of group 1 (scheduled by the coordinator for the update and delete rows).
    async fn call_input(&self, mutation: &str, n: u32) -> Value {
        let fields = json!({ "workingGroupId": self.ids.group(1), "heldOn": "2027-01-15",
            "participantIds": [self.ids.org("GRDR")], "agenda": format!("Agenda {n}") });
        if mutation == "scheduleCoordinationCall" {
            return fields;
        }
        let call = self
            .as_coordinator(
                "mutation($input: ScheduleCoordinationCallInput!) { scheduleCoordinationCall(input: $input) { coordinationCall { id version } } }",
                json!({ "input": fields }),
            )
            .await["scheduleCoordinationCall"]["coordinationCall"]
            .clone();
        if mutation == "updateCoordinationCall" {
            json!({ "id": call["id"], "expectedVersion": call["version"], "notes": format!("Notes {n}"),
                "decisions": [{ "text": format!("Decided {n}"), "stepIds": [] }] })
        } else {
            json!({ "id": call["id"] })
        }
    }

    /// A new territory or thematic area (the lowest free number), or an update of one
    /// created for the row.
    async fn reference_input(&self, mutation: &str, n: u32) -> Value {
        let territory = json!({ "name": format!("Territory {n}"), "country": "AT" });
        let areas = self
            .as_coordinator(
                "{ thematicAreas(first: 100) { nodes { number } } }",
                json!({}),
            )
            .await;
        // The lowest free number (other rows make areas numbered from 100 on directly).
        let taken: Vec<i64> = areas["thematicAreas"]["nodes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|area| area["number"].as_i64())
            .collect();
        let next = (1..=99)
            .find(|number| !taken.contains(number))
            .unwrap_or(99);
        let area =
            json!({ "number": next, "title": format!("Theme {n}"), "description": "Generated." });
        match mutation {
            "createTerritory" => territory,
            "createThematicArea" => area,
            "updateTerritory" => {
                let id = self
                    .as_coordinator(
                        "mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { territory { id } } }",
                        json!({ "input": territory }),
                    )
                    .await["createTerritory"]["territory"]["id"]
                    .clone();
                json!({ "id": id, "name": format!("Territory {n}, renamed"), "country": "CH" })
            }
            _ => {
                let id = self
                    .as_coordinator(
                        "mutation($input: CreateThematicAreaInput!) { createThematicArea(input: $input) { thematicArea { id } } }",
                        json!({ "input": area }),
                    )
                    .await["createThematicArea"]["thematicArea"]["id"]
                    .clone();
                json!({ "id": id, "number": next, "title": format!("Theme {n}, renamed"), "description": "" })
            }
        }
    }

    /// A question GRDR asks on its own proposed action, written for the row.
    async fn feedback_input(&self, mutation: &str, n: u32) -> Value {
        let grdr = self.app.login("grdr@partners.demo").await.access_token;
        let actions = self
            .as_coordinator(
                "{ proposedActions(first: 100) { nodes { id organisation { shortName } } } }",
                json!({}),
            )
            .await;
        let action = actions["proposedActions"]["nodes"]
            .as_array()
            .and_then(|nodes| {
                nodes
                    .iter()
                    .find(|a| a["organisation"]["shortName"] == "GRDR")
            })
            .map(|a| a["id"].clone())
            .unwrap_or_default();
        let body = self
            .app
            .graphql(
                Some(&grdr),
                "mutation($input: AddFeedbackInput!) { addFeedback(input: $input) { feedback { id } userErrors { code } } }",
                json!({ "input": { "proposedActionId": action, "kind": "QUESTION", "body": format!("Question {n}") } }),
            )
            .await;
        let id = body["data"]["addFeedback"]["feedback"]["id"].clone();
        assert!(id.is_string(), "set-up failed: {body}");
        match mutation {
            "updateFeedback" => json!({ "id": id, "body": format!("Question {n}, corrected") }),
            "resolveFeedbackThread" => json!({ "id": id, "resolved": true }),
            _ => json!({ "id": id }),
        }
    }

    /// A fresh record for a deletion row, created by the coordinator (a proposed action on
    /// GRDR's behalf, a practice and a webinar of group 1's area, an event), so that every
    /// allowed caller has one of its own to delete.
    async fn deletion_input(&self, mutation: &str, n: u32) -> Value {
        let ids = &self.ids;
        let (create, input_type, field, fields) = match mutation {
            "deleteProposedAction" => (
                "createProposedAction",
                "CreateProposedActionInput",
                "proposedAction",
                json!({ "organisationId": ids.org("GRDR"), "proposedAction": {
                    "workingGroupId": ids.group(1), "title": format!("Doomed {n}"), "description": "To be deleted" } }),
            ),
            "deleteGoodPractice" => (
                "createGoodPractice",
                "CreateGoodPracticeInput",
                "goodPractice",
                json!({ "goodPractice": { "title": format!("Doomed {n}"), "thematicAreaId": ids.areas[&1],
                    "description": "To be deleted", "source": "Test" } }),
            ),
            "deleteWebinar" => (
                "scheduleWebinar",
                "ScheduleWebinarInput",
                "webinar",
                json!({ "workingGroupId": ids.group(1), "webinar": self.webinar_fields(n) }),
            ),
            _ => (
                "createEvent",
                "CreateEventInput",
                "event",
                json!({ "event": { "title": format!("Doomed {n}"), "venue": "Rue 1", "city": "Paris",
                    "startDate": "2019-05-02", "endDate": "2019-05-03" } }),
            ),
        };
        let id = self
            .as_coordinator(
                &format!("mutation($input: {input_type}!) {{ {create}(input: $input) {{ {field} {{ id }} }} }}"),
                json!({ "input": fields }),
            )
            .await[create][field]["id"]
            .clone();
        assert!(id.is_string(), "set-up of {mutation} failed");
        json!({ "id": id })
    }

    /// A record created for the row (deletions need one each time): its ID alone for a
    /// deletion, with new fields for an update.
    async fn evidence_input(&self, mutation: &str, n: u32) -> Value {
        let ids = &self.ids;
        let (create, field) = match mutation {
            "updateTerritoryFact" | "deleteTerritoryFact" => {
                ("createTerritoryFact", "territoryFact")
            }
            "updateAward" | "deleteAward" => ("createAward", "award"),
            _ => ("createPlenaryOutcome", "plenaryOutcome"),
        };
        let (input_type, fields) = match create {
            "createTerritoryFact" => (
                "CreateTerritoryFactInput",
                json!({ "territoryId": ids.territories["Munich"],
                "figure": format!("figure {n}"), "value": 1.5, "unit": "things", "sourceText": "Said so." }),
            ),
            "createAward" => (
                "CreateAwardInput",
                json!({ "name": format!("Award {n}"), "year": 2019,
                "winners": [{ "name": "Someone", "activity": "baking" }] }),
            ),
            _ => {
                let event = self
                    .as_coordinator("{ events(first: 1) { nodes { id } } }", json!({}))
                    .await["events"]["nodes"][0]["id"]
                    .clone();
                (
                    "CreatePlenaryOutcomeInput",
                    json!({ "eventId": event,
                    "plenaryOutcome": { "section": format!("Session {n}"), "heading": "Plenary" } }),
                )
            }
        };
        let created = self
            .as_coordinator(
                &format!("mutation($input: {input_type}!) {{ {create}(input: $input) {{ {field} {{ id }} }} }}"),
                json!({ "input": fields }),
            )
            .await[create][field]["id"]
            .clone();
        match mutation {
            "updateTerritoryFact" => {
                json!({ "id": created, "figure": format!("corrected {n}"), "value": 2.5,
                "unit": "things", "sourceText": "Said so, corrected." })
            }
            "updateAward" => {
                json!({ "id": created, "name": format!("Award {n}, corrected"), "year": 2020,
                    "criteria": ["inclusion"], "winners": [{ "name": "Someone else", "activity": "tailoring" }] })
            }
            _ => json!({ "id": created }),
        }
    }

    /// A step of GRDR's plan in area 1, the plan brought to IMPLEMENTING (earlier rows leave it
    /// in DRAFT or SUBMITTED).
    pub(crate) async fn grdr_implementing_step(&self) -> String {
        let plan = self.grdr_plan().await;
        if plan["stage"] == "IMPLEMENTING"
            && let Some(step) = plan["actions"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|a| a["steps"].as_array().cloned().unwrap_or_default())
                .next()
        {
            return step["id"].as_str().unwrap().to_owned();
        }
        let (plan_id, _) = self.grdr_draft().await;
        let (action, _) = self.add_action(&plan_id, "MUTUAL_LEARNING").await;
        self.add_action(&plan_id, "OTHER_OPPORTUNITY").await;
        let (step, _) = self.add_step(&action).await;
        for to in ["SUBMITTED", "ADOPTED", "IMPLEMENTING"] {
            let plan = self.grdr_plan().await;
            let body = self
                .as_coordinator(
                    "mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) { userErrors { code message } } }",
                    json!({ "input": { "id": plan["id"], "to": to, "expectedVersion": plan["version"] } }),
                )
                .await;
            assert_eq!(
                body["transitionActionPlan"]["userErrors"],
                json!([]),
                "set-up: {to}"
            );
        }
        step
    }
}
