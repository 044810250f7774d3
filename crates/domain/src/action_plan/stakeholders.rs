//! Who takes part in a step: one of the network's organisations, or a party named in words
//! only ("Singa", "buyers"). Imports match printed names to organisations with
//! [`StakeholderMatcher`]; what it cannot match stays words.

use std::collections::HashMap;

use serde::Serialize;

use crate::action_plan::{MAX_ENTRY, MAX_LIST, entry_too_long, too_many_entries};
use crate::{OrganisationId, ValidationError};

/// A stakeholder of a step.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Stakeholder {
    /// One of the network's organisations. `wording` keeps how it was printed when that
    /// differs from the organisation's name ("GARAPEN"); shown otherwise by its current name.
    Organisation {
        /// The organisation.
        id: OrganisationId,
        /// The printed or typed wording, when not the organisation's name.
        wording: Option<String>,
    },
    /// A party named in words only.
    Named(String),
}

impl Stakeholder {
    /// The organisation, when the stakeholder is one.
    pub fn organisation(&self) -> Option<OrganisationId> {
        match self {
            Self::Organisation { id, .. } => Some(*id),
            Self::Named(_) => None,
        }
    }

    /// The words it is shown by, when they do not come from the organisation.
    pub fn wording(&self) -> Option<&str> {
        match self {
            Self::Organisation { wording, .. } => wording.as_deref(),
            Self::Named(name) => Some(name),
        }
    }

    /// The name it is shown by: its wording, else the organisation's current name (from
    /// `names`).
    pub fn name<'a>(&'a self, names: &'a HashMap<OrganisationId, String>) -> &'a str {
        self.wording()
            .or_else(|| {
                self.organisation()
                    .and_then(|id| names.get(&id))
                    .map(String::as_str)
            })
            .unwrap_or_default()
    }
}

/// The organisations among `stakeholders`, each once, in id order.
pub fn stakeholder_organisations<'a>(
    stakeholders: impl IntoIterator<Item = &'a Stakeholder>,
) -> Vec<OrganisationId> {
    let mut ids: Vec<OrganisationId> = stakeholders
        .into_iter()
        .filter_map(Stakeholder::organisation)
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// A stakeholder as given by a caller: an organisation, a name, or both (an organisation with
/// its printed wording). Neither is `REQUIRED`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StakeholderDraft {
    /// The organisation picked.
    pub organisation_id: Option<OrganisationId>,
    /// The words typed.
    pub name: Option<String>,
}

impl StakeholderDraft {
    /// A party named in words.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            organisation_id: None,
            name: Some(name.into()),
        }
    }
}

/// Validates a step's stakeholders: names trimmed (a blank name with no organisation is
/// dropped, like a blank list entry), at most [`MAX_LIST`] entries of at most [`MAX_ENTRY`]
/// characters, and no organisation twice (`DUPLICATE`).
pub fn parse_stakeholders(
    field: &'static str,
    raw: Vec<StakeholderDraft>,
) -> Result<Vec<Stakeholder>, ValidationError> {
    let mut list = Vec::new();
    for draft in raw {
        let name = draft
            .name
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty());
        if name
            .as_ref()
            .is_some_and(|name| name.chars().count() > MAX_ENTRY)
        {
            return Err(entry_too_long(field));
        }
        match (draft.organisation_id, name) {
            (Some(id), wording) => {
                if list
                    .iter()
                    .any(|known: &Stakeholder| known.organisation() == Some(id))
                {
                    return Err(ValidationError::new(
                        field,
                        "DUPLICATE",
                        "The same organisation is listed twice.",
                    ));
                }
                list.push(Stakeholder::Organisation { id, wording });
            }
            (None, Some(name)) => list.push(Stakeholder::Named(name)),
            (None, None) => {}
        }
    }
    if list.len() > MAX_LIST {
        return Err(too_many_entries(field));
    }
    Ok(list)
}

/// The key names are compared by: lower case, common Latin accents folded, letters and
/// digits only, so "Melting coop", "MeltingCoop" and "Meltingcoop" meet.
fn match_key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ß' => 's',
            other => other,
        })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Matches printed stakeholder names to organisations by name, short name or alias. A key
/// two organisations share matches neither: a guess would be worse than the words.
#[derive(Debug, Default)]
pub struct StakeholderMatcher {
    by_key: HashMap<String, Option<(OrganisationId, String)>>,
}

