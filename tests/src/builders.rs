//! Fixture builders for tests that start from an empty database: each test creates the
//! network it needs (an organisation, an account, a working group with members, a plan with
//! actions and steps …) instead of importing the 2018 dataset.
//!
//! Everything goes through the GraphQL API as the coordinator, the way a client would, except
//! what the API cannot create: the first coordinator account, thematic areas and territories.
//! Those few direct writes live here only (see [`insert_account`], [`Network::thematic_area`],
//! [`Network::territory`]), so a change of the persistence API is adapted in one place.
//!
//! ```text
//! let app = TestApp::builder(backend).empty().start().await;
//! let network = Network::new(&app).await;
//! let area = network.thematic_area(1, "City leadership").await;
//! let munich = OrganisationBuilder::new("City of Munich").create(&network).await;
//! let grdr = OrganisationBuilder::new("GRDR").create(&network).await;
//! UserBuilder::partner_of("grdr@partners.test", &grdr).create(&network).await;
//! WorkingGroupBuilder::new(&area, "City leadership")
//!     .leading(&munich)
//!     .learning(&grdr)
//!     .create(&network)
//!     .await;
//! let plan = ActionPlanBuilder::new(&grdr)
//!     .action(ActionBuilder::new(&area).step(StepBuilder::new("Meet the council")))
//!     .action(ActionBuilder::new(&area).origin("OTHER_OPPORTUNITY"))
//!     .stage("IMPLEMENTING")
//!     .create(&network)
//!     .await;
//! ```

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::app::{DEMO_PASSWORD, Session, TestApp};

/// E-mail of the coordinator account [`Network::new`] creates.
pub const COORDINATOR_EMAIL: &str = "coordinator@network.test";

/// The global ID the API gives object `id` of type `ty` (for objects created in the database).
pub fn global_id(ty: &str, id: i32) -> String {
    URL_SAFE_NO_PAD.encode(format!("{ty}:{id}"))
}

/// The database id inside a global ID of [`global_id`]'s form (to check an order by creation).
pub fn decode_id(id: &str) -> i32 {
    let raw = URL_SAFE_NO_PAD.decode(id).expect("a global ID is base64");
    let text = String::from_utf8(raw).expect("a global ID is UTF-8");
    let (_, number) = text.split_once(':').expect("Type:id");
    number.parse().expect("a numeric id")
}

/// An empty network's coordinator, signed in: creates everything else.
pub struct Network<'a> {
    app: &'a TestApp,
    coordinator: Session,
}

impl<'a> Network<'a> {
    /// Creates the coordinator account (a direct insert, as `mega user create` does for a new
    /// deployment) and signs it in.
    pub async fn new(app: &'a TestApp) -> Self {
        insert_account(
            app,
            COORDINATOR_EMAIL,
            "Network Coordinator",
            mega_domain::GlobalRole::Coordinator,
        )
        .await;
        Self::signed_in(app).await
    }

    /// Signs in the coordinator [`Network::new`] created earlier in `app`.
    pub async fn signed_in(app: &'a TestApp) -> Self {
        let coordinator = app.login(COORDINATOR_EMAIL).await;
        Self { app, coordinator }
    }

