//! Imports the learning library: good practices, the event's plenary outcomes, the award and
//! the territory facts, exactly as transcribed. Unknown keys become warnings.

use std::collections::HashMap;

use mega_domain::evidence::{AwardFields, TerritoryFactFields};
use mega_domain::good_practice::GoodPracticeFields;
use mega_domain::{
    AwardWinner, EventId, OrganisationId, TerritoryId, ThematicAreaId, WorkingGroupId,
};
use sea_orm::ConnectionTrait;

use super::ImportReport;
use super::dataset::Dataset;
use super::mutual_learning::Keys;
use crate::error::Result;
use crate::evidence;
use crate::good_practices;
use crate::plenary_outcomes::{self, PlenaryOutcomeFields};

/// Resolves an optional key, warning (and leaving it empty) when it is unknown.
fn resolve(
    map: &HashMap<&str, i32>,
    key: Option<&str>,
    what: &str,
    report: &mut ImportReport,
) -> Option<i32> {
    let key = key?;
    let id = map.get(key).copied();
    if id.is_none() {
        report
            .warnings
            .push(format!("{what}: unknown key {key:?}, left empty"));
    }
    id
}

/// Imports the good practices.
pub(super) async fn import_good_practices(
    conn: &impl ConnectionTrait,
    dataset: &Dataset,
    keys: &Keys<'_>,
    report: &mut ImportReport,
) -> Result<()> {
    for record in &dataset.good_practices {
        let what = format!("good practice {}", record.key);
        let organisation_id = resolve(
            &keys.organisations,
            record.organisation.as_deref(),
            &what,
            report,
        )
        .map(OrganisationId);
        let thematic_area_id = resolve(&keys.areas, record.thematic_area.as_deref(), &what, report)
            .map(ThematicAreaId);
        let fields = GoodPracticeFields {
            title: record.title.clone(),
            organisation_id,
            thematic_area_id,
            description: record.description.clone(),
            source: record.source.clone(),
        };
        good_practices::create(conn, fields).await?;
        report.good_practices += 1;
    }
    Ok(())
}

/// Imports the plenary discussions as outcomes of the event named by `source.event`.
pub(super) async fn import_plenary_outcomes(
    conn: &impl ConnectionTrait,
    dataset: &Dataset,
    keys: &Keys<'_>,
    events: &HashMap<&str, EventId>,
    report: &mut ImportReport,
) -> Result<()> {
    if dataset.plenary_discussions.is_empty() {
        return Ok(());
    }
    let key = dataset.source.as_ref().and_then(|s| s.event.as_deref());
    let Some(event) = key.and_then(|key| events.get(key)).copied() else {
        report.warnings.push(format!(
            "plenary discussions: unknown event {key:?}; not imported"
        ));
        return Ok(());
    };
    for record in &dataset.plenary_discussions {
        let mut working_group_ids = Vec::new();
        for group in &record.working_groups {
            let what = format!("plenary discussion {:?}", record.section);
            if let Some(id) = resolve(&keys.groups, Some(group), &what, report) {
                working_group_ids.push(WorkingGroupId(id));
            }
        }
        let fields = PlenaryOutcomeFields {
            section: record.section.clone(),
            heading: record.heading.clone(),
            note: record.note.clone(),
            summary_points: record.summary_points.clone(),
            recommendations: record.recommendations.clone(),
            working_group_ids,
        };
        plenary_outcomes::create(conn, event, fields).await?;
        report.plenary_outcomes += 1;
    }
    Ok(())
}

/// Imports the award with its winners.
pub(super) async fn import_award(
    conn: &impl ConnectionTrait,
    dataset: &Dataset,
    keys: &Keys<'_>,
    report: &mut ImportReport,
) -> Result<()> {
    let Some(record) = &dataset.award else {
        return Ok(());
    };
    let Ok(year) = record.year.trim().parse::<i32>() else {
        report.warnings.push(format!(
            "award {}: unreadable year {:?}; not imported",
            record.name, record.year
        ));
        return Ok(());
    };
    let mut winners = Vec::new();
    for winner in &record.winners {
        let what = format!("award winner {}", winner.name);
        let organisation_id = resolve(
            &keys.organisations,
            winner.organisation.as_deref(),
            &what,
            report,
        )
        .map(OrganisationId);
        winners.push(AwardWinner {
            name: winner.name.clone(),
            activity: winner.activity.clone(),
            organisation_id,
        });
    }
    let fields = AwardFields {
        name: record.name.clone(),
        edition: record.edition,
        year,
        criteria: record.criteria.clone(),
        applications: record.applications,
        winners,
    };
    evidence::create_award(conn, fields).await?;
    report.awards += 1;
    Ok(())
}

/// Imports the territory facts.
pub(super) async fn import_territory_facts(
    conn: &impl ConnectionTrait,
    dataset: &Dataset,
    keys: &Keys<'_>,
    report: &mut ImportReport,
) -> Result<()> {
    for record in &dataset.territory_facts {
        let what = format!("territory fact {:?}", record.figure);
        let territory_id = resolve(
            &keys.territories,
            record.territory.as_deref(),
            &what,
            report,
        )
        .map(TerritoryId);
        let fields = TerritoryFactFields {
            territory_id,
            country: record.country.clone(),
            figure: record.figure.clone(),
            value: record.value,
            unit: record.unit.clone(),
            year: record.year,
            qualifier: record.qualifier.clone(),
            source_text: record.text.clone(),
            section: record.section.clone(),
        };
        evidence::create_fact(conn, fields).await?;
        report.territory_facts += 1;
    }
    Ok(())
}
