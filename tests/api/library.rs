//! The good-practice library, webinars, plenary outcomes, awards and territory facts: the
//! demo import as printed, search, webinar validation and who may change what.

use mega_tests::builders::{
    COORDINATOR_EMAIL, Network, Organisation, OrganisationBuilder, UserBuilder,
};
use mega_tests::{Backend, TestApp, error_code, on_both_databases};
use serde_json::{Value, json};

use crate::fixtures::Cast;

/// An empty network with the [`Cast`]; Formaper leads the city-leadership group next to
/// Munich; an expert, `expert@experts.test`, is invited to the procurement group; and four
/// good practices: two in area 4, one in area 1, the Phoenix Award in none.
async fn start(backend: Backend) -> (TestApp, Cast, Organisation) {
    let app = TestApp::builder(backend).empty().start().await;
    let network = Network::new(&app).await;
    let cast = Cast::build(&network).await;
    let formaper = OrganisationBuilder::new("Formaper")
        .short_name("Formaper")
        .create(&network)
        .await;
    network
        .mutate(
            "addMembership",
            "mutation($input: AddMembershipInput!) { addMembership(input: $input) { userErrors { field code message } } }",
            json!({ "workingGroupId": cast.group1.id, "organisationId": formaper.id, "role": "LEADING" }),
        )
        .await;
    let expert = UserBuilder::new("expert@experts.test")
        .role("EXPERT")
        .create(&network)
        .await;
    network
        .mutate(
            "inviteExpert",
            "mutation($input: ExpertInvitationInput!) { inviteExpert(input: $input) { userErrors { field code message } } }",
            json!({ "workingGroupId": cast.group4.id, "userId": expert.id }),
        )
        .await;
    for (title, organisation, area, description) in [
        (
            "Adive’s corporate procurement model (supplier diversity)",
            Some(&cast.adive),
            Some(&cast.area4),
            "Large companies buy from businesses run by migrants.",
        ),
        (
            "Basque good practice municipalities working across departments",
            None,
            Some(&cast.area4),
            "Municipalities in which different departments plan procurement together.",
        ),
        (
            "Munich’s department combining economic and labour market development",
            Some(&cast.munich),
            Some(&cast.area1),
            "One department for business and jobs.",
        ),
        (
            "Phoenix Award",
            Some(&cast.munich),
            None,
            "An award for businesses founded by migrants.",
        ),
    ] {
        network
            .mutate(
                "createGoodPractice",
                "mutation($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) { userErrors { field code message } } }",
                json!({ "goodPractice": { "title": title, "organisationId": organisation.map(|o| &o.id),
                    "thematicAreaId": area.map(|a| &a.id), "description": description,
                    "source": "The 2018 report." } }),
            )
            .await;
    }
    (app, cast, formaper)
}

const IMPORTED: &str = "{
    goodPractices(first: 100) { totalCount nodes { title organisation { shortName }
        thematicArea { number } description source } }
    events(first: 1) { nodes { plenaryOutcomes { section heading note summaryPoints
        recommendations position workingGroups { thematicArea { number } } } } }
    plenaryOutcomes(first: 100) { totalCount }
    awards { totalCount nodes { name edition year criteria applications
        winners { name activity organisation { name } } } }
    territoryFacts(first: 100) { totalCount nodes { territory { name } country figure value unit
        year qualifier sourceText section } }
    territories { nodes { name facts { figure } } }
    webinars { totalCount nodes { title startsAt timeZone recordingUrl attendance
        presenters { shortName } workingGroup { thematicArea { number } } } }
    workingGroups { nodes { webinars { id } } } }";

