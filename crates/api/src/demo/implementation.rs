//! A generated implementation period for the demo, so that every dashboard and report has
//! something true to show. **Generated, not from the report**: every call and report is
//! flagged `generated` and its text says so.
//!
//! The six plans are dated 2019–2020, but the demo runs today, so the period is anchored to
//! the day the demo is seeded: each working group held calls every four months over the last
//! year (one group is overdue), and the next call is scheduled. The organisations report at
//! those calls; step outcomes are derived deterministically from the step's id: most early
//! steps are DONE, some are re-planned (their current end moved two or four months past the
//! baseline frozen at adoption, so they drift behind it by as much), some are CANCELLED, and a
//! few were never reported (overdue).
//! One learning member reports nothing at its group's last call (a missing report).

use std::collections::HashMap;

use chrono::{Months, NaiveDate, TimeZone, Utc};
use mega_domain::action_plan::{ActionStep, PlanStage, StepFields};
use mega_domain::monitoring::{
    CoordinationCallFields as CallFields, DEFAULT_CALL_TIME_ZONE, Decision, StepStatus,
};
use mega_domain::partial_date::PartialDate;
use mega_domain::{Email, OrganisationId, PageRequest, WorkingGroupId};
use mega_persistence::action_plans as plans;
use mega_persistence::monitoring::{self as repo, NewReport};
use mega_persistence::{ConnectionTrait, organisations, users, working_groups};

use crate::error::ApiError;

/// Marks every generated text.
pub const MARK: &str = "Generated demo data (not from the report)";

/// Months before today of each group's past calls; the last group's rhythm slipped, so its
/// next call is overdue.
const ON_TIME: [u32; 4] = [13, 9, 5, 1];

/// The generated calls' time of day: mid-morning in Brussels, where MPG sits.
fn demo_call_time() -> Option<chrono::NaiveTime> {
    chrono::NaiveTime::from_hms_opt(10, 0, 0)
}
const SLIPPED: [u32; 3] = [14, 10, 6];

fn months_ago(today: NaiveDate, months: u32) -> NaiveDate {
    today
        .checked_sub_months(Months::new(months))
        .unwrap_or(today)
}

/// What becomes of a step, from its id (stable across runs of the same import).
fn outcome(step: &ActionStep) -> (StepStatus, i32) {
    match step.id.0.wrapping_mul(37).rem_euclid(100) {
        0..=54 => (StepStatus::Done, 100),
        55..=69 => (StepStatus::OnTrack, 40 + step.id.0.rem_euclid(5) * 10),
        70..=81 => (StepStatus::Delayed, 10 + step.id.0.rem_euclid(4) * 10),
        82..=87 => (StepStatus::Cancelled, 20),
        _ => (StepStatus::NotStarted, 0),
    }
}

