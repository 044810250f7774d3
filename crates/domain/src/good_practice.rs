//! The good-practice library: transferable practices such as the Phoenix Award or Adive's
//! supplier-diversity model, with where each comes from.

use serde::Serialize;

use crate::event::parse_required;
use crate::working_group::parse_title;
use crate::{GoodPracticeId, OrganisationId, Problems, ThematicAreaId, ValidationError};

/// A transferable practice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GoodPractice {
    /// Identity.
    pub id: GoodPracticeId,
    /// Title, e.g. "Phoenix Award".
    pub title: String,
    /// The organisation behind the practice, if one is named.
    pub organisation_id: Option<OrganisationId>,
    /// The learning theme it belongs to, if any.
    pub thematic_area_id: Option<ThematicAreaId>,
    /// What the practice is.
    pub description: String,
    /// Where it comes from, e.g. a quotation of the report.
    pub source: String,
}

/// Whether a practice (or a plan's summary) is on the public pages: what the audit log keeps
/// of publishing and withdrawing it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Publication<Id = GoodPracticeId> {
    /// The practice or plan.
    pub id: Id,
    /// Since when it is public; none when it is not.
    pub published_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Longest description accepted.
pub const MAX_DESCRIPTION: usize = 10_000;
/// Longest source accepted.
pub const MAX_SOURCE: usize = 2_000;
/// Longest search text accepted.
pub const MAX_SEARCH: usize = 200;

/// A good practice as given, before validation.
#[derive(Clone, Debug, Default)]
pub struct GoodPracticeDraft {
    /// Title, 1–200 characters.
    pub title: String,
    /// The organisation behind it.
    pub organisation_id: Option<OrganisationId>,
    /// Its thematic area.
    pub thematic_area_id: Option<ThematicAreaId>,
    /// Description, 1–[`MAX_DESCRIPTION`] characters.
    pub description: String,
    /// Where it comes from, 1–[`MAX_SOURCE`] characters.
    pub source: String,
}

/// What a good practice holds besides its identity, validated (trimmed texts). Whether the
/// organisation and area exist is the service's question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoodPracticeFields {
    /// Title.
    pub title: String,
    /// The organisation behind it.
    pub organisation_id: Option<OrganisationId>,
    /// Its thematic area.
    pub thematic_area_id: Option<ThematicAreaId>,
    /// Description.
    pub description: String,
    /// Where it comes from.
    pub source: String,
}

impl GoodPracticeDraft {
    /// The validated fields, or every problem of the texts.
    pub fn validate(self) -> Result<GoodPracticeFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let title = problems.check(parse_title("title", &self.title));
        let description = problems.check(parse_required(
            "description",
            &self.description,
            MAX_DESCRIPTION,
        ));
        let source = problems.check(parse_required("source", &self.source, MAX_SOURCE));
        problems.finish(GoodPracticeFields {
            title,
            organisation_id: self.organisation_id,
            thematic_area_id: self.thematic_area_id,
            description,
            source,
        })
    }
}

/// A search text: trimmed, at most 200 characters; empty means no search.
pub fn parse_search(raw: Option<&str>) -> Result<Option<String>, ValidationError> {
    crate::event::parse_optional("search", raw, MAX_SEARCH)
}

/// The SQL `LIKE` pattern matching `search` anywhere, lower-cased, with `\` escaping the
/// wildcards `%` and `_` (and itself) so they match literally.
pub fn like_pattern(search: &str) -> String {
    let mut pattern = String::from("%");
    for c in search.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_report_every_text_problem() {
        let draft = GoodPracticeDraft {
            title: "  Phoenix Award ".into(),
            description: "An award.".into(),
            source: "Report".into(),
            ..Default::default()
        };
        assert_eq!(draft.clone().validate().unwrap().title, "Phoenix Award");
        let codes: Vec<_> = GoodPracticeDraft {
            title: " ".into(),
            description: "x".repeat(MAX_DESCRIPTION + 1),
            source: String::new(),
            ..draft
        }
        .validate()
        .unwrap_err()
        .iter()
        .map(|e| (e.field, e.code))
        .collect();
        assert_eq!(
            codes,
            [
                ("title", "REQUIRED"),
                ("description", "TOO_LONG"),
                ("source", "REQUIRED")
            ]
        );
    }

    #[test]
    fn search_patterns_escape_wildcards() {
        assert_eq!(like_pattern("Supplier"), "%supplier%");
        assert_eq!(like_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
        assert_eq!(parse_search(Some("  ")).unwrap(), None);
        assert_eq!(
            parse_search(Some(&"x".repeat(MAX_SEARCH + 1)))
                .unwrap_err()
                .code,
            "TOO_LONG"
        );
    }
}
