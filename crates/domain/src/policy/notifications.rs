//! Who is told of what happened: the recipients of a notification, decided here like every
//! other question of who may see what. A user is told only when the notification's kind
//! concerns them, when they may read what it is about, and never of their own doing.

use super::{Action, Actor, Principal, allows};
use crate::notification::NotificationKind;
use crate::{OrganisationId, UserId, WorkingGroupId};

/// The facts of what happened, as the policy needs them to pick recipients.
#[derive(Clone, Copy, Debug)]
pub struct Occurrence<'a> {
    /// Why users are told.
    pub kind: NotificationKind,
    /// What reading the subject takes: every recipient must be allowed it (nobody is told of
    /// what they may not read).
    pub read: Action<'a>,
    /// The organisation whose object it is (the plan's, the presenter's, the report's).
    pub owner: Option<OrganisationId>,
    /// The working groups concerned (of the subject's thematic area, or the call's group).
    pub groups: &'a [WorkingGroupId],
    /// The one user it is addressed to: the author of the comment replied to, the invited
    /// expert.
    pub addressee: Option<UserId>,
}

impl<'a> Occurrence<'a> {
    /// An occurrence of `kind` about a subject read through `read`, with no further facts.
    pub fn new(kind: NotificationKind, read: Action<'a>) -> Self {
        Self {
            kind,
            read,
            owner: None,
            groups: &[],
            addressee: None,
        }
    }
}

/// Whether an occurrence of its kind concerns `user` (before asking whether they may read it).
fn concerns(user: &Principal, occurrence: &Occurrence<'_>) -> bool {
    let owns = occurrence.owner.is_some_and(|owner| user.belongs_to(owner));
    let addressed = occurrence.addressee == Some(user.user_id);
    match occurrence.kind {
        NotificationKind::FeedbackOnMine
        | NotificationKind::PlanAdopted
        | NotificationKind::PlanReopened
        | NotificationKind::PlanBackToDraft
        | NotificationKind::StepLate => owns,
        NotificationKind::ReportDue => {
            owns && occurrence
                .groups
                .iter()
                .any(|group| user.is_member_of(*group))
        }
        NotificationKind::ReplyToMyComment
        | NotificationKind::InvitedAsExpert
        | NotificationKind::WebhookFailing => addressed,
        NotificationKind::ReportAwaitingFeedback => {
            !owns && occurrence.groups.iter().any(|group| user.leads(*group))
        }
        NotificationKind::PlanSubmitted => user.is_coordinator(),
        NotificationKind::CallScheduled
        | NotificationKind::CallChanged
        | NotificationKind::CallCancelled => occurrence
            .groups
            .iter()
            .any(|group| user.is_member_of(*group)),
    }
}