    /// The app this network lives in.
    pub fn app(&self) -> &'a TestApp {
        self.app
    }

    /// The coordinator's access token.
    pub fn token(&self) -> &str {
        &self.coordinator.access_token
    }

    /// Runs mutation `field` as the coordinator with `input`; panics unless it succeeded
    /// without errors or userErrors (so `query` must select the payload's `userErrors`).
    /// Returns the payload.
    pub async fn mutate(&self, field: &str, query: &str, input: Value) -> Value {
        let body = self
            .app
            .graphql(Some(self.token()), query, json!({ "input": input }))
            .await;
        let payload = &body["data"][field];
        assert!(
            body["errors"].is_null() && payload["userErrors"] == json!([]),
            "set-up: {field} failed: {body}"
        );
        payload.clone()
    }

    /// A thematic area (the API has no mutation for them: they come with a deployment).
    pub async fn thematic_area(&self, number: i32, title: &str) -> ThematicArea {
        let area = mega_persistence::thematic_areas::create(
            self.app.db().conn(),
            &format!("area-{number}"),
            mega_domain::network::ThematicAreaFields {
                number,
                title: title.to_owned(),
                description: format!("What {title} is about."),
                benchmark_cells: None,
            },
        )
        .await
        .expect("create thematic area");
        ThematicArea {
            id: global_id("ThematicArea", area.id.0),
            number: i64::from(number),
            title: title.to_owned(),
        }
    }

    /// A territory (the API has no mutation for them: they come with a deployment).
    pub async fn territory(&self, name: &str, country: &str) -> Territory {
        let conn = self.app.db().conn();
        let backend = conn.get_database_backend();
        let slug: String = name
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        conn.execute_raw(Statement::from_sql_and_values(
            backend,
            match backend {
                sea_orm::DatabaseBackend::Postgres => {
                    "INSERT INTO territories (slug, name, country) VALUES ($1, $2, $3)"
                }
                _ => "INSERT INTO territories (slug, name, country) VALUES (?, ?, ?)",
            },
            [slug.clone().into(), name.into(), country.into()],
        ))
        .await
        .expect("create territory");
        let row = conn
            .query_one_raw(Statement::from_sql_and_values(
                backend,
                match backend {
                    sea_orm::DatabaseBackend::Postgres => {
                        "SELECT id FROM territories WHERE slug = $1"
                    }
                    _ => "SELECT id FROM territories WHERE slug = ?",
                },
                [slug.into()],
            ))
            .await
            .expect("read territory")
            .expect("territory exists");
        let id: i32 = row.try_get("", "id").expect("territory id");
        Territory {
            id: global_id("Territory", id),
            name: name.to_owned(),
        }
    }

    /// A benchmark round.
    pub async fn benchmark_round(&self, name: &str, held_on: &str) -> String {
        let payload = self
            .mutate(
                "createBenchmarkRound",
                "mutation($input: CreateBenchmarkRoundInput!) { createBenchmarkRound(input: $input) { round { id } userErrors { field code message } } }",
                json!({ "name": name, "heldOn": held_on }),
            )
            .await;
        text(&payload["round"]["id"])
    }

    /// A coordination call of `group` on `held_on` (a date), with `participants`.
    pub async fn coordination_call(
        &self,
        group: &WorkingGroup,
        held_on: &str,
        participants: &[&Organisation],
    ) -> String {
        let ids: Vec<&str> = participants.iter().map(|o| o.id.as_str()).collect();
        let payload = self
            .mutate(
                "scheduleCoordinationCall",
                "mutation($input: ScheduleCoordinationCallInput!) { scheduleCoordinationCall(input: $input) { coordinationCall { id } userErrors { field code message } } }",
                json!({ "workingGroupId": group.id, "heldOn": held_on, "participantIds": ids }),
            )
            .await;
        text(&payload["coordinationCall"]["id"])
    }
}

/// Creates an account without organisation directly in the database, whose password is
/// [`DEMO_PASSWORD`]: not through the API, so nobody's rate-limit budget is spent on it (for
/// the coordinator of [`Network::new`] and for tests of the limits themselves).
pub async fn insert_account(
    app: &TestApp,
    email: &str,
    display_name: &str,
    role: mega_domain::GlobalRole,
) {
    let password_hash = mega_api::auth::password::hash(DEMO_PASSWORD.to_owned())
        .await
        .expect("hash");
    mega_persistence::users::create(
        app.db().conn(),
        mega_persistence::users::NewUser {
            email: mega_domain::Email::parse(email).expect("valid e-mail"),
            display_name: mega_domain::DisplayName::parse(display_name).expect("valid name"),
            organisation_id: None,
            global_role: role,
            password_hash,
        },
    )
    .await
    .expect("create account");
}

fn text(value: &Value) -> String {
    value
        .as_str()
        .unwrap_or_else(|| panic!("set-up: expected a string, got {value}"))
        .to_owned()
}

/// A thematic area.
#[derive(Clone, Debug)]
pub struct ThematicArea {
    /// Global ID.
    pub id: String,
    /// Its number (1–4 in the 2018 network).
    pub number: i64,
    /// Its title.
    pub title: String,
}

/// A territory.
#[derive(Clone, Debug)]
pub struct Territory {
    /// Global ID.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// An organisation.
#[derive(Clone, Debug)]
pub struct Organisation {
    /// Global ID.
    pub id: String,
    /// Full name.
    pub name: String,
}

/// Builds an [`Organisation`] (an NGO unless told otherwise).
pub struct OrganisationBuilder {
    fields: Value,
}

impl OrganisationBuilder {
    /// An organisation named `name`.
    pub fn new(name: &str) -> Self {
        Self {
            fields: json!({ "name": name, "kind": "NGO" }),
        }
    }

    /// Its short name.
    pub fn short_name(mut self, short_name: &str) -> Self {
        self.fields["shortName"] = json!(short_name);
        self
    }

