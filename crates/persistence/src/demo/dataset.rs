//! Typed view of `data/mega-2018.yaml`; fields the import does not use yet are ignored.

use chrono::NaiveDate;
use serde::Deserialize;

/// The shipped dataset, embedded at compile time.
pub const MEGA_2018_YAML: &str = include_str!("../../../../data/mega-2018.yaml");

/// Demo good practices derived from the report's explicit statements, kept apart from the
/// verbatim dataset copy.
pub const GOOD_PRACTICES_YAML: &str = include_str!("../../../../data/good-practices.yaml");

/// The parts of the dataset the import reads.
#[derive(Debug, Deserialize)]
pub struct Dataset {
    /// Partner cities and regions.
    pub territories: Vec<TerritoryRecord>,
    /// Every organisation the report names.
    pub organisations: Vec<OrganisationRecord>,
    /// The four learning themes.
    pub thematic_areas: Vec<ThematicAreaRecord>,
    /// One group per theme, with the printed leading and learning members.
    pub working_groups: Vec<WorkingGroupRecord>,
    /// Events with their agenda and participants.
    #[serde(default)]
    pub events: Vec<EventRecord>,
    /// The actions presented at "ask the expert".
    #[serde(default)]
    pub proposed_actions: Vec<ProposedActionRecord>,
    /// Where the dataset comes from.
    #[serde(default)]
    pub source: Option<SourceRecord>,
    /// The plenary discussions of the event named by `source.event`.
    #[serde(default)]
    pub plenary_discussions: Vec<PlenaryRecord>,
    /// The award presented at the event.
    #[serde(default)]
    pub award: Option<AwardRecord>,
    /// Figures quoted as evidence.
    #[serde(default)]
    pub territory_facts: Vec<TerritoryFactRecord>,
    /// Good practices derived from the report's explicit statements (from
    /// [`GOOD_PRACTICES_YAML`], see [`Dataset::shipped`]).
    #[serde(default)]
    pub good_practices: Vec<GoodPracticeRecord>,
    /// The programme's phases with their stages and dates.
    #[serde(default)]
    pub phases: Vec<PhaseRecord>,
}

/// A phase of the programme, or a stage of one (then without stages of its own).
#[derive(Debug, Default, Deserialize)]
pub struct PhaseRecord {
    /// The report's number of a phase.
    #[serde(default)]
    pub number: Option<i32>,
    /// The report's letter of a stage.
    #[serde(default, rename = "ref")]
    pub reference: Option<String>,
    /// Title, as printed.
    pub title: String,
    /// What it does, as printed.
    #[serde(default)]
    pub summary: Option<String>,
    /// The minimum requirement the report sets for the phase.
    #[serde(default)]
    pub minimum_requirement: Option<String>,
    /// How coordination calls run in the stage.
    #[serde(default)]
    pub coordination_calls: Option<String>,
    /// Start, `YYYY[-MM[-DD]]`.
    #[serde(default)]
    pub start: Option<String>,
    /// End, `YYYY[-MM[-DD]]`.
    #[serde(default)]
    pub end: Option<String>,
    /// The start as printed.
    #[serde(default)]
    pub start_text: Option<String>,
    /// The end as printed.
    #[serde(default)]
    pub end_text: Option<String>,
    /// Start and end as printed together.
    #[serde(default)]
    pub dates_text: Option<String>,
    /// Its stages.
    #[serde(default)]
    pub stages: Vec<PhaseRecord>,
}

#[derive(Debug, Deserialize)]
struct GoodPracticesFile {
    good_practices: Vec<GoodPracticeRecord>,
}

/// The dataset's source.
#[derive(Debug, Deserialize)]
pub struct SourceRecord {
    /// Key of the event the report is about.
    pub event: Option<String>,
}

/// A plenary discussion of the event.
#[derive(Debug, Deserialize)]
pub struct PlenaryRecord {
    /// Keys of the working groups it concerns.
    #[serde(default)]
    pub working_groups: Vec<String>,
    /// The printed section heading.
    pub section: String,
    /// The printed heading.
    pub heading: String,
    /// Editorial remark.
    pub note: Option<String>,
    /// One point per printed paragraph.
    #[serde(default)]
    pub summary_points: Vec<String>,
    /// The printed recommendations.
    #[serde(default)]
    pub recommendations: Vec<String>,
}

