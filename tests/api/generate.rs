//! `mega generate`: ×2 writes exactly two cohorts of the demo's shape, labelled as
//! generated, the same rows for the same seed, and refuses a second run.

use mega_persistence::generate::{self, DEFAULT_SEED, GenerateReport};
use mega_tests::{Backend, TestApp, on_both_databases};
use sea_orm::{ConnectionTrait, Statement};

async fn count(app: &TestApp, sql: &str) -> usize {
    let conn = app.db().conn();
    let row = conn
        .query_one_raw(Statement::from_string(
            conn.get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM {sql}"),
        ))
        .await
        .unwrap()
        .unwrap();
    usize::try_from(row.try_get::<i64>("", "n").unwrap()).unwrap()
}

fn day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

async fn generated(backend: Backend, scale: u32) -> (TestApp, GenerateReport) {
    let app = TestApp::builder(backend).empty().start().await;
    let report = generate::generate(app.db().conn(), scale, DEFAULT_SEED, day())
        .await
        .unwrap();
    (app, report)
}

async fn generating_twice_the_network_writes_two_cohorts(backend: Backend) {
    let (app, report) = generated(backend, 2).await;
    // The fixed shape: per cohort the demo's 5 territories, 25 organisations, 4 groups with
    // 4 members each, a benchmark, plan and account per partner, 5 calls per group.
    let fixed = [
        ("territories", 10, report.territories),
        ("organisations", 50, report.organisations),
        ("thematic_areas", 8, report.thematic_areas),
        ("working_groups", 8, report.working_groups),
        ("memberships", 32, report.memberships),
        ("users", 12, report.users),
        ("benchmarks", 12, report.benchmarks),
        ("action_plans", 12, report.action_plans),
        ("coordination_calls", 40, report.coordination_calls),
    ];
    for (table, expected, reported) in fixed {
        assert_eq!(reported, expected, "{table} reported");
        assert_eq!(
            count(&app, table).await,
            expected,
            "{table} in the database"
        );
    }
    assert_eq!(report.cohorts, 2);
    // The drawn shape: 2–3 actions per plan, 3–4 steps per action, reports on the steps
    // of the ten implementing plans; the database holds what the report says.
    assert!((24..=36).contains(&report.plan_actions), "{report:?}");
    assert!(
        (3 * report.plan_actions..=4 * report.plan_actions).contains(&report.action_steps),
        "{report:?}"
    );
    assert!(report.action_sub_steps > 0 && report.progress_reports > 0 && report.feedback > 0);
    assert_eq!(count(&app, "plan_actions").await, report.plan_actions);
    assert_eq!(
        count(&app, "action_steps").await,
        report.action_steps + report.action_sub_steps
    );
    assert_eq!(
        count(&app, "progress_reports").await,
        report.progress_reports
    );
    assert_eq!(count(&app, "feedback").await, report.feedback);
    // Labelled as generated, like the demo's generated implementation period.
    assert_eq!(
        count(&app, "progress_reports WHERE generated = TRUE").await,
        report.progress_reports
    );
    assert_eq!(
        count(&app, "coordination_calls WHERE generated = TRUE").await,
        40
    );
    assert_eq!(
        count(
            &app,
            "organisations WHERE slug LIKE 'gen%' AND name LIKE 'Generated %'"
        )
        .await,
        50
    );
    assert_eq!(count(&app, "users WHERE active = FALSE").await, 12);
    assert_eq!(
        count(&app, "action_plans WHERE stage = 'IMPLEMENTING'").await,
        10
    );
    // Nobody generates twice into one database.
    assert!(matches!(
        generate::generate(app.db().conn(), 1, DEFAULT_SEED, day()).await,
        Err(mega_persistence::PersistenceError::Conflict)
    ));
    // The same seed and day write the same rows elsewhere; another seed draws others.
    let (_, again) = generated(backend, 2).await;
    assert_eq!(again, report);
    let app = TestApp::builder(backend).empty().start().await;
    let other = generate::generate(app.db().conn(), 2, DEFAULT_SEED + 1, day())
        .await
        .unwrap();
    assert_ne!(other, report);
}

on_both_databases!(generating_twice_the_network_writes_two_cohorts);
