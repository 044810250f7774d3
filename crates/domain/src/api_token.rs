//! Personal access tokens for scripts and integrations: a name, a scope, an expiry. The secret
//! itself is never part of the domain (only its hash is stored, by persistence).

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use crate::{Problems, UserId, ValidationError};

pub use crate::ids::ApiTokenId;

/// What a token may do on its owner's behalf (never more than the owner may do).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum TokenScope {
    /// Queries only: a request with a mutation is refused before it runs.
    Read,
    /// Queries and mutations.
    ReadWrite,
}

impl TokenScope {
    /// Every scope.
    pub const ALL: [Self; 2] = [Self::Read, Self::ReadWrite];

    /// The stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Self::Read => "READ",
            Self::ReadWrite => "READ_WRITE",
        }
    }

    /// Inverse of [`Self::code`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|scope| scope.code() == code)
    }

    /// Whether the scope allows mutations.
    pub fn may_mutate(self) -> bool {
        self == Self::ReadWrite
    }
}

/// A personal access token as the domain sees it: never the secret, never its hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    /// Identity.
    pub id: ApiTokenId,
    /// The user it acts for.
    pub owner_id: UserId,
    /// What the owner called it, e.g. "Monthly report script".
    pub name: String,
    /// The first characters of the secret (e.g. `mega_pat_AbC`), to recognise it.
    pub prefix: String,
    /// What it may do.
    pub scope: TokenScope,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was last used (at most one minute out of date).
    pub last_used_at: Option<DateTime<Utc>>,
    /// When it was revoked.
    pub revoked_at: Option<DateTime<Utc>>,
}

impl ApiToken {
    /// Whether the token authenticates requests at `now`.
    pub fn usable_at(&self, now: DateTime<Utc>) -> bool {
        self.revoked_at.is_none() && self.expires_at > now
    }
}

/// Longest token name accepted.
pub const MAX_NAME_CHARS: usize = 100;

/// Longest lifetime of a token: one year (365 days) from its creation.
pub fn max_lifetime() -> Duration {
    Duration::days(365)
}

/// Validates a token name: 1–100 characters after trimming.
pub fn parse_name(raw: &str) -> Result<String, ValidationError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(ValidationError::new(
            "name",
            "REQUIRED",
            "A token needs a name.",
        ));
    }
    if trimmed.chars().count() > MAX_NAME_CHARS {
        return Err(ValidationError::new(
            "name",
            "TOO_LONG",
            format!("A token name must be at most {MAX_NAME_CHARS} characters."),
        )
        .with("max", MAX_NAME_CHARS));
    }
    Ok(trimmed.to_owned())
}

/// Checks that `expires_at` is after `now` and at most [`max_lifetime`] ahead.
pub fn check_expiry(expires_at: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), ValidationError> {
    if expires_at <= now {
        return Err(ValidationError::new(
            "expiresAt",
            "EXPIRY_IN_PAST",
            "The expiry must be in the future.",
        ));
    }
    if expires_at > now + max_lifetime() {
        return Err(ValidationError::new(
            "expiresAt",
            "EXPIRY_TOO_FAR",
            "A token may live at most one year (365 days).",
        )
        .with("maxDays", max_lifetime().num_days()));
    }
    Ok(())
}

/// A new token as given, before validation.
#[derive(Clone, Debug)]
pub struct ApiTokenDraft {
    /// What it is for.
    pub name: String,
    /// What it may do.
    pub scope: TokenScope,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
}

/// A new token's settings, validated (the secret is made by whoever issues it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiTokenFields {
    /// Name, trimmed.
    pub name: String,
    /// What it may do.
    pub scope: TokenScope,
    /// When it stops working: after `now`, within [`max_lifetime`].
    pub expires_at: DateTime<Utc>,
}

impl ApiTokenDraft {
    /// The validated settings of a token issued at `now`, or every problem.
    pub fn validate(self, now: DateTime<Utc>) -> Result<ApiTokenFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let name = problems.check(parse_name(&self.name));
        problems.check(check_expiry(self.expires_at, now));
        problems.finish(ApiTokenFields {
            name,
            scope: self.scope,
            expires_at: self.expires_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(parse_name("  Reports  ").unwrap(), "Reports");
        assert_eq!(parse_name(" ").unwrap_err().code, "REQUIRED");
        assert!(parse_name(&"x".repeat(100)).is_ok());
        assert_eq!(parse_name(&"x".repeat(101)).unwrap_err().code, "TOO_LONG");
    }

    #[test]
    fn expiry_is_in_the_future_and_within_a_year() {
        let now = Utc::now();
        assert_eq!(check_expiry(now, now).unwrap_err().code, "EXPIRY_IN_PAST");
        assert!(check_expiry(now + Duration::minutes(1), now).is_ok());
        assert!(check_expiry(now + max_lifetime(), now).is_ok());
        assert_eq!(
            check_expiry(now + max_lifetime() + Duration::seconds(1), now)
                .unwrap_err()
                .code,
            "EXPIRY_TOO_FAR"
        );
    }

    #[test]
    fn drafts_report_name_and_expiry_together() {
        let now = Utc::now();
        let draft = ApiTokenDraft {
            name: " Reports ".into(),
            scope: TokenScope::Read,
            expires_at: now + Duration::days(30),
        };
        assert_eq!(draft.clone().validate(now).unwrap().name, "Reports");
        let codes: Vec<_> = ApiTokenDraft {
            name: String::new(),
            expires_at: now,
            ..draft
        }
        .validate(now)
        .unwrap_err()
        .iter()
        .map(|e| e.code)
        .collect();
        assert_eq!(codes, ["REQUIRED", "EXPIRY_IN_PAST"]);
    }

    #[test]
    fn scopes_round_trip() {
        for scope in TokenScope::ALL {
            assert_eq!(TokenScope::from_code(scope.code()), Some(scope));
        }
        assert!(!TokenScope::Read.may_mutate());
        assert!(TokenScope::ReadWrite.may_mutate());
    }
}
