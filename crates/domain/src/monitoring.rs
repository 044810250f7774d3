//! Implementation monitoring: coordination calls every few months per working group, progress
//! reports on plan steps, how progress rolls up from steps to actions and plans, and when a
//! step is late.

use chrono::{DateTime, Months, NaiveDate, NaiveTime, Utc};
use serde::Serialize;

use crate::action_plan::{ActionPlanId, ActionStepId};
use crate::codes::codes;
use crate::partial_date::PartialDate;
use crate::{
    CoordinationCallId, OrganisationId, ProgressReportId, UserId, ValidationError, WorkingGroupId,
};

/// Months from one coordination call to the next one due.
pub const CALL_INTERVAL_MONTHS: u32 = 4;
/// Longest narrative, notes or agenda accepted.
pub const MAX_TEXT: usize = 10_000;
/// Most evidence links on one report.
pub const MAX_EVIDENCE_LINKS: usize = 20;
/// Most calls scheduled at once as a series.
pub const MAX_SERIES: u32 = 12;
/// Weight, in days, of a step without dates in the roll-up.
pub const UNDATED_STEP_DAYS: i64 = 30;

/// Where a step stands, as its organisation reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum StepStatus {
    /// Not begun.
    NotStarted,
    /// Under way as planned.
    OnTrack,
    /// Under way, behind plan.
    Delayed,
    /// Finished.
    Done,
    /// Dropped; left out of progress roll-ups.
    Cancelled,
}

codes!(StepStatus {
    NotStarted => "NOT_STARTED",
    OnTrack => "ON_TRACK",
    Delayed => "DELAYED",
    Done => "DONE",
    Cancelled => "CANCELLED",
});

impl StepStatus {
    /// Whether the step needs no more work (so it cannot be overdue).
    pub fn closed(self) -> bool {
        matches!(self, Self::Done | Self::Cancelled)
    }
}

/// A decision taken at a call, with the plan steps it concerns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Decision {
    /// What was decided.
    pub text: String,
    /// The steps it concerns.
    pub step_ids: Vec<ActionStepId>,
}

/// A working group's check-in, facilitated by the coordinator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CoordinationCall {
    /// Identity.
    pub id: CoordinationCallId,
    /// The group.
    pub working_group_id: WorkingGroupId,
    /// When it is (or was) held.
    pub held_on: NaiveDate,
    /// The local time it starts at, if set.
    pub start_time: Option<NaiveTime>,
    /// The IANA time zone of `start_time` (set with it).
    pub time_zone: Option<String>,
    /// Who facilitates it.
    pub facilitator_id: Option<UserId>,
    /// The organisations taking part.
    pub participant_ids: Vec<OrganisationId>,
    /// What will be discussed.
    pub agenda: Option<String>,
    /// What was said.
    pub notes: Option<String>,
    /// What was decided.
    pub decisions: Vec<Decision>,
    /// Shared by the calls scheduled together as a recurring series.
    pub series_id: Option<String>,
    /// Optimistic-concurrency version.
    pub version: i32,
    /// Whether it was generated for the demo (not from the report).
    pub generated: bool,
}

/// The time zone a call's time is in when none is given: MPG's, which coordinates the calls.
pub const DEFAULT_CALL_TIME_ZONE: &str = "Europe/Brussels";

/// How long a call is shown in calendars when it has a time: the network's calls are
/// scheduled as one-hour slots.
pub const CALL_MINUTES: i64 = 60;

impl CoordinationCall {
    /// The instant it starts, when it has a time: its day and local time in its time zone
    /// (the earlier instant when a clock change makes the local time ambiguous, an hour
    /// later when it makes it not exist).
    pub fn starts_at(&self) -> Option<DateTime<Utc>> {
        call_instant(self.held_on, self.start_time, self.time_zone.as_deref())
    }
}

/// The instant a call on `day` at local `time` in `zone` starts; `None` without a time or
/// with a zone the database does not know.
pub fn call_instant(
    day: NaiveDate,
    time: Option<NaiveTime>,
    zone: Option<&str>,
) -> Option<DateTime<Utc>> {
    let zone: chrono_tz::Tz = zone?.parse().ok()?;
    local_instant(zone, day.and_time(time?))
}

/// `local` in `zone` as an instant.
fn local_instant(zone: chrono_tz::Tz, local: chrono::NaiveDateTime) -> Option<DateTime<Utc>> {
    use chrono::TimeZone as _;
    match zone.from_local_datetime(&local) {
        chrono::LocalResult::Single(at) => Some(at.with_timezone(&Utc)),
        chrono::LocalResult::Ambiguous(earlier, _) => Some(earlier.with_timezone(&Utc)),
        chrono::LocalResult::None => zone
            .from_local_datetime(&(local + chrono::Duration::hours(1)))
            .earliest()
            .map(|at| at.with_timezone(&Utc)),
    }
}

