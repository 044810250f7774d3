//! Validation errors of domain values; the API turns them into `userErrors`.

/// A value that breaks a domain rule. `code` is stable and machine-readable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ValidationError {
    /// The input field at fault, e.g. `email`.
    pub field: &'static str,
    /// A sentence for people.
    pub message: String,
    /// A stable code for programs, e.g. `INVALID_EMAIL`.
    pub code: &'static str,
}

/// Longest piece of an input a message quotes.
pub const EXCERPT_CHARS: usize = 40;

/// `raw` for a message: itself when short, else its first [`EXCERPT_CHARS`] characters and
/// "…", so a message names the wrong value without echoing a huge input back.
pub fn excerpt(raw: &str) -> String {
    let mut chars = raw.chars();
    let head: String = chars.by_ref().take(EXCERPT_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

impl ValidationError {
    /// Builds an error for `field`.
    pub fn new(field: &'static str, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
            code,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_cut_long_values_only() {
        assert_eq!(excerpt("2019-13"), "2019-13");
        assert_eq!(
            excerpt(&"é".repeat(EXCERPT_CHARS)),
            "é".repeat(EXCERPT_CHARS)
        );
        assert_eq!(
            excerpt(&"x".repeat(1_000_000)),
            format!("{}…", "x".repeat(EXCERPT_CHARS))
        );
    }
}
