//! The permission policy: the one place that decides who may do what. Deny by default.
//!
//! Resolvers and services describe what they are about to do as an [`Action`], with the facts
//! of the resource it concerns, and ask [`authorize`]; nothing else compares roles.

use crate::{
    FeedbackKind, GlobalRole, MembershipRole, OrganisationId, User, UserId, WorkingGroupId,
};

/// A signed-in, active user as the policy sees it: its role and its organisation's place in
/// the working groups.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    /// Who is acting.
    pub user_id: UserId,
    /// The organisation the user acts for.
    pub organisation_id: Option<OrganisationId>,
    /// Network-wide role.
    pub role: GlobalRole,
    /// The groups the user's organisation belongs to, with its role in each.
    pub memberships: Vec<(WorkingGroupId, MembershipRole)>,
    /// The groups the user is invited to as an expert.
    pub invitations: Vec<WorkingGroupId>,
}

impl Principal {
    /// The principal acting as `user`, before its memberships are known.
    pub fn of(user: &User) -> Self {
        Self {
            user_id: user.id,
            organisation_id: user.organisation_id,
            role: user.global_role,
            memberships: Vec::new(),
            invitations: Vec::new(),
        }
    }

    fn is_coordinator(&self) -> bool {
        self.role == GlobalRole::Coordinator
    }

    fn belongs_to(&self, organisation: OrganisationId) -> bool {
        self.organisation_id == Some(organisation)
    }

    fn leads(&self, group: WorkingGroupId) -> bool {
        self.memberships.contains(&(group, MembershipRole::Leading))
    }

    fn invited_to(&self, group: WorkingGroupId) -> bool {
        self.role == GlobalRole::Expert && self.invitations.contains(&group)
    }
}

/// Whoever sent the request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// No (valid) credentials.
    Anonymous,
    /// A signed-in, active user.
    User(Principal),
}

/// What an actor is about to do, with the facts of the resource it concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action<'a> {
    /// Read the network: territories, organisations, thematic areas, working groups and their
    /// members, benchmark rounds, users' public profiles, events with their agendas and
    /// participants, proposed actions and their feedback.
    ReadNetwork,
    /// Read a user's e-mail address.
    ReadUserEmail {
        /// Whose address.
        owner: UserId,
    },
    /// Create, update, deactivate users and reset their passwords.
    ManageUsers,
    /// Create and update organisations.
    ManageOrganisations,
    /// Create and update working groups, their memberships and expert invitations.
    ManageWorkingGroups,
    /// Create benchmark rounds.
    ManageBenchmarkRounds,
    /// Read an organisation's benchmark.
    ReadBenchmark {
        /// The assessed organisation.
        owner: OrganisationId,
        /// The groups where the owner is a learning member.
        owner_learning_in: &'a [WorkingGroupId],
    },
    /// Start or edit an organisation's benchmark.
    EditBenchmark {
        /// The assessed organisation.
        owner: OrganisationId,
        /// Whether the benchmark is validated already.
        validated: bool,
    },
    /// Validate a benchmark.
    ValidateBenchmark,
    /// Read the audit log.
    ReadAuditLog,
    /// Create and update events, their agendas and participants.
    ManageEvents,
    /// Propose an action for feedback, or edit a proposed action.
    EditProposedAction {
        /// The presenting organisation.
        owner: OrganisationId,
    },
    /// Give feedback on a proposed action.
    GiveFeedback {
        /// The group the action is presented to.
        group: WorkingGroupId,
        /// The presenting organisation.
        presenter: OrganisationId,
        /// What kind of feedback.
        kind: FeedbackKind,
    },
}

/// Why an action was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Denial {
    /// The actor is not signed in.
    #[error("authentication required")]
    Unauthenticated,
    /// The actor is signed in but may not do this.
    #[error("not allowed")]
    Forbidden,
}

/// Decides whether `actor` may perform `action`.
pub fn authorize(actor: &Actor, action: Action<'_>) -> Result<(), Denial> {
    let Actor::User(me) = actor else {
        return Err(Denial::Unauthenticated);
    };
    let allowed = me.is_coordinator()
        || match action {
            Action::ReadNetwork => true,
            Action::ReadUserEmail { owner } => owner == me.user_id,
            Action::ReadBenchmark {
                owner,
                owner_learning_in,
            } => me.belongs_to(owner) || owner_learning_in.iter().any(|group| me.leads(*group)),
            Action::EditBenchmark { owner, validated } => me.belongs_to(owner) && !validated,
            Action::EditProposedAction { owner } => me.belongs_to(owner),
            Action::GiveFeedback {
                group,
                presenter,
                kind,
            } => {
                me.leads(group)
                    || me.invited_to(group)
                    || (me.belongs_to(presenter) && kind.open_to_presenter())
            }
            Action::ManageUsers
            | Action::ManageOrganisations
            | Action::ManageWorkingGroups
            | Action::ManageBenchmarkRounds
            | Action::ValidateBenchmark
            | Action::ReadAuditLog
            | Action::ManageEvents => false,
        };
    if allowed {
        Ok(())
    } else {
        Err(Denial::Forbidden)
    }
}

#[cfg(test)]
mod tests;
