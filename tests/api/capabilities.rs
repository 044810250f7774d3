//! The viewer capabilities (`viewerCan…`, `viewerFeedbackKinds`, `viewerCapabilities`) agree
//! with what the mutations actually do: for each of the eight demo personas and each kind of
//! object, the capability is read on the object a valid input targets, then the mutation is
//! sent with that input. A capability is true exactly when the mutation is not refused — it
//! succeeds, or (where the row sends a stale `expectedVersion` on purpose) fails only on the
//! version, after the policy said yes.

use mega_tests::{Backend, on_both_databases};
use serde_json::{Value, json};

use crate::permissions::{Scene, Who};

/// The eight demo personas. The matrix scene's roles: GRDR owns the resources and learns in
/// group 1, Munich leads group 1, UoG and Formaper learn there too, Adive and Garapen are
/// elsewhere, the expert is invited to group 3 only.
const PERSONAS: [&str; 8] = [
    "coordinator@mpg.demo",
    "munich@partners.demo",
    "formaper@partners.demo",
    "grdr@partners.demo",
    "adive@partners.demo",
    "uog@partners.demo",
    "garapen@partners.demo",
    "expert@experts.demo",
];

/// How a mutation ended.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    /// It changed what it was asked to.
    Done,
    /// The policy let it through and the stale version stopped it.
    Stale,
    /// Refused, with this code (an error's or the first userError's).
    Refused(String),
}

fn outcome(body: &Value, mutation: &str) -> Outcome {
    if let Some(code) = body["errors"][0]["extensions"]["code"].as_str() {
        return Outcome::Refused(code.to_owned());
    }
    match body["data"][mutation]["userErrors"][0]["code"].as_str() {
        None => Outcome::Done,
        Some("STALE_VERSION") => Outcome::Stale,
        Some(code) => Outcome::Refused(code.to_owned()),
    }
}

/// A persona signed in, with its organisation.
struct Persona {
    email: &'static str,
    token: String,
    organisation: Option<String>,
}

struct Table {
    scene: Scene,
    personas: Vec<Persona>,
    checked: usize,
}

impl Table {
    async fn new(backend: Backend) -> Self {
        let scene = Scene::new(backend).await;
        let mut personas = Vec::new();
        for email in PERSONAS {
            let token = scene.app.login(email).await.access_token;
            let body = scene
                .app
                .graphql(
                    Some(&token),
                    "{ viewer { organisation { id } } }",
                    json!({}),
                )
                .await;
            personas.push(Persona {
                email,
                token,
                organisation: body["data"]["viewer"]["organisation"]["id"]
                    .as_str()
                    .map(str::to_owned),
            });
        }
        Self {
            scene,
            personas,
            checked: 0,
        }
    }

    /// Field `field` of the object with global ID `id` (type `ty`) as `persona` sees it;
    /// `Value::Null` when the persona cannot see the object at all.
    async fn capability(&self, persona: &Persona, id: &Value, ty: &str, field: &str) -> Value {
        let query = format!("query($id: ID!) {{ node(id: $id) {{ ... on {ty} {{ {field} }} }} }}");
        let body = self
            .scene
            .app
            .graphql(Some(&persona.token), &query, json!({ "id": id }))
            .await;
        assert!(
            body["errors"].is_null(),
            "{query} as {}: {body}",
            persona.email
        );
        body["data"]["node"][field].clone()
    }

    async fn network_capability(&self, persona: &Persona, field: &str) -> bool {
        let body = self
            .scene
            .app
            .graphql(
                Some(&persona.token),
                &format!("{{ viewerCapabilities {{ {field} }} }}"),
                json!({}),
            )
            .await;
        body["data"]["viewerCapabilities"][field]
            .as_bool()
            .unwrap_or_else(|| panic!("{field} as {}: {body}", persona.email))
    }

    async fn mutate(
        &self,
        persona: &Persona,
        mutation: &str,
        input_type: &str,
        input: &Value,
    ) -> Outcome {
        let query = format!(
            "mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ userErrors {{ code }} }} }}"
        );
        let body = self
            .scene
            .app
            .graphql(Some(&persona.token), &query, json!({ "input": input }))
            .await;
        outcome(&body, mutation)
    }

