//! A generated implementation period for the demo, so that every dashboard and report has
//! something true to show. **Generated, not from the report**: every call, report and change
//! is flagged `generated` or says so in its text.
//!
//! The six plans are dated 2019–2020 as printed, but the demo runs today. Each step's outcome
//! is derived deterministically from its id. Steps that end DONE or CANCELLED were finished in
//! the printed period and are reported at their own dates. The rest were not finished then:
//! they are carried over, whole years later, into a current period (baseline 2, agreed 15
//! months ago; baseline 1 keeps the printed dates), so that no step is late by
//! more than its plan spans. In that period each working group held calls every four months
//! over the last year (one group is overdue), and the next call is scheduled; the
//! organisations report on their open steps at those calls, and some steps are re-planned two
//! or four months past baseline 2. A few steps were never reported (overdue). One learning
//! member reports nothing at its group's last call (a missing report).

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Months, NaiveDate, TimeZone, Utc};
use mega_domain::action_plan::{
    ActionPlan, ActionPlanId, ActionStep, PlanChange, PlanChangeKind, PlanStage,
};
use mega_domain::monitoring::{
    CoordinationCallFields as CallFields, DEFAULT_CALL_TIME_ZONE, Decision, StepStatus,
};
use mega_domain::partial_date::{PartialDate, Precision};
use mega_domain::{Email, OrganisationId, PageRequest, UserId, WorkingGroupId};
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

/// Months before today when the current period's baseline was agreed, just before
/// the first generated call.
const PERIOD_START: u32 = 15;

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

    // Reports, on the IMPLEMENTING plans, after their open steps are carried over.
    let implementing = plans::all(conn, Some(PlanStage::Implementing)).await?;
    let plan_ids: Vec<_> = implementing.iter().map(|p| p.id).collect();
    let actions = plans::actions_of_plans(conn, &plan_ids).await?;
    let action_ids: Vec<_> = actions.iter().map(|a| a.id).collect();
    let printed = plans::steps_of_actions(conn, &action_ids).await?;
    let readopted = at_ten(months_ago(today, PERIOD_START));
    for plan in &implementing {
        let of_plan: Vec<&ActionStep> = printed
            .iter()
            .filter(|s| {
                actions
                    .iter()
                    .any(|a| a.id == s.action_id && a.plan_id == plan.id)
            })
            .collect();
        carry_over(conn, plan.id, &of_plan, today, readopted, coordinator).await?;
    }
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
        let history = [
            (StepStatus::OnTrack, percent.clamp(10, 30)),
            (status, percent),
        ];
        if status.closed() {
            // Finished in the printed period: reported then, as its own dates say.
            let end = step
                .end
                .or(step.start)
                .map_or(months_ago(today, 2), |d| d.last_day());
            for ((status, percent), day) in history.into_iter().zip([months_ago(end, 2), end]) {
                report(conn, plan, step, None, status, percent, day).await?;
            }
            continue;
        }
        if let Some(baseline) = step.baseline_end {
            // Re-planned: the current end moves a few months past the baseline of the
            // carried-over period, as a partner re-plans a step at a call.
            let months = if status == StepStatus::Delayed { 2 } else { 4 };
            let end = months_later(baseline, months);
            let at = calls.last().map_or(months_ago(today, 1), |(day, _)| *day);
            let reason = format!(
                "{MARK}. Behind plan: the end moves {months} months later, agreed at the group's call."
            );
            move_step(
                conn,
                plan.id,
                step,
                (step.start, Some(end)),
                reason,
                at_ten(at),
            )
            .await?;
            if let Some(g) = group {
                decided.entry(g).or_default().push(step.id);
            }
        }
        // A history at the group's calls: an earlier ON_TRACK report, then the outcome.
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
            report(
                conn,
                plan,
                step,
                call.map(|(_, id)| id),
                status,
                percent,
                day,
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

/// `date` moved `months` later at its own precision ("2026-06" + 4 is "2026-10"), by its last
/// day when it is a year.
fn months_later(date: PartialDate, months: u32) -> PartialDate {
    let moved = |day: NaiveDate| day.checked_add_months(Months::new(months)).unwrap_or(day);
    match date.precision() {
        Precision::Day => PartialDate::from_date(moved(date.first_day())),
        Precision::Month => {
            let day = moved(date.first_day());
            PartialDate::parse("end", &format!("{:04}-{:02}", day.year(), day.month()))
                .unwrap_or(date)
        }
        Precision::Year => PartialDate::from_date(moved(date.last_day())),
    }
}

/// 10:00 UTC on `day`: when the generated changes and reports are made.
fn at_ten(day: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(10, 0, 0).unwrap_or_default())
}

