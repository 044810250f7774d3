//! "Ask the expert": the actions learning organisations propose to their working group, and
//! the feedback threads on them (top-level feedback with one level of replies).

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::codes::codes;
use crate::{
    FeedbackId, OrganisationId, ProposedActionId, UserId, ValidationError, WorkingGroupId,
};

/// An action an organisation pitches to its working group for feedback.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProposedAction {
    /// Identity.
    pub id: ProposedActionId,
    /// The presenting organisation (a member of the group).
    pub organisation_id: OrganisationId,
    /// The group it is presented to.
    pub working_group_id: WorkingGroupId,
    /// Title, e.g. "Data collection".
    pub title: String,
    /// What the action is about.
    pub description: String,
    /// The questions the organisation asks the experts.
    pub guiding_questions: Vec<String>,
    /// Statements printed with the questions that are not questions themselves.
    pub guiding_questions_context: Vec<String>,
    /// The printed heading it appeared under, e.g. "(1) City leadership".
    pub section: Option<String>,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
}

/// What a piece of feedback is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum FeedbackKind {
    /// An expert's (or leading member's) assessment.
    ExpertFeedback,
    /// A question.
    Question,
    /// An answer in the thread.
    Reply,
    /// A concrete recommendation.
    Recommendation,
}

codes!(FeedbackKind {
    ExpertFeedback => "EXPERT_FEEDBACK",
    Question => "QUESTION",
    Reply => "REPLY",
    Recommendation => "RECOMMENDATION",
});

impl FeedbackKind {
    /// Whether members of the presenting organisation may give feedback of this kind (they
    /// answer and ask; they do not assess their own action).
    pub fn open_to_presenter(self) -> bool {
        matches!(self, Self::Reply | Self::Question)
    }
}

/// A comment in a proposed action's thread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Feedback {
    /// Identity.
    pub id: FeedbackId,
    /// What it is about.
    pub target: FeedbackTarget,
    /// Who wrote it.
    pub author_id: UserId,
    /// The text, 1–10,000 characters.
    pub body: String,
    /// What it is.
    pub kind: FeedbackKind,
    /// The top-level feedback it replies to, if any.
    pub parent_id: Option<FeedbackId>,
    /// When it was written.
    pub created_at: DateTime<Utc>,
}

/// What a feedback thread is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum FeedbackTarget {
    /// A proposed action ("ask the expert").
    ProposedAction(ProposedActionId),
    /// A whole action plan.
    ActionPlan(crate::action_plan::ActionPlanId),
    /// One action (objective) of a plan.
    Action(crate::action_plan::ActionId),
    /// A progress report on a plan's step.
    ProgressReport(crate::ProgressReportId),
}

impl FeedbackTarget {
    /// The subject's global ID.
    pub fn global_id(self) -> String {
        use crate::NodeId;
        match self {
            Self::ProposedAction(id) => id.global_id(),
            Self::ActionPlan(id) => id.global_id(),
            Self::Action(id) => id.global_id(),
            Self::ProgressReport(id) => id.global_id(),
        }
    }
}

/// Longest feedback body accepted.
pub const MAX_FEEDBACK_BODY: usize = 10_000;

/// A feedback body: 1–10,000 characters, trimmed.
pub fn parse_body(raw: &str) -> Result<String, ValidationError> {
    crate::event::parse_required("body", raw, MAX_FEEDBACK_BODY)
}

/// Longest guiding question (or context statement) accepted.
pub const MAX_QUESTION: usize = 1_000;

/// A list of questions: each trimmed, empty ones dropped, each at most 1,000 characters,
/// at most 20 of them.
pub fn parse_questions(
    field: &'static str,
    raw: &[String],
) -> Result<Vec<String>, ValidationError> {
    let questions: Vec<String> = raw
        .iter()
        .map(|q| q.trim())
        .filter(|q| !q.is_empty())
        .map(str::to_owned)
        .collect();
    if questions.len() > 20 {
        return Err(ValidationError::new(
            field,
            "TOO_MANY",
            format!("{field} may hold at most 20 entries."),
        ));
    }
    if questions.iter().any(|q| q.chars().count() > MAX_QUESTION) {
        return Err(ValidationError::new(
            field,
            "TOO_LONG",
            format!("Each entry of {field} must be at most {MAX_QUESTION} characters."),
        ));
    }
    Ok(questions)
}

/// Where a reply may hang: only under a top-level feedback of the same thread.
pub fn check_parent(
    target: FeedbackTarget,
    parent: Option<&Feedback>,
) -> Result<(), ValidationError> {
    match parent {
        Some(parent) if parent.target != target => Err(ValidationError::new(
            "parentId",
            "INVALID_PARENT",
            "The feedback replied to belongs to another thread.",
        )),
        Some(parent) if parent.parent_id.is_some() => Err(ValidationError::new(
            "parentId",
            "INVALID_PARENT",
            "Replies nest one level only: reply to the top-level feedback instead.",
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feedback(id: i32, action: i32, parent: Option<i32>) -> Feedback {
        Feedback {
            id: FeedbackId(id),
            target: FeedbackTarget::ProposedAction(ProposedActionId(action)),
            author_id: UserId(1),
            body: "x".into(),
            kind: FeedbackKind::Question,
            parent_id: parent.map(FeedbackId),
            created_at: Utc::now(),
        }
    }

    #[test]
    fn kinds_round_trip_and_presenters_reply_or_ask() {
        for kind in FeedbackKind::ALL {
            assert_eq!(FeedbackKind::from_code(kind.code()), Some(*kind));
        }
        assert!(FeedbackKind::Reply.open_to_presenter());
        assert!(FeedbackKind::Question.open_to_presenter());
        assert!(!FeedbackKind::ExpertFeedback.open_to_presenter());
        assert!(!FeedbackKind::Recommendation.open_to_presenter());
    }

    #[test]
    fn bodies_are_one_to_ten_thousand_characters() {
        assert_eq!(parse_body("  fine ").unwrap(), "fine");
        assert_eq!(parse_body(" ").unwrap_err().code, "REQUIRED");
        assert!(parse_body(&"é".repeat(MAX_FEEDBACK_BODY)).is_ok());
        assert_eq!(
            parse_body(&"é".repeat(MAX_FEEDBACK_BODY + 1))
                .unwrap_err()
                .code,
            "TOO_LONG"
        );
    }

    #[test]
    fn questions_are_trimmed_and_bounded() {
        let raw = vec![" How? ".to_owned(), " ".to_owned()];
        assert_eq!(parse_questions("guidingQuestions", &raw).unwrap(), ["How?"]);
        let many = vec!["q".to_owned(); 21];
        assert_eq!(
            parse_questions("guidingQuestions", &many).unwrap_err().code,
            "TOO_MANY"
        );
    }

    #[test]
    fn replies_nest_one_level_under_the_same_thread() {
        let action = FeedbackTarget::ProposedAction(ProposedActionId(1));
        assert!(check_parent(action, None).is_ok());
        assert!(check_parent(action, Some(&feedback(1, 1, None))).is_ok());
        assert_eq!(
            check_parent(action, Some(&feedback(2, 1, Some(1))))
                .unwrap_err()
                .code,
            "INVALID_PARENT"
        );
        assert_eq!(
            check_parent(action, Some(&feedback(3, 2, None)))
                .unwrap_err()
                .code,
            "INVALID_PARENT"
        );
        let plan = FeedbackTarget::ActionPlan(crate::action_plan::ActionPlanId(1));
        assert_eq!(
            check_parent(plan, Some(&feedback(1, 1, None)))
                .unwrap_err()
                .code,
            "INVALID_PARENT"
        );
    }
}
