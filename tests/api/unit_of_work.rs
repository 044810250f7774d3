//! Every write is one audited unit of work: a write without its audit event cannot commit,
//! and a unit records exactly one event — on SQLite and on PostgreSQL.

use mega_api::services::ServiceError;
use mega_api::services::unit_of_work::UnitOfWork;
use mega_domain::network::OrganisationFields;
use mega_domain::{Actor, AuditFilter, OrganisationKind, PageRequest};
use mega_persistence::{audit, organisations};
use mega_tests::{Backend, TestApp, on_both_databases};

fn fields(name: &str) -> OrganisationFields {
    OrganisationFields {
        name: name.to_owned(),
        short_name: None,
        kind: OrganisationKind::Ngo,
        territory_id: None,
        consortium_partner: false,
    }
}

async fn organisations_named(app: &TestApp, name: &str) -> usize {
    let page = organisations::page(
        app.db().conn(),
        PageRequest {
            offset: 0,
            limit: 100,
        },
    )
    .await
    .unwrap();
    page.items.iter().filter(|o| o.name == name).count()
}

async fn a_write_without_its_audit_event_cannot_commit(backend: Backend) {
    let app = TestApp::builder(backend).empty().start().await;
    let events_before = audit::page(
        app.db().conn(),
        &AuditFilter::default(),
        PageRequest {
            offset: 0,
            limit: 1,
        },
    )
    .await
    .unwrap()
    .total;

    let uow = UnitOfWork::begin(app.db(), &Actor::Anonymous)
        .await
        .unwrap();
    organisations::create(uow.txn(), "unaudited", fields("Unaudited"))
        .await
        .unwrap();
    let refused = uow.commit().await;
    assert!(
        matches!(refused, Err(ServiceError::Internal(_))),
        "{refused:?}"
    );
    assert_eq!(
        organisations_named(&app, "Unaudited").await,
        0,
        "rolled back"
    );

    let mut uow = UnitOfWork::begin(app.db(), &Actor::Anonymous)
        .await
        .unwrap();
    let created = organisations::create(uow.txn(), "audited", fields("Audited"))
        .await
        .unwrap();
    uow.created("createOrganisation", &created).await.unwrap();
    let second = uow.created("createOrganisation", &created).await;
    assert!(
        matches!(second, Err(ServiceError::Internal(_))),
        "one event per unit: {second:?}"
    );
    uow.commit().await.unwrap();
    assert_eq!(organisations_named(&app, "Audited").await, 1);
    let events_after = audit::page(
        app.db().conn(),
        &AuditFilter::default(),
        PageRequest {
            offset: 0,
            limit: 1,
        },
    )
    .await
    .unwrap()
    .total;
    assert_eq!(events_after, events_before + 1);
}

on_both_databases!(a_write_without_its_audit_event_cannot_commit);
