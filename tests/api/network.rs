//! Reading the network: connections, `node(id:)`, e-mail visibility and statement counts.

use mega_tests::builders::{COORDINATOR_EMAIL, Network, OrganisationBuilder, UserBuilder};
use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

/// Territories as the demo names them, created in another order than by name.
const TERRITORIES: [(&str, &str); 5] = [
    ("Munich", "DE"),
    ("Milan", "IT"),
    ("Paris", "FR"),
    ("Hamburg", "DE"),
    ("Basque county", "ES"),
];

/// An empty network of 25 organisations (names in mixed case, created out of order, each in
/// one of the five [`TERRITORIES`]; the City of Munich a municipality and consortium partner),
/// with a partner account of Munich, `munich@partners.test`.
async fn start_with_25_organisations(backend: Backend) -> TestApp {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let mut territories = Vec::new();
    for (name, country) in TERRITORIES {
        territories.push(network.territory(name, country).await);
    }
    let munich = OrganisationBuilder::new("City of Munich")
        .short_name("Munich")
        .kind("MUNICIPALITY")
        .consortium_partner()
        .territory(&territories[0])
        .create(&network)
        .await;
    UserBuilder::partner_of("munich@partners.test", &munich)
        .display_name("Munich Partner")
        .create(&network)
        .await;
    for n in 1..25 {
        // "zeta 1", "Eta 2", "theta 3" …: upper and lower case interleave.
        let letter = ["zeta", "Eta", "theta", "Alpha", "beta", "Gamma"][n % 6];
        OrganisationBuilder::new(&format!("{letter} {n}"))
            .territory(&territories[n % 5])
            .create(&network)
            .await;
    }
    app
}

const ORGANISATIONS: &str = "query($first: Int, $after: String) {
  organisations(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes { id name shortName kind consortiumPartner territory { name country } }
  }
}";

