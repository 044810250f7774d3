//! People with a login: their global role and the rules for their names and passwords.

use crate::{Email, OrganisationId, UserId, ValidationError};

/// A user's role across the whole network; contextual roles come from working groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum GlobalRole {
    /// The network's coordinator (MPG): may do everything.
    Coordinator,
    /// A member of a partner organisation.
    Partner,
    /// An expert invited to working groups.
    Expert,
}

impl GlobalRole {
    /// Every role.
    pub const ALL: [Self; 3] = [Self::Coordinator, Self::Partner, Self::Expert];

    /// The stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Self::Coordinator => "COORDINATOR",
            Self::Partner => "PARTNER",
            Self::Expert => "EXPERT",
        }
    }

    /// Inverse of [`Self::code`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.code() == code)
    }
}

/// A user as the domain sees it (never with its password hash).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct User {
    /// Identity.
    pub id: UserId,
    /// Login and contact address.
    pub email: Email,
    /// Name shown to others.
    pub display_name: String,
    /// The organisation the user acts for.
    pub organisation_id: Option<OrganisationId>,
    /// Network-wide role.
    pub global_role: GlobalRole,
    /// Deactivated users cannot sign in and their tokens stop working.
    pub active: bool,
}

/// A display name: 1–120 characters after trimming.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    /// Longest name accepted.
    pub const MAX_CHARS: usize = 120;

    /// Validates user input.
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(ValidationError::new(
                "displayName",
                "REQUIRED",
                "Display name is required.",
            ));
        }
        if trimmed.chars().count() > Self::MAX_CHARS {
            return Err(ValidationError::new(
                "displayName",
                "TOO_LONG",
                format!(
                    "Display name must be at most {} characters.",
                    Self::MAX_CHARS
                ),
            ));
        }
        Ok(Self(trimmed.to_owned()))
    }

    /// The validated name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password chosen by a person, checked against the length rules of NIST SP 800-63B.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl NewPassword {
    /// Shortest password accepted.
    pub const MIN_CHARS: usize = 12;
    /// Longest password accepted; bounds the hashing work an attacker can ask for.
    pub const MAX_CHARS: usize = 128;

    /// Validates a new password.
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let chars = raw.chars().count();
        if chars < Self::MIN_CHARS {
            return Err(ValidationError::new(
                "password",
                "PASSWORD_TOO_SHORT",
                format!("Password must be at least {} characters.", Self::MIN_CHARS),
            ));
        }
        if chars > Self::MAX_CHARS {
            return Err(ValidationError::new(
                "password",
                "PASSWORD_TOO_LONG",
                format!("Password must be at most {} characters.", Self::MAX_CHARS),
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    /// The password, for hashing only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_name_is_trimmed_and_bounded() {
        assert_eq!(DisplayName::parse("  Ana  ").unwrap().as_str(), "Ana");
        assert_eq!(DisplayName::parse(" ").unwrap_err().code, "REQUIRED");
        assert_eq!(
            DisplayName::parse(&"x".repeat(121)).unwrap_err().code,
            "TOO_LONG"
        );
    }

    #[test]
    fn password_length_rules() {
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse(&"p".repeat(12)).is_ok());
        assert!(NewPassword::parse(&"p".repeat(129)).is_err());
        assert_eq!(
            format!("{:?}", NewPassword::parse(&"p".repeat(12)).unwrap()),
            "NewPassword(***)"
        );
    }

    #[test]
    fn role_codes_round_trip() {
        for role in GlobalRole::ALL {
            assert_eq!(GlobalRole::from_code(role.code()), Some(role));
        }
    }
}