    /// Its kind (`OrganisationKind`, e.g. `MUNICIPALITY`).
    pub fn kind(mut self, kind: &str) -> Self {
        self.fields["kind"] = json!(kind);
        self
    }

    /// Its territory.
    pub fn territory(mut self, territory: &Territory) -> Self {
        self.fields["territoryId"] = json!(territory.id);
        self
    }

    /// A partner of the project consortium.
    pub fn consortium_partner(mut self) -> Self {
        self.fields["consortiumPartner"] = json!(true);
        self
    }

    /// Creates it through `createOrganisation`.
    pub async fn create(self, network: &Network<'_>) -> Organisation {
        let payload = network
            .mutate(
                "createOrganisation",
                "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } userErrors { field code message } } }",
                json!({ "organisation": self.fields }),
            )
            .await;
        Organisation {
            id: text(&payload["organisation"]["id"]),
            name: text(&payload["organisation"]["name"]),
        }
    }
}

/// An account, whose password is [`DEMO_PASSWORD`].
#[derive(Clone, Debug)]
pub struct User {
    /// Global ID.
    pub id: String,
    /// Its e-mail address, to sign in with.
    pub email: String,
}

impl User {
    /// Signs in and returns the access token.
    pub async fn token(&self, app: &TestApp) -> String {
        app.login(&self.email).await.access_token
    }
}

/// Builds a [`User`] (a partner without organisation unless told otherwise).
pub struct UserBuilder {
    input: Value,
}

impl UserBuilder {
    /// An account signing in as `email`; its display name is the e-mail address.
    pub fn new(email: &str) -> Self {
        Self {
            input: json!({ "email": email, "displayName": email, "globalRole": "PARTNER",
                           "password": DEMO_PASSWORD }),
        }
    }

    /// A partner of `organisation`.
    pub fn partner_of(email: &str, organisation: &Organisation) -> Self {
        Self::new(email).organisation(organisation)
    }

    /// Its display name.
    pub fn display_name(mut self, name: &str) -> Self {
        self.input["displayName"] = json!(name);
        self
    }

    /// Its organisation.
    pub fn organisation(mut self, organisation: &Organisation) -> Self {
        self.input["organisationId"] = json!(organisation.id);
        self
    }

    /// Its network-wide role (`GlobalRole`, e.g. `EXPERT`).
    pub fn role(mut self, role: &str) -> Self {
        self.input["globalRole"] = json!(role);
        self
    }

    /// Creates it through `createUser`.
    pub async fn create(self, network: &Network<'_>) -> User {
        let payload = network
            .mutate(
                "createUser",
                "mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { field code message } } }",
                self.input.clone(),
            )
            .await;
        User {
            id: text(&payload["user"]["id"]),
            email: text(&self.input["email"]),
        }
    }
}

/// A working group.
#[derive(Clone, Debug)]
pub struct WorkingGroup {
    /// Global ID.
    pub id: String,
}

/// Builds a [`WorkingGroup`] with its memberships and invited experts, in the order given.
pub struct WorkingGroupBuilder {
    area: String,
    title: String,
    memberships: Vec<Value>,
    experts: Vec<String>,
}

impl WorkingGroupBuilder {
    /// The group of `area`, titled `title`.
    pub fn new(area: &ThematicArea, title: &str) -> Self {
        Self {
            area: area.id.clone(),
            title: title.to_owned(),
            memberships: Vec::new(),
            experts: Vec::new(),
        }
    }

    /// `organisation` leads the group.
    pub fn leading(self, organisation: &Organisation) -> Self {
        self.member(organisation, "LEADING", None, None)
    }

    /// `organisation` learns in the group.
    pub fn learning(self, organisation: &Organisation) -> Self {
        self.member(organisation, "LEARNING", None, None)
    }

    /// `organisation` takes part as `role`, with `participation` and `note` when given.
    pub fn member(
        mut self,
        organisation: &Organisation,
        role: &str,
        participation: Option<&str>,
        note: Option<&str>,
    ) -> Self {
        self.memberships
            .push(json!({ "organisationId": organisation.id, "role": role,
            "participation": participation, "note": note }));
        self
    }

    /// `expert` is invited to the group.
    pub fn expert(mut self, expert: &User) -> Self {
        self.experts.push(expert.id.clone());
        self
    }

