//! The permission policy: the one place that decides who may do what. Deny by default.
//!
//! Resolvers and services describe what they are about to do as an [`Action`], with the facts
//! of the resource it concerns, and ask [`authorize`]; lists ask for a scope ([`scopes`]);
//! nothing else compares roles or owners (a test in `crates/api` fails when something does).

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

    fn is_member_of(&self, group: WorkingGroupId) -> bool {
        self.memberships.iter().any(|(g, _)| *g == group)
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

impl From<Principal> for Actor {
    fn from(principal: Principal) -> Self {
        Self::User(principal)
    }
}

impl Actor {
    /// The signed-in user, for audit records and authorship (not for decisions).
    pub fn user_id(&self) -> Option<UserId> {
        match self {
            Self::User(me) => Some(me.user_id),
            Self::Anonymous => None,
        }
    }
}

/// Whether a user of `role` can be invited to working groups as an expert, and so whether
/// authentication needs to load its invitations.
pub fn invitable_as_expert(role: GlobalRole) -> bool {
    role == GlobalRole::Expert
}

/// What an actor is about to do, with the facts of the resource it concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action<'a> {
    /// Read the network: territories, organisations, thematic areas, working groups and their
    /// members, benchmark rounds, users' public profiles, events with their agendas and
    /// participants, proposed actions and their feedback, good practices, webinars, plenary
    /// outcomes, awards and territory facts.
    ReadNetwork,
    /// Read a user's private profile: e-mail address and preferences (language).
    ReadUserEmail {
        /// Whose address.
        owner: UserId,
    },
    /// Create, update, deactivate users and reset their passwords.
    ManageUsers,
    /// Change one's own preferences (the interface language): personal, for everyone
    /// signed in.
    UpdateOwnPreferences,
    /// Create and update organisations.
    ManageOrganisations,
    /// Create and update working groups, their memberships and expert invitations.
    ManageWorkingGroups,
    /// Create benchmark rounds.
    ManageBenchmarkRounds,
    /// Create and correct the programme's phases and their dates.
    ManageProgramme,
    /// Publish good practices to the public pages, and withdraw them.
    PublishLessons,
    /// Set a new baseline of an agreed action plan (the earlier ones are kept).
    SetPlanBaseline {
        /// The plan's organisation.
        owner: OrganisationId,
    },
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
    /// See the mail outbox: what waits for the SMTP server, what was sent or dropped.
    ReadMailOutbox,
    /// Create and update events, their agendas, participants and plenary outcomes.
    ManageEvents,
    /// Add or edit a good practice.
    EditGoodPractice {
        /// The working groups of the practice's thematic area (empty when it has none):
        /// their leading members may edit it.
        area_groups: &'a [WorkingGroupId],
    },
    /// Invite experts to a working group or withdraw their invitations (the report: the
    /// leading cities invited their experts).
    ManageExperts {
        /// The group.
        group: WorkingGroupId,
    },
    /// Schedule or edit a working group's webinar.
    ManageWebinars {
        /// The group holding the webinar.
        group: WorkingGroupId,
    },
    /// Record awards and territory facts.
    RecordEvidence,
    /// Propose an action in a working group on behalf of one's organisation, which must be a
    /// member of it (the coordinator proposes for any member).
    ProposeAction {
        /// The group.
        group: WorkingGroupId,
    },
    /// Propose an action for feedback, or edit a proposed action.
    EditProposedAction {
        /// The presenting organisation.
        owner: OrganisationId,
    },
    /// Read an action plan with its actions, steps, history and feedback.
    ReadActionPlan {
        /// The plan's organisation.
        owner: OrganisationId,
        /// Whether the plan is ADOPTED or later (then everyone signed in reads it).
        published: bool,
        /// The working groups of the thematic areas of the plan's actions.
        groups: &'a [WorkingGroupId],
    },
    /// Create an organisation's action plan, or edit its actions and steps.
    EditActionPlan {
        /// The plan's organisation.
        owner: OrganisationId,
        /// Whether the plan's stage allows its organisation this edit: content in DRAFT and
        /// SUBMITTED, the schedule (dates, steps added or removed) until COMPLETED; beyond
        /// that only the coordinator edits.
        editable_by_owner: bool,
    },
    /// Move an action plan to another stage (a valid edge of the stage machine).
    TransitionActionPlan {
        /// The plan's organisation.
        owner: OrganisationId,
        /// Whether members of the organisation may make this change themselves.
        by_owner: bool,
    },
    /// Give feedback on an action plan, one of its actions or a progress report on it.
    /// Leading members and invited experts of a concerned group assess (expert feedback,
    /// recommendations) only where the plan's organisation is a learning member, never a
    /// fellow leading member's; they and the organisation ask and reply.
    GiveFeedbackOnPlan {
        /// The working groups concerned (of the thematic areas of the plan's actions, or of
        /// the action).
        groups: &'a [WorkingGroupId],
        /// The groups where the plan's organisation is a learning member.
        owner_learns_in: &'a [WorkingGroupId],
        /// The plan's organisation.
        owner: OrganisationId,
        /// What kind of feedback.
        kind: FeedbackKind,
    },
    /// List one's own personal access tokens on one's profile (`User.apiTokens`): personal,
    /// not even the coordinator (who lists anyone's with [`Action::ManageApiToken`]).
    ListOwnApiTokens {
        /// Whose profile.
        owner: UserId,
    },
    /// Read one's own notifications and mark them read: personal, not even the coordinator
    /// reads or marks anyone else's.
    ManageOwnNotifications {
        /// Whose notifications.
        recipient: UserId,
    },
    /// Create, list or revoke personal access tokens.
    ManageApiToken {
        /// Whose tokens; `None` for everyone's (the network-wide list).
        owner: Option<UserId>,
    },
    /// Schedule, edit or remove coordination calls (notes and decisions included).
    ManageCoordinationCalls,
    /// See every plan, unpublished ones included, in network-wide lists and aggregates
    /// (reports, progress-report lists); everyone else's cover published plans and their own.
    ReadEveryPlan,
    /// Read benchmark levels aggregated across organisations (each organisation's benchmark
    /// is otherwise read only by it and its leading members).
    ReadBenchmarkLevels,
    /// Report progress on a step of an organisation's plan.
    SubmitProgressReport {
        /// The plan's organisation.
        owner: OrganisationId,
    },
    /// Correct or delete a feedback: its author, and the coordinator as moderator.
    EditFeedback {
        /// Who wrote it.
        author: UserId,
    },
    /// Mark a feedback thread resolved or open it again: whoever started it, the members of
    /// the organisation whose proposed action, plan or report it is about, and the coordinator.
    ResolveFeedbackThread {
        /// Who started the thread.
        author: UserId,
        /// The organisation the thread is about.
        owner: OrganisationId,
    },
    /// Register, change or remove webhooks, and read them with their deliveries.
    ManageWebhooks {
        /// The organisation whose objects the hooks hear about; `None` for network-wide hooks.
        organisation: Option<OrganisationId>,
    },
    /// Give feedback on a proposed action: the group's leading members and invited experts
    /// assess a learning member's action (not a fellow leading member's); any member of the
    /// group, its invited experts and the presenter ask and reply.
    GiveFeedback {
        /// The group the action is presented to.
        group: WorkingGroupId,
        /// The presenting organisation.
        presenter: OrganisationId,
        /// Whether the presenter is a learning member of the group.
        presenter_learns: bool,
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
    let allowed = match action {
        Action::ListOwnApiTokens { owner } => owner == me.user_id,
        Action::ManageOwnNotifications { recipient } => recipient == me.user_id,
        _ => me.is_coordinator() || member_may(me, action),
    };
    if allowed {
        Ok(())
    } else {
        Err(Denial::Forbidden)
    }
}

/// Whether `action` is allowed; for capability fields, where a refusal is an answer.
pub fn allows(actor: &Actor, action: Action<'_>) -> bool {
    authorize(actor, action).is_ok()
}

/// What a signed-in user other than the coordinator may do.
fn member_may(me: &Principal, action: Action<'_>) -> bool {
    match action {
        Action::ReadNetwork | Action::UpdateOwnPreferences => true,
        Action::ReadUserEmail { owner } => owner == me.user_id,
        Action::ReadBenchmark {
            owner,
            owner_learning_in,
        } => me.belongs_to(owner) || owner_learning_in.iter().any(|group| me.leads(*group)),
        Action::EditBenchmark { owner, validated } => me.belongs_to(owner) && !validated,
        Action::ProposeAction { group } => me.is_member_of(group),
        Action::EditProposedAction { owner } => me.belongs_to(owner),
        Action::EditGoodPractice { area_groups } => {
            area_groups.iter().any(|group| me.leads(*group))
        }
        Action::ManageWebinars { group } | Action::ManageExperts { group } => me.leads(group),
        Action::ManageApiToken { owner } => owner == Some(me.user_id),
        Action::SubmitProgressReport { owner } => me.belongs_to(owner),
        Action::EditFeedback { author } => author == me.user_id,
        Action::ResolveFeedbackThread { author, owner } => {
            author == me.user_id || me.belongs_to(owner)
        }
        Action::ManageWebhooks { organisation } => organisation.is_some_and(|o| me.belongs_to(o)),
        Action::ReadActionPlan {
            owner,
            published,
            groups,
        } => {
            published
                || me.belongs_to(owner)
                || groups.iter().any(|g| me.leads(*g) || me.invited_to(*g))
        }
        Action::EditActionPlan {
            owner,
            editable_by_owner,
        } => me.belongs_to(owner) && editable_by_owner,
        Action::TransitionActionPlan { owner, by_owner } => me.belongs_to(owner) && by_owner,
        Action::GiveFeedbackOnPlan {
            groups,
            owner_learns_in,
            owner,
            kind,
        } => {
            if kind.open_to_presenter() {
                groups.iter().any(|g| me.leads(*g) || me.invited_to(*g)) || me.belongs_to(owner)
            } else {
                !me.belongs_to(owner)
                    && groups
                        .iter()
                        .any(|g| owner_learns_in.contains(g) && (me.leads(*g) || me.invited_to(*g)))
            }
        }
        Action::GiveFeedback {
            group,
            presenter,
            presenter_learns,
            kind,
        } => {
            if kind.open_to_presenter() {
                me.is_member_of(group) || me.invited_to(group) || me.belongs_to(presenter)
            } else {
                presenter_learns
                    && !me.belongs_to(presenter)
                    && (me.leads(group) || me.invited_to(group))
            }
        }
        Action::ListOwnApiTokens { owner } => owner == me.user_id,
        Action::ManageOwnNotifications { recipient } => recipient == me.user_id,
        Action::ManageUsers
        | Action::ManageOrganisations
        | Action::ManageWorkingGroups
        | Action::ManageBenchmarkRounds
        | Action::ManageProgramme
        | Action::SetPlanBaseline { .. }
        | Action::PublishLessons
        | Action::ValidateBenchmark
        | Action::ReadAuditLog
        | Action::ReadMailOutbox
        | Action::ManageEvents
        | Action::RecordEvidence
        | Action::ManageCoordinationCalls
        | Action::ReadEveryPlan
        | Action::ReadBenchmarkLevels => false,
    }
}

pub mod notifications;
pub mod scopes;

#[cfg(test)]
mod tests;
