//! Global IDs of the demo data, looked up through the API as a client would.

use std::collections::HashMap;

use mega_tests::TestApp;
use serde_json::{Value, json};

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

/// The global ID the API gives object `id` of type `ty` (for objects set up in the database).
pub fn global_id(ty: &str, id: i32) -> String {
    use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
    URL_SAFE_NO_PAD.encode(format!("{ty}:{id}"))
}
