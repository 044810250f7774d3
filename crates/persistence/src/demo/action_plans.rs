//! Imports the dataset's `action_plans`: six plans exactly as printed (partial dates with
//! their wording, lists with their verbatim cells, missing headings, repeated refs). Every
//! oddity is reported; nothing is invented.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use mega_domain::action_plan::{
    ActionFacts, ActionFields, ActionOrigin, NewAction, PlanStage, Stakeholder, StakeholderMatcher,
    StepFields, broken_plan_rules,
};
use mega_domain::partial_date::{PartialDate, Precision, check_range};
use mega_domain::{MembershipRole, OrganisationId, ProposedActionId, ThematicAreaId};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

use super::ImportReport;
use super::dataset::MEGA_2018_YAML;
use super::mutual_learning::Keys;
use crate::action_plans as repo;
use crate::entities::{membership, proposed_action, working_group};
use crate::error::Result;

/// The `action_plans` section of the dataset.
#[derive(Debug, Deserialize)]
pub struct ActionPlansDataset {
    /// The plans.
    #[serde(default)]
    pub action_plans: Vec<PlanRecord>,
    /// The proposed actions (key, organisation, title), to link objectives.
    #[serde(default)]
    pub proposed_actions: Vec<ProposedActionKey>,
}

impl ActionPlansDataset {
    /// Parses the plans out of the dataset's YAML.
    pub fn parse(yaml: &str) -> std::result::Result<Self, serde_yaml::Error> {
        serde_yaml::from_str(yaml)
    }

    /// The plans of the shipped dataset.
    pub fn shipped() -> std::result::Result<Self, serde_yaml::Error> {
        Self::parse(MEGA_2018_YAML)
    }
}

/// A proposed action's identity in the dataset.
#[derive(Debug, Deserialize)]
pub struct ProposedActionKey {
    /// Key.
    pub key: String,
    /// Presenting organisation's key.
    pub organisation: String,
    /// Title.
    pub title: String,
}

/// One organisation's printed plan.
#[derive(Debug, Deserialize)]
pub struct PlanRecord {
    /// Organisation key.
    pub organisation: String,
    /// The printed heading.
    pub heading: Option<String>,
    /// The objectives (actions).
    #[serde(default)]
    pub objectives: Vec<ObjectiveRecord>,
}

/// A printed objective.
#[derive(Debug, Deserialize)]
pub struct ObjectiveRecord {
    /// Printed order.
    pub seq: Option<i32>,
    /// Printed reference, e.g. "Objective #1".
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    /// The objective.
    pub title: Option<String>,
    /// Key of the proposed action it grew from.
    pub related_proposed_action: Option<String>,
    /// Editorial note.
    pub note: Option<String>,
    /// Editorial note on the ref.
    pub ref_note: Option<String>,
    /// Steps.
    #[serde(default)]
    pub steps: Vec<StepRecord>,
}

/// A printed step (or sub-step).
#[derive(Debug, Deserialize)]
pub struct StepRecord {
    /// Printed reference.
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    /// What is done.
    pub title: String,
    /// Who.
    #[serde(default)]
    pub stakeholders: Option<Vec<String>>,
    /// The printed cell when not just the list.
    pub stakeholders_text: Option<String>,
    /// Success factors.
    #[serde(default)]
    pub success_factors: Option<Vec<String>>,
    /// The printed cell when not just the list.
    pub success_factors_text: Option<String>,
    /// Start, `YYYY[-MM[-DD]]`.
    pub start: Option<String>,
    /// Printed start wording.
    pub start_text: Option<String>,
    /// End.
    pub end: Option<String>,
    /// Printed end wording.
    pub end_text: Option<String>,
    /// Sub-steps.
    #[serde(default)]
    pub steps: Vec<StepRecord>,
}

/// Stage of the imported plans: the report says they were finalised with local stakeholders
/// by March 2019 and implemented from April 2019 (see docs/DECISIONS.md).
pub const IMPORTED_STAGE: PlanStage = PlanStage::Implementing;

fn at(year: i32, month: u32, day: u32) -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(year, month, day)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .map(|d| d.and_utc())
        .unwrap_or_default()
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `text` is the plain wording of `date` ("2018", "January 2019").
fn plain_wording(date: &PartialDate, text: &str) -> bool {
    let canonical = date.to_string();
    match date.precision() {
        Precision::Year => text == canonical,
        Precision::Month => {
            let (year, month) = canonical.split_at(4);
            let month: usize = month.trim_start_matches('-').parse().unwrap_or(0);
            month >= 1 && text == format!("{} {year}", MONTHS[month - 1])
        }
        Precision::Day => false,
    }
}

