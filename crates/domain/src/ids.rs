//! Newtype identifiers, so an organisation's id can never be passed where a user's is expected.

use std::fmt;

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
}

id_type!(
    /// Identifies a [`crate::Territory`].
    TerritoryId
);
id_type!(
    /// Identifies an [`crate::Organisation`].
    OrganisationId
);
id_type!(
    /// Identifies a [`crate::ThematicArea`].
    ThematicAreaId
);
id_type!(
    /// Identifies a [`crate::User`].
    UserId
);
id_type!(
    /// Identifies a [`crate::WorkingGroup`].
    WorkingGroupId
);
id_type!(
    /// Identifies a [`crate::Membership`].
    MembershipId
);
id_type!(
    /// Identifies a [`crate::BenchmarkRound`].
    BenchmarkRoundId
);
id_type!(
    /// Identifies a [`crate::Benchmark`].
    BenchmarkId
);
id_type!(
    /// Identifies an [`crate::AuditEvent`].
    AuditEventId
);
id_type!(
    /// Identifies an [`crate::Event`].
    EventId
);
id_type!(
    /// Identifies an [`crate::AgendaItem`].
    AgendaItemId
);
id_type!(
    /// Identifies a [`crate::Participant`].
    ParticipantId
);
id_type!(
    /// Identifies a [`crate::ProposedAction`].
    ProposedActionId
);
id_type!(
    /// Identifies a [`crate::Feedback`].
    FeedbackId
);
id_type!(
    /// Identifies a [`crate::GoodPractice`].
    GoodPracticeId
);
id_type!(
    /// Identifies a [`crate::Webinar`].
    WebinarId
);
id_type!(
    /// Identifies a [`crate::PlenaryOutcome`].
    PlenaryOutcomeId
);
id_type!(
    /// Identifies an [`crate::Award`].
    AwardId
);
id_type!(
    /// Identifies a [`crate::TerritoryFact`].
    TerritoryFactId
);
id_type!(
    /// Identifies a [`crate::webhook::Webhook`].
    WebhookId
);
id_type!(
    /// Identifies a [`crate::monitoring::CoordinationCall`].
    CoordinationCallId
);
id_type!(
    /// Identifies a [`crate::monitoring::ProgressReport`].
    ProgressReportId
);
