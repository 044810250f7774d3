//! People with a login: their global role and the rules for their names and passwords.

use crate::codes::codes;
use crate::{Email, OrganisationId, Problems, UserId, ValidationError};

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

/// A language of the interface (and, later, of e-mails to the user). A closed set: each one
/// is complete in the SPA, and a message to a user needs a language it has a text for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Italian.
    It,
    /// Spanish.
    Es,
}

codes!(Language { En => "en", De => "de", Fr => "fr", It => "it", Es => "es" });

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
    /// The interface language the user chose; `None` until known.
    pub language: Option<Language>,
}

/// Changes to a user's own preferences; `None` leaves a preference as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PreferenceChanges {
    /// New interface language (`Some(None)` forgets it).
    pub language: Option<Option<Language>>,
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
            )
            .with("max", Self::MAX_CHARS));
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
            )
            .with("min", Self::MIN_CHARS)
            .with("max", Self::MAX_CHARS));
        }
        if chars > Self::MAX_CHARS {
            return Err(ValidationError::new(
                "password",
                "PASSWORD_TOO_LONG",
                format!("Password must be at most {} characters.", Self::MAX_CHARS),
            )
            .with("min", Self::MIN_CHARS)
            .with("max", Self::MAX_CHARS));
        }
        Ok(Self(raw.to_owned()))
    }

    /// The password, for hashing only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// An account as the coordinator creates it, as given.
#[derive(Clone)]
pub struct UserDraft {
    /// Login address.
    pub email: String,
    /// Name shown to others.
    pub display_name: String,
    /// The organisation the user acts for.
    pub organisation_id: Option<OrganisationId>,
    /// Network-wide role.
    pub global_role: GlobalRole,
    /// Initial password.
    pub password: String,
}

impl std::fmt::Debug for UserDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserDraft")
            .field("email", &self.email)
            .field("display_name", &self.display_name)
            .field("organisation_id", &self.organisation_id)
            .field("global_role", &self.global_role)
            .field("password", &"***")
            .finish()
    }
}

/// A new account, validated; its password is hashed before it is stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserFields {
    /// Login address.
    pub email: Email,
    /// Name shown to others.
    pub display_name: DisplayName,
    /// The organisation the user acts for.
    pub organisation_id: Option<OrganisationId>,
    /// Network-wide role.
    pub global_role: GlobalRole,
    /// Initial password.
    pub password: NewPassword,
}

impl UserDraft {
    /// Validates the draft, reporting every problem. Whether the organisation exists is the
    /// caller's to check.
    pub fn validate(self) -> Result<UserFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let parsed = (
            problems.take(Email::parse(&self.email)),
            problems.take(DisplayName::parse(&self.display_name)),
            problems.take(NewPassword::parse(&self.password)),
        );
        problems.finish(parsed).and_then(|parsed| match parsed {
            (Some(email), Some(display_name), Some(password)) => Ok(UserFields {
                email,
                display_name,
                organisation_id: self.organisation_id,
                global_role: self.global_role,
                password,
            }),
            // Unreachable: `finish` succeeds only when every value parsed.
            _ => Err(Vec::new()),
        })
    }
}

/// What the coordinator changes about an account, as given; `None` leaves a field as it is.
#[derive(Clone, Debug, Default)]
pub struct UserChangesDraft {
    /// New display name.
    pub display_name: Option<String>,
    /// New organisation (`Some(None)` clears it).
    pub organisation_id: Option<Option<OrganisationId>>,
    /// New role.
    pub global_role: Option<GlobalRole>,
    /// Activate (`true`) or deactivate (`false`).
    pub active: Option<bool>,
}

/// Validated changes to an account; `None` leaves a field as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserChanges {
    /// New display name.
    pub display_name: Option<DisplayName>,
    /// New organisation (`Some(None)` clears it).
    pub organisation_id: Option<Option<OrganisationId>>,
    /// New role.
    pub global_role: Option<GlobalRole>,
    /// Activate or deactivate.
    pub active: Option<bool>,
}

impl UserChangesDraft {
    /// Validates changes to account `user` made by `by`, reporting every problem: nobody
    /// deactivates their own account (they would lock themselves out).
    pub fn validate(
        self,
        user: UserId,
        by: Option<UserId>,
    ) -> Result<UserChanges, Vec<ValidationError>> {
        let mut problems = Problems::new();
        if self.active == Some(false) && by == Some(user) {
            problems.push(ValidationError::new(
                "id",
                "CANNOT_DEACTIVATE_SELF",
                "You cannot deactivate your own account.",
            ));
        }
        let display_name = self
            .display_name
            .as_deref()
            .and_then(|name| problems.take(DisplayName::parse(name)));
        problems.finish(UserChanges {
            display_name,
            organisation_id: self.organisation_id,
            global_role: self.global_role,
            active: self.active,
        })
    }
}

impl UserChanges {
    /// Whether the changes deactivate the account (which then loses its sessions).
    pub fn deactivates(&self) -> bool {
        self.active == Some(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_round_trip_through_their_codes() {
        let codes: Vec<_> = Language::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, ["en", "de", "fr", "it", "es"]);
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(*language));
        }
        assert_eq!(Language::from_code("EN"), None);
        assert_eq!(Language::from_code("pt"), None);
    }

    #[test]
    fn long_texts_name_their_limit() {
        let too_long = DisplayName::parse(&"x".repeat(121)).unwrap_err();
        assert_eq!(too_long.param("max"), Some("120"));
        let short = NewPassword::parse("short").unwrap_err();
        assert_eq!(
            (short.code, short.param("min"), short.param("max")),
            ("PASSWORD_TOO_SHORT", Some("12"), Some("128"))
        );
    }

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

    fn user_draft(email: &str, name: &str, password: &str) -> UserDraft {
        UserDraft {
            email: email.to_owned(),
            display_name: name.to_owned(),
            organisation_id: None,
            global_role: GlobalRole::Partner,
            password: password.to_owned(),
        }
    }

    #[test]
    fn user_drafts_report_every_problem_and_hide_the_password() {
        let fields = user_draft("ana@example.org", " Ana ", &"p".repeat(12)).validate();
        assert_eq!(fields.unwrap().display_name.as_str(), "Ana");
        let errors = user_draft("nope", " ", "short").validate().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["email", "displayName", "password"]);
        let shown = format!("{:?}", user_draft("a@b.org", "A", "secret password"));
        assert!(!shown.contains("secret"), "{shown}");
    }

    #[test]
    fn nobody_deactivates_themselves() {
        let deactivate = UserChangesDraft {
            active: Some(false),
            ..Default::default()
        };
        let errors = deactivate
            .clone()
            .validate(UserId(1), Some(UserId(1)))
            .unwrap_err();
        assert_eq!(errors[0].code, "CANNOT_DEACTIVATE_SELF");
        let changes = deactivate.validate(UserId(2), Some(UserId(1))).unwrap();
        assert!(changes.deactivates());
        let rename = UserChangesDraft {
            display_name: Some(" ".into()),
            ..Default::default()
        };
        let errors = rename.validate(UserId(2), Some(UserId(1))).unwrap_err();
        assert_eq!(errors[0].code, "REQUIRED");
    }

    #[test]
    fn role_codes_round_trip() {
        for role in GlobalRole::ALL {
            assert_eq!(GlobalRole::from_code(role.code()), Some(role));
        }
    }
}