fn step_fields(
    plan: &str,
    record: &StepRecord,
    organisations: &StakeholderMatcher,
    report: &mut ImportReport,
) -> (StepFields, Option<PartialDate>, Option<PartialDate>) {
    let mut date = |field: &str, raw: Option<&str>, text: Option<&str>| {
        let raw = raw?;
        match PartialDate::parse("date", raw) {
            Ok(date) => {
                if let Some(text) = text
                    && !plain_wording(&date, text)
                {
                    report.notes.push(format!(
                        "action plan {plan}: step {:?} {field} printed as {text:?}, recorded as {date} ({:?} precision) with the wording kept",
                        record.title,
                        date.precision()
                    ));
                }
                Some(date)
            }
            Err(_) => {
                report.warnings.push(format!(
                    "action plan {plan}: step {:?} has an unreadable {field} {raw:?}, left empty",
                    record.title
                ));
                None
            }
        }
    };
    let start = date(
        "start",
        record.start.as_deref(),
        record.start_text.as_deref(),
    );
    let end = date("end", record.end.as_deref(), record.end_text.as_deref());
    if check_range(start.as_ref(), end.as_ref()).is_err() {
        report.warnings.push(format!(
            "action plan {plan}: step {:?} ends before it starts; kept as printed",
            record.title
        ));
    }
    if let Some(start) = start
        && start.last_day() < at(2018, 11, 1).date_naive()
    {
        report.notes.push(format!(
            "action plan {plan}: step {:?} is dated {start}, before the action-planning phase began (November 2018); kept as printed",
            record.title
        ));
    }
    for (field, text) in [
        ("stakeholders", &record.stakeholders_text),
        ("success factors", &record.success_factors_text),
    ] {
        if let Some(text) = text {
            report.notes.push(format!(
                "action plan {plan}: step {:?} {field} cell kept verbatim: {text:?}",
                record.title
            ));
        }
    }
    let fields = StepFields {
        reference: record.reference.clone(),
        title: record.title.clone(),
        stakeholders: record
            .stakeholders
            .iter()
            .flatten()
            .map(|printed| organisations.resolve(printed))
            .collect(),
        stakeholders_text: record.stakeholders_text.clone(),
        success_factors: record.success_factors.clone().unwrap_or_default(),
        success_factors_text: record.success_factors_text.clone(),
        start,
        end,
        start_text: record.start_text.clone(),
        end_text: record.end_text.clone(),
    };
    (fields, start, end)
}

/// Warns, once per plan, about the printed stakeholders no organisation matched: they stay
/// words, and the coordinator may link them by editing the steps.
fn warn_unmatched_stakeholders(plan: &str, actions: &[NewAction], report: &mut ImportReport) {
    let unmatched: BTreeSet<&str> = actions
        .iter()
        .flat_map(|action| &action.steps)
        .flat_map(|(step, children)| std::iter::once(step).chain(children))
        .flat_map(|step| &step.stakeholders)
        .filter_map(|stakeholder| match stakeholder {
            Stakeholder::Named(name) => Some(name.as_str()),
            Stakeholder::Organisation { .. } => None,
        })
        .collect();
    if !unmatched.is_empty() {
        let names: Vec<String> = unmatched.iter().map(|name| format!("{name:?}")).collect();
        report.warnings.push(format!(
            "action plan {plan}: {} stakeholders match no organisation and stay words: {}",
            names.len(),
            names.join(", ")
        ));
    }
}