/// Records one generated progress report on `step` of `plan`.
async fn report(
    conn: &impl ConnectionTrait,
    plan: &ActionPlan,
    step: &ActionStep,
    call_id: Option<mega_domain::CoordinationCallId>,
    status: StepStatus,
    percent: i32,
    day: NaiveDate,
) -> Result<(), ApiError> {
    repo::insert_report(
        conn,
        NewReport {
            step_id: step.id,
            plan_id: plan.id,
            organisation_id: plan.organisation_id,
            call_id,
            status,
            percent_complete: percent,
            narrative: Some(narrative(status, percent)),
            evidence_links: Vec::new(),
            author_id: None,
            generated: true,
            created_at: at_ten(day),
        },
    )
    .await?;
    Ok(())
}

/// Carries the plan's open steps (those its generated outcome leaves neither done nor
/// cancelled) into the current period: whole years later, so that precision and order stay
/// and the last of them ends after today. Then the coordinator sets a new baseline on
/// those dates; baseline 1 keeps the dates as printed, and the history says what moved.
async fn carry_over(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
    steps: &[&ActionStep],
    today: NaiveDate,
    at: DateTime<Utc>,
    by: Option<UserId>,
) -> Result<(), ApiError> {
    let open: Vec<&ActionStep> = steps
        .iter()
        .copied()
        .filter(|s| !outcome(s).0.closed())
        .collect();
    let Some(latest) = open
        .iter()
        .filter_map(|s| s.end)
        .map(|e| e.last_day())
        .max()
    else {
        return Ok(());
    };
    let mut years = 0;
    while latest
        .checked_add_months(Months::new(12 * years))
        .is_some_and(|d| d < today)
    {
        years += 1;
    }
    let Ok(shift) = i32::try_from(years) else {
        return Ok(());
    };
    if shift == 0 {
        return Ok(());
    }
    let later = |d: PartialDate| d.years_later(shift).unwrap_or(d);
    for step in open {
        let (start, end) = (step.start.map(later), step.end.map(later));
        let reason = format!(
            "{MARK}. Not finished in the printed period: carried over {shift} years into the current implementation period (baseline 1 keeps the printed dates)."
        );
        move_step(conn, plan, step, (start, end), reason, at).await?;
    }
    let note = format!(
        "{MARK}. A new baseline for the current implementation period, with the unfinished steps carried over."
    );
    let baseline = plans::set_baseline(conn, plan, by, at, Some(note)).await?;
    plans::add_change(conn, &baseline.change()).await?;
    Ok(())
}

/// Moves `step` of `plan` to `dates` (start, end) and records the move with its `reason` in
/// the plan's history, without an author: the generator's.
async fn move_step(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
    step: &ActionStep,
    dates: (Option<PartialDate>, Option<PartialDate>),
    reason: String,
    at: DateTime<Utc>,
) -> Result<(), ApiError> {
    plans::replan_step(conn, step, step.version, dates.0, dates.1).await?;
    let change = PlanChange {
        plan_id: plan,
        kind: PlanChangeKind::DatesChanged,
        step_id: Some(step.id),
        step_title: Some(step.title.clone()),
        previous: (step.start, step.end),
        current: dates,
        baseline_number: None,
        reason: Some(reason),
        by: None,
        at,
    };
    plans::add_change(conn, &change).await?;
    Ok(())
}