async fn organisations_page_through_the_whole_list(backend: Backend) {
    let app = start_with_25_organisations(backend).await;
    let token = app.login("munich@partners.test").await.access_token;
    let mut names = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let body = app
            .graphql(
                Some(&token),
                ORGANISATIONS,
                json!({ "first": 7, "after": after }),
            )
            .await;
        let connection = &body["data"]["organisations"];
        assert_eq!(connection["totalCount"], 25, "{body}");
        assert_eq!(connection["pageInfo"]["hasPreviousPage"], after.is_some());
        for node in connection["nodes"].as_array().unwrap() {
            names.push(node["name"].as_str().unwrap().to_owned());
        }
        if connection["pageInfo"]["hasNextPage"] == false {
            break;
        }
        after = Some(
            connection["pageInfo"]["endCursor"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    assert_eq!(names.len(), 25);
    let mut sorted = names.clone();
    sorted.sort_by_key(|name| name.to_lowercase());
    assert_eq!(names, sorted, "ordered by name, ignoring case");

    let body = app
        .graphql(Some(&token), ORGANISATIONS, json!({ "first": 100 }))
        .await;
    let munich = body["data"]["organisations"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|node| node["name"] == "City of Munich")
        .cloned()
        .unwrap();
    assert_eq!(munich["shortName"], "Munich");
    assert_eq!(munich["kind"], "MUNICIPALITY");
    assert_eq!(munich["consortiumPartner"], true);
    assert_eq!(
        munich["territory"],
        json!({ "name": "Munich", "country": "DE" })
    );
}

async fn page_size_is_bounded(backend: Backend) {
    let app = start_with_25_organisations(backend).await;
    let token = app.login("munich@partners.test").await.access_token;
    let default = app.graphql(Some(&token), ORGANISATIONS, json!({})).await;
    assert_eq!(
        default["data"]["organisations"]["nodes"]
            .as_array()
            .unwrap()
            .len(),
        20
    );
    for first in [0, -1, 101] {
        let body = app
            .graphql(Some(&token), ORGANISATIONS, json!({ "first": first }))
            .await;
        assert_eq!(
            error_code(&body),
            Some("BAD_USER_INPUT"),
            "first={first}: {body}"
        );
    }
    let body = app
        .graphql(
            Some(&token),
            ORGANISATIONS,
            json!({ "after": "not-a-cursor" }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
}

async fn territories_and_thematic_areas(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    for (name, country) in TERRITORIES {
        network.territory(name, country).await;
    }
    // Created out of order: listed by number.
    for (number, title) in [
        (3, "Furthering a proactive role of Chambers of Commerce"),
        (1, "City leadership"),
        (4, "Socially responsible procurement"),
        (2, "Outreach and empowerment of migrant communities"),
    ] {
        network.thematic_area(number, title).await;
    }
    let grdr = OrganisationBuilder::new("GRDR").create(&network).await;
    let token = UserBuilder::partner_of("grdr@partners.test", &grdr)
        .create(&network)
        .await
        .token(&app)
        .await;
    let body = app
        .graphql(
            Some(&token),
            "{ territories { totalCount nodes { name country } }
               thematicAreas { totalCount nodes { number title } } }",
            json!({}),
        )
        .await;
    assert_eq!(body["data"]["territories"]["totalCount"], 5);
    assert_eq!(
        body["data"]["territories"]["nodes"][0],
        json!({ "name": "Basque county", "country": "ES" })
    );
    let titles: Vec<&str> = body["data"]["thematicAreas"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "City leadership",
            "Outreach and empowerment of migrant communities",
            "Furthering a proactive role of Chambers of Commerce",
            "Socially responsible procurement",
        ]
    );
}

async fn node_fetches_every_type_and_hides_the_unknown(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let territory = network.territory("Milan", "IT").await;
    network.thematic_area(1, "City leadership").await;
    let formaper = OrganisationBuilder::new("Formaper")
        .territory(&territory)
        .create(&network)
        .await;
    let token = UserBuilder::partner_of("formaper@partners.test", &formaper)
        .create(&network)
        .await
        .token(&app)
        .await;
    let body = app
        .graphql(
            Some(&token),
            "{ organisations(first: 1) { nodes { id } } territories(first: 1) { nodes { id } }
               thematicAreas(first: 1) { nodes { id } } viewer { id } }",
            json!({}),
        )
        .await;
    let data = &body["data"];
    let ids = [
        (
            data["organisations"]["nodes"][0]["id"].clone(),
            "Organisation",
        ),
        (data["territories"]["nodes"][0]["id"].clone(), "Territory"),
        (
            data["thematicAreas"]["nodes"][0]["id"].clone(),
            "ThematicArea",
        ),
        (data["viewer"]["id"].clone(), "User"),
    ];
    for (id, typename) in ids {
        let body = app
            .graphql(
                Some(&token),
                "query($id: ID!) { node(id: $id) { __typename id } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(body["data"]["node"]["__typename"], typename, "{body}");
        assert_eq!(body["data"]["node"]["id"], id);
    }
    for garbage in ["", "nonsense", "T3JnYW5pc2F0aW9uOjk5OTk5"] {
        let body = app
            .graphql(
                Some(&token),
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": garbage }),
            )
            .await;
        assert_eq!(body["data"]["node"], Value::Null, "{garbage}: {body}");
        assert!(body["errors"].is_null(), "{body}");
    }
}

async fn emails_are_visible_to_self_and_coordinator_only(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let munich = OrganisationBuilder::new("City of Munich")
        .create(&network)
        .await;
    UserBuilder::partner_of("munich@partners.test", &munich)
        .create(&network)
        .await;
    let partner = app.login("munich@partners.test").await.access_token;
    let coordinator = app.login(COORDINATOR_EMAIL).await.access_token;
    let viewer = app
        .graphql(Some(&partner), "{ viewer { id email } }", json!({}))
        .await;
    let munich_id = viewer["data"]["viewer"]["id"].clone();
    assert_eq!(viewer["data"]["viewer"]["email"], "munich@partners.test");
    let coordinator_id = app
        .graphql(Some(&coordinator), "{ viewer { id } }", json!({}))
        .await["data"]["viewer"]["id"]
        .clone();

    let query = "query($id: ID!) { node(id: $id) { ... on User { displayName email } } }";
    let seen_by_partner = app
        .graphql(Some(&partner), query, json!({ "id": coordinator_id }))
        .await;
    assert_eq!(
        seen_by_partner["data"]["node"]["displayName"],
        "Network Coordinator"
    );
    assert_eq!(seen_by_partner["data"]["node"]["email"], Value::Null);
    let seen_by_coordinator = app
        .graphql(Some(&coordinator), query, json!({ "id": munich_id }))
        .await;
    assert_eq!(
        seen_by_coordinator["data"]["node"]["email"],
        "munich@partners.test"
    );
}

/// Nested territories are batched: the statement count does not grow with the page.
async fn organisations_with_territories_have_no_n_plus_one(backend: Backend) {
    let app = start_with_25_organisations(backend).await;
    let token = app.login("munich@partners.test").await.access_token;
    // A first request fills the identity cache and reads the budget's counter.
    app.graphql(Some(&token), "{ viewer { id } }", json!({}))
        .await;
    let mut counts = Vec::new();
    for first in [1, 5, 25] {
        let before = app.statements();
        let body = app
            .graphql(Some(&token), ORGANISATIONS, json!({ "first": first }))
            .await;
        assert!(body["errors"].is_null(), "{body}");
        counts.push(app.statements() - before);
    }
    assert_eq!(counts[0], counts[2], "statements per request: {counts:?}");
    // Count, page, territories: authentication is cached and the budget charged in memory.
    assert!(counts[2] <= 3, "statements per request: {counts:?}");
}

on_both_databases!(
    organisations_page_through_the_whole_list,
    page_size_is_bounded,
    territories_and_thematic_areas,
    node_fetches_every_type_and_hides_the_unknown,
    emails_are_visible_to_self_and_coordinator_only,
    organisations_with_territories_have_no_n_plus_one,
);
