//! How a step's stakeholders are stored: a JSON array in `action_steps.stakeholders` whose
//! items are a string (a party named in words, the format from before organisations could be
//! linked) or `{"organisation": id, "wording": …}`. Organisations are never deleted, so an id
//! stays valid; the service checks it exists when it is written.

use mega_domain::OrganisationId;
use mega_domain::action_plan::Stakeholder;
use serde::{Deserialize, Serialize};

use super::corrupt;
use crate::error::Result;

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Stored {
    Named(String),
    Organisation {
        organisation: i32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        wording: Option<String>,
    },
}

/// Reads the stored column of step `id`.
pub(super) fn read(id: i32, raw: &str) -> Result<Vec<Stakeholder>> {
    let stored: Vec<Stored> = serde_json::from_str(raw)
        .map_err(|_| corrupt(format!("action step {id}: stakeholders")))?;
    Ok(stored
        .into_iter()
        .map(|item| match item {
            Stored::Named(name) => Stakeholder::Named(name),
            Stored::Organisation {
                organisation,
                wording,
            } => Stakeholder::Organisation {
                id: OrganisationId(organisation),
                wording,
            },
        })
        .collect())
}

/// The column's value for `stakeholders`.
pub(super) fn write(stakeholders: &[Stakeholder]) -> Result<String> {
    let stored: Vec<Stored> = stakeholders
        .iter()
        .map(|item| match item {
            Stakeholder::Named(name) => Stored::Named(name.clone()),
            Stakeholder::Organisation { id, wording } => Stored::Organisation {
                organisation: id.0,
                wording: wording.clone(),
            },
        })
        .collect();
    serde_json::to_string(&stored).map_err(|err| corrupt(err.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_round_trip_and_plain_strings_still_read() -> Result<()> {
        let list = vec![
            Stakeholder::Named("Singa".into()),
            Stakeholder::Organisation {
                id: OrganisationId(4),
                wording: Some("GARAPEN".into()),
            },
            Stakeholder::Organisation {
                id: OrganisationId(5),
                wording: None,
            },
        ];
        let raw = write(&list)?;
        assert_eq!(
            raw,
            r#"["Singa",{"organisation":4,"wording":"GARAPEN"},{"organisation":5}]"#
        );
        assert_eq!(read(1, &raw)?, list);
        assert_eq!(read(1, r#"["NGOs"]"#)?, [Stakeholder::Named("NGOs".into())]);
        assert!(read(1, r#"[{"organisation":"x"}]"#).is_err());
        Ok(())
    }
}