    /// Creates it through `createWorkingGroup`, `addMembership` and `inviteExpert`.
    pub async fn create(self, network: &Network<'_>) -> WorkingGroup {
        let payload = network
            .mutate(
                "createWorkingGroup",
                "mutation($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { workingGroup { id } userErrors { field code message } } }",
                json!({ "thematicAreaId": self.area, "title": self.title }),
            )
            .await;
        let id = text(&payload["workingGroup"]["id"]);
        for mut membership in self.memberships {
            membership["workingGroupId"] = json!(id);
            network
                .mutate(
                    "addMembership",
                    "mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } userErrors { field code message } } }",
                    membership,
                )
                .await;
        }
        for expert in self.experts {
            network
                .mutate(
                    "inviteExpert",
                    "mutation($input: ExpertInvitationInput!) { inviteExpert(input: $input) { workingGroup { id } userErrors { field code message } } }",
                    json!({ "workingGroupId": id, "userId": expert }),
                )
                .await;
        }
        WorkingGroup { id }
    }
}

/// A proposed action.
#[derive(Clone, Debug)]
pub struct ProposedAction {
    /// Global ID.
    pub id: String,
}

/// Builds a [`ProposedAction`] presented by a member organisation to its working group.
pub struct ProposedActionBuilder {
    organisation: String,
    fields: Value,
}

impl ProposedActionBuilder {
    /// `organisation`'s action `title` for `group` (of which it must be a member).
    pub fn new(organisation: &Organisation, group: &WorkingGroup, title: &str) -> Self {
        Self {
            organisation: organisation.id.clone(),
            fields: json!({ "workingGroupId": group.id, "title": title,
                            "description": format!("What {title} is about.") }),
        }
    }

    /// The questions to the experts.
    pub fn guiding_questions(mut self, questions: &[&str]) -> Self {
        self.fields["guidingQuestions"] = json!(questions);
        self
    }

    /// Creates it through `createProposedAction`.
    pub async fn create(self, network: &Network<'_>) -> ProposedAction {
        let payload = network
            .mutate(
                "createProposedAction",
                "mutation($input: CreateProposedActionInput!) { createProposedAction(input: $input) { proposedAction { id } userErrors { field code message } } }",
                json!({ "organisationId": self.organisation, "proposedAction": self.fields }),
            )
            .await;
        ProposedAction {
            id: text(&payload["proposedAction"]["id"]),
        }
    }
}

/// A step of an action, with its sub-steps.
#[derive(Clone, Debug)]
pub struct Step {
    /// Global ID.
    pub id: String,
    /// Its sub-steps.
    pub sub_steps: Vec<Step>,
}

/// Builds a [`Step`]: dated January to June 2019 unless told otherwise.
#[derive(Clone)]
pub struct StepBuilder {
    fields: Value,
    sub_steps: Vec<StepBuilder>,
}

impl StepBuilder {
    /// A step titled `title`.
    pub fn new(title: &str) -> Self {
        Self {
            fields: json!({ "title": title, "start": "2019-01", "end": "2019-06" }),
            sub_steps: Vec::new(),
        }
    }

    /// Its start and end (`PartialDate`s such as `2019`, `2019-03` or `2019-03-29`).
    pub fn dates(mut self, start: &str, end: &str) -> Self {
        self.fields["start"] = json!(start);
        self.fields["end"] = json!(end);
        self
    }

    /// Sets any other field of `ActionStepFieldsInput`.
    pub fn field(mut self, name: &str, value: Value) -> Self {
        self.fields[name] = value;
        self
    }

    /// A sub-step under it.
    pub fn sub_step(mut self, step: StepBuilder) -> Self {
        self.sub_steps.push(step);
        self
    }

    async fn create(self, network: &Network<'_>, action: &str, parent: Option<&str>) -> Step {
        let payload = network
            .mutate(
                "addActionStep",
                "mutation($input: AddActionStepInput!) { addActionStep(input: $input) { step { id } userErrors { field code message } } }",
                json!({ "actionId": action, "parentId": parent, "step": self.fields }),
            )
            .await;
        let id = text(&payload["step"]["id"]);
        let mut sub_steps = Vec::new();
        for sub_step in self.sub_steps {
            sub_steps.push(Box::pin(sub_step.create(network, action, Some(&id))).await);
        }
        Step { id, sub_steps }
    }
}

/// An action of a plan, with its steps.
#[derive(Clone, Debug)]
pub struct Action {
    /// Global ID.
    pub id: String,
    /// Its top-level steps.
    pub steps: Vec<Step>,
}

/// Builds an [`Action`]: a mutual-learning action titled "Act" unless told otherwise.
#[derive(Clone)]
pub struct ActionBuilder {
    fields: Value,
    steps: Vec<StepBuilder>,
}

impl ActionBuilder {
    /// An action in `area`.
    pub fn new(area: &ThematicArea) -> Self {
        Self {
            fields: json!({ "title": "Act", "thematicAreaId": area.id, "origin": "MUTUAL_LEARNING" }),
            steps: Vec::new(),
        }
    }

