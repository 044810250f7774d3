//! Typed view of `data/mega-2018.yaml`; fields the import does not use yet are ignored.

use serde::Deserialize;

/// The shipped dataset, embedded at compile time.
pub const MEGA_2018_YAML: &str = include_str!("../../../../data/mega-2018.yaml");

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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_dataset_parses() {
        let dataset = Dataset::parse(MEGA_2018_YAML).unwrap();
        assert_eq!(dataset.territories.len(), 5);
        assert_eq!(dataset.thematic_areas.len(), 4);
        assert!(
            dataset
                .organisations
                .iter()
                .any(|org| org.key == "city-of-munich")
        );
    }
}
