//! Working groups, their leading and learning members, and the benchmark-driven rule of who
//! must be a member.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::{
    MembershipId, OrganisationId, Problems, ThematicAreaId, ValidationError, WorkingGroupId,
};

/// One thematic area's group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WorkingGroup {
    /// Identity.
    pub id: WorkingGroupId,
    /// The area the group works on (one group per area).
    pub thematic_area_id: ThematicAreaId,
    /// Title, e.g. "City leadership".
    pub title: String,
}

/// What an organisation does in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
pub enum MembershipRole {
    /// Shares its expertise and coaches the learning members.
    Leading,
    /// Learns from the leading members.
    Learning,
}

/// Whether membership is required by the organisation's benchmark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Participation {
    /// The organisation's benchmark marks the area as a need.
    Mandatory,
    /// Open to every organisation.
    Optional,
}

use crate::codes::codes;

codes!(MembershipRole { Leading => "LEADING", Learning => "LEARNING" });
codes!(Participation { Mandatory => "MANDATORY", Optional => "OPTIONAL" });

/// An organisation's membership of a working group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Membership {
    /// Identity.
    pub id: MembershipId,
    /// The group.
    pub working_group_id: WorkingGroupId,
    /// The member.
    pub organisation_id: OrganisationId,
    /// Leading or learning.
    pub role: MembershipRole,
    /// Mandatory or optional.
    pub participation: Participation,
    /// Free remark, e.g. "supportive role".
    pub note: Option<String>,
}

/// The groups among an organisation's `memberships` in which it is a LEARNING member: their
/// leading members read its benchmarks and assess its actions, and their thematic areas
/// count for its plan's mutual-learning rule.
pub fn learning_groups(memberships: &[Membership]) -> Vec<WorkingGroupId> {
    memberships
        .iter()
        .filter(|m| m.is_learning())
        .map(|m| m.working_group_id)
        .collect()
}

impl Membership {
    /// Whether the member has `role` (for lists narrowed by role).
    pub fn has_role(&self, role: MembershipRole) -> bool {
        self.role == role
    }

    /// Whether the member learns in the group (rather than leads it).
    pub fn is_learning(&self) -> bool {
        self.role == MembershipRole::Learning
    }

    /// Whether the member leads the group.
    pub fn is_leading(&self) -> bool {
        self.role == MembershipRole::Leading
    }
}

/// Whether `organisation` is among `memberships` (those of one group).
pub fn is_member(memberships: &[Membership], organisation: OrganisationId) -> bool {
    memberships
        .iter()
        .any(|membership| membership.organisation_id == organisation)
}

/// A working group's editable fields as given (its thematic area is fixed at creation).
#[derive(Clone, Debug)]
pub struct WorkingGroupDraft {
    /// Title.
    pub title: String,
}

/// A working group's validated fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkingGroupFields {
    /// Title, 1–200 characters.
    pub title: String,
}

impl WorkingGroupDraft {
    /// Validates the draft, reporting every problem.
    pub fn validate(self) -> Result<WorkingGroupFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let title = problems.check(parse_title("title", &self.title));
        problems.finish(WorkingGroupFields { title })
    }
}

/// A membership's fields as given.
#[derive(Clone, Debug)]
pub struct MembershipDraft {
    /// Leading or learning.
    pub role: MembershipRole,
    /// Mandatory or optional.
    pub participation: Participation,
    /// Free remark.
    pub note: Option<String>,
}

/// What a membership holds besides its identity, group and member: validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MembershipFields {
    /// Leading or learning.
    pub role: MembershipRole,
    /// Mandatory or optional.
    pub participation: Participation,
    /// Free remark, at most 500 characters.
    pub note: Option<String>,
}

impl MembershipDraft {
    /// Validates the draft, reporting every problem.
    pub fn validate(self) -> Result<MembershipFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let note = problems.check(parse_note(self.note.as_deref()));
        problems.finish(MembershipFields {
            role: self.role,
            participation: self.participation,
            note,
        })
    }
}

impl MembershipFields {
    /// The membership of a missing mandatory member (see [`missing_mandatory_members`]): it
    /// joins to learn, because its benchmark marks the area as a need.
    pub fn mandatory_learning() -> Self {
        Self {
            role: MembershipRole::Learning,
            participation: Participation::Mandatory,
            note: None,
        }
    }
}

