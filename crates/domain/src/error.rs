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
    /// The values the message is built from, by name (e.g. `("max", "2000")`), so a client
    /// can word the message in its own language from `code` and these.
    pub params: Vec<(&'static str, String)>,
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
            params: Vec::new(),
        }
    }

    /// Adds parameter `name` (replacing an earlier one of that name), e.g.
    /// `.with("max", 2000)`.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        self.params.retain(|(existing, _)| *existing != name);
        self.params.push((name, value.to_string()));
        self
    }

    /// The value of parameter `name`, if set.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(existing, _)| *existing == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Collects every problem of an input, so a draft reports all of them at once.
#[derive(Debug, Default)]
#[must_use = "problems must be turned into a result with `finish`"]
pub struct Problems(Vec<ValidationError>);

impl Problems {
    /// No problems yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The checked value, or its default after recording the problem (the default is never
    /// used: [`Problems::finish`] then fails).
    pub fn check<T: Default>(&mut self, result: Result<T, ValidationError>) -> T {
        self.take(result).unwrap_or_default()
    }

    /// The checked value, or `None` after recording the problem.
    pub fn take<T>(&mut self, result: Result<T, ValidationError>) -> Option<T> {
        result.map_err(|err| self.0.push(err)).ok()
    }

    /// Records a problem.
    pub fn push(&mut self, err: ValidationError) {
        self.0.push(err);
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `value` when nothing was recorded, else every problem in the order found.
    pub fn finish<T>(self, value: T) -> Result<T, Vec<ValidationError>> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_all_reported() {
        let mut problems = Problems::new();
        let a: String = problems.check(Err(ValidationError::new("a", "REQUIRED", "a")));
        let b = problems.check(Ok::<_, ValidationError>(2));
        problems.push(ValidationError::new("c", "TOO_LONG", "c"));
        let codes: Vec<_> = problems
            .finish((a, b))
            .unwrap_err()
            .iter()
            .map(|e| e.code)
            .collect();
        assert_eq!(codes, ["REQUIRED", "TOO_LONG"]);
        assert_eq!(Problems::new().finish(7), Ok(7));
    }

    #[test]
    fn params_are_named_and_replaced() {
        let err = ValidationError::new("title", "TOO_LONG", "title is too long")
            .with("max", 2000)
            .with("max", 200)
            .with("min", 1);
        assert_eq!(err.param("max"), Some("200"));
        assert_eq!(err.param("min"), Some("1"));
        assert_eq!(err.param("other"), None);
        assert_eq!(err.params.len(), 2);
    }

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
