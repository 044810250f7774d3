//! Global IDs of the demo data, looked up through the API as a client would, and the small
//! cast that tests starting from an empty database build instead.

use std::collections::HashMap;

use mega_tests::TestApp;
use mega_tests::builders::{
    ActionBuilder, ActionPlan, ActionPlanBuilder, Network, Organisation, OrganisationBuilder,
    StepBuilder, ThematicArea, UserBuilder, WorkingGroup, WorkingGroupBuilder,
};
use serde_json::{Value, json};

pub use mega_tests::builders::global_id;

/// IDs by readable key: organisations by short name (or name), groups by area number, users
/// by e-mail, benchmarks by organisation short name.
pub struct Ids {
    pub organisations: HashMap<String, String>,
    pub groups: HashMap<i64, String>,
    pub areas: HashMap<i64, String>,
    pub territories: HashMap<String, String>,
    pub users: HashMap<String, String>,
}

impl Ids {
    pub async fn load(app: &TestApp) -> Self {
        let token = app.login("coordinator@mpg.demo").await.access_token;
        let body = app
            .graphql(
                Some(&token),
                "{ organisations(first: 100) { nodes { id name shortName } }
                   workingGroups { nodes { id thematicArea { number } } }
                   thematicAreas { nodes { id number } }
                   territories { nodes { id name } }
                   users(first: 100) { nodes { id email } } }",
                json!({}),
            )
            .await;
        let data = &body["data"];
        let nodes = |field: &str| data[field]["nodes"].as_array().cloned().unwrap_or_default();
        let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
        Self {
            organisations: nodes("organisations")
                .iter()
                .map(|n| {
                    (
                        if n["shortName"].is_null() {
                            text(&n["name"])
                        } else {
                            text(&n["shortName"])
                        },
                        text(&n["id"]),
                    )
                })
                .collect(),
            groups: nodes("workingGroups")
                .iter()
                .map(|n| {
                    (
                        n["thematicArea"]["number"].as_i64().unwrap(),
                        text(&n["id"]),
                    )
                })
                .collect(),
            areas: nodes("thematicAreas")
                .iter()
                .map(|n| (n["number"].as_i64().unwrap(), text(&n["id"])))
                .collect(),
            territories: nodes("territories")
                .iter()
                .map(|n| (text(&n["name"]), text(&n["id"])))
                .collect(),
            users: nodes("users")
                .iter()
                .map(|n| (text(&n["email"]), text(&n["id"])))
                .collect(),
        }
    }

    pub fn org(&self, short_name: &str) -> &str {
        self.organisations
            .get(short_name)
            .unwrap_or_else(|| panic!("no organisation {short_name}"))
    }

    pub fn group(&self, number: i64) -> &str {
        &self.groups[&number]
    }

    pub fn user(&self, email: &str) -> &str {
        self.users
            .get(email)
            .unwrap_or_else(|| panic!("no user {email}"))
    }
}

/// The cast of many tests, built in an empty database: the city-leadership group (area 1),
/// which Munich leads and where GRDR and UoG learn; the procurement group (area 4), which
/// Adive leads and where Munich learns; a partner account for each organisation
/// (`munich@partners.test`, `grdr@partners.test`, `uog@partners.test`, `adive@partners.test`,
/// display names "Munich Partner" …). The roles are those of the demo personas, without the
/// rest of the 2018 network.
pub struct Cast {
    pub munich: Organisation,
    pub grdr: Organisation,
    pub uog: Organisation,
    pub adive: Organisation,
    pub area1: ThematicArea,
    pub area4: ThematicArea,
    pub group1: WorkingGroup,
    pub group4: WorkingGroup,
}

impl Cast {
    pub async fn build(network: &Network<'_>) -> Self {
        let area1 = network.thematic_area(1, "City leadership").await;
        let area4 = network
            .thematic_area(4, "Socially responsible procurement")
            .await;
        let mut organisations = Vec::new();
        for (name, short_name, kind, account) in [
            ("City of Munich", "Munich", "MUNICIPALITY", "munich"),
            ("GRDR", "GRDR", "NGO", "grdr"),
            (
                "Unternehmer ohne Grenzen e.V.",
                "UoG",
                "IMMIGRANT_ORGANISATION",
                "uog",
            ),
            ("Adive", "Adive", "BUSINESS_ORGANISATION", "adive"),
        ] {
            let organisation = OrganisationBuilder::new(name)
                .short_name(short_name)
                .kind(kind)
                .create(network)
                .await;
            UserBuilder::partner_of(&format!("{account}@partners.test"), &organisation)
                .display_name(&format!("{short_name} Partner"))
                .create(network)
                .await;
            organisations.push(organisation);
        }
        let [munich, grdr, uog, adive] = <[Organisation; 4]>::try_from(organisations).unwrap();
        let group1 = WorkingGroupBuilder::new(&area1, "City leadership")
            .leading(&munich)
            .learning(&grdr)
            .learning(&uog)
            .create(network)
            .await;
        let group4 = WorkingGroupBuilder::new(&area4, "Socially responsible procurement")
            .leading(&adive)
            .learning(&munich)
            .create(network)
            .await;
        Self {
            munich,
            grdr,
            uog,
            adive,
            area1,
            area4,
            group1,
            group4,
        }
    }

    /// GRDR's plan, left at `stage`: a mutual-learning action in area 1 with two steps (the
    /// second with a sub-step) and another opportunity in area 1 with one step.
    pub async fn grdr_plan(&self, network: &Network<'_>, stage: &'static str) -> ActionPlan {
        ActionPlanBuilder::new(&self.grdr)
            .action(
                ActionBuilder::new(&self.area1)
                    .reference("Objective #1")
                    .title("Raise awareness")
                    .step(StepBuilder::new("Meet the council").dates("2019-01", "2019-03"))
                    .step(
                        StepBuilder::new("Run the campaign")
                            .dates("2019-04", "2019-12")
                            .sub_step(
                                StepBuilder::new("Print the flyers").dates("2019-04", "2019-05"),
                            ),
                    ),
            )
            .action(
                ActionBuilder::new(&self.area1)
                    .reference("Objective #2")
                    .title("Train the staff")
                    .origin("OTHER_OPPORTUNITY")
                    .step(StepBuilder::new("Find a trainer").dates("2019-02", "2019-06")),
            )
            .stage(stage)
            .create(network)
            .await
    }
}