async fn the_library_as_imported(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.login("garapen@partners.demo").await.access_token;
    let body = app.graphql(Some(&token), IMPORTED, json!({})).await;
    assert!(body["errors"].is_null(), "{body}");
    let data = &body["data"];

    // Good practices: derived from the report's explicit statements, by title.
    let practices = &data["goodPractices"];
    assert_eq!(practices["totalCount"], 4);
    let titles: Vec<&str> = practices["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Adive’s corporate procurement model (supplier diversity)",
            "Basque good practice municipalities working across departments",
            "Munich’s department combining economic and labour market development",
            "Phoenix Award",
        ]
    );
    let adive = &practices["nodes"][0];
    assert_eq!(adive["organisation"]["shortName"], "Adive");
    assert_eq!(adive["thematicArea"]["number"], 4);
    assert!(
        adive["source"]
            .as_str()
            .unwrap()
            .contains("“Adive’s corporate procurement model and proposed actions also served as inspiration for partner cities.”")
    );
    let phoenix = &practices["nodes"][3];
    assert_eq!(phoenix["organisation"]["shortName"], "Munich");
    assert_eq!(phoenix["thematicArea"], Value::Null);
    assert!(
        phoenix["source"]
            .as_str()
            .unwrap()
            .starts_with("Phoenix Award")
    );

    // Plenary outcomes, exactly as printed.
    assert_eq!(data["plenaryOutcomes"]["totalCount"], 3);
    let outcomes = data["events"]["nodes"][0]["plenaryOutcomes"]
        .as_array()
        .unwrap();
    assert_eq!(outcomes.len(), 3);
    let first = &outcomes[0];
    assert_eq!(first["section"], "(1) City leadership");
    assert_eq!(
        first["heading"],
        "Reactions to the proposed actions and discussion – Plenary exchange with partners and experts"
    );
    assert_eq!(first["summaryPoints"].as_array().unwrap().len(), 6);
    assert!(
        first["summaryPoints"][0]
            .as_str()
            .unwrap()
            .starts_with("Collecting segmented data in a structured manner is key")
    );
    assert_eq!(first["recommendations"], json!([]));
    assert_eq!(
        first["workingGroups"],
        json!([{ "thematicArea": { "number": 1 } }])
    );
    let combined = &outcomes[1];
    assert_eq!(
        combined["note"],
        "the two sections have been combined based on the development of the exchange"
    );
    assert_eq!(
        combined["workingGroups"],
        json!([{ "thematicArea": { "number": 2 } }, { "thematicArea": { "number": 3 } }])
    );
    assert_eq!(
        combined["recommendations"][0],
        "More exploitation of social media when it comes to young migrant entrepreneurs"
    );
    assert_eq!(combined["recommendations"].as_array().unwrap().len(), 3);
    assert_eq!(
        outcomes[2]["recommendations"],
        json!([
            "Measures should be taken to improve the image of migrant companies, which are usually associated with lower quality services"
        ])
    );
    assert_eq!(outcomes[2]["position"], 3);

    // The Phoenix Award 2018.
    assert_eq!(data["awards"]["totalCount"], 1);
    let award = &data["awards"]["nodes"][0];
    assert_eq!(
        (
            &award["name"],
            &award["edition"],
            &award["year"],
            &award["applications"]
        ),
        (&json!("Phoenix Award"), &json!(9), &json!(2018), &json!(39))
    );
    assert_eq!(
        award["criteria"],
        json!([
            "positive corporate development",
            "establishment and securing of jobs and training places",
            "diversity within the company"
        ])
    );
    let winners = award["winners"].as_array().unwrap();
    assert_eq!(winners.len(), 5);
    assert_eq!(
        winners[0],
        json!({ "name": "Prisco", "activity": "textile merchant", "organisation": null })
    );
    assert_eq!(
        winners[4],
        json!({ "name": "USTR GmbH", "activity": "contractor - intelligent construction sites",
                "organisation": { "name": "USTR GmbH" } })
    );

    // Territory facts, all of them, with Munich's 30,000 migrant-run businesses first.
    let facts = &data["territoryFacts"];
    assert_eq!(facts["totalCount"], 16);
    assert_eq!(
        facts["nodes"][0],
        json!({ "territory": { "name": "Munich" }, "country": null,
                "figure": "businesses run by migrant citizens", "value": 30000.0, "unit": "businesses",
                "year": null, "qualifier": null,
                "sourceText": "Part of this success are the 30,000 businesses run by migrant citizens.",
                "section": "Munich event / 1. Phoenix Award" })
    );
    assert_eq!(facts["nodes"][1]["qualifier"], "around");
    assert_eq!(facts["nodes"][5]["value"], 0.5);
    let procurement = &facts["nodes"][15];
    assert_eq!(
        (
            &procurement["territory"],
            &procurement["country"],
            &procurement["value"],
            &procurement["unit"]
        ),
        (
            &Value::Null,
            &json!("FR"),
            &json!(120_000_000_000.0),
            &json!("EUR")
        )
    );
    let per_territory: Vec<(String, usize)> = data["territories"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["name"].as_str().unwrap().to_owned(),
                t["facts"].as_array().unwrap().len(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    assert_eq!(
        per_territory,
        [("Munich".to_owned(), 13), ("Paris".to_owned(), 1)]
    );

    // The report gives one webinar per group in the week of 5-10 November 2018, no days:
    // the demo shows one each, its reconstructed day said in the title, presented by the
    // group's leading members, with no recording or attendance invented.
    assert_eq!(data["webinars"]["totalCount"], 4);
    let webinars: Vec<(i64, &str, Vec<&str>)> = data["webinars"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            assert!(
                w["title"].as_str().unwrap().contains("day reconstructed"),
                "{w}"
            );
            assert!(
                w["recordingUrl"].is_null() && w["attendance"].is_null(),
                "{w}"
            );
            assert_eq!(w["timeZone"], "Europe/Brussels");
            (
                w["workingGroup"]["thematicArea"]["number"]
                    .as_i64()
                    .unwrap(),
                w["startsAt"].as_str().unwrap(),
                w["presenters"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| p["shortName"].as_str().unwrap())
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        webinars,
        [
            (1, "2018-11-05T09:00:00+00:00", vec!["Munich", "Formaper"]),
            (2, "2018-11-06T09:00:00+00:00", vec!["Munich"]),
            (3, "2018-11-07T09:00:00+00:00", vec!["UoG", "Formaper"]),
            (4, "2018-11-08T09:00:00+00:00", vec!["Garapen", "Adive"]),
        ]
    );
    assert!(
        data["workingGroups"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g["webinars"].as_array().unwrap().len() == 1)
    );
}

async fn titles(app: &TestApp, token: &str, variables: Value) -> Vec<String> {
    let body = app
        .graphql(
            Some(token),
            "query($search: String, $area: ID) { goodPractices(search: $search, thematicAreaId: $area) {
                totalCount nodes { title } } }",
            variables,
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let nodes = body["data"]["goodPractices"]["nodes"].as_array().unwrap();
    assert_eq!(body["data"]["goodPractices"]["totalCount"], nodes.len());
    nodes
        .iter()
        .map(|n| n["title"].as_str().unwrap().to_owned())
        .collect()
}

async fn good_practices_are_searched_in_sql(backend: Backend) {
    let (app, cast, _) = start(backend).await;
    let token = app.login("grdr@partners.test").await.access_token;
    assert_eq!(
        titles(&app, &token, json!({ "search": "SUPPLIER" })).await,
        ["Adive’s corporate procurement model (supplier diversity)"]
    );
    // Case-insensitive, over the description too ("…in which different departments…").
    assert_eq!(
        titles(&app, &token, json!({ "search": "Different Departments" })).await,
        ["Basque good practice municipalities working across departments"]
    );
    // Wildcards match literally.
    assert!(
        titles(&app, &token, json!({ "search": "%" }))
            .await
            .is_empty()
    );
    assert!(
        titles(&app, &token, json!({ "search": "_" }))
            .await
            .is_empty()
    );
    assert_eq!(
        titles(&app, &token, json!({ "area": cast.area4.id })).await,
        [
            "Adive’s corporate procurement model (supplier diversity)",
            "Basque good practice municipalities working across departments",
        ]
    );
    assert!(
        titles(
            &app,
            &token,
            json!({ "search": "municipalities", "area": cast.area1.id })
        )
        .await
        .is_empty()
    );
    assert_eq!(
        titles(&app, &token, json!({ "search": "  " })).await.len(),
        4
    );
    let body = app
        .graphql(
            Some(&token),
            "query($s: String) { goodPractices(search: $s) { totalCount } }",
            json!({ "s": "x".repeat(201) }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
}

const SCHEDULE: &str = "mutation($input: ScheduleWebinarInput!) { scheduleWebinar(input: $input) {
    webinar { id title startsAt timeZone recordingUrl attendance presenters { shortName }
              goodPractices { title } workingGroup { thematicArea { number } } }
    userErrors { field message code } } }";

async fn webinars(app: &TestApp, token: &str, group: &str) -> Value {
    let body = app
        .graphql(
            Some(token),
            "query($id: ID!) { workingGroup(id: $id) { webinars { id title } } webinars(workingGroupId: $id) { totalCount } }",
            json!({ "id": group }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"].clone()
}

async fn webinars_are_validated(backend: Backend) {
    let (app, cast, formaper) = start(backend).await;
    let munich = app.login("munich@partners.test").await.access_token;
    let group = cast.group1.id.as_str();
    let valid = json!({ "title": "City leadership webinar", "startsAt": "2018-11-06T10:00:00+01:00",
        "timeZone": "Europe/Berlin", "presenterIds": [cast.munich.id, formaper.id] });
    let refused = |change: Value, code: &'static str, field: &'static str| {
        let (app, munich, valid) = (&app, &munich, valid.clone());
        async move {
            let mut fields = valid;
            for (key, value) in change.as_object().unwrap() {
                fields[key] = value.clone();
            }
            let (before, audit) = (webinars(app, munich, group).await, app.audit_count().await);
            let body = app
                .graphql(
                    Some(munich),
                    SCHEDULE,
                    json!({ "input": { "workingGroupId": group, "webinar": fields } }),
                )
                .await;
            assert!(body["errors"].is_null(), "{body}");
            let payload = &body["data"]["scheduleWebinar"];
            assert_eq!(payload["webinar"], Value::Null, "{body}");
            assert_eq!(payload["userErrors"][0]["code"], code, "{body}");
            assert_eq!(
                payload["userErrors"][0]["field"],
                json!(["input", field]),
                "{body}"
            );
            assert_eq!(
                webinars(app, munich, group).await,
                before,
                "nothing changed"
            );
            assert_eq!(app.audit_count().await, audit, "no audit event");
        }
    };
    // GRDR is a learning member of group 1; Adive is in another group.
    refused(
        json!({ "presenterIds": [cast.munich.id, cast.grdr.id] }),
        "NOT_LEADING",
        "presenterIds",
    )
    .await;
    refused(
        json!({ "presenterIds": [cast.adive.id] }),
        "NOT_LEADING",
        "presenterIds",
    )
    .await;
    refused(json!({ "presenterIds": [] }), "REQUIRED", "presenterIds").await;
    refused(
        json!({ "recordingUrl": "ftp://example.org/recording" }),
        "INVALID_URL",
        "recordingUrl",
    )
    .await;
    refused(
        json!({ "recordingUrl": "javascript:alert(1)" }),
        "INVALID_URL",
        "recordingUrl",
    )
    .await;
    refused(
        json!({ "timeZone": "Munich" }),
        "INVALID_TIME_ZONE",
        "timeZone",
    )
    .await;
    refused(json!({ "attendance": -1 }), "NEGATIVE_COUNT", "attendance").await;

    // A valid webinar: presenters and practices keep their order; the instant is UTC.
    let practice = app
        .graphql(
            Some(&munich),
            "{ goodPractices(search: \"Phoenix\") { nodes { id } } }",
            json!({}),
        )
        .await["data"]["goodPractices"]["nodes"][0]["id"]
        .clone();
    let mut fields = valid.clone();
    fields["recordingUrl"] = json!("https://example.org/webinars/1");
    fields["attendance"] = json!(0);
    fields["goodPracticeIds"] = json!([practice]);
    let audit = app.audit_count().await;
    let body = app
        .graphql(
            Some(&munich),
            SCHEDULE,
            json!({ "input": { "workingGroupId": group, "webinar": fields } }),
        )
        .await;
    let payload = &body["data"]["scheduleWebinar"];
    assert_eq!(payload["userErrors"], json!([]), "{body}");
    let webinar = &payload["webinar"];
    assert_eq!(
        webinar,
        &json!({ "id": webinar["id"], "title": "City leadership webinar",
                 "startsAt": "2018-11-06T09:00:00+00:00", "timeZone": "Europe/Berlin",
                 "recordingUrl": "https://example.org/webinars/1", "attendance": 0,
                 "presenters": [{ "shortName": "Munich" }, { "shortName": "Formaper" }],
                 "goodPractices": [{ "title": "Phoenix Award" }],
                 "workingGroup": { "thematicArea": { "number": 1 } } })
    );
    assert_eq!(app.audit_count().await, audit + 1);
    let listed = webinars(&app, &munich, group).await;
    assert_eq!(listed["webinars"]["totalCount"], 1);
    assert_eq!(listed["workingGroup"]["webinars"][0]["id"], webinar["id"]);

    // updateWebinar validates the same way.
    let mut bad = valid.clone();
    bad["recordingUrl"] = json!("not a url");
    let body = app
        .graphql(
            Some(&munich),
            "mutation($input: UpdateWebinarInput!) { updateWebinar(input: $input) { webinar { id } userErrors { code } } }",
            json!({ "input": { "id": webinar["id"], "webinar": bad } }),
        )
        .await;
    assert_eq!(
        body["data"]["updateWebinar"]["userErrors"],
        json!([{ "code": "INVALID_URL" }]),
        "{body}"
    );
    assert_eq!(app.audit_count().await, audit + 1);
}

const CREATE_PRACTICE: &str =
    "mutation($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) {
    goodPractice { title thematicArea { number } } userErrors { code } } }";

async fn who_may_schedule_webinars_and_add_practices(backend: Backend) {
    let (app, cast, _) = start(backend).await;
    let area_id = |number: i64| match number {
        1 => cast.area1.id.clone(),
        4 => cast.area4.id.clone(),
        _ => panic!("no area {number}"),
    };
    let practice = |area: i64, n: usize| {
        json!({ "goodPractice": { "title": format!("Practice {n}"), "thematicAreaId": area_id(area),
            "description": "What it is", "source": "supplier diversity" } })
    };
    let webinar = |n: usize| {
        json!({ "workingGroupId": cast.group1.id, "webinar": { "title": format!("Webinar {n}"),
            "startsAt": "2018-11-07T09:00:00Z", "timeZone": "UTC", "presenterIds": [cast.munich.id] } })
    };
    // Munich leads group 1; GRDR learns there; Adive leads group 4 only.
    let cases = [
        (Some("munich@partners.test"), None),
        (Some(COORDINATOR_EMAIL), None),
        (Some("grdr@partners.test"), Some("FORBIDDEN")),
        (Some("uog@partners.test"), Some("FORBIDDEN")),
        (Some("adive@partners.test"), Some("FORBIDDEN")),
        (Some("expert@experts.test"), Some("FORBIDDEN")),
        (None, Some("UNAUTHENTICATED")),
    ];
    for (n, (email, expected)) in cases.into_iter().enumerate() {
        let token = match email {
            Some(email) => Some(app.login(email).await.access_token),
            None => None,
        };
        for (query, input, field) in [
            (CREATE_PRACTICE, practice(1, n), "createGoodPractice"),
            (SCHEDULE, webinar(n), "scheduleWebinar"),
        ] {
            let audit = app.audit_count().await;
            let body = app
                .graphql(token.as_deref(), query, json!({ "input": input }))
                .await;
            match expected {
                None => {
                    assert_eq!(
                        body["data"][field]["userErrors"],
                        json!([]),
                        "{email:?}: {body}"
                    );
                    assert_eq!(app.audit_count().await, audit + 1, "{email:?} {field}");
                }
                Some(code) => {
                    assert_eq!(error_code(&body), Some(code), "{email:?} {field}: {body}");
                    assert_eq!(app.audit_count().await, audit, "{email:?} {field}");
                }
            }
        }
    }
    // Adive leads group 4: it adds practices in area 4, and may not move one out of area 1.
    let adive = app.login("adive@partners.test").await.access_token;
    let body = app
        .graphql(
            Some(&adive),
            CREATE_PRACTICE,
            json!({ "input": practice(4, 99) }),
        )
        .await;
    assert_eq!(
        body["data"]["createGoodPractice"]["goodPractice"]["thematicArea"]["number"], 4,
        "{body}"
    );
    let munich_practice = app
        .graphql(
            Some(&adive),
            "{ goodPractices(search: \"Practice 0\") { nodes { id } } }",
            json!({}),
        )
        .await["data"]["goodPractices"]["nodes"][0]["id"]
        .clone();
    let body = app
        .graphql(
            Some(&adive),
            "mutation($input: UpdateGoodPracticeInput!) { updateGoodPractice(input: $input) { goodPractice { title } } }",
            json!({ "input": { "id": munich_practice, "goodPractice": practice(4, 100)["goodPractice"] } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
}

on_both_databases!(
    the_library_as_imported,
    good_practices_are_searched_in_sql,
    webinars_are_validated,
    who_may_schedule_webinars_and_add_practices
);
