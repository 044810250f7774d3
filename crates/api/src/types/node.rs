//! The Relay `Node` interface.

use async_graphql::{ID, Interface};

use super::{
    AgendaItemObject, AuditEventObject, AwardObject, BenchmarkObject, BenchmarkRoundObject,
    EventObject, EventParticipantObject, FeedbackObject, GoodPracticeObject, MembershipObject,
    OrganisationObject, PlenaryOutcomeObject, ProposedActionObject, TerritoryFactObject,
    TerritoryObject, ThematicAreaObject, UserObject, WebinarObject, WorkingGroupObject,
};

/// An object with a globally unique, opaque ID, fetchable with `node(id:)`.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID", desc = "Opaque global ID."))]
pub enum Node {
    /// A territory.
    Territory(TerritoryObject),
    /// An organisation.
    Organisation(OrganisationObject),
    /// A thematic area.
    ThematicArea(ThematicAreaObject),
    /// A user.
    User(UserObject),
    /// A working group.
    WorkingGroup(WorkingGroupObject),
    /// A membership of a working group.
    Membership(MembershipObject),
    /// A benchmarking round.
    BenchmarkRound(BenchmarkRoundObject),
    /// A benchmark (null unless the caller may read it).
    Benchmark(BenchmarkObject),
    /// An audit event (coordinator only).
    AuditEvent(AuditEventObject),
    /// An event.
    Event(EventObject),
    /// An item of an event's agenda.
    AgendaItem(AgendaItemObject),
    /// A participant of an event.
    EventParticipant(EventParticipantObject),
    /// A proposed action ("ask the expert").
    ProposedAction(ProposedActionObject),
    /// Feedback on a proposed action.
    Feedback(FeedbackObject),
    /// A good practice.
    GoodPractice(GoodPracticeObject),
    /// A working group's webinar.
    Webinar(WebinarObject),
    /// An outcome of an event's plenary discussion.
    PlenaryOutcome(PlenaryOutcomeObject),
    /// An award edition.
    Award(AwardObject),
    /// A figure quoted as evidence.
    TerritoryFact(TerritoryFactObject),
    /// An action plan (null unless the caller may read it).
    ActionPlan(super::ActionPlanObject),
    /// An action of a plan (null unless the caller may read the plan).
    Action(super::ActionObject),
    /// A step of an action (null unless the caller may read the plan).
    ActionStep(super::ActionStepObject),
    /// A personal access token (null unless the caller owns it or is the coordinator).
    ApiToken(super::ApiTokenObject),
    /// A webhook (null unless the caller manages it).
    Webhook(super::WebhookObject),
    /// A working group's coordination call.
    CoordinationCall(super::CoordinationCallObject),
    /// A progress report (null unless the caller may read its plan).
    ProgressReport(super::ProgressReportObject),
    /// A notification (null unless the caller is its recipient).
    Notification(super::NotificationObject),
    /// A phase of the programme, or a stage of one.
    ProgrammePhase(super::ProgrammePhaseObject),
}
