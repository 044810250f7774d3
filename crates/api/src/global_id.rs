//! Opaque global IDs (`node(id:)`): base64url of `Type:id`. Clients must not parse them.

use async_graphql::ID;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};

/// The object types that have global IDs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeType {
    /// A territory.
    Territory,
    /// An organisation.
    Organisation,
    /// A thematic area.
    ThematicArea,
    /// A user.
    User,
    /// A working group.
    WorkingGroup,
    /// A membership of a working group.
    Membership,
    /// A benchmarking round.
    BenchmarkRound,
    /// A benchmark.
    Benchmark,
    /// An audit event.
    AuditEvent,
    /// An event such as the Munich peer-learning event.
    Event,
    /// An item of an event's agenda.
    AgendaItem,
    /// A participant of an event.
    EventParticipant,
    /// A proposed action ("ask the expert").
    ProposedAction,
    /// Feedback on a proposed action.
    Feedback,
    /// A good practice.
    GoodPractice,
    /// A working group's webinar.
    Webinar,
    /// An outcome of an event's plenary discussion.
    PlenaryOutcome,
    /// An award edition.
    Award,
    /// A figure quoted as evidence.
    TerritoryFact,
    /// An organisation's action plan.
    ActionPlan,
    /// An action (objective) of a plan.
    Action,
    /// A step of an action.
    ActionStep,
    /// A personal access token.
    ApiToken,
    /// A webhook.
    Webhook,
    /// A working group's coordination call.
    CoordinationCall,
    /// A progress report on a step.
    ProgressReport,
}

impl NodeType {
    fn name(self) -> &'static str {
        match self {
            Self::Territory => "Territory",
            Self::Organisation => "Organisation",
            Self::ThematicArea => "ThematicArea",
            Self::User => "User",
            Self::WorkingGroup => "WorkingGroup",
            Self::Membership => "Membership",
            Self::BenchmarkRound => "BenchmarkRound",
            Self::Benchmark => "Benchmark",
            Self::AuditEvent => "AuditEvent",
            Self::Event => "Event",
            Self::AgendaItem => "AgendaItem",
            Self::EventParticipant => "EventParticipant",
            Self::ProposedAction => "ProposedAction",
            Self::Feedback => "Feedback",
            Self::GoodPractice => "GoodPractice",
            Self::Webinar => "Webinar",
            Self::PlenaryOutcome => "PlenaryOutcome",
            Self::Award => "Award",
            Self::TerritoryFact => "TerritoryFact",
            Self::ActionPlan => "ActionPlan",
            Self::Action => "Action",
            Self::ActionStep => "ActionStep",
            Self::ApiToken => "ApiToken",
            Self::Webhook => "Webhook",
            Self::CoordinationCall => "CoordinationCall",
            Self::ProgressReport => "ProgressReport",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "Territory" => Self::Territory,
            "Organisation" => Self::Organisation,
            "ThematicArea" => Self::ThematicArea,
            "User" => Self::User,
            "WorkingGroup" => Self::WorkingGroup,
            "Membership" => Self::Membership,
            "BenchmarkRound" => Self::BenchmarkRound,
            "Benchmark" => Self::Benchmark,
            "AuditEvent" => Self::AuditEvent,
            "Event" => Self::Event,
            "AgendaItem" => Self::AgendaItem,
            "EventParticipant" => Self::EventParticipant,
            "ProposedAction" => Self::ProposedAction,
            "Feedback" => Self::Feedback,
            "GoodPractice" => Self::GoodPractice,
            "Webinar" => Self::Webinar,
            "PlenaryOutcome" => Self::PlenaryOutcome,
            "Award" => Self::Award,
            "TerritoryFact" => Self::TerritoryFact,
            "ActionPlan" => Self::ActionPlan,
            "Action" => Self::Action,
            "ActionStep" => Self::ActionStep,
            "ApiToken" => Self::ApiToken,
            "Webhook" => Self::Webhook,
            "CoordinationCall" => Self::CoordinationCall,
            "ProgressReport" => Self::ProgressReport,
            _ => return None,
        })
    }
}

/// Encodes the global ID of object `id` of type `ty`.
pub fn encode(ty: NodeType, id: i32) -> ID {
    ID(URL_SAFE_NO_PAD.encode(format!("{}:{id}", ty.name())))
}

/// Decodes a global ID; `None` for anything malformed.
pub fn decode(id: &str) -> Option<(NodeType, i32)> {
    let bytes = URL_SAFE_NO_PAD.decode(id).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (name, raw_id) = text.split_once(':')?;
    let ty = NodeType::from_name(name)?;
    Some((ty, raw_id.parse().ok()?))
}

/// Decodes a global ID that must be of type `ty`.
pub fn decode_as(ty: NodeType, id: &str) -> Option<i32> {
    decode(id)
        .filter(|(actual, _)| *actual == ty)
        .map(|(_, id)| id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_round_trips() {
        use NodeType::*;
        let all = [
            Territory,
            Organisation,
            ThematicArea,
            User,
            WorkingGroup,
            Membership,
            BenchmarkRound,
            Benchmark,
            AuditEvent,
            Event,
            AgendaItem,
            EventParticipant,
            ProposedAction,
            Feedback,
            GoodPractice,
            Webinar,
            PlenaryOutcome,
            Award,
            TerritoryFact,
            ActionPlan,
            Action,
            ActionStep,
            ApiToken,
            Webhook,
            CoordinationCall,
            ProgressReport,
        ];
        for ty in all {
            // Adding a variant without a name breaks `name`; without a parse, this test.
            assert_eq!(decode(&encode(ty, 7)), Some((ty, 7)), "{ty:?}");
        }
    }

    #[test]
    fn round_trips_and_rejects_garbage() {
        let id = encode(NodeType::Organisation, 42);
        assert_eq!(decode(&id), Some((NodeType::Organisation, 42)));
        assert_eq!(decode_as(NodeType::User, &id), None);
        assert_eq!(decode_as(NodeType::Organisation, &id), Some(42));
        for bad in [
            "",
            "!!!",
            "T3JnYW5pc2F0aW9u",
            &URL_SAFE_NO_PAD.encode("Cake:1"),
        ] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