/// A report on one step of a plan being implemented.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProgressReport {
    /// Identity.
    pub id: ProgressReportId,
    /// The step.
    pub step_id: ActionStepId,
    /// The step's plan.
    pub plan_id: ActionPlanId,
    /// The plan's organisation.
    pub organisation_id: OrganisationId,
    /// The call it was presented at, if any.
    pub call_id: Option<CoordinationCallId>,
    /// Where the step stands.
    pub status: StepStatus,
    /// 0–100.
    pub percent_complete: i32,
    /// What happened.
    pub narrative: Option<String>,
    /// Links to evidence (minutes, articles, photos).
    pub evidence_links: Vec<String>,
    /// Who wrote it.
    pub author_id: Option<UserId>,
    /// When.
    pub created_at: DateTime<Utc>,
    /// Whether it was generated for the demo (not from the report).
    pub generated: bool,
}

/// When the call after one held on `last` is due: four calendar months later (the 31st
/// becomes the last day of a shorter month).
pub fn next_call_due(last: NaiveDate) -> NaiveDate {
    last.checked_add_months(Months::new(CALL_INTERVAL_MONTHS))
        .unwrap_or(NaiveDate::MAX)
}

/// Whether a group whose next call was due on `due` is overdue on `today` (not on the due
/// day itself).
pub fn call_overdue(due: NaiveDate, today: NaiveDate) -> bool {
    today > due
}

/// The dates of a recurring series: `count` calls, `every_months` apart, from `first`.
pub fn series_dates(
    first: NaiveDate,
    count: u32,
    every_months: u32,
) -> Result<Vec<NaiveDate>, ValidationError> {
    if !(1..=MAX_SERIES).contains(&count) {
        return Err(ValidationError::new(
            "count",
            "OUT_OF_RANGE",
            format!("A series has 1–{MAX_SERIES} calls."),
        )
        .with("min", 1)
        .with("max", MAX_SERIES));
    }
    if !(1..=12).contains(&every_months) {
        return Err(ValidationError::new(
            "everyMonths",
            "OUT_OF_RANGE",
            "Calls repeat every 1–12 months.",
        )
        .with("min", 1)
        .with("max", 12));
    }
    (0..count)
        .map(|i| {
            first
                .checked_add_months(Months::new(i * every_months))
                .ok_or_else(|| {
                    ValidationError::new("heldOn", "OUT_OF_RANGE", "The series ends too late.")
                        .with("variant", "SERIES_END")
                })
        })
        .collect()
}

/// Checks a report's status against its percentage: NOT_STARTED is 0 %, DONE is 100 %, any
/// status 0–100.
pub fn check_progress(status: StepStatus, percent: i32) -> Result<(), ValidationError> {
    let field = "percentComplete";
    if !(0..=100).contains(&percent) {
        return Err(ValidationError::new(
            field,
            "OUT_OF_RANGE",
            "percentComplete must be between 0 and 100.",
        )
        .with("min", 0)
        .with("max", 100));
    }
    match (status, percent) {
        (StepStatus::NotStarted, p) if p != 0 => Err(ValidationError::new(
            field,
            "PERCENT_MISMATCH",
            "A step that has not started is 0 % complete.",
        )
        .with("status", status.code())
        .with("percent", 0)),
        (StepStatus::Done, p) if p != 100 => Err(ValidationError::new(
            field,
            "PERCENT_MISMATCH",
            "A step that is done is 100 % complete.",
        )
        .with("status", status.code())
        .with("percent", 100)),
        _ => Ok(()),
    }
}

/// Evidence links: at most [`MAX_EVIDENCE_LINKS`] absolute http(s) URLs of at most 2,000
/// characters, trimmed, blanks dropped.
pub fn parse_evidence_links(raw: &[String]) -> Result<Vec<String>, ValidationError> {
    let field = "evidenceLinks";
    let links: Vec<String> = raw
        .iter()
        .map(|link| link.trim())
        .filter(|link| !link.is_empty())
        .map(str::to_owned)
        .collect();
    if links.len() > MAX_EVIDENCE_LINKS {
        return Err(ValidationError::new(
            field,
            "TOO_MANY",
            format!("At most {MAX_EVIDENCE_LINKS} evidence links."),
        )
        .with("max", MAX_EVIDENCE_LINKS));
    }
    for link in &links {
        let lower = link.to_ascii_lowercase();
        let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
        if !scheme_ok || link.chars().count() > 2_000 || link.contains(char::is_whitespace) {
            return Err(ValidationError::new(
                field,
                "INVALID_URL",
                format!("Not an http(s) link: {}", crate::error::excerpt(link)),
            )
            .with("value", crate::error::excerpt(link)));
        }
    }
    Ok(links)
}

