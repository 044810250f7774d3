//! A plan's public summary: what the public pages show of an agreed plan (its objectives,
//! their steps with dates, status and progress) and nothing about people: no stakeholders
//! (they can name persons), no report narratives or evidence, no authors.

use std::collections::HashMap;

use crate::action_plan::ActionId;
use crate::action_plan::{ActionPlan, ActionStep, ActionStepId, PlanAction, number_steps};
use crate::monitoring::{ProgressReport, StepProgress, StepStatus, roll_up};
use crate::partial_date::PartialDate;
use crate::{GoodPracticeId, ThematicAreaId};

/// Progress rounded to one decimal, as the plan pages show it.
fn rounded(progress: Option<f64>) -> Option<f64> {
    progress.map(|p| (p * 10.0).round() / 10.0)
}

/// An agreed plan as the public sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanSummary {
    /// The plan (its organisation and stage).
    pub plan: ActionPlan,
    /// Progress 0–100 over all leaf steps (as `ActionPlan.progress`).
    pub progress: Option<f64>,
    /// Its objectives in order.
    pub objectives: Vec<ObjectiveSummary>,
}

/// An objective of a public plan summary.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectiveSummary {
    /// The printed reference.
    pub reference: Option<String>,
    /// The objective.
    pub title: Option<String>,
    /// Its thematic area.
    pub thematic_area_id: Option<ThematicAreaId>,
    /// Progress 0–100 (as `Action.progress`).
    pub progress: Option<f64>,
    /// The published good practices it adopts, in the order they were linked.
    pub practices: Vec<GoodPracticeId>,
    /// Its steps, numbered, in order.
    pub steps: Vec<StepSummary>,
}

/// A step of a public plan summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepSummary {
    /// Its number ("1", "1.1").
    pub number: String,
    /// What is done.
    pub title: String,
    /// Start.
    pub start: Option<PartialDate>,
    /// End.
    pub end: Option<PartialDate>,
    /// Latest reported status (NOT_STARTED when never reported).
    pub status: StepStatus,
    /// Latest reported percentage.
    pub percent_complete: i32,
}

/// Sort key of a step number: "1.10" after "1.9".
fn number_key(number: &str) -> Vec<u32> {
    number
        .split('.')
        .map(|part| part.parse().unwrap_or(0))
        .collect()
}

/// Summarises `plan` from its `actions`, their `steps`, each step's latest report and the
/// published practices each action adopts (`practices`: links in the order made; the caller
/// leaves out the unpublished ones).
pub fn summarise(
    plan: &ActionPlan,
    actions: &[PlanAction],
    steps: &[ActionStep],
    latest: &HashMap<ActionStepId, ProgressReport>,
    practices: &[(ActionId, GoodPracticeId)],
) -> PlanSummary {
    let mut actions: Vec<&PlanAction> = actions.iter().filter(|a| a.plan_id == plan.id).collect();
    actions.sort_by_key(|a| (a.position, a.id));
    let mut all_progress = Vec::new();
    let objectives = actions
        .into_iter()
        .map(|action| {
            let own: Vec<ActionStep> = steps
                .iter()
                .filter(|s| s.action_id == action.id)
                .cloned()
                .collect();
            let progress: Vec<StepProgress> = own
                .iter()
                .map(|step| StepProgress::of(step, latest.get(&step.id)))
                .collect();
            all_progress.extend(progress.iter().copied());
            let numbers = number_steps(&own);
            let mut summaries: Vec<StepSummary> = own
                .iter()
                .filter_map(|step| {
                    let report = latest.get(&step.id);
                    Some(StepSummary {
                        number: numbers.get(&step.id)?.clone(),
                        title: step.title.clone(),
                        start: step.start,
                        end: step.end,
                        status: report.map_or(StepStatus::NotStarted, |r| r.status),
                        percent_complete: report.map_or(0, |r| r.percent_complete),
                    })
                })
                .collect();
            summaries.sort_by_key(|s| number_key(&s.number));
            ObjectiveSummary {
                reference: action.reference.clone(),
                title: action.title.clone(),
                thematic_area_id: action.thematic_area_id,
                progress: rounded(roll_up(&progress)),
                practices: practices
                    .iter()
                    .filter(|(linked, _)| *linked == action.id)
                    .map(|(_, practice)| *practice)
                    .collect(),
                steps: summaries,
            }
        })
        .collect();
    PlanSummary {
        plan: plan.clone(),
        progress: rounded(roll_up(&all_progress)),
        objectives,
    }
}
