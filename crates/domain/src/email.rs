//! E-mail addresses: unique per user and compared case-insensitively.

use crate::ValidationError;

/// A syntactically plausible e-mail address, normalised to lower case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    /// Longest address accepted (RFC 5321 path limit).
    pub const MAX_LEN: usize = 254;

    /// Parses and normalises user input; the comparison key is the lower-cased address.
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let trimmed = raw.trim();
        let invalid = |msg: &str, variant: &str| {
            ValidationError::new("email", "INVALID_EMAIL", msg).with("variant", variant)
        };
        if trimmed.is_empty() {
            return Err(invalid("E-mail address is required.", "REQUIRED"));
        }
        if trimmed.len() > Self::MAX_LEN {
            return Err(
                invalid("E-mail address is too long.", "TOO_LONG").with("max", Self::MAX_LEN)
            );
        }
        let Some((local, domain)) = trimmed.split_once('@') else {
            return Err(invalid("E-mail address must contain '@'.", "FORMAT"));
        };
        let domain_ok = !domain.is_empty()
            && !domain.contains('@')
            && !domain.starts_with('.')
            && !domain.ends_with('.');
        if local.is_empty() || !domain_ok || trimmed.chars().any(char::is_whitespace) {
            return Err(invalid("E-mail address is not valid.", "FORMAT"));
        }
        Ok(Self(trimmed.to_lowercase()))
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_whitespace() {
        let email = Email::parse("  Munich@Partners.Demo ").unwrap();
        assert_eq!(email.as_str(), "munich@partners.demo");
    }

    #[test]
    fn rejects_malformed_addresses() {
        for raw in [
            "",
            "   ",
            "no-at-sign",
            "@x.org",
            "a@",
            "a@b@c",
            "a b@c.org",
            "a@.org",
        ] {
            let err = Email::parse(raw).unwrap_err();
            assert_eq!(err.code, "INVALID_EMAIL", "{raw:?}");
        }
        assert!(Email::parse(&format!("{}@x.org", "a".repeat(260))).is_err());
    }
}
