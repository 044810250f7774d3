//! Scopes and capability sets: what a caller may see in lists and aggregates, and which of a
//! family of actions it may take. Answered here, next to [`authorize`], so services narrow
//! their queries with the policy's answer instead of rebuilding the rule.

use super::{Action, Actor, Denial, Principal, allows, authorize};
use crate::action_plan::PlanStage;
use crate::{FeedbackKind, MembershipRole, OrganisationId, WorkingGroupId};

/// Which action plans a caller's network-wide lists and aggregates cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanScope {
    /// Every plan, unpublished ones included.
    Every,
    /// Published plans (ADOPTED and later), and every plan of the caller's own organisation.
    PublishedOrOwn(Option<OrganisationId>),
}

impl PlanScope {
    /// The stages of `stages` this scope shows of other organisations' plans.
    pub fn stages_of_others(self, stages: &[PlanStage]) -> Vec<PlanStage> {
        stages
            .iter()
            .copied()
            .filter(|stage| matches!(self, Self::Every) || stage.published())
            .collect()
    }

    /// The caller's own organisation, whose plans this scope shows in every stage.
    pub fn own(self) -> Option<OrganisationId> {
        match self {
            Self::Every => None,
            Self::PublishedOrOwn(own) => own,
        }
    }
}

fn signed_in(actor: &Actor) -> Result<&Principal, Denial> {
    authorize(actor, Action::ReadNetwork)?;
    match actor {
        Actor::User(me) => Ok(me),
        Actor::Anonymous => Err(Denial::Unauthenticated),
    }
}

/// The plans `actor` sees in network-wide lists and aggregates.
pub fn plan_scope(actor: &Actor) -> Result<PlanScope, Denial> {
    let me = signed_in(actor)?;
    Ok(if allows(actor, Action::ReadEveryPlan) {
        PlanScope::Every
    } else {
        PlanScope::PublishedOrOwn(me.organisation_id)
    })
}

/// Which action plans a caller may read, as a filter a list can run in the database: the
/// same answer as `authorize(ReadActionPlan)` plan by plan ([`PlanReadScope::covers`]), so a
/// page and its total are counted in SQL instead of after loading every plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanReadScope {
    /// Every plan.
    Every,
    /// Published plans; every plan of `own`; and unpublished plans with an action in the
    /// thematic area of one of the `coached` groups (those the caller leads or is invited to).
    Some {
        /// The caller's organisation.
        own: Option<OrganisationId>,
        /// The groups whose learners' unpublished plans the caller reads, sorted, each once.
        coached: Vec<WorkingGroupId>,
    },
}

impl PlanReadScope {
    /// Whether the scope covers a plan of `owner`, published or not, whose actions concern
    /// `groups`.
    pub fn covers(
        &self,
        owner: OrganisationId,
        published: bool,
        groups: &[WorkingGroupId],
    ) -> bool {
        match self {
            Self::Every => true,
            Self::Some { own, coached } => {
                published || *own == Some(owner) || groups.iter().any(|g| coached.contains(g))
            }
        }
    }
}

/// The plans `actor` may read, for lists.
pub fn plan_read_scope(actor: &Actor) -> Result<PlanReadScope, Denial> {
    let me = signed_in(actor)?;
    if allows(actor, Action::ReadEveryPlan) {
        return Ok(PlanReadScope::Every);
    }
    let mut coached: Vec<WorkingGroupId> = me
        .memberships
        .iter()
        .map(|(group, _)| *group)
        .chain(me.invitations.iter().copied())
        .filter(|group| me.leads(*group) || me.invited_to(*group))
        .collect();
    coached.sort_unstable();
    coached.dedup();
    Ok(PlanReadScope::Some {
        own: me.organisation_id,
        coached,
    })
}

/// What a caller's calendar holds: the calls and webinars of these groups (`None`: every
/// group) and the step deadlines of this organisation's plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarScope {
    /// The groups whose calls and webinars concern the caller; `None` for every group.
    pub groups: Option<Vec<WorkingGroupId>>,
    /// The organisation whose step deadlines it holds.
    pub organisation: Option<OrganisationId>,
}