/// A membership note: optional, at most 500 characters.
pub fn parse_note(raw: Option<&str>) -> Result<Option<String>, ValidationError> {
    let Some(note) = raw.map(str::trim).filter(|note| !note.is_empty()) else {
        return Ok(None);
    };
    if note.chars().count() > 500 {
        return Err(ValidationError::new(
            "note",
            "TOO_LONG",
            "Note must be at most 500 characters.",
        )
        .with("max", 500));
    }
    Ok(Some(note.to_owned()))
}

/// A title of 1–200 characters.
pub fn parse_title(field: &'static str, raw: &str) -> Result<String, ValidationError> {
    let title = raw.trim();
    if title.is_empty() {
        return Err(ValidationError::new(
            field,
            "REQUIRED",
            "Title is required.",
        ));
    }
    if title.chars().count() > 200 {
        return Err(ValidationError::new(
            field,
            "TOO_LONG",
            "Title must be at most 200 characters.",
        )
        .with("max", 200));
    }
    Ok(title.to_owned())
}

/// The organisations that must be members of a group but are not: those whose validated
/// benchmark marks the group's area as a need. Sorted by id.
pub fn missing_mandatory_members(
    area: ThematicAreaId,
    validated_needs: &[(OrganisationId, ThematicAreaId)],
    members: &[OrganisationId],
) -> Vec<OrganisationId> {
    let members: BTreeSet<_> = members.iter().copied().collect();
    validated_needs
        .iter()
        .filter(|(org, need)| *need == area && !members.contains(org))
        .map(|(org, _)| *org)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_members_are_the_needy_non_members() {
        let (a, b) = (ThematicAreaId(1), ThematicAreaId(2));
        let needs = [
            (OrganisationId(3), a),
            (OrganisationId(1), a),
            (OrganisationId(2), a),
            (OrganisationId(2), b),
            (OrganisationId(4), b),
            (OrganisationId(3), a),
        ];
        let members = [OrganisationId(2), OrganisationId(9)];
        assert_eq!(
            missing_mandatory_members(a, &needs, &members),
            [OrganisationId(1), OrganisationId(3)]
        );
        assert_eq!(
            missing_mandatory_members(b, &needs, &members),
            [OrganisationId(4)]
        );
        assert!(missing_mandatory_members(ThematicAreaId(7), &needs, &members).is_empty());
    }

    #[test]
    fn codes_round_trip() {
        for role in MembershipRole::ALL {
            assert_eq!(MembershipRole::from_code(role.code()), Some(*role));
        }
        for p in Participation::ALL {
            assert_eq!(Participation::from_code(p.code()), Some(*p));
        }
    }

    fn membership(organisation: i32, role: MembershipRole) -> Membership {
        Membership {
            id: MembershipId(organisation),
            working_group_id: WorkingGroupId(1),
            organisation_id: OrganisationId(organisation),
            role,
            participation: Participation::Optional,
            note: None,
        }
    }

    #[test]
    fn members_and_their_roles() {
        let members = [
            membership(1, MembershipRole::Leading),
            membership(2, MembershipRole::Learning),
        ];
        assert!(is_member(&members, OrganisationId(2)));
        assert!(!is_member(&members, OrganisationId(3)));
        assert!(members[0].is_leading() && !members[0].is_learning());
        assert!(members[1].is_learning() && !members[1].is_leading());
    }

    #[test]
    fn drafts_are_validated() {
        let group = WorkingGroupDraft {
            title: "  City leadership ".into(),
        };
        assert_eq!(group.validate().unwrap().title, "City leadership");
        let empty = WorkingGroupDraft { title: " ".into() };
        assert_eq!(empty.validate().unwrap_err()[0].code, "REQUIRED");
        let draft = MembershipDraft {
            role: MembershipRole::Leading,
            participation: Participation::Optional,
            note: Some(" supportive role ".into()),
        };
        assert_eq!(
            draft.validate().unwrap().note.as_deref(),
            Some("supportive role")
        );
        let long = MembershipDraft {
            role: MembershipRole::Leading,
            participation: Participation::Optional,
            note: Some("x".repeat(501)),
        };
        let errors = long.validate().unwrap_err();
        assert_eq!((errors[0].field, errors[0].code), ("note", "TOO_LONG"));
        assert_eq!(
            MembershipFields::mandatory_learning().role,
            MembershipRole::Learning
        );
    }

    #[test]
    fn notes_and_titles() {
        assert_eq!(
            parse_note(Some("  supportive role ")).unwrap().as_deref(),
            Some("supportive role")
        );
        assert_eq!(parse_note(Some("  ")).unwrap(), None);
        assert!(parse_note(Some(&"x".repeat(501))).is_err());
        assert_eq!(parse_title("title", " ").unwrap_err().code, "REQUIRED");
    }
}
