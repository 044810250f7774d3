//! Repositories and the demo import against the real engines.

use chrono::{Duration, Utc};
use mega_domain::{DisplayName, Email, GlobalRole, PageRequest};
use mega_persistence::{PersistenceError, demo, organisations, refresh_tokens, users};
use mega_tests::builders::insert_account;
use mega_tests::{Backend, TestApp, on_both_databases};

async fn demo_import_loads_the_network(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let conn = app.db().conn();
    assert!(!demo::is_imported(conn).await.unwrap());
    let dataset = demo::Dataset::shipped().unwrap();
    let report = demo::import(conn, &dataset).await.unwrap();
    assert_eq!(
        (
            report.territories,
            report.organisations,
            report.thematic_areas,
            report.working_groups,
            report.memberships,
        ),
        (5, 25, 4, 4, 14)
    );
    assert_eq!(
        (
            report.events,
            report.agenda_items,
            report.participants,
            report.proposed_actions,
        ),
        (1, 25, 21, 12)
    );
    assert_eq!(
        (
            report.good_practices,
            report.plenary_outcomes,
            report.awards,
            report.territory_facts,
        ),
        (4, 3, 1, 16)
    );
    // The two Paris memberships the report leaves without an organisation are reported, not
    // invented.
    let (plan_warnings, network_warnings): (Vec<&String>, Vec<&String>) = report
        .warnings
        .iter()
        .partition(|w| w.starts_with("action plan "));
    assert_eq!(network_warnings.len(), 2, "{:?}", report.warnings);
    assert!(
        network_warnings
            .iter()
            .all(|w| w.contains("\"paris\"") && w.contains("names no organisation"))
    );
    // The action plans: Garapen's Task #3.2 is dated outside Task #3, and Adive's plan (in
    // the procurement group, which it leads) has no action in an area where it learns.
    assert_eq!(
        (
            report.action_plans,
            report.plan_actions,
            report.action_steps,
            report.action_sub_steps
        ),
        (6, 16, 54, 14)
    );
    // Every plan names stakeholders the network does not hold (54 names in all): one
    // warning per plan lists them.
    let (stakeholder_warnings, plan_warnings): (Vec<&String>, Vec<&String>) = plan_warnings
        .into_iter()
        .partition(|w| w.contains("match no organisation and stay words"));
    assert_eq!(stakeholder_warnings.len(), 6, "{stakeholder_warnings:?}");
    assert!(
        stakeholder_warnings
            .iter()
            .any(|w| w.starts_with("action plan grdr: 27 stakeholders") && w.contains("\"Singa\""))
    );
    assert!(!stakeholder_warnings.iter().any(|w| w.contains("\"Adive\"")));
    assert_eq!(plan_warnings.len(), 2, "{plan_warnings:?}");
    assert!(plan_warnings[0].starts_with("action plan garapen: sub-step"));
    assert!(
        plan_warnings[1].contains("adive")
            && plan_warnings[1].contains("NO_MUTUAL_LEARNING_ACTION")
    );
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("uog") && n.contains("\"Objective #1\""))
    );
    assert!(report.notes.iter().any(|n| n.contains("Mid-March 2019")));
    assert!(demo::is_imported(conn).await.unwrap());

    let page = organisations::page(conn, PageRequest::parse(Some(100), None).unwrap())
        .await
        .unwrap();
    assert_eq!(page.total, 25);
    let uog = page
        .items
        .iter()
        .find(|org| org.short_name.as_deref() == Some("UoG"))
        .unwrap();
    assert_eq!(uog.name, "Unternehmer ohne Grenzen e.V.");
    assert!(uog.consortium_partner);

    // A second import would duplicate keys: it fails as a whole and leaves the data intact.
    let err = demo::import(conn, &dataset).await.unwrap_err();
    assert!(matches!(err, PersistenceError::Conflict), "{err:?}");
    let page = organisations::page(conn, PageRequest::parse(Some(1), None).unwrap())
        .await
        .unwrap();
    assert_eq!(page.total, 25);
}

async fn emails_are_unique_ignoring_case(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    insert_account(&app, "munich@partners.test", "Munich", GlobalRole::Partner).await;
    let new = users::NewUser {
        email: Email::parse("MUNICH@partners.test").unwrap(),
        display_name: DisplayName::parse("Copy").unwrap(),
        organisation_id: None,
        global_role: GlobalRole::Partner,
        password_hash: "x".into(),
    };
    let err = users::create(app.db().conn(), new).await.unwrap_err();
    assert!(matches!(err, PersistenceError::Conflict), "{err:?}");
}

async fn a_refresh_token_is_spent_once(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    insert_account(
        &app,
        "garapen@partners.test",
        "Garapen",
        GlobalRole::Partner,
    )
    .await;
    let conn = app.db().conn();
    let email = Email::parse("garapen@partners.test").unwrap();
    let user = users::credentials_by_email(conn, &email)
        .await
        .unwrap()
        .unwrap()
        .user;
    refresh_tokens::insert(
        conn,
        user.id,
        "family-1",
        "hash-1",
        Utc::now() + Duration::hours(1),
    )
    .await
    .unwrap();
    let stored = refresh_tokens::find_by_hash(conn, "hash-1")
        .await
        .unwrap()
        .unwrap();
    assert!(refresh_tokens::spend(conn, stored.id).await.unwrap());
    assert!(
        !refresh_tokens::spend(conn, stored.id).await.unwrap(),
        "second spend fails"
    );

    refresh_tokens::insert(
        conn,
        user.id,
        "family-1",
        "hash-2",
        Utc::now() + Duration::hours(1),
    )
    .await
    .unwrap();
    refresh_tokens::revoke_family(conn, "family-1")
        .await
        .unwrap();
    let revoked = refresh_tokens::find_by_hash(conn, "hash-2")
        .await
        .unwrap()
        .unwrap();
    assert!(revoked.revoked_at.is_some());
    assert!(
        !refresh_tokens::spend(conn, revoked.id).await.unwrap(),
        "revoked tokens cannot be spent"
    );
}

on_both_databases!(
    demo_import_loads_the_network,
    emails_are_unique_ignoring_case,
    a_refresh_token_is_spent_once,
);