    /// Checks one capability against its mutation for every persona: each reads the
    /// capability on the object its own input targets, then sends the mutation at once, so
    /// both see the same state.
    async fn check(&mut self, mutation: &str, input_type: &str, target: Target<'_>) {
        for persona in &self.personas {
            let input = match &target {
                Target::Scene { .. } | Target::Network { .. } => {
                    self.scene.input(mutation, Who::Coordinator).await
                }
                Target::Given { input, .. } => input(persona),
            };
            let may = match &target {
                Target::Scene { id_at, ty, field }
                | Target::Given {
                    id_at, ty, field, ..
                } => {
                    let id = input.pointer(id_at).cloned().unwrap_or(Value::Null);
                    assert!(id.is_string(), "{mutation}: no id at {id_at} in {input}");
                    self.capability(persona, &id, ty, field).await.as_bool() == Some(true)
                }
                Target::Network { field } => self.network_capability(persona, field).await,
            };
            let got = self.mutate(persona, mutation, input_type, &input).await;
            let allowed = matches!(got, Outcome::Done | Outcome::Stale);
            assert_eq!(
                allowed, may,
                "{mutation} by {}: capability says {may}, the mutation answered {got:?}",
                persona.email
            );
            self.checked += 1;
        }
    }

    /// Checks a list-valued capability (`field` on the object `id`): for every value of
    /// `values`, the mutation built by `input` is allowed exactly when the list holds it.
    async fn check_list(
        &mut self,
        mutation: &str,
        input_type: &str,
        (id, ty, field): (&Value, &str, &str),
        values: &[&str],
        input: &dyn Fn(&Persona, &str) -> Value,
    ) {
        for persona in &self.personas {
            let listed = self.capability(persona, id, ty, field).await;
            let listed: Vec<&str> = listed
                .as_array()
                .map(|values| values.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            for value in values {
                let got = self
                    .mutate(persona, mutation, input_type, &input(persona, value))
                    .await;
                let allowed = matches!(got, Outcome::Done | Outcome::Stale);
                assert_eq!(
                    allowed,
                    listed.contains(value),
                    "{mutation} {value} on {ty}.{field} by {}: listed {listed:?}, answered {got:?}",
                    persona.email
                );
                self.checked += 1;
            }
        }
    }
}

/// Where a row's capability is read.
enum Target<'a> {
    /// On the object at JSON pointer `id_at` of the matrix scene's input.
    Scene {
        id_at: &'a str,
        ty: &'a str,
        field: &'a str,
    },
    /// On the object at `id_at` of an input built per persona.
    Given {
        id_at: &'a str,
        ty: &'a str,
        field: &'a str,
        input: Box<dyn Fn(&Persona) -> Value + 'a>,
    },
    /// In `viewerCapabilities`.
    Network { field: &'a str },
}

/// (mutation, input type, JSON pointer of the object's ID in the input, object type,
/// capability field).
#[rustfmt::skip]
const OBJECT_ROWS: &[(&str, &str, &str, &str, &str)] = &[
    ("updateProposedAction",     "UpdateProposedActionInput",     "/id",              "ProposedAction",   "viewerCanUpdate"),
    ("updateGoodPractice",       "UpdateGoodPracticeInput",       "/id",              "GoodPractice",     "viewerCanUpdate"),
    ("publishGoodPractice",      "PublicationInput",              "/id",              "GoodPractice",     "viewerCanPublish"),
    ("publishPlanSummary",       "PublicationInput",              "/id",              "ActionPlan",       "viewerCanPublish"),
    ("createGoodPractice",       "CreateGoodPracticeInput",       "/goodPractice/thematicAreaId", "ThematicArea", "viewerCanAddGoodPractice"),
    ("scheduleWebinar",          "ScheduleWebinarInput",          "/workingGroupId",  "WorkingGroup",     "viewerCanScheduleWebinar"),
    ("updateWebinar",            "UpdateWebinarInput",            "/id",              "Webinar",          "viewerCanUpdate"),
    ("updateEvent",              "UpdateEventInput",              "/id",              "Event",            "viewerCanUpdate"),
    ("updateOrganisation",       "UpdateOrganisationInput",       "/id",              "Organisation",     "viewerCanUpdate"),
    ("updateUser",               "UpdateUserInput",               "/id",              "User",             "viewerCanUpdate"),
    ("updateWorkingGroup",       "UpdateWorkingGroupInput",       "/id",              "WorkingGroup",     "viewerCanUpdate"),
    ("updateMembership",         "UpdateMembershipInput",         "/id",              "Membership",       "viewerCanUpdate"),
    ("inviteExpert",             "ExpertInvitationInput",         "/workingGroupId",  "WorkingGroup",     "viewerCanInviteExpert"),
    ("createBenchmark",          "CreateBenchmarkInput",          "/organisationId",  "Organisation",     "viewerCanEditBenchmark"),
    ("updateBenchmark",          "UpdateBenchmarkInput",          "/id",              "Benchmark",        "viewerCanUpdate"),
    ("validateBenchmark",        "ValidateBenchmarkInput",        "/id",              "Benchmark",        "viewerCanValidate"),
    ("addAction",                "AddActionInput",                "/actionPlanId",    "ActionPlan",       "viewerCanUpdate"),
    ("updateAction",             "UpdateActionInput",             "/id",              "Action",           "viewerCanUpdate"),
    ("updateActionStep",         "UpdateActionStepInput",         "/id",              "ActionStep",       "viewerCanUpdate"),
    ("replanActionStep",         "ReplanActionStepInput",         "/id",              "ActionStep",       "viewerCanReplan"),
    ("setActionGoodPractices",   "SetActionGoodPracticesInput",   "/actionId",        "Action",           "viewerCanLinkPractices"),
    ("setPlanBaseline",          "SetPlanBaselineInput",          "/actionPlanId",    "ActionPlan",       "viewerCanSetBaseline"),
    ("revokeApiToken",           "RevokeApiTokenInput",           "/id",              "ApiToken",         "viewerCanRevoke"),
    ("createWebhook",            "CreateWebhookInput",            "/organisationId",  "Organisation",     "viewerCanManageWebhooks"),
    ("updateWebhook",            "UpdateWebhookInput",            "/id",              "Webhook",          "viewerCanUpdate"),
    ("scheduleCoordinationCall", "ScheduleCoordinationCallInput", "/workingGroupId",  "WorkingGroup",     "viewerCanScheduleCall"),
    ("updateCoordinationCall",   "UpdateCoordinationCallInput",   "/id",              "CoordinationCall", "viewerCanUpdate"),
    ("submitProgressReport",     "SubmitProgressReportInput",     "/stepId",          "ActionStep",       "viewerCanReportProgress"),
    // Last: the scene deletes GRDR's plan before each attempt.
    ("createActionPlan",         "CreateActionPlanInput",         "/organisationId",  "Organisation",     "viewerCanCreateActionPlan"),
];

/// (mutation, input type, `viewerCapabilities` field).
#[rustfmt::skip]
const NETWORK_ROWS: &[(&str, &str, &str)] = &[
    ("createOrganisation",   "CreateOrganisationInput",   "manageOrganisations"),
    ("createUser",           "CreateUserInput",           "manageUsers"),
    ("createWorkingGroup",   "CreateWorkingGroupInput",   "manageWorkingGroups"),
    ("createBenchmarkRound", "CreateBenchmarkRoundInput", "manageBenchmarkRounds"),
    ("createEvent",          "CreateEventInput",          "manageEvents"),
    ("createAward",          "CreateAwardInput",          "recordEvidence"),
    ("createTerritoryFact",  "CreateTerritoryFactInput",  "recordEvidence"),
];

const KINDS: [&str; 4] = ["EXPERT_FEEDBACK", "QUESTION", "REPLY", "RECOMMENDATION"];
const STAGES: [&str; 5] = ["DRAFT", "SUBMITTED", "ADOPTED", "IMPLEMENTING", "COMPLETED"];

async fn capabilities_agree_with_mutations(backend: Backend) {
    let mut table = Table::new(backend).await;

    for (mutation, input_type, field) in NETWORK_ROWS {
        table
            .check(mutation, input_type, Target::Network { field })
            .await;
    }
    // `readAuditLog` guards a query, not a mutation.
    for persona in &table.personas {
        let may = table.network_capability(persona, "readAuditLog").await;
        let body = table
            .scene
            .app
            .graphql(
                Some(&persona.token),
                "{ auditEvents(first: 1) { totalCount } }",
                json!({}),
            )
            .await;
        assert_eq!(
            body["errors"].is_null(),
            may,
            "auditEvents by {}: {body}",
            persona.email
        );
    }

    for (mutation, input_type, id_at, ty, field) in OBJECT_ROWS {
        table
            .check(mutation, input_type, Target::Scene { id_at, ty, field })
            .await;
    }

    // The last persona of the createActionPlan row was refused after the scene had deleted
    // GRDR's plan: give GRDR a plan again.
    let grdr_org = table.scene.ids.org("GRDR").to_owned();
    table
        .scene
        .as_coordinator(
            "mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { actionPlan { id } } }",
            json!({ "input": { "organisationId": grdr_org } }),
        )
        .await;

    // Proposing an action for one's own organisation (the coordinator for GRDR) in group 1,
    // where GRDR, Munich, Formaper and UoG are members.
    let group = json!(table.scene.ids.group(1));
    let grdr = table.scene.ids.org("GRDR").to_owned();
    table
        .check(
            "createProposedAction",
            "CreateProposedActionInput",
            Target::Given {
                id_at: "/proposedAction/workingGroupId",
                ty: "WorkingGroup",
                field: "viewerCanProposeAction",
                input: Box::new(move |persona: &Persona| {
                    let organisation = if persona.email == "coordinator@mpg.demo" {
                        grdr.clone()
                    } else {
                        persona.organisation.clone().unwrap_or_default()
                    };
                    json!({ "organisationId": organisation, "proposedAction": {
                        "workingGroupId": group, "title": format!("Pitch of {}", persona.email),
                        "description": "What it is", "guidingQuestions": ["How?"] } })
                }),
            },
        )
        .await;

    // Feedback kinds on proposed actions: GRDR's in group 1, Munich's in group 3.
    for (owner, title) in [
        ("GRDR", "Awareness raising"),
        ("Munich", "Engaging the Chambers"),
    ] {
        let id = json!(table.scene.proposed_action(owner, title).await);
        check_feedback(&mut table, &id, "ProposedAction", "proposedActionId").await;
    }

    // Stage moves on GRDR's plan in DRAFT (rules met), then IMPLEMENTING. A stale version
    // stops every move the policy allows, so nothing changes.
    let (plan, _) = table.scene.grdr_draft().await;
    for origin in ["MUTUAL_LEARNING", "OTHER_OPPORTUNITY"] {
        table.scene.add_action(&plan, origin).await;
    }
    let plan = json!(plan);
    check_stages(&mut table, &plan).await;
    // Feedback on the draft plan and on one of its actions (area 1, group 1).
    check_feedback(&mut table, &plan, "ActionPlan", "actionPlanId").await;
    let (action, _) = table
        .scene
        .add_action(plan.as_str().unwrap(), "MUTUAL_LEARNING")
        .await;
    check_feedback(&mut table, &json!(action), "Action", "actionId").await;

    let step = table.scene.grdr_implementing_step().await;
    check_stages(&mut table, &plan).await;
    let report = table
        .scene
        .as_coordinator(
            "mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { progressReport { id } } }",
            json!({ "input": { "stepId": step, "status": "ON_TRACK", "percentComplete": 10 } }),
        )
        .await["submitProgressReport"]["progressReport"]["id"]
        .clone();
    check_feedback(&mut table, &report, "ProgressReport", "progressReportId").await;

    assert!(table.checked > 300, "only {} checks ran", table.checked);
}

/// `viewerCanTransitionTo` on `plan` against `transitionActionPlan` to every stage.
async fn check_stages(table: &mut Table, plan: &Value) {
    let input = |_: &Persona, to: &str| json!({ "id": plan, "to": to, "expectedVersion": -1 });
    table
        .check_list(
            "transitionActionPlan",
            "TransitionActionPlanInput",
            (plan, "ActionPlan", "viewerCanTransitionTo"),
            &STAGES,
            &input,
        )
        .await;
}

/// `viewerFeedbackKinds` on a subject against `addFeedback` of every kind, then
/// `Feedback.viewerCanReply` on a top-level comment against a reply to it.
async fn check_feedback(table: &mut Table, subject: &Value, ty: &str, target: &str) {
    let input = |persona: &Persona, kind: &str| json!({ target: subject, "kind": kind, "body": format!("{kind} by {}", persona.email) });
    table
        .check_list(
            "addFeedback",
            "AddFeedbackInput",
            (subject, ty, "viewerFeedbackKinds"),
            &KINDS,
            &input,
        )
        .await;
    let parent = table
        .scene
        .as_coordinator(
            "mutation($input: AddFeedbackInput!) { addFeedback(input: $input) { feedback { id } } }",
            json!({ "input": { target: subject, "kind": "QUESTION", "body": "A question to answer." } }),
        )
        .await["addFeedback"]["feedback"]["id"]
        .clone();
    let (subject, target) = (subject.clone(), target.to_owned());
    table
        .check(
            "addFeedback",
            "AddFeedbackInput",
            Target::Given {
                id_at: "/parentId",
                ty: "Feedback",
                field: "viewerCanReply",
                input: Box::new(move |persona: &Persona| {
                    json!({ target.as_str(): subject, "parentId": parent, "kind": "REPLY",
                            "body": format!("Reply by {}", persona.email) })
                }),
            },
        )
        .await;
}

on_both_databases!(capabilities_agree_with_mutations);