impl StakeholderMatcher {
    /// Adds an organisation under its full `name` and its other `names` (short name,
    /// aliases).
    pub fn add<'a>(
        &mut self,
        id: OrganisationId,
        name: &str,
        names: impl IntoIterator<Item = &'a str>,
    ) {
        let keys = names.into_iter().map(match_key).chain([match_key(name)]);
        for key in keys.filter(|key| !key.is_empty()) {
            let entry = self
                .by_key
                .entry(key)
                .or_insert_with(|| Some((id, name.to_owned())));
            if entry.as_ref().is_some_and(|(known, _)| *known != id) {
                *entry = None;
            }
        }
    }

    /// The stakeholder a printed name stands for: the organisation it matches (keeping the
    /// wording when it is not exactly the organisation's name), or the words.
    pub fn resolve(&self, printed: &str) -> Stakeholder {
        let printed = printed.trim();
        match self.by_key.get(&match_key(printed)) {
            Some(Some((id, name))) => Stakeholder::Organisation {
                id: *id,
                wording: (printed != name).then(|| printed.to_owned()),
            },
            _ => Stakeholder::Named(printed.to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> StakeholderMatcher {
        let mut matcher = StakeholderMatcher::default();
        matcher.add(OrganisationId(1), "Adive", ["Adive"]);
        matcher.add(
            OrganisationId(2),
            "Asociación Vasca de Agencias de Desarrollo GARAPEN",
            ["Garapen", "GARAPEN"],
        );
        matcher.add(OrganisationId(3), "Meltingcoop", []);
        matcher.add(OrganisationId(4), "Île-de-France Region", []);
        // Two bodies called "Chamber of Commerce": the name matches neither.
        matcher.add(
            OrganisationId(5),
            "Chamber of Commerce (Milan)",
            ["Chamber of Commerce"],
        );
        matcher.add(
            OrganisationId(6),
            "Hamburg Chamber of Commerce",
            ["Chamber of Commerce"],
        );
        matcher
    }

    #[test]
    fn printed_names_match_by_name_short_name_or_alias() {
        let matcher = matcher();
        assert_eq!(
            matcher.resolve(" Adive "),
            Stakeholder::Organisation {
                id: OrganisationId(1),
                wording: None
            }
        );
        assert_eq!(
            matcher.resolve("GARAPEN"),
            Stakeholder::Organisation {
                id: OrganisationId(2),
                wording: Some("GARAPEN".into())
            }
        );
        for printed in ["Melting coop", "MeltingCoop"] {
            assert_eq!(
                matcher.resolve(printed).organisation(),
                Some(OrganisationId(3))
            );
        }
        assert_eq!(
            matcher.resolve("Ile de France Region").organisation(),
            Some(OrganisationId(4))
        );
    }

    #[test]
    fn unmatched_and_ambiguous_names_stay_words() {
        let matcher = matcher();
        assert_eq!(matcher.resolve("Singa"), Stakeholder::Named("Singa".into()));
        assert_eq!(
            matcher.resolve("Chamber of Commerce"),
            Stakeholder::Named("Chamber of Commerce".into())
        );
        assert_eq!(
            matcher
                .resolve("Hamburg Chamber of Commerce")
                .organisation(),
            Some(OrganisationId(6))
        );
    }

    #[test]
    fn stakeholders_are_trimmed_and_checked() {
        let parsed = parse_stakeholders(
            "stakeholderEntries",
            vec![
                StakeholderDraft::named("  Singa "),
                StakeholderDraft::named("   "),
                StakeholderDraft {
                    organisation_id: Some(OrganisationId(1)),
                    name: Some(" ".into()),
                },
            ],
        );
        assert_eq!(
            parsed,
            Ok(vec![
                Stakeholder::Named("Singa".into()),
                Stakeholder::Organisation {
                    id: OrganisationId(1),
                    wording: None
                },
            ])
        );
        let twice = vec![
            StakeholderDraft {
                organisation_id: Some(OrganisationId(1)),
                name: None,
            };
            2
        ];
        assert_eq!(
            parse_stakeholders("stakeholderEntries", twice).map_err(|e| e.code),
            Err("DUPLICATE")
        );
        let many = vec![StakeholderDraft::named("x"); MAX_LIST + 1];
        assert_eq!(
            parse_stakeholders("stakeholderEntries", many).map_err(|e| e.code),
            Err("TOO_MANY")
        );
        let long = vec![StakeholderDraft::named("x".repeat(MAX_ENTRY + 1))];
        assert_eq!(
            parse_stakeholders("stakeholderEntries", long).map_err(|e| e.code),
            Err("TOO_LONG")
        );
    }
}
