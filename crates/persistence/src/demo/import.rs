//! Loads the dataset's network reference data in one transaction and reports what it could
//! not resolve instead of inventing it.

use std::collections::HashMap;

use mega_domain::OrganisationKind;
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    TransactionTrait,
};

use super::Dataset;
use crate::entities::{organisation, territory, thematic_area};
use crate::error::Result;

/// What an import loaded and what it had to leave out.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// Territories created.
    pub territories: usize,
    /// Organisations created.
    pub organisations: usize,
    /// Thematic areas created.
    pub thematic_areas: usize,
    /// Entries of the dataset that could not be loaded as printed, one sentence each.
    pub warnings: Vec<String>,
}

/// Whether a dataset has been imported into this database already.
pub async fn is_imported(conn: &impl ConnectionTrait) -> Result<bool> {
    Ok(territory::Entity::find().count(conn).await? > 0)
}

/// Imports `dataset` into an empty database, all or nothing.
pub async fn import(conn: &DatabaseConnection, dataset: &Dataset) -> Result<ImportReport> {
    let txn = conn.begin().await?;
    let mut report = ImportReport::default();

    let mut territory_ids = HashMap::new();
    for record in &dataset.territories {
        let row = territory::ActiveModel {
            slug: Set(record.key.clone()),
            name: Set(record.name.clone()),
            country: Set(record.country.clone()),
            ..Default::default()
        };
        let inserted = territory::Entity::insert(row).exec(&txn).await?;
        territory_ids.insert(record.key.as_str(), inserted.last_insert_id);
        report.territories += 1;
    }

    for record in &dataset.organisations {
        let kind = OrganisationKind::from_code(&record.kind).unwrap_or_else(|| {
            report.warnings.push(format!(
                "organisation {}: unknown kind {:?}, imported as other",
                record.key, record.kind
            ));
            OrganisationKind::Other
        });
        let territory_id = match record.territory.as_deref() {
            None => None,
            Some(key) => {
                let id = territory_ids.get(key).copied();
                if id.is_none() {
                    report.warnings.push(format!(
                        "organisation {}: unknown territory {key:?}, left empty",
                        record.key
                    ));
                }
                id
            }
        };
        let row = organisation::ActiveModel {
            slug: Set(record.key.clone()),
            name: Set(record.name.clone()),
            short_name: Set(record.short_name.clone()),
            kind: Set(kind.code().to_owned()),
            territory_id: Set(territory_id),
            consortium_partner: Set(record.consortium_partner),
            ..Default::default()
        };
        organisation::Entity::insert(row).exec(&txn).await?;
        report.organisations += 1;
    }

    for record in &dataset.thematic_areas {
        let row = thematic_area::ActiveModel {
            slug: Set(record.key.clone()),
            number: Set(record.number),
            title: Set(record.title.clone()),
            description: Set(record.description.clone()),
            ..Default::default()
        };
        thematic_area::Entity::insert(row).exec(&txn).await?;
        report.thematic_areas += 1;
    }

    txn.commit().await?;
    Ok(report)
}