/// Imports the plans of `plans`; organisations and proposed actions must be imported.
pub(super) async fn import_action_plans(
    conn: &impl ConnectionTrait,
    plans: &ActionPlansDataset,
    keys: &Keys<'_>,
    report: &mut ImportReport,
) -> Result<()> {
    // Proposed actions by dataset key → (id, thematic area of its group).
    let groups: HashMap<i32, i32> = working_group::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|g| (g.id, g.thematic_area_id))
        .collect();
    let rows = proposed_action::Entity::find().all(conn).await?;
    let mut proposed: HashMap<&str, (ProposedActionId, Option<ThematicAreaId>)> = HashMap::new();
    for key in &plans.proposed_actions {
        let Some(org) = keys.organisations.get(key.organisation.as_str()) else {
            continue;
        };
        if let Some(row) = rows
            .iter()
            .find(|r| r.organisation_id == *org && r.title == key.title)
        {
            proposed.insert(
                key.key.as_str(),
                (
                    ProposedActionId(row.id),
                    groups
                        .get(&row.working_group_id)
                        .copied()
                        .map(ThematicAreaId),
                ),
            );
        }
    }
    let memberships = membership::Entity::find()
        .filter(membership::Column::Role.eq(MembershipRole::Learning.code()))
        .all(conn)
        .await?;

    for plan in &plans.action_plans {
        let name = plan.organisation.as_str();
        let Some(organisation) = keys.organisations.get(name).copied().map(OrganisationId) else {
            report.warnings.push(format!(
                "action plan {name}: unknown organisation; plan not imported"
            ));
            continue;
        };
        let mut actions = Vec::new();
        let mut facts = Vec::new();
        let mut refs: HashMap<&str, usize> = HashMap::new();
        for (i, objective) in plan.objectives.iter().enumerate() {
            let label = objective
                .reference
                .clone()
                .or_else(|| objective.seq.map(|s| format!("objective {s}")))
                .unwrap_or_else(|| format!("objective {}", i + 1));
            if objective.title.is_none() {
                report.notes.push(format!(
                    "action plan {name}: {label} has no printed heading; imported without ref and title"
                ));
            }
            if let Some(reference) = objective.reference.as_deref() {
                *refs.entry(reference).or_default() += 1;
            }
            for note in [&objective.note, &objective.ref_note].into_iter().flatten() {
                report
                    .notes
                    .push(format!("action plan {name}: {label}: {note}"));
            }
            let (proposed_action_id, thematic_area_id) = match objective
                .related_proposed_action
                .as_deref()
            {
                Some(key) => match proposed.get(key) {
                    Some((id, area)) => (Some(*id), *area),
                    None => {
                        report.warnings.push(format!(
                            "action plan {name}: {label}: unknown proposed action {key:?}, left unlinked"
                        ));
                        (None, None)
                    }
                },
                None => (None, None),
            };
            // An objective linked to an "ask the expert" proposal grew out of mutual learning;
            // its thematic area is that of the proposal's working group.
            let origin = if proposed_action_id.is_some() {
                ActionOrigin::MutualLearning
            } else {
                ActionOrigin::OtherOpportunity
            };
            facts.push(ActionFacts {
                origin,
                thematic_area_id,
            });
            let mut steps = Vec::new();
            for step in &objective.steps {
                let (fields, start, end) = step_fields(name, step, &keys.stakeholders, report);
                let mut children = Vec::new();
                for child in &step.steps {
                    let (child_fields, child_start, child_end) =
                        step_fields(name, child, &keys.stakeholders, report);
                    let outside = matches!((start, child_start), (Some(p), Some(c)) if c.first_day() < p.first_day())
                        || matches!((end, child_end), (Some(p), Some(c)) if c.last_day() > p.last_day());
                    if outside {
                        report.warnings.push(format!(
                            "action plan {name}: sub-step {:?} is dated outside its parent step {:?}; kept as printed",
                            child.title, step.title
                        ));
                    }
                    children.push(child_fields);
                }
                steps.push((fields, children));
            }
            actions.push(NewAction {
                fields: ActionFields {
                    reference: objective.reference.clone(),
                    title: objective.title.clone(),
                    thematic_area_id,
                    origin,
                    proposed_action_id,
                },
                steps,
            });
        }
        warn_unmatched_stakeholders(name, &actions, report);
        let mut repeated: Vec<_> = refs.into_iter().filter(|(_, n)| *n > 1).collect();
        repeated.sort();
        for (reference, count) in repeated {
            report.notes.push(format!(
                "action plan {name}: {count} objectives are printed as {reference:?}; each kept as printed"
            ));
        }
        let learning_areas: Vec<ThematicAreaId> = memberships
            .iter()
            .filter(|m| m.organisation_id == organisation.0)
            .filter_map(|m| groups.get(&m.working_group_id).copied().map(ThematicAreaId))
            .collect();
        for broken in broken_plan_rules(&facts, &learning_areas) {
            report.warnings.push(format!(
                "action plan {name}: {} ({})",
                broken.message, broken.code
            ));
        }

        let created = at(2018, 12, 6);
        let plan_row = repo::create(
            conn,
            organisation,
            PlanStage::Draft,
            None,
            created,
            Some(format!(
                "Imported from the report: {}",
                plan.heading.as_deref().unwrap_or(name)
            )),
        )
        .await?;
        let counts = repo::replace_content(conn, plan_row.id, actions).await?;
        let history = [
            (
                PlanStage::Draft,
                PlanStage::Submitted,
                at(2018, 12, 6),
                "Presented at the Munich peer-learning event.",
            ),
            (
                PlanStage::Submitted,
                PlanStage::Adopted,
                at(2019, 3, 31),
                "Finalised with local stakeholders by March 2019 (report).",
            ),
            (
                PlanStage::Adopted,
                PlanStage::Implementing,
                at(2019, 4, 1),
                "Implementation from April 2019 (report).",
            ),
        ];
        for (version, (from, to, when, comment)) in (plan_row.version..).zip(history) {
            repo::bump_plan(conn, plan_row.id, version, Some(to)).await?;
            repo::add_history(
                conn,
                plan_row.id,
                Some(from),
                to,
                None,
                when,
                Some(comment.to_owned()),
            )
            .await?;
            if to == PlanStage::Adopted {
                repo::freeze_baseline(conn, plan_row.id).await?;
            }
        }
        report.action_plans += 1;
        report.plan_actions += counts.actions;
        report.action_steps += counts.steps;
        report.action_sub_steps += counts.sub_steps;
    }
    Ok(())
}