/// How late a step is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Slippage {
    /// Days its current end lies after its baseline end (0 when not behind the baseline).
    pub days_behind_baseline: i64,
    /// Days since its current end passed without the step being done or cancelled.
    pub days_overdue: i64,
}

impl Slippage {
    /// Whether the step is late at all.
    pub fn late(&self) -> bool {
        self.days_behind_baseline > 0 || self.days_overdue > 0
    }

    /// The larger of the two delays: "late by" this many days.
    pub fn days_late(&self) -> i64 {
        self.days_behind_baseline.max(self.days_overdue)
    }
}

/// How late a step is on `today`: its current end after its baseline end (both compared by
/// their last day), and its current end passed while it is not DONE or CANCELLED (a step
/// without a report counts as open).
pub fn slippage(
    end: Option<PartialDate>,
    baseline_end: Option<PartialDate>,
    status: Option<StepStatus>,
    today: NaiveDate,
) -> Slippage {
    let days_behind_baseline = match (end, baseline_end) {
        (Some(end), Some(baseline)) => (end.last_day() - baseline.last_day()).num_days().max(0),
        _ => 0,
    };
    let open = !status.is_some_and(StepStatus::closed);
    let days_overdue = match end {
        Some(end) if open && end.last_day() < today => (today - end.last_day()).num_days(),
        _ => 0,
    };
    Slippage {
        days_behind_baseline,
        days_overdue,
    }
}

/// One step as the roll-up sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepProgress {
    /// The step.
    pub id: ActionStepId,
    /// Its parent step, for sub-steps.
    pub parent_id: Option<ActionStepId>,
    /// Planned duration in days (see [`planned_days`]).
    pub weight_days: i64,
    /// Latest reported status; `None` when never reported.
    pub status: Option<StepStatus>,
    /// Latest reported percentage (0 when never reported).
    pub percent: i32,
}

impl StepProgress {
    /// The roll-up's view of `step` with its latest report, if any.
    pub fn of(step: &crate::action_plan::ActionStep, latest: Option<&ProgressReport>) -> Self {
        Self {
            id: step.id,
            parent_id: step.parent_id,
            weight_days: planned_days(step.start, step.end, step.baseline_start, step.baseline_end),
            status: latest.map(|r| r.status),
            percent: latest.map_or(0, |r| r.percent_complete),
        }
    }
}

/// A step's planned duration in days, both ends included: the baseline when there is one,
/// else the current dates; [`UNDATED_STEP_DAYS`] without both ends.
pub fn planned_days(
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    baseline_start: Option<PartialDate>,
    baseline_end: Option<PartialDate>,
) -> i64 {
    let (start, end) = match (baseline_start, baseline_end) {
        (Some(s), Some(e)) => (Some(s), Some(e)),
        _ => (start, end),
    };
    match (start, end) {
        (Some(start), Some(end)) => ((end.last_day() - start.first_day()).num_days() + 1).max(1),
        _ => UNDATED_STEP_DAYS,
    }
}

/// Progress of a set of steps (an action's, or a whole plan's), 0–100: the average of the
/// leaf steps' (steps without sub-steps) percentages, weighted by planned duration, leaving
/// out CANCELLED steps. A DONE step counts 100, an unreported one 0. `None` when no step
/// counts.
pub fn roll_up(steps: &[StepProgress]) -> Option<f64> {
    let is_parent = |id: ActionStepId| steps.iter().any(|s| s.parent_id == Some(id));
    let (weighted, total) = steps
        .iter()
        .filter(|s| !is_parent(s.id) && s.status != Some(StepStatus::Cancelled))
        .fold((0.0, 0.0), |(weighted, total), s| {
            let percent = if s.status == Some(StepStatus::Done) {
                100.0
            } else {
                f64::from(s.percent.clamp(0, 100))
            };
            #[expect(
                clippy::cast_precision_loss,
                reason = "durations are far below 2^52 days"
            )]
            let weight = s.weight_days.max(1) as f64;
            (weighted + percent * weight, total + weight)
        });
    (total > 0.0).then(|| weighted / total)
}

mod drafts;

pub use drafts::*;

#[cfg(test)]
mod tests;