/// An award edition.
#[derive(Debug, Deserialize)]
pub struct AwardRecord {
    /// Name.
    pub name: String,
    /// Year as printed, e.g. "2018".
    pub year: String,
    /// Edition number.
    pub edition: Option<i32>,
    /// Applications submitted.
    pub applications: Option<i32>,
    /// The jury's criteria.
    #[serde(default)]
    pub criteria: Vec<String>,
    /// Winners in printed order.
    #[serde(default)]
    pub winners: Vec<WinnerRecord>,
}

/// A winner of the award.
#[derive(Debug, Deserialize)]
pub struct WinnerRecord {
    /// Name.
    pub name: String,
    /// Activity.
    pub activity: String,
    /// Key of the organisation, when it has an entry.
    pub organisation: Option<String>,
}

/// A figure quoted as evidence.
#[derive(Debug, Deserialize)]
pub struct TerritoryFactRecord {
    /// Key of the territory.
    pub territory: Option<String>,
    /// ISO country when there is no territory.
    pub country: Option<String>,
    /// What is counted.
    pub figure: String,
    /// The number.
    pub value: f64,
    /// Unit.
    pub unit: String,
    /// Year the figure refers to.
    pub year: Option<i32>,
    /// Printed qualifier, e.g. "around".
    pub qualifier: Option<String>,
    /// The sentence quoted.
    pub text: String,
    /// Where in the report.
    pub section: Option<String>,
}

/// A good practice.
#[derive(Debug, Deserialize)]
pub struct GoodPracticeRecord {
    /// Stable key.
    pub key: String,
    /// Title.
    pub title: String,
    /// Key of the organisation behind it.
    pub organisation: Option<String>,
    /// Key of its thematic area.
    pub thematic_area: Option<String>,
    /// Description, quoting the report.
    pub description: String,
    /// Where it comes from, quoting the report.
    pub source: String,
}

/// An event entry.
#[derive(Debug, Deserialize)]
pub struct EventRecord {
    /// Stable key, e.g. `munich-peer-learning-2018`.
    pub key: String,
    /// Title.
    pub title: String,
    /// Venue address.
    pub venue: String,
    /// City.
    pub city: String,
    /// Key of the hosting territory.
    pub territory: Option<String>,
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// The dates as printed.
    pub dates_text: Option<String>,
    /// The timetable, in printed order.
    #[serde(default)]
    pub agenda: Vec<AgendaRecord>,
    /// The printed participant list.
    #[serde(default)]
    pub participants: Vec<ParticipantRecord>,
}

/// An agenda line; times are printed `HH.MM`.
#[derive(Debug, Deserialize)]
pub struct AgendaRecord {
    /// The day.
    pub date: NaiveDate,
    /// Start time as printed.
    pub start: Option<String>,
    /// End time as printed.
    pub end: Option<String>,
    /// The time when it is not a clock time, e.g. "AM/PM".
    pub time_text: Option<String>,
    /// Title.
    pub title: String,
    /// Session name, e.g. "Session I".
    pub session: Option<String>,
    /// Parallel track (the dataset has none).
    #[serde(default)]
    pub track: Option<String>,
    /// Key of the working group.
    pub working_group: Option<String>,
    /// What the slot is for.
    pub description: Option<String>,
    /// Presentations in order.
    #[serde(default)]
    pub presentations: Vec<PresentationRecord>,
    /// Minutes of expert feedback.
    pub expert_feedback_minutes: Option<i32>,
    /// The feedback part as printed.
    pub expert_feedback_text: Option<String>,
}

/// A presentation in an agenda line.
#[derive(Debug, Deserialize)]
pub struct PresentationRecord {
    /// Key of the organisation.
    pub organisation: String,
    /// Minutes.
    pub minutes: i32,
    /// Number of actions presented.
    pub actions: i32,
}