/// The calendar of `actor`: the coordinator's holds every group; a member's, the groups of
/// its organisation; an expert's, the groups it is invited to.
pub fn calendar_scope(actor: &Actor) -> Result<CalendarScope, Denial> {
    let me = signed_in(actor)?;
    let groups = if me.is_coordinator() {
        None
    } else {
        let mut groups: Vec<WorkingGroupId> = me
            .memberships
            .iter()
            .map(|(group, _)| *group)
            .chain(me.invitations.iter().copied())
            .collect();
        groups.sort_unstable();
        groups.dedup();
        Some(groups)
    };
    Ok(CalendarScope {
        groups,
        organisation: me.organisation_id,
    })
}

/// Whose benchmarks a caller may read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BenchmarkScope {
    /// Every organisation's.
    Every,
    /// Its own organisation's, and those of the learning members of the groups it leads.
    Some {
        /// The caller's organisation.
        own: Option<OrganisationId>,
        /// The groups whose learning members' benchmarks it reads.
        learners_in: Vec<WorkingGroupId>,
    },
}

/// The benchmarks `actor` may list. Consistent with [`Action::ReadBenchmark`].
pub fn benchmark_scope(actor: &Actor) -> Result<BenchmarkScope, Denial> {
    let me = signed_in(actor)?;
    Ok(if me.is_coordinator() {
        BenchmarkScope::Every
    } else {
        BenchmarkScope::Some {
            own: me.organisation_id,
            learners_in: me
                .memberships
                .iter()
                .filter(|(_, role)| *role == MembershipRole::Leading)
                .map(|(group, _)| *group)
                .collect(),
        }
    })
}

/// Whose webhooks a caller lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebhookScope {
    /// Every hook, network-wide ones included.
    Every,
    /// One organisation's hooks.
    Organisation(OrganisationId),
}

/// The webhooks `actor` lists when asking for `requested` (or, without one, all it manages:
/// every hook for the coordinator, its own organisation's for a member).
pub fn webhook_scope(
    actor: &Actor,
    requested: Option<OrganisationId>,
) -> Result<WebhookScope, Denial> {
    let me = signed_in(actor)?;
    let organisation = match requested {
        Some(organisation) => Some(organisation),
        None if allows(actor, Action::ManageWebhooks { organisation: None }) => None,
        None => me.organisation_id,
    };
    authorize(actor, Action::ManageWebhooks { organisation })?;
    Ok(organisation.map_or(WebhookScope::Every, WebhookScope::Organisation))
}

/// The stages in which `actor` may edit the content of `owner`'s plan.
pub fn plan_edit_stages(actor: &Actor, owner: OrganisationId) -> Vec<PlanStage> {
    PlanStage::ALL
        .iter()
        .copied()
        .filter(|stage| {
            allows(
                actor,
                Action::EditActionPlan {
                    owner,
                    editable_by_owner: stage.content_editable(),
                },
            )
        })
        .collect()
}

/// The stages in which `actor` may re-plan `owner`'s plan: move step dates, add and remove
/// steps (with a reason once the plan is agreed).
pub fn plan_replan_stages(actor: &Actor, owner: OrganisationId) -> Vec<PlanStage> {
    PlanStage::ALL
        .iter()
        .copied()
        .filter(|stage| {
            allows(
                actor,
                Action::EditActionPlan {
                    owner,
                    editable_by_owner: stage.schedule_editable(),
                },
            )
        })
        .collect()
}

/// The stages `actor` may move `owner`'s plan to from `from`: edges of the stage machine the
/// policy lets it take.
pub fn plan_transitions(actor: &Actor, owner: OrganisationId, from: PlanStage) -> Vec<PlanStage> {
    PlanStage::ALL
        .iter()
        .copied()
        .filter(|to| from.check_transition(*to).is_ok())
        .filter(|to| {
            allows(
                actor,
                Action::TransitionActionPlan {
                    owner,
                    by_owner: from.member_may_transition(*to),
                },
            )
        })
        .collect()
}

/// The kinds of feedback `actor` may post where `action` describes posting one kind.
pub fn feedback_kinds<'a>(
    actor: &Actor,
    action: impl Fn(FeedbackKind) -> Action<'a>,
) -> Vec<FeedbackKind> {
    FeedbackKind::ALL
        .iter()
        .copied()
        .filter(|kind| allows(actor, action(*kind)))
        .collect()
}
