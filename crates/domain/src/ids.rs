//! Newtype identifiers, so an organisation's id can never be passed where a user's is expected.
//! Each id of an object with a global ID knows its node type ([`NodeId`]), so the API can
//! never decode one object's ID as another's.

use std::fmt;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};

/// An identifier of an object that clients address by an opaque global ID.
pub trait NodeId: Copy {
    /// The object type's name, as in the API (`ActionPlan`, `User`, …).
    const NODE: &'static str;

    /// Wraps a raw database id.
    fn from_raw(raw: i32) -> Self;

    /// The raw database id.
    fn raw(self) -> i32;

    /// The opaque global ID clients use (`node(id:)`, webhook payloads): base64url of
    /// `Type:id`. Clients must not parse it.
    fn global_id(self) -> String {
        URL_SAFE_NO_PAD.encode(format!("{}:{}", Self::NODE, self.raw()))
    }
}

/// The node type name and raw id inside a global ID; `None` for anything malformed.
pub fn parse_global_id(id: &str) -> Option<(String, i32)> {
    let bytes = URL_SAFE_NO_PAD.decode(id).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (name, raw) = text.split_once(':')?;
    Some((name.to_owned(), raw.parse().ok()?))
}

/// Decodes a global ID that must name a `T`.
pub fn decode_global_id<T: NodeId>(id: &str) -> Option<T> {
    parse_global_id(id)
        .filter(|(name, _)| name == T::NODE)
        .map(|(_, raw)| T::from_raw(raw))
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
        #[serde(transparent)]
        pub struct $name(pub i32);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
    ($(#[$doc:meta])* $name:ident, node $node:literal) => {
        id_type!($(#[$doc])* $name);

        impl NodeId for $name {
            const NODE: &'static str = $node;

            fn from_raw(raw: i32) -> Self {
                Self(raw)
            }

            fn raw(self) -> i32 {
                self.0
            }
        }
    };
}

/// Calls `$callback!` with every node type of the API: `Name => IdType`, each listed once here.
#[macro_export]
macro_rules! for_each_node {
    ($callback:ident) => {
        $callback! {
            Territory => $crate::TerritoryId,
            Organisation => $crate::OrganisationId,
            ThematicArea => $crate::ThematicAreaId,
            User => $crate::UserId,
            WorkingGroup => $crate::WorkingGroupId,
            Membership => $crate::MembershipId,
            BenchmarkRound => $crate::BenchmarkRoundId,
            Benchmark => $crate::BenchmarkId,
            AuditEvent => $crate::AuditEventId,
            Event => $crate::EventId,
            AgendaItem => $crate::AgendaItemId,
            EventParticipant => $crate::ParticipantId,
            ProposedAction => $crate::ProposedActionId,
            Feedback => $crate::FeedbackId,
            GoodPractice => $crate::GoodPracticeId,
            Webinar => $crate::WebinarId,
            PlenaryOutcome => $crate::PlenaryOutcomeId,
            Award => $crate::AwardId,
            TerritoryFact => $crate::TerritoryFactId,
            ActionPlan => $crate::ActionPlanId,
            Action => $crate::ActionId,
            ActionStep => $crate::ActionStepId,
            ApiToken => $crate::ApiTokenId,
            Webhook => $crate::WebhookId,
            CoordinationCall => $crate::CoordinationCallId,
            ProgressReport => $crate::ProgressReportId,
            Notification => $crate::NotificationId,
            ProgrammePhase => $crate::ProgrammePhaseId,
        }
    };
}

id_type!(
    /// Identifies a [`crate::Territory`].
    TerritoryId, node "Territory"
);
id_type!(
    /// Identifies an [`crate::Organisation`].
    OrganisationId, node "Organisation"
);
id_type!(
    /// Identifies a [`crate::ThematicArea`].
    ThematicAreaId, node "ThematicArea"
);
id_type!(
    /// Identifies a [`crate::User`].
    UserId, node "User"
);
id_type!(
    /// Identifies a [`crate::WorkingGroup`].
    WorkingGroupId, node "WorkingGroup"
);
id_type!(
    /// Identifies a [`crate::Membership`].
    MembershipId, node "Membership"
);
id_type!(
    /// Identifies a [`crate::BenchmarkRound`].
    BenchmarkRoundId, node "BenchmarkRound"
);
id_type!(
    /// Identifies a [`crate::Benchmark`].
    BenchmarkId, node "Benchmark"
);
id_type!(
    /// Identifies an [`crate::AuditEvent`].
    AuditEventId, node "AuditEvent"
);
id_type!(
    /// Identifies an [`crate::Event`].
    EventId, node "Event"
);
id_type!(
    /// Identifies an [`crate::AgendaItem`].
    AgendaItemId, node "AgendaItem"
);
id_type!(
    /// Identifies a [`crate::Participant`].
    ParticipantId, node "EventParticipant"
);
id_type!(
    /// Identifies a [`crate::ProposedAction`].
    ProposedActionId, node "ProposedAction"
);
id_type!(
    /// Identifies a [`crate::Feedback`].
    FeedbackId, node "Feedback"
);
id_type!(
    /// Identifies a [`crate::GoodPractice`].
    GoodPracticeId, node "GoodPractice"
);
id_type!(
    /// Identifies a [`crate::Webinar`].
    WebinarId, node "Webinar"
);
id_type!(
    /// Identifies a [`crate::PlenaryOutcome`].
    PlenaryOutcomeId, node "PlenaryOutcome"
);
id_type!(
    /// Identifies an [`crate::Award`].
    AwardId, node "Award"
);
id_type!(
    /// Identifies a [`crate::TerritoryFact`].
    TerritoryFactId, node "TerritoryFact"
);
id_type!(
    /// Identifies a [`crate::webhook::Webhook`].
    WebhookId, node "Webhook"
);
id_type!(
    /// Identifies a [`crate::monitoring::CoordinationCall`].
    CoordinationCallId, node "CoordinationCall"
);
id_type!(
    /// Identifies a [`crate::monitoring::ProgressReport`].
    ProgressReportId, node "ProgressReport"
);
id_type!(
    /// Identifies an [`crate::action_plan::ActionPlan`].
    ActionPlanId, node "ActionPlan"
);
id_type!(
    /// Identifies a [`crate::action_plan::PlanAction`].
    ActionId, node "Action"
);
id_type!(
    /// Identifies an [`crate::action_plan::ActionStep`].
    ActionStepId, node "ActionStep"
);
id_type!(
    /// Identifies a [`crate::action_plan::StageChange`].
    StageChangeId
);
id_type!(
    /// Identifies an [`crate::ApiToken`].
    ApiTokenId, node "ApiToken"
);
id_type!(
    /// Identifies a [`crate::notification::Notification`].
    NotificationId, node "Notification"
);
id_type!(
    /// Identifies a [`crate::programme::ProgrammePhase`].
    ProgrammePhaseId, node "ProgrammePhase"
);
