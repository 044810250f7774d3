//! Coordination calls and progress reports as given through the API, and how they are
//! checked. Whether the objects they name exist is looked up by the service and handed in.

use chrono::{NaiveDate, NaiveTime};

use super::{
    CoordinationCall, Decision, MAX_TEXT, StepStatus, check_progress, parse_evidence_links,
};
use crate::action_plan::{ActionStepId, PlanStage};
use crate::agenda::parse_time;
use crate::event::{parse_optional, parse_required};
use crate::{CoordinationCallId, OrganisationId, Problems, UserId, ValidationError};

/// Most decisions minuted for one call.
pub const MAX_DECISIONS: usize = 50;
/// Longest decision text accepted.
pub const MAX_DECISION_TEXT: usize = 2_000;

/// An IANA time-zone name the zone database knows, e.g. `Europe/Brussels`.
pub fn parse_time_zone(raw: &str) -> Result<String, ValidationError> {
    let zone: chrono_tz::Tz = raw.trim().parse().map_err(|_| {
        ValidationError::new(
            "timeZone",
            "INVALID_TIME_ZONE",
            "Time zone must be an IANA name such as Europe/Brussels.",
        )
    })?;
    Ok(zone.name().to_owned())
}

/// A decision as given: what was decided, and the steps it concerns.
#[derive(Clone, Debug, Default)]
pub struct DecisionDraft {
    /// What was decided, 1–2,000 characters.
    pub text: String,
    /// The steps it concerns.
    pub step_ids: Vec<ActionStepId>,
}

/// A call as scheduled or edited; `None` keeps the current value (or the default of a new
/// call).
#[derive(Clone, Debug, Default)]
pub struct CoordinationCallDraft {
    /// When.
    pub held_on: Option<NaiveDate>,
    /// The local time it starts, `HH:MM`; blank clears it.
    pub start_time: Option<String>,
    /// The IANA time zone of the time; default the current one, or
    /// [`super::DEFAULT_CALL_TIME_ZONE`].
    pub time_zone: Option<String>,
    /// Who facilitates.
    pub facilitator_id: Option<UserId>,
    /// Who takes part.
    pub participant_ids: Option<Vec<OrganisationId>>,
    /// What will be discussed.
    pub agenda: Option<String>,
    /// What was said.
    pub notes: Option<String>,
    /// What was decided.
    pub decisions: Option<Vec<DecisionDraft>>,
}

/// What a call holds besides its identity, group and series, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoordinationCallFields {
    /// When.
    pub held_on: NaiveDate,
    /// The local time it starts.
    pub start_time: Option<NaiveTime>,
    /// The time zone of `start_time`, set with it.
    pub time_zone: Option<String>,
    /// Who facilitates.
    pub facilitator_id: Option<UserId>,
    /// Who takes part, sorted, each once.
    pub participant_ids: Vec<OrganisationId>,
    /// What will be discussed.
    pub agenda: Option<String>,
    /// What was said.
    pub notes: Option<String>,
    /// What was decided, each decision's steps sorted, each once.
    pub decisions: Vec<Decision>,
}

impl CoordinationCallFields {
    /// A new call on `held_on`, facilitated by `facilitator`, with nothing else yet.
    pub fn new(held_on: NaiveDate, facilitator: Option<UserId>) -> Self {
        Self {
            held_on,
            start_time: None,
            time_zone: None,
            facilitator_id: facilitator,
            participant_ids: Vec::new(),
            agenda: None,
            notes: None,
            decisions: Vec::new(),
        }
    }

    /// The current fields of `call`.
    pub fn of(call: &CoordinationCall) -> Self {
        Self {
            held_on: call.held_on,
            start_time: call.start_time,
            time_zone: call.time_zone.clone(),
            facilitator_id: call.facilitator_id,
            participant_ids: call.participant_ids.clone(),
            agenda: call.agenda.clone(),
            notes: call.notes.clone(),
            decisions: call.decisions.clone(),
        }
    }
}

/// Which of the objects a draft names exist, as the service found them.
#[derive(Clone, Debug, Default)]
pub struct KnownReferences {
    /// The named organisations that exist.
    pub organisations: Vec<OrganisationId>,
    /// The named users that exist.
    pub users: Vec<UserId>,
    /// The named steps that exist.
    pub steps: Vec<ActionStepId>,
}

fn sorted<T: Ord + Copy>(ids: &[T]) -> Vec<T> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    ids
}

impl CoordinationCallDraft {
    /// The organisations the draft names, for the service to look up.
    pub fn named_organisations(&self) -> Vec<OrganisationId> {
        self.participant_ids
            .as_deref()
            .map(sorted)
            .unwrap_or_default()
    }

    /// The steps the draft's decisions name (of the decisions that count), for the service to
    /// look up.
    pub fn named_steps(&self) -> Vec<ActionStepId> {
        let named: Vec<ActionStepId> = self
            .decisions
            .iter()
            .flatten()
            .take(MAX_DECISIONS)
            .flat_map(|d| d.step_ids.iter().copied())
            .collect();
        sorted(&named)
    }