    /// An action without thematic area.
    pub fn without_area() -> Self {
        Self {
            fields: json!({ "title": "Act", "origin": "MUTUAL_LEARNING" }),
            steps: Vec::new(),
        }
    }

    /// Where it comes from (`ActionOrigin`).
    pub fn origin(mut self, origin: &str) -> Self {
        self.fields["origin"] = json!(origin);
        self
    }

    /// Its title.
    pub fn title(mut self, title: &str) -> Self {
        self.fields["title"] = json!(title);
        self
    }

    /// Its printed reference, e.g. "Objective #1".
    pub fn reference(mut self, reference: &str) -> Self {
        self.fields["ref"] = json!(reference);
        self
    }

    /// The proposed action it grew from.
    pub fn proposed_action(mut self, proposed: &ProposedAction) -> Self {
        self.fields["proposedActionId"] = json!(proposed.id);
        self
    }

    /// A top-level step.
    pub fn step(mut self, step: StepBuilder) -> Self {
        self.steps.push(step);
        self
    }

    async fn create(self, network: &Network<'_>, plan: &str) -> Action {
        let payload = network
            .mutate(
                "addAction",
                "mutation($input: AddActionInput!) { addAction(input: $input) { action { id } userErrors { field code message } } }",
                json!({ "actionPlanId": plan, "action": self.fields }),
            )
            .await;
        let id = text(&payload["action"]["id"]);
        let mut steps = Vec::new();
        for step in self.steps {
            steps.push(step.create(network, &id, None).await);
        }
        Action { id, steps }
    }
}

/// An action plan, with its actions.
#[derive(Clone, Debug)]
pub struct ActionPlan {
    /// Global ID.
    pub id: String,
    /// Its actions, in order.
    pub actions: Vec<Action>,
}

/// The stages a new plan passes through, in order, after DRAFT.
const STAGES: [&str; 4] = ["SUBMITTED", "ADOPTED", "IMPLEMENTING", "COMPLETED"];

/// Builds an [`ActionPlan`]: its actions are added while it is a DRAFT, then the coordinator
/// moves it through the stages up to the one asked for (the plan rules must hold for
/// SUBMITTED: at least two actions, one of mutual learning in an area where the organisation
/// learns).
pub struct ActionPlanBuilder {
    organisation: String,
    actions: Vec<ActionBuilder>,
    stage: &'static str,
}

impl ActionPlanBuilder {
    /// `organisation`'s plan, left a DRAFT unless told otherwise.
    pub fn new(organisation: &Organisation) -> Self {
        Self {
            organisation: organisation.id.clone(),
            actions: Vec::new(),
            stage: "DRAFT",
        }
    }

    /// An action.
    pub fn action(mut self, action: ActionBuilder) -> Self {
        self.actions.push(action);
        self
    }

    /// The stage to leave it in (`ActionPlanStage`).
    pub fn stage(mut self, stage: &'static str) -> Self {
        assert!(
            stage == "DRAFT" || STAGES.contains(&stage),
            "no stage {stage}"
        );
        self.stage = stage;
        self
    }

    /// Creates it through `createActionPlan`, `addAction`, `addActionStep` and
    /// `transitionActionPlan`.
    pub async fn create(self, network: &Network<'_>) -> ActionPlan {
        let payload = network
            .mutate(
                "createActionPlan",
                "mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { actionPlan { id version } userErrors { field code message } } }",
                json!({ "organisationId": self.organisation }),
            )
            .await;
        let id = text(&payload["actionPlan"]["id"]);
        let mut actions = Vec::new();
        for action in self.actions {
            actions.push(action.create(network, &id).await);
        }
        let target = STAGES
            .iter()
            .position(|stage| *stage == self.stage)
            .map_or(0, |at| at + 1);
        for to in &STAGES[..target] {
            let read = network
                .app
                .graphql(
                    Some(network.token()),
                    "query($id: ID!) { actionPlan(id: $id) { version } }",
                    json!({ "id": id }),
                )
                .await;
            network
                .mutate(
                    "transitionActionPlan",
                    "mutation($input: TransitionActionPlanInput!) { transitionActionPlan(input: $input) { actionPlan { id } userErrors { field code message } } }",
                    json!({ "id": id, "to": to, "expectedVersion": read["data"]["actionPlan"]["version"] }),
                )
                .await;
        }
        ActionPlan { id, actions }
    }
}