/// The users among `candidates` (active users with their principals) to tell of
/// `occurrence`, which `actor` caused: those it concerns who may read its subject, never the
/// actor. In the order of `candidates`.
pub fn recipients(
    actor: &Actor,
    candidates: &[Principal],
    occurrence: &Occurrence<'_>,
) -> Vec<UserId> {
    let me = actor.user_id();
    candidates
        .iter()
        .filter(|user| Some(user.user_id) != me)
        .filter(|user| concerns(user, occurrence))
        .filter(|user| allows(&Actor::User((*user).clone()), occurrence.read))
        .map(|user| user.user_id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{GlobalRole, MembershipRole};

    const G: WorkingGroupId = WorkingGroupId(1);
    const OWNER: OrganisationId = OrganisationId(10);
    const LEADER: OrganisationId = OrganisationId(20);
    const PEER: OrganisationId = OrganisationId(30);
    const UNRELATED: OrganisationId = OrganisationId(40);

    fn user(
        id: i32,
        role: GlobalRole,
        organisation: OrganisationId,
        memberships: &[(WorkingGroupId, MembershipRole)],
        invitations: &[WorkingGroupId],
    ) -> Principal {
        Principal {
            user_id: UserId(id),
            organisation_id: Some(organisation),
            role,
            memberships: memberships.to_vec(),
            invitations: invitations.to_vec(),
        }
    }

    /// Coordinator 1; OWNER's members 2 and 3 (learning in G); LEADER's member 4 (leads G);
    /// PEER's member 5 (learning in G); UNRELATED's member 6; an expert 7 invited to G.
    fn everyone() -> Vec<Principal> {
        use GlobalRole::{Coordinator, Expert, Partner};
        use MembershipRole::{Leading, Learning};
        vec![
            user(1, Coordinator, OrganisationId(1), &[], &[]),
            user(2, Partner, OWNER, &[(G, Learning)], &[]),
            user(3, Partner, OWNER, &[(G, Learning)], &[]),
            user(4, Partner, LEADER, &[(G, Leading)], &[]),
            user(5, Partner, PEER, &[(G, Learning)], &[]),
            user(6, Partner, UNRELATED, &[], &[]),
            user(7, Expert, OrganisationId(50), &[], &[G]),
        ]
    }

    fn actor(id: i32) -> Actor {
        let all = everyone();
        Actor::User(all[usize::try_from(id - 1).unwrap_or(0)].clone())
    }

    fn ids(users: &[i32]) -> Vec<UserId> {
        users.iter().map(|id| UserId(*id)).collect()
    }

    fn draft_plan(groups: &[WorkingGroupId]) -> Action<'_> {
        Action::ReadActionPlan {
            owner: OWNER,
            published: false,
            groups,
        }
    }

    fn published_plan() -> Action<'static> {
        Action::ReadActionPlan {
            owner: OWNER,
            published: true,
            groups: &[],
        }
    }

    #[test]
    fn feedback_tells_the_owners_members_but_not_the_author() {
        let occurrence = Occurrence {
            owner: Some(OWNER),
            ..Occurrence::new(NotificationKind::FeedbackOnMine, published_plan())
        };
        assert_eq!(
            recipients(&actor(4), &everyone(), &occurrence),
            ids(&[2, 3])
        );
        assert_eq!(recipients(&actor(2), &everyone(), &occurrence), ids(&[3]));
    }

    #[test]
    fn a_reply_tells_the_author_of_the_comment_if_they_still_may_read_it() {
        let reply = |read| Occurrence {
            addressee: Some(UserId(5)),
            ..Occurrence::new(NotificationKind::ReplyToMyComment, read)
        };
        assert_eq!(
            recipients(&actor(2), &everyone(), &reply(published_plan())),
            ids(&[5])
        );
        // PEER may not read OWNER's draft plan: not told.
        assert_eq!(
            recipients(&actor(2), &everyone(), &reply(draft_plan(&[G]))),
            ids(&[])
        );
        // Nobody is told of their own reply.
        assert_eq!(
            recipients(&actor(5), &everyone(), &reply(published_plan())),
            ids(&[])
        );
    }

    #[test]
    fn a_report_awaits_the_feedback_of_the_leading_members_of_its_groups() {
        let occurrence = Occurrence {
            owner: Some(OWNER),
            groups: &[G],
            ..Occurrence::new(NotificationKind::ReportAwaitingFeedback, published_plan())
        };
        assert_eq!(recipients(&actor(2), &everyone(), &occurrence), ids(&[4]));
        let elsewhere = Occurrence {
            groups: &[WorkingGroupId(2)],
            ..occurrence
        };
        assert_eq!(recipients(&actor(2), &everyone(), &elsewhere), ids(&[]));
    }

    #[test]
    fn a_submitted_plan_tells_the_coordinators() {
        let occurrence = Occurrence {
            owner: Some(OWNER),
            ..Occurrence::new(NotificationKind::PlanSubmitted, draft_plan(&[G]))
        };
        assert_eq!(recipients(&actor(2), &everyone(), &occurrence), ids(&[1]));
    }

    #[test]
    fn stage_changes_tell_the_plans_organisation() {
        for kind in [
            NotificationKind::PlanAdopted,
            NotificationKind::PlanReopened,
            NotificationKind::PlanBackToDraft,
        ] {
            let occurrence = Occurrence {
                owner: Some(OWNER),
                ..Occurrence::new(kind, draft_plan(&[G]))
            };
            assert_eq!(
                recipients(&actor(1), &everyone(), &occurrence),
                ids(&[2, 3]),
                "{kind:?}"
            );
        }
    }

    #[test]
    fn a_late_step_tells_its_organisation_alone() {
        let occurrence = Occurrence {
            owner: Some(OWNER),
            groups: &[G],
            ..Occurrence::new(NotificationKind::StepLate, published_plan())
        };
        // Nobody caused it: the scheduled check acts as no user.
        assert_eq!(
            recipients(&Actor::Anonymous, &everyone(), &occurrence),
            ids(&[2, 3])
        );
    }

    #[test]
    fn a_report_due_tells_the_learning_organisation_alone() {
        let occurrence = Occurrence {
            owner: Some(OWNER),
            groups: &[G],
            ..Occurrence::new(NotificationKind::ReportDue, Action::ReadNetwork)
        };
        assert_eq!(
            recipients(&Actor::Anonymous, &everyone(), &occurrence),
            ids(&[2, 3])
        );
    }

    #[test]
    fn calls_tell_the_members_of_their_group() {
        for kind in [
            NotificationKind::CallScheduled,
            NotificationKind::CallChanged,
            NotificationKind::CallCancelled,
        ] {
            let occurrence = Occurrence {
                groups: &[G],
                ..Occurrence::new(kind, Action::ReadNetwork)
            };
            assert_eq!(
                recipients(&actor(1), &everyone(), &occurrence),
                ids(&[2, 3, 4, 5]),
                "{kind:?}"
            );
        }
    }

    #[test]
    fn an_invitation_tells_the_expert_alone() {
        let occurrence = Occurrence {
            addressee: Some(UserId(7)),
            groups: &[G],
            ..Occurrence::new(NotificationKind::InvitedAsExpert, Action::ReadNetwork)
        };
        assert_eq!(recipients(&actor(1), &everyone(), &occurrence), ids(&[7]));
    }

    #[test]
    fn nobody_is_told_of_what_they_may_not_read() {
        // Every kind, about OWNER's draft plan read only by its members, G's leaders, the
        // invited expert and the coordinator: PEER (5) and UNRELATED (6) are never told.
        for kind in NotificationKind::ALL {
            let occurrence = Occurrence {
                owner: Some(OWNER),
                groups: &[G],
                addressee: Some(UserId(5)),
                ..Occurrence::new(*kind, draft_plan(&[G]))
            };
            let told = recipients(&actor(1), &everyone(), &occurrence);
            assert!(
                !told.contains(&UserId(5)) && !told.contains(&UserId(6)),
                "{kind:?}: {told:?}"
            );
        }
    }
}