    /// `current` (a call's fields, or those of a new one) with this draft applied, or every
    /// problem; objects named but not in `known` are `NOT_FOUND` on their field.
    pub fn validate(
        self,
        current: CoordinationCallFields,
        known: &KnownReferences,
    ) -> Result<CoordinationCallFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let agenda = match self.agenda {
            Some(raw) => problems.check(parse_optional("agenda", Some(&raw), MAX_TEXT)),
            None => current.agenda,
        };
        let notes = match self.notes {
            Some(raw) => problems.check(parse_optional("notes", Some(&raw), MAX_TEXT)),
            None => current.notes,
        };
        let participant_ids = match self.participant_ids {
            Some(ids) => {
                let ids = sorted(&ids);
                if !ids.iter().all(|id| known.organisations.contains(id)) {
                    problems.push(ValidationError::new(
                        "participantIds",
                        "NOT_FOUND",
                        "Every participant must be an organisation of the network.",
                    ));
                }
                ids
            }
            None => current.participant_ids,
        };
        let facilitator_id = match self.facilitator_id {
            Some(id) => {
                if !known.users.contains(&id) {
                    problems.push(ValidationError::new(
                        "facilitatorId",
                        "NOT_FOUND",
                        "The facilitator must be a user.",
                    ));
                }
                Some(id)
            }
            None => current.facilitator_id,
        };
        let decisions = match self.decisions {
            Some(drafts) => {
                if drafts.len() > MAX_DECISIONS {
                    problems.push(
                        ValidationError::new(
                            "decisions",
                            "TOO_MANY",
                            format!("At most {MAX_DECISIONS} decisions."),
                        )
                        .with("max", MAX_DECISIONS),
                    );
                }
                let mut decisions = Vec::new();
                for draft in drafts.into_iter().take(MAX_DECISIONS) {
                    let Some(text) =
                        problems.take(parse_required("text", &draft.text, MAX_DECISION_TEXT))
                    else {
                        continue;
                    };
                    let step_ids = sorted(&draft.step_ids);
                    if !step_ids.iter().all(|id| known.steps.contains(id)) {
                        problems.push(ValidationError::new(
                            "stepIds",
                            "NOT_FOUND",
                            "A decision names a step that does not exist.",
                        ));
                    }
                    decisions.push(Decision { text, step_ids });
                }
                decisions
            }
            None => current.decisions,
        };
        let start_time = match self.start_time {
            Some(raw) if raw.trim().is_empty() => None,
            Some(raw) => problems.take(parse_time("startTime", &raw)),
            None => current.start_time,
        };
        let time_zone = match self.time_zone {
            Some(raw) => problems.take(parse_time_zone(&raw)),
            None => current.time_zone,
        };
        // A zone means nothing without a time; a time always has one.
        let time_zone = start_time
            .map(|_| time_zone.unwrap_or_else(|| super::DEFAULT_CALL_TIME_ZONE.to_owned()));
        problems.finish(CoordinationCallFields {
            held_on: self.held_on.unwrap_or(current.held_on),
            start_time,
            time_zone,
            facilitator_id,
            participant_ids,
            agenda,
            notes,
            decisions,
        })
    }
}

/// A progress report as given, before validation.
#[derive(Clone, Debug)]
pub struct ProgressReportDraft {
    /// The step.
    pub step_id: ActionStepId,
    /// Where it stands.
    pub status: StepStatus,
    /// 0–100.
    pub percent_complete: i32,
    /// What happened.
    pub narrative: Option<String>,
    /// Evidence links.
    pub evidence_links: Vec<String>,
    /// The call it is presented at.
    pub call_id: Option<CoordinationCallId>,
}

/// A progress report's content, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressReportFields {
    /// The step.
    pub step_id: ActionStepId,
    /// Where it stands (agreeing with the percentage).
    pub status: StepStatus,
    /// 0–100.
    pub percent_complete: i32,
    /// What happened.
    pub narrative: Option<String>,
    /// Evidence links: http(s) URLs.
    pub evidence_links: Vec<String>,
    /// The call it is presented at (one of the step's working group).
    pub call_id: Option<CoordinationCallId>,
}

/// Where a report goes, as the service found it.
#[derive(Clone, Copy, Debug)]
pub struct ReportSetting {
    /// The stage of the step's plan.
    pub plan_stage: PlanStage,
    /// With a call: whether it is one of the working groups of the step's action.
    pub call_of_step_group: bool,
    /// The status of the step's latest report, if any.
    pub previous_status: Option<StepStatus>,
}

impl ProgressReportDraft {
    /// The validated report, or every problem: progress is reported only on plans being
    /// implemented, and at calls of the step's group.
    pub fn validate(
        self,
        setting: ReportSetting,
    ) -> Result<ProgressReportFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        if setting.plan_stage != PlanStage::Implementing {
            problems.push(
                ValidationError::new(
                    "stepId",
                    "PLAN_NOT_IMPLEMENTING",
                    format!(
                        "Progress is reported only while the plan is IMPLEMENTING; it is {}.",
                        setting.plan_stage.code()
                    ),
                )
                .with("stage", setting.plan_stage.code()),
            );
        }
        problems.check(check_progress(self.status, self.percent_complete));
        let narrative = problems.check(parse_optional(
            "narrative",
            self.narrative.as_deref(),
            MAX_TEXT,
        ));
        let evidence_links = problems.check(parse_evidence_links(&self.evidence_links));
        // Done is a claim others rely on (the leading members stop following the step); moving
        // the step back to work in progress is allowed, with the reason in the report's own
        // text. Cancelling a done step is no step back.
        let back_to_work = !matches!(self.status, StepStatus::Done | StepStatus::Cancelled);
        if setting.previous_status == Some(StepStatus::Done) && back_to_work && narrative.is_none()
        {
            problems.push(
                ValidationError::new(
                    "narrative",
                    "REASON_REQUIRED",
                    "The step was reported done: say in the narrative why it is not any more.",
                )
                .with("previous", StepStatus::Done.code()),
            );
        }
        if self.call_id.is_some() && !setting.call_of_step_group {
            problems.push(ValidationError::new(
                "coordinationCallId",
                "WRONG_CALL",
                "The call is not one of the working group this step's action belongs to.",
            ));
        }
        problems.finish(ProgressReportFields {
            step_id: self.step_id,
            status: self.status,
            percent_complete: self.percent_complete,
            narrative,
            evidence_links,
            call_id: self.call_id,
        })
    }
}