/// A participant of an event.
#[derive(Debug, Deserialize)]
pub struct ParticipantRecord {
    /// Given name(s).
    pub first_name: String,
    /// Surname.
    pub last_name: String,
    /// Key of the organisation.
    pub organisation: Option<String>,
    /// The organisation cell as printed.
    pub organisation_text: String,
    /// ISO alpha-2 country.
    pub country: String,
}

/// A proposed action of "ask the expert".
#[derive(Debug, Deserialize)]
pub struct ProposedActionRecord {
    /// Stable key.
    pub key: String,
    /// Key of the presenting organisation.
    pub organisation: String,
    /// Key of the working group.
    pub working_group: String,
    /// The printed section heading.
    pub section: Option<String>,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Questions to the experts.
    #[serde(default)]
    pub guiding_questions: Vec<String>,
    /// Statements printed with the questions.
    #[serde(default)]
    pub guiding_questions_context: Vec<String>,
}

/// A working-group entry.
#[derive(Debug, Deserialize)]
pub struct WorkingGroupRecord {
    /// Stable key, e.g. `wg-city-leadership`.
    pub key: String,
    /// Key of its thematic area.
    pub thematic_area: String,
    /// Title.
    pub title: String,
    /// Leading members as printed.
    pub leading: Vec<MemberRecord>,
    /// Learning members as printed.
    pub learning: Vec<MemberRecord>,
}

/// A printed member of a working group: a territory, and the organisation when known.
#[derive(Debug, Deserialize)]
pub struct MemberRecord {
    /// Key of the printed territory.
    pub territory: String,
    /// Key of the organisation; absent where the report does not say which.
    pub organisation: Option<String>,
    /// Remark printed with the member.
    pub note: Option<String>,
}

/// A territory entry.
#[derive(Debug, Deserialize)]
pub struct TerritoryRecord {
    /// Stable key, e.g. `munich`.
    pub key: String,
    /// Display name.
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

/// An organisation entry.
#[derive(Debug, Deserialize)]
pub struct OrganisationRecord {
    /// Stable key, e.g. `city-of-munich`.
    pub key: String,
    /// Full name.
    pub name: String,
    /// Short name, if the report uses one.
    pub short_name: Option<String>,
    /// Key of its territory.
    pub territory: Option<String>,
    /// Kind code, e.g. `municipality`.
    pub kind: String,
    /// Partner of the project consortium.
    pub consortium_partner: bool,
    /// Other names the report prints for it (matched to the plans' stakeholders).
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A thematic-area entry.
#[derive(Debug, Deserialize)]
pub struct ThematicAreaRecord {
    /// Stable key, e.g. `city-leadership`.
    pub key: String,
    /// Position in the programme.
    pub number: i32,
    /// Title.
    pub title: String,
    /// What it covers.
    pub description: String,
}

impl Dataset {
    /// Parses a dataset in the format of `data/mega-2018.yaml`.
    pub fn parse(yaml: &str) -> Result<Self, serde_yaml::Error> {
        serde_yaml::from_str(yaml)
    }

    /// The dataset shipped with the binary: the report's data plus the derived good practices.
    pub fn shipped() -> Result<Self, serde_yaml::Error> {
        let mut dataset = Self::parse(MEGA_2018_YAML)?;
        dataset.good_practices =
            serde_yaml::from_str::<GoodPracticesFile>(GOOD_PRACTICES_YAML)?.good_practices;
        Ok(dataset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_dataset_parses() {
        let dataset = Dataset::shipped().unwrap();
        assert_eq!(dataset.territories.len(), 5);
        assert_eq!(dataset.thematic_areas.len(), 4);
        assert_eq!(dataset.events.len(), 1);
        assert_eq!(dataset.events[0].agenda.len(), 25);
        assert_eq!(dataset.events[0].participants.len(), 21);
        assert_eq!(dataset.proposed_actions.len(), 12);
        assert_eq!(dataset.plenary_discussions.len(), 3);
        assert_eq!(dataset.territory_facts.len(), 16);
        assert_eq!(dataset.good_practices.len(), 4);
        assert_eq!(dataset.award.as_ref().map(|a| a.winners.len()), Some(5));
        assert!(
            dataset
                .organisations
                .iter()
                .any(|org| org.key == "city-of-munich")
        );
    }
}
