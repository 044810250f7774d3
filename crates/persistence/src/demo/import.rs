//! Loads the dataset's network reference data in one transaction and reports what it could
//! not resolve instead of inventing it.

use std::collections::HashMap;

use mega_domain::action_plan::StakeholderMatcher;
use mega_domain::{MembershipRole, OrganisationId, OrganisationKind, Participation};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    TransactionTrait,
};

use super::Dataset;
use super::library::{
    import_award, import_good_practices, import_plenary_outcomes, import_territory_facts,
};
use super::mutual_learning::{Keys, import_events, import_proposed_actions};
use crate::entities::{membership, organisation, territory, thematic_area, working_group};
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
    /// Working groups created.
    pub working_groups: usize,
    /// Memberships created.
    pub memberships: usize,
    /// Events created.
    pub events: usize,
    /// Agenda items created.
    pub agenda_items: usize,
    /// Event participants created.
    pub participants: usize,
    /// Proposed actions created.
    pub proposed_actions: usize,
    /// Good practices created.
    pub good_practices: usize,
    /// Plenary outcomes created.
    pub plenary_outcomes: usize,
    /// Awards created.
    pub awards: usize,
    /// Territory facts created.
    pub territory_facts: usize,
    /// Action plans created.
    pub action_plans: usize,
    /// Actions (objectives) of the plans created.
    pub plan_actions: usize,
    /// Top-level steps created.
    pub action_steps: usize,
    /// Sub-steps created.
    pub action_sub_steps: usize,
    /// Oddities of the printed data that were imported as printed, one sentence each.
    pub notes: Vec<String>,
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

    let mut organisation_ids = HashMap::new();
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
        let inserted = organisation::Entity::insert(row).exec(&txn).await?;
        organisation_ids.insert(record.key.as_str(), inserted.last_insert_id);
        report.organisations += 1;
    }

    let mut area_ids = HashMap::new();
    for record in &dataset.thematic_areas {
        let row = thematic_area::ActiveModel {
            slug: Set(record.key.clone()),
            number: Set(record.number),
            title: Set(record.title.clone()),
            description: Set(record.description.clone()),
            ..Default::default()
        };
        let inserted = thematic_area::Entity::insert(row).exec(&txn).await?;
        area_ids.insert(record.key.as_str(), inserted.last_insert_id);
        report.thematic_areas += 1;
    }

    let mut group_ids = HashMap::new();
    for record in &dataset.working_groups {
        let Some(area_id) = area_ids.get(record.thematic_area.as_str()).copied() else {
            report.warnings.push(format!(
                "working group {}: unknown thematic area {:?}, group skipped",
                record.key, record.thematic_area
            ));
            continue;
        };
        let row = working_group::ActiveModel {
            slug: Set(record.key.clone()),
            thematic_area_id: Set(area_id),
            title: Set(record.title.clone()),
            ..Default::default()
        };
        let group_id = working_group::Entity::insert(row)
            .exec(&txn)
            .await?
            .last_insert_id;
        group_ids.insert(record.key.as_str(), group_id);
        report.working_groups += 1;
        let printed = record
            .leading
            .iter()
            .map(|member| (MembershipRole::Leading, member))
            .chain(
                record
                    .learning
                    .iter()
                    .map(|member| (MembershipRole::Learning, member)),
            );
        for (role, member) in printed {
            let Some(org_key) = member.organisation.as_deref() else {
                report.warnings.push(format!(
                    "working group {}: {} member for territory {:?} names no organisation; not imported",
                    record.key,
                    role.code().to_lowercase(),
                    member.territory
                ));
                continue;
            };
            let Some(organisation_id) = organisation_ids.get(org_key).copied() else {
                report.warnings.push(format!(
                    "working group {}: unknown organisation {org_key:?}; not imported",
                    record.key
                ));
                continue;
            };
            let row = membership::ActiveModel {
                working_group_id: Set(group_id),
                organisation_id: Set(organisation_id),
                role: Set(role.code().to_owned()),
                // The report assigns every printed member to its group, so membership is not
                // left to choice (see docs/DECISIONS.md).
                participation: Set(Participation::Mandatory.code().to_owned()),
                note: Set(member.note.clone()),
                ..Default::default()
            };
            membership::Entity::insert(row).exec(&txn).await?;
            report.memberships += 1;
        }
    }

    let mut stakeholders = StakeholderMatcher::default();
    for record in &dataset.organisations {
        if let Some(id) = organisation_ids.get(record.key.as_str()) {
            let other_names = record.short_name.iter().chain(&record.aliases);
            stakeholders.add(
                OrganisationId(*id),
                &record.name,
                other_names.map(String::as_str),
            );
        }
    }
    let keys = Keys {
        territories: territory_ids,
        organisations: organisation_ids,
        groups: group_ids,
        areas: area_ids,
        stakeholders,
    };
    let events = import_events(&txn, dataset, &keys, &mut report).await?;
    import_proposed_actions(&txn, dataset, &keys, &mut report).await?;
    import_good_practices(&txn, dataset, &keys, &mut report).await?;
    import_plenary_outcomes(&txn, dataset, &keys, &events, &mut report).await?;
    import_award(&txn, dataset, &keys, &mut report).await?;
    import_territory_facts(&txn, dataset, &keys, &mut report).await?;
    let plans = super::action_plans::ActionPlansDataset::shipped()
        .map_err(|err| crate::PersistenceError::Corrupt(err.to_string()))?;
    super::action_plans::import_action_plans(&txn, &plans, &keys, &mut report).await?;

    import_phases(&txn, &dataset.phases).await?;
    txn.commit().await?;
    Ok(report)
}

/// The programme's phases and their stages, as printed; a stage's printed wording of both
/// dates at once is kept as its start's wording.
async fn import_phases(
    conn: &impl ConnectionTrait,
    phases: &[super::dataset::PhaseRecord],
) -> Result<()> {
    use crate::entities::programme_phase;
    async fn insert(
        conn: &impl ConnectionTrait,
        parent: Option<i32>,
        position: i32,
        reference: Option<String>,
        record: &super::dataset::PhaseRecord,
    ) -> Result<i32> {
        let summary = [
            &record.summary,
            &record.minimum_requirement,
            &record.coordination_calls,
        ]
        .into_iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
        let row = programme_phase::ActiveModel {
            parent_id: Set(parent),
            position: Set(position),
            reference: Set(reference),
            title: Set(record.title.clone()),
            summary: Set((!summary.is_empty()).then_some(summary)),
            start_date: Set(record.start.clone()),
            end_date: Set(record.end.clone()),
            start_text: Set(record
                .start_text
                .clone()
                .or_else(|| record.dates_text.clone())),
            end_text: Set(record.end_text.clone()),
            ..Default::default()
        };
        Ok(programme_phase::Entity::insert(row)
            .exec(conn)
            .await?
            .last_insert_id)
    }
    for (position, phase) in (1..).zip(phases) {
        let number = phase.number.unwrap_or(position);
        let id = insert(conn, None, position, Some(number.to_string()), phase).await?;
        for (index, stage) in (1..).zip(&phase.stages) {
            let reference = stage.reference.as_ref().map(|r| format!("{number}{r}"));
            insert(conn, Some(id), index, reference, stage).await?;
        }
    }
    Ok(())
}