/// Generates the period. `today` is the seeding day.
pub async fn generate(conn: &impl ConnectionTrait, today: NaiveDate) -> Result<(), ApiError> {
    let coordinator = users::credentials_by_email(conn, &Email::parse("coordinator@mpg.demo")?)
        .await?
        .map(|c| c.user.id);
    let groups = working_groups::page(
        conn,
        PageRequest {
            offset: 0,
            limit: 100,
        },
    )
    .await?
    .items;
    let group_ids: Vec<WorkingGroupId> = groups.iter().map(|g| g.id).collect();
    let memberships = working_groups::memberships_of_groups(conn, &group_ids).await?;
    let area_group: HashMap<_, _> = groups.iter().map(|g| (g.thematic_area_id, g.id)).collect();

    // Calls: past ones per group, and the next one scheduled (as a series of two).
    let mut call_ids: HashMap<WorkingGroupId, Vec<(NaiveDate, mega_domain::CoordinationCallId)>> =
        HashMap::new();
    for (index, group) in groups.iter().enumerate() {
        let participants: Vec<OrganisationId> = memberships
            .iter()
            .filter(|m| m.working_group_id == group.id)
            .map(|m| m.organisation_id)
            .collect();
        let past: &[u32] = if index + 1 == groups.len() {
            &SLIPPED
        } else {
            &ON_TIME
        };
        for months in past {
            let fields = CallFields {
                held_on: months_ago(today, *months),
                start_time: demo_call_time(),
                time_zone: Some(DEFAULT_CALL_TIME_ZONE.to_owned()),
                facilitator_id: coordinator,
                participant_ids: participants.clone(),
                agenda: Some(format!(
                    "{MARK}. Round of progress reports on the action plans; feedback from the leading members; next steps."
                )),
                notes: Some(format!(
                    "{MARK}. Each learning member presented the state of its actions in {}; the leading members commented.",
                    group.title
                )),
                decisions: Vec::new(),
            };
            let call = repo::insert_call(conn, group.id, &fields, None, true).await?;
            call_ids
                .entry(group.id)
                .or_default()
                .push((call.held_on, call.id));
        }
        if index + 1 < groups.len() {
            let series = uuid::Uuid::new_v4().to_string();
            for months in [3, 7] {
                let fields = CallFields {
                    held_on: today
                        .checked_add_months(Months::new(months))
                        .unwrap_or(today),
                    start_time: demo_call_time(),
                    time_zone: Some(DEFAULT_CALL_TIME_ZONE.to_owned()),
                    facilitator_id: coordinator,
                    participant_ids: participants.clone(),
                    agenda: Some(format!(
                        "{MARK}. Progress reports; planning the next period."
                    )),
                    notes: None,
                    decisions: Vec::new(),
                };
                repo::insert_call(conn, group.id, &fields, Some(&series), true).await?;
            }
        }
    }

    // Reports, on the IMPLEMENTING plans.
    let implementing = plans::all(conn, Some(PlanStage::Implementing)).await?;
    let plan_ids: Vec<_> = implementing.iter().map(|p| p.id).collect();
    let actions = plans::actions_of_plans(conn, &plan_ids).await?;
    let action_ids: Vec<_> = actions.iter().map(|a| a.id).collect();
    let steps = plans::steps_of_actions(conn, &action_ids).await?;
    // One learning member skips its group's last call.
    let skipper = organisations::id_by_slug(conn, "uog").await?;
    let mut decided: HashMap<WorkingGroupId, Vec<mega_domain::action_plan::ActionStepId>> =
        HashMap::new();
    for step in &steps {
        let Some(action) = actions.iter().find(|a| a.id == step.action_id) else {
            continue;
        };
        let Some(plan) = implementing.iter().find(|p| p.id == action.plan_id) else {
            continue;
        };
        let group = action
            .thematic_area_id
            .and_then(|area| area_group.get(&area).copied());
        let calls = group
            .and_then(|g| call_ids.get(&g))
            .cloned()
            .unwrap_or_default();
        let is_learning = group.is_some_and(|g| {
            memberships.iter().any(|m| {
                m.working_group_id == g
                    && m.organisation_id == plan.organisation_id
                    && m.is_learning()
            })
        });
        let (status, percent) = outcome(step);
        if status == StepStatus::NotStarted {
            continue;
        }
        if let (StepStatus::OnTrack | StepStatus::Delayed, Some(baseline)) =
            (status, step.baseline_end)
        {
            // Re-planned: the current end moves a few months past the frozen baseline, as a
            // partner re-plans a step, so the drift stays within what the plan itself spans.
            let months = if status == StepStatus::Delayed { 2 } else { 4 };
            let baseline = baseline.last_day();
            let end = PartialDate::from_date(
                baseline
                    .checked_add_months(Months::new(months))
                    .unwrap_or(baseline),
            );
            replan(conn, step, end).await?;
            if let Some(g) = group {
                decided.entry(g).or_default().push(step.id);
            }
        }
        // A history: an earlier ON_TRACK report, then the outcome at a later call.
        let history = [
            (StepStatus::OnTrack, percent.clamp(10, 30)),
            (status, percent),
        ];
        let chosen: Vec<Option<(NaiveDate, mega_domain::CoordinationCallId)>> = if calls.len() >= 2
        {
            vec![Some(calls[calls.len() - 2]), Some(calls[calls.len() - 1])]
        } else {
            vec![None, None]
        };
        for ((status, percent), call) in history.into_iter().zip(chosen) {
            let at_last_call = call.is_some_and(|c| Some(&c) == calls.last());
            if at_last_call && is_learning && Some(plan.organisation_id) == skipper {
                continue;
            }
            let day = call.map_or(months_ago(today, 2), |(d, _)| d);
            repo::insert_report(
                conn,
                NewReport {
                    step_id: step.id,
                    plan_id: plan.id,
                    organisation_id: plan.organisation_id,
                    call_id: call.map(|(_, id)| id),
                    status,
                    percent_complete: percent,
                    narrative: Some(narrative(status, percent)),
                    evidence_links: Vec::new(),
                    author_id: None,
                    generated: true,
                    created_at: Utc
                        .from_utc_datetime(&day.and_hms_opt(10, 0, 0).unwrap_or_default()),
                },
            )
            .await?;
        }
    }

    // The last held call of each group minutes a decision on its re-planned steps.
    for (group, steps) in decided {
        let Some((_, call_id)) = call_ids.get(&group).and_then(|c| c.last().copied()) else {
            continue;
        };
        if let Some(call) = repo::find_call(conn, call_id).await? {
            let fields = CallFields {
                held_on: call.held_on,
                start_time: call.start_time,
                time_zone: call.time_zone.clone(),
                facilitator_id: call.facilitator_id,
                participant_ids: call.participant_ids.clone(),
                agenda: call.agenda.clone(),
                notes: call.notes.clone(),
                decisions: vec![Decision {
                    text: format!(
                        "{MARK}. The re-planned steps keep their new end dates; the leading members follow them up before the next call."
                    ),
                    step_ids: steps.into_iter().take(5).collect(),
                }],
            };
            repo::update_call(conn, call_id, call.version, &fields).await?;
        }
    }
    Ok(())
}

fn narrative(status: StepStatus, percent: i32) -> String {
    let what = match status {
        StepStatus::Done => "The step is completed.".to_owned(),
        StepStatus::OnTrack => format!("Work is under way as planned ({percent} %)."),
        StepStatus::Delayed => {
            format!("Work is behind plan ({percent} %); the end date was moved.")
        }
        StepStatus::Cancelled => "The step was dropped after the partners' review.".to_owned(),
        StepStatus::NotStarted => "Not started.".to_owned(),
    };
    format!("{MARK}. {what}")
}

async fn replan(
    conn: &impl ConnectionTrait,
    step: &ActionStep,
    end: PartialDate,
) -> Result<(), ApiError> {
    let fields = StepFields {
        reference: step.reference.clone(),
        title: step.title.clone(),
        stakeholders: step.stakeholders.clone(),
        stakeholders_text: step.stakeholders_text.clone(),
        success_factors: step.success_factors.clone(),
        success_factors_text: step.success_factors_text.clone(),
        start: step.start,
        end: Some(end),
        start_text: step.start_text.clone(),
        end_text: None,
    };
    plans::update_step(conn, step.id, step.version, fields).await?;
    Ok(())
}
