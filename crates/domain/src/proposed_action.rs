//! "Ask the expert": the actions learning organisations propose to their working group, and
//! the feedback threads on them (top-level feedback with one level of replies).

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::codes::codes;
use crate::event::{parse_optional, parse_required};
use crate::working_group::{is_member, parse_title};
use crate::{
    FeedbackId, Membership, OrganisationId, Problems, ProposedActionId, UserId, ValidationError,
    WorkingGroupId,
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
    /// When its text was last corrected, if ever.
    pub edited_at: Option<DateTime<Utc>>,
    /// When its thread was marked resolved, and by whom (top-level feedback only).
    pub resolved: Option<Resolution>,
}

/// A thread marked resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Resolution {
    /// Who marked it.
    pub by: UserId,
    /// When.
    pub at: DateTime<Utc>,
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

/// Longest description of a proposed action accepted.
pub const MAX_DESCRIPTION: usize = 10_000;

/// Longest printed heading of a proposed action accepted.
pub const MAX_SECTION: usize = 300;

/// A proposed action's editable fields as given (its organisation is fixed at creation).
#[derive(Clone, Debug)]
pub struct ProposedActionDraft {
    /// The group it is presented to.
    pub working_group_id: WorkingGroupId,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Questions to the experts.
    pub guiding_questions: Vec<String>,
    /// Statements printed with the questions.
    pub guiding_questions_context: Vec<String>,
    /// Printed heading.
    pub section: Option<String>,
}

/// What a proposed action holds besides its identity, organisation and creation time:
/// validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProposedActionFields {
    /// The group it is presented to.
    pub working_group_id: WorkingGroupId,
    /// Title, 1–200 characters.
    pub title: String,
    /// Description, 1–10,000 characters.
    pub description: String,
    /// Questions to the experts.
    pub guiding_questions: Vec<String>,
    /// Statements printed with the questions.
    pub guiding_questions_context: Vec<String>,
    /// Printed heading, at most 300 characters.
    pub section: Option<String>,
}

impl ProposedActionDraft {
    /// Validates the draft, reporting every problem. Whether the group exists and the
    /// presenter is a member of it ([`check_presenter`]) is the caller's to check.
    pub fn validate(self) -> Result<ProposedActionFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let title = problems.check(parse_title("title", &self.title));
        let description = problems.check(parse_required(
            "description",
            &self.description,
            MAX_DESCRIPTION,
        ));
        let guiding_questions =
            problems.check(parse_questions("guidingQuestions", &self.guiding_questions));
        let guiding_questions_context = problems.check(parse_questions(
            "guidingQuestionsContext",
            &self.guiding_questions_context,
        ));
        let section = problems.check(parse_optional(
            "section",
            self.section.as_deref(),
            MAX_SECTION,
        ));
        problems.finish(ProposedActionFields {
            working_group_id: self.working_group_id,
            title,
            description,
            guiding_questions,
            guiding_questions_context,
            section,
        })
    }
}

/// An organisation presents actions only to a group it is a member of; `memberships` are
/// those of the group.
pub fn check_presenter(
    memberships: &[Membership],
    presenter: OrganisationId,
) -> Result<(), ValidationError> {
    if is_member(memberships, presenter) {
        Ok(())
    } else {
        Err(ValidationError::new(
            "workingGroupId",
            "NOT_A_MEMBER",
            "The presenting organisation is not a member of this working group.",
        ))
    }
}

/// A piece of feedback as given.
#[derive(Clone, Debug)]
pub struct FeedbackDraft {
    /// What it is about.
    pub target: FeedbackTarget,
    /// What it is.
    pub kind: FeedbackKind,
    /// The text.
    pub body: String,
    /// The top-level feedback it replies to.
    pub parent_id: Option<FeedbackId>,
}

/// A piece of feedback, validated (whether its parent fits is [`check_parent`]'s to say once
/// the parent is loaded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedbackFields {
    /// What it is about.
    pub target: FeedbackTarget,
    /// What it is.
    pub kind: FeedbackKind,
    /// The text, 1–10,000 characters.
    pub body: String,
    /// The top-level feedback it replies to.
    pub parent_id: Option<FeedbackId>,
}

impl FeedbackDraft {
    /// Validates the draft, reporting every problem.
    pub fn validate(self) -> Result<FeedbackFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let body = problems.check(parse_body(&self.body));
        problems.finish(FeedbackFields {
            target: self.target,
            kind: self.kind,
            body,
            parent_id: self.parent_id,
        })
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
        )
        .with("max", 20));
    }
    if questions.iter().any(|q| q.chars().count() > MAX_QUESTION) {
        return Err(ValidationError::new(
            field,
            "TOO_LONG",
            format!("Each entry of {field} must be at most {MAX_QUESTION} characters."),
        )
        .with("max", MAX_QUESTION)
        .with("variant", "ENTRY"));
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
        )
        .with("variant", "OTHER_THREAD")),
        Some(parent) if parent.parent_id.is_some() => Err(ValidationError::new(
            "parentId",
            "INVALID_PARENT",
            "Replies nest one level only: reply to the top-level feedback instead.",
        )
        .with("variant", "NESTED_REPLY")),
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
            edited_at: None,
            resolved: None,
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

    fn action_draft() -> ProposedActionDraft {
        ProposedActionDraft {
            working_group_id: WorkingGroupId(1),
            title: " Data collection ".into(),
            description: "What we measure.".into(),
            guiding_questions: vec![" How? ".into(), String::new()],
            guiding_questions_context: Vec::new(),
            section: Some(" ".into()),
        }
    }

    #[test]
    fn proposed_action_drafts_trim_and_report_every_problem() {
        let fields = action_draft().validate().unwrap();
        assert_eq!(fields.title, "Data collection");
        assert_eq!(fields.guiding_questions, ["How?"]);
        assert_eq!(fields.section, None);
        let bad = ProposedActionDraft {
            title: String::new(),
            description: "x".repeat(MAX_DESCRIPTION + 1),
            guiding_questions_context: vec!["q".into(); 21],
            section: Some("s".repeat(MAX_SECTION + 1)),
            ..action_draft()
        };
        let found: Vec<_> = bad
            .validate()
            .unwrap_err()
            .iter()
            .map(|e| (e.field, e.code))
            .collect();
        assert_eq!(
            found,
            [
                ("title", "REQUIRED"),
                ("description", "TOO_LONG"),
                ("guidingQuestionsContext", "TOO_MANY"),
                ("section", "TOO_LONG"),
            ]
        );
    }

    #[test]
    fn presenters_are_members_of_the_group() {
        let member = Membership {
            id: crate::MembershipId(1),
            working_group_id: WorkingGroupId(1),
            organisation_id: OrganisationId(7),
            role: crate::MembershipRole::Learning,
            participation: crate::Participation::Mandatory,
            note: None,
        };
        assert!(check_presenter(std::slice::from_ref(&member), OrganisationId(7)).is_ok());
        assert_eq!(
            check_presenter(&[member], OrganisationId(8))
                .unwrap_err()
                .code,
            "NOT_A_MEMBER"
        );
    }

    #[test]
    fn feedback_drafts_check_the_body() {
        let draft = FeedbackDraft {
            target: FeedbackTarget::ProposedAction(ProposedActionId(1)),
            kind: FeedbackKind::Question,
            body: "  Why? ".into(),
            parent_id: None,
        };
        assert_eq!(draft.clone().validate().unwrap().body, "Why?");
        let empty = FeedbackDraft {
            body: " ".into(),
            ..draft
        };
        assert_eq!(empty.validate().unwrap_err()[0].field, "body");
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
