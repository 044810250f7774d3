//! Audit events: one per successful mutation, written in the mutation's transaction.

use chrono::{DateTime, Utc};

use crate::{AuditEventId, UserId};

/// A record of one successful mutation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEvent {
    /// Identity.
    pub id: AuditEventId,
    /// Who did it (none for anonymous mutations such as a failed login, which are not audited).
    pub actor_id: Option<UserId>,
    /// The mutation, e.g. `addMembership`.
    pub action: String,
    /// The type of the changed object, e.g. `Membership`.
    pub entity_type: String,
    /// The changed object's id.
    pub entity_id: i32,
    /// The object before, as JSON (none when created).
    pub before: Option<String>,
    /// The object after, as JSON (none when deleted).
    pub after: Option<String>,
    /// When.
    pub at: DateTime<Utc>,
}

/// What a mutation hands to the audit log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRecord {
    /// The mutation, e.g. `addMembership`.
    pub action: &'static str,
    /// The type of the changed object.
    pub entity_type: &'static str,
    /// The changed object's id.
    pub entity_id: i32,
    /// JSON before.
    pub before: Option<String>,
    /// JSON after.
    pub after: Option<String>,
}

/// Filters for reading the audit log.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Only events by this user.
    pub actor_id: Option<UserId>,
    /// Only this mutation.
    pub action: Option<String>,
    /// Only this type of object.
    pub entity_type: Option<String>,
    /// Only this object (with `entity_type`).
    pub entity_id: Option<i32>,
    /// Only events at or after.
    pub since: Option<DateTime<Utc>>,
    /// Only events before.
    pub until: Option<DateTime<Utc>>,
}

/// An object the audit log records: the name of its type in the log (the API's name for it)
/// and its id. Snapshots are its JSON form.
pub trait Audited: serde::Serialize {
    /// The type's name in the audit log, e.g. `ActionStep`.
    const ENTITY: &'static str;

    /// The object's id.
    fn audit_id(&self) -> i32;
}

macro_rules! audited {
    ($($ty:ty => $id:ty),+ $(,)?) => {
        $(
            impl Audited for $ty {
                const ENTITY: &'static str = <$id as crate::NodeId>::NODE;

                fn audit_id(&self) -> i32 {
                    self.id.0
                }
            }
        )+
    };
}

audited!(
    crate::action_plan::ActionPlan => crate::ActionPlanId,
    crate::action_plan::PlanAction => crate::ActionId,
    crate::action_plan::ActionPractices => crate::ActionId,
    crate::action_plan::ActionStep => crate::ActionStepId,
    crate::AgendaItem => crate::AgendaItemId,
    crate::ApiToken => crate::ApiTokenId,
    crate::Award => crate::AwardId,
    crate::Benchmark => crate::BenchmarkId,
    crate::BenchmarkRound => crate::BenchmarkRoundId,
    crate::monitoring::CoordinationCall => crate::CoordinationCallId,
    crate::Event => crate::EventId,
    crate::Participant => crate::ParticipantId,
    crate::Feedback => crate::FeedbackId,
    crate::GoodPractice => crate::GoodPracticeId,
    crate::good_practice::Publication => crate::GoodPracticeId,
    crate::good_practice::Publication<crate::ActionPlanId> => crate::ActionPlanId,
    crate::Membership => crate::MembershipId,
    crate::notification::Notification => crate::NotificationId,
    crate::Organisation => crate::OrganisationId,
    crate::PlenaryOutcome => crate::PlenaryOutcomeId,
    crate::programme::ProgrammePhase => crate::ProgrammePhaseId,
    crate::monitoring::ProgressReport => crate::ProgressReportId,
    crate::ProposedAction => crate::ProposedActionId,
    crate::TerritoryFact => crate::TerritoryFactId,
    crate::Territory => crate::TerritoryId,
    crate::ThematicArea => crate::ThematicAreaId,
    crate::User => crate::UserId,
    crate::webhook::Webhook => crate::WebhookId,
    crate::Webinar => crate::WebinarId,
    crate::WorkingGroup => crate::WorkingGroupId,
);
