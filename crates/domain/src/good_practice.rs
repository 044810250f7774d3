//! The good-practice library: transferable practices such as the Phoenix Award or Adive's
//! supplier-diversity model, with where each comes from.

use serde::Serialize;

use crate::{GoodPracticeId, OrganisationId, ThematicAreaId, ValidationError};

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

/// Longest description accepted.
pub const MAX_DESCRIPTION: usize = 10_000;
/// Longest source accepted.
pub const MAX_SOURCE: usize = 2_000;
/// Longest search text accepted.
pub const MAX_SEARCH: usize = 200;

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
