//! The full permission matrix, written out as a table: every action × every kind of actor.
//!
//! The scene: organisation OWNER is a learning member of group G; LEADER leads G; PEER is
//! another learning member of G; UNRELATED is in no group with them. One expert is invited to
//! G, another is not.

use super::*;

const G: WorkingGroupId = WorkingGroupId(1);
const OTHER_GROUP: WorkingGroupId = WorkingGroupId(2);
const OWNER: OrganisationId = OrganisationId(10);
const LEADER: OrganisationId = OrganisationId(20);
const PEER: OrganisationId = OrganisationId(30);
const UNRELATED: OrganisationId = OrganisationId(40);
const EXPERT_ORG: OrganisationId = OrganisationId(50);
const ME: UserId = UserId(100);
const SOMEONE_ELSE: UserId = UserId(200);

/// The actors of the matrix, in column order.
#[derive(Clone, Copy, Debug)]
enum Who {
    Coordinator,
    OwnerMember,
    LeadingMember,
    LearningPeer,
    Unrelated,
    InvitedExpert,
    UninvitedExpert,
    Anonymous,
}

const COLUMNS: [Who; 8] = [
    Who::Coordinator,
    Who::OwnerMember,
    Who::LeadingMember,
    Who::LearningPeer,
    Who::Unrelated,
    Who::InvitedExpert,
    Who::UninvitedExpert,
    Who::Anonymous,
];

fn actor(who: Who) -> Actor {
    let principal = |role,
                     organisation,
                     memberships: &[(WorkingGroupId, MembershipRole)],
                     invitations: &[WorkingGroupId]| {
        Actor::User(Principal {
            user_id: ME,
            organisation_id: Some(organisation),
            role,
            memberships: memberships.to_vec(),
            invitations: invitations.to_vec(),
        })
    };
    use MembershipRole::{Leading, Learning};
    match who {
        Who::Coordinator => principal(GlobalRole::Coordinator, OrganisationId(1), &[], &[]),
        Who::OwnerMember => principal(
            GlobalRole::Partner,
            OWNER,
            &[(G, Learning), (OTHER_GROUP, Leading)],
            &[],
        ),
        Who::LeadingMember => principal(GlobalRole::Partner, LEADER, &[(G, Leading)], &[]),
        Who::LearningPeer => principal(GlobalRole::Partner, PEER, &[(G, Learning)], &[]),
        Who::Unrelated => principal(
            GlobalRole::Partner,
            UNRELATED,
            &[(OTHER_GROUP, Leading)],
            &[],
        ),
        Who::InvitedExpert => principal(GlobalRole::Expert, EXPERT_ORG, &[], &[G]),
        Who::UninvitedExpert => principal(GlobalRole::Expert, EXPERT_ORG, &[], &[OTHER_GROUP]),
        Who::Anonymous => Actor::Anonymous,
    }
}

/// Feedback of `kind` on OWNER's action presented to G, where OWNER learns.
const fn feedback(kind: FeedbackKind) -> Action<'static> {
    Action::GiveFeedback {
        group: G,
        presenter: OWNER,
        presenter_learns: true,
        kind,
    }
}

/// Feedback of `kind` on LEADER's own action presented to G, where LEADER leads.
const fn feedback_on_leader(kind: FeedbackKind) -> Action<'static> {
    Action::GiveFeedback {
        group: G,
        presenter: LEADER,
        presenter_learns: false,
        kind,
    }
}

const Y: Option<Denial> = None;
const F: Option<Denial> = Some(Denial::Forbidden);
const U: Option<Denial> = Some(Denial::Unauthenticated);

#[test]
fn permission_matrix() {
    let learning_in_g: &[WorkingGroupId] = &[G];
    #[rustfmt::skip]
    let table: &[(Action<'_>, [Option<Denial>; 8])] = &[
        //                                                                       Coord Owner Lead  Peer  Unrel InvEx UninvEx Anon
        (Action::ReadNetwork,                                                   [Y,    Y,    Y,    Y,    Y,    Y,    Y,    U]),
        (Action::ReadUserEmail { owner: ME },                                   [Y,    Y,    Y,    Y,    Y,    Y,    Y,    U]),
        (Action::ReadUserEmail { owner: SOMEONE_ELSE },                         [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ManageUsers,                                                   [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::UpdateOwnPreferences,                                          [Y,    Y,    Y,    Y,    Y,    Y,    Y,    U]),
        (Action::ManageOrganisations,                                           [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ManageWorkingGroups,                                           [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ManageProgramme,                                               [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::SetPlanBaseline { owner: OWNER },                              [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::PublishLessons,                                                [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ManageBenchmarkRounds,                                         [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ReadBenchmark { owner: OWNER, owner_learning_in: learning_in_g }, [Y, Y,    Y,    F,    F,    F,    F,    U]),
        (Action::ReadBenchmark { owner: OWNER, owner_learning_in: &[] },        [Y,    Y,    F,    F,    F,    F,    F,    U]),
        (Action::EditBenchmark { owner: OWNER, validated: false },              [Y,    Y,    F,    F,    F,    F,    F,    U]),
        (Action::EditBenchmark { owner: OWNER, validated: true },               [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ValidateBenchmark,                                             [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ReadAuditLog,                                                  [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ReadMailOutbox,                                                [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ManageEvents,                                                  [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ProposeAction { group: G },                                    [Y,    Y,    Y,    Y,    F,    F,    F,    U]),
        (Action::ProposeAction { group: OTHER_GROUP },                          [Y,    Y,    F,    F,    Y,    F,    F,    U]),
        (Action::EditProposedAction { owner: OWNER },                           [Y,    Y,    F,    F,    F,    F,    F,    U]),
        (Action::EditProposedAction { owner: PEER },                            [Y,    F,    F,    Y,    F,    F,    F,    U]),
        (feedback(FeedbackKind::ExpertFeedback),                                [Y,    F,    Y,    F,    F,    Y,    F,    U]),
        (feedback(FeedbackKind::Recommendation),                                [Y,    F,    Y,    F,    F,    Y,    F,    U]),
        // Any member of the group comments (the learning peer too); the invited expert as well.
        (feedback(FeedbackKind::Question),                                      [Y,    Y,    Y,    Y,    F,    Y,    F,    U]),
        (feedback(FeedbackKind::Reply),                                         [Y,    Y,    Y,    Y,    F,    Y,    F,    U]),
        // A leading member's own action is assessed by no fellow leading member, nor by the
        // invited expert; the group still comments on it.
        (feedback_on_leader(FeedbackKind::ExpertFeedback),                      [Y,    F,    F,    F,    F,    F,    F,    U]),
        (feedback_on_leader(FeedbackKind::Recommendation),                      [Y,    F,    F,    F,    F,    F,    F,    U]),
        (feedback_on_leader(FeedbackKind::Question),                            [Y,    Y,    Y,    Y,    F,    Y,    F,    U]),
        (Action::EditGoodPractice { area_groups: &[G] },                         [Y,    F,    Y,    F,    F,    F,    F,    U]),
        (Action::EditGoodPractice { area_groups: &[OTHER_GROUP] },               [Y,    Y,    F,    F,    Y,    F,    F,    U]),
        (Action::EditGoodPractice { area_groups: &[] },                          [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ManageExperts { group: G },                                    [Y,    F,    Y,    F,    F,    F,    F,    U]),
        (Action::ManageExperts { group: OTHER_GROUP },                          [Y,    Y,    F,    F,    Y,    F,    F,    U]),
        (Action::ManageWebinars { group: G },                                   [Y,    F,    Y,    F,    F,    F,    F,    U]),
        (Action::ManageWebinars { group: OTHER_GROUP },                         [Y,    Y,    F,    F,    Y,    F,    F,    U]),
        (Action::RecordEvidence,                                                [Y,    F,    F,    F,    F,    F,    F,    U]),
        // In OTHER_GROUP the owner leads: it may assess actions presented there.
        (Action::GiveFeedback { group: OTHER_GROUP, presenter: PEER, presenter_learns: true, kind: FeedbackKind::ExpertFeedback },
                                                                                [Y,    Y,    F,    F,    Y,    F,    Y,    U]),
        // Action plans of OWNER whose actions concern G.
        (Action::ReadActionPlan { owner: OWNER, published: false, groups: &[G] },  [Y,    Y,    Y,    F,    F,    Y,    F,    U]),
        (Action::ReadActionPlan { owner: OWNER, published: false, groups: &[] },   [Y,    Y,    F,    F,    F,    F,    F,    U]),
        (Action::ReadActionPlan { owner: OWNER, published: true, groups: &[G] },   [Y,    Y,    Y,    Y,    Y,    Y,    Y,    U]),
        (Action::EditActionPlan { owner: OWNER, editable_by_owner: true },         [Y,    Y,    F,    F,    F,    F,    F,    U]),
        (Action::EditActionPlan { owner: OWNER, editable_by_owner: false },        [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::TransitionActionPlan { owner: OWNER, by_owner: true },            [Y,    Y,    F,    F,    F,    F,    F,    U]),
        (Action::TransitionActionPlan { owner: OWNER, by_owner: false },           [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::GiveFeedbackOnPlan { groups: &[G], owner_learns_in: &[G], owner: OWNER, kind: FeedbackKind::ExpertFeedback }, [Y, F, Y, F, F, Y, F, U]),
        (Action::GiveFeedbackOnPlan { groups: &[G], owner_learns_in: &[G], owner: OWNER, kind: FeedbackKind::Question },       [Y, Y, Y, F, F, Y, F, U]),
        (Action::GiveFeedbackOnPlan { groups: &[], owner_learns_in: &[G], owner: OWNER, kind: FeedbackKind::Reply },           [Y, Y, F, F, F, F, F, U]),
        // A plan of an organisation that leads the concerned group: nobody assesses it there.
        (Action::GiveFeedbackOnPlan { groups: &[G], owner_learns_in: &[], owner: OWNER, kind: FeedbackKind::ExpertFeedback },  [Y, F, F, F, F, F, F, U]),
        // Personal access tokens: one's own, or anyone's for the coordinator.
        (Action::ManageApiToken { owner: Some(ME) },                            [Y,    Y,    Y,    Y,    Y,    Y,    Y,    U]),
        (Action::ManageApiToken { owner: Some(SOMEONE_ELSE) },                  [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ManageApiToken { owner: None },                                [Y,    F,    F,    F,    F,    F,    F,    U]),
        // One's own tokens on one's profile: personal, even for the coordinator.
        (Action::ListOwnApiTokens { owner: ME },                                [Y,    Y,    Y,    Y,    Y,    Y,    Y,    U]),
        (Action::ListOwnApiTokens { owner: SOMEONE_ELSE },                      [F,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ManageOwnNotifications { recipient: ME },                      [Y,    Y,    Y,    Y,    Y,    Y,    Y,    U]),
        (Action::ManageOwnNotifications { recipient: SOMEONE_ELSE },            [F,    F,    F,    F,    F,    F,    F,    U]),
        // Webhooks: an organisation's own, or any (and network-wide ones) for the coordinator.
        (Action::ManageWebhooks { organisation: Some(OWNER) },                  [Y,    Y,    F,    F,    F,    F,    F,    U]),
        (Action::ManageWebhooks { organisation: None },                         [Y,    F,    F,    F,    F,    F,    F,    U]),
        // Monitoring: the coordinator runs the calls; an organisation reports on its own plan.
        (Action::ManageCoordinationCalls,                                       [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ReadEveryPlan,                                                 [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::ReadBenchmarkLevels,                                           [Y,    F,    F,    F,    F,    F,    F,    U]),
        (Action::SubmitProgressReport { owner: OWNER },                          [Y,    Y,    F,    F,    F,    F,    F,    U]),
        // Feedback: its author corrects and deletes it, the coordinator moderates.
        (Action::EditFeedback { author: ME },                                   [Y,    Y,    Y,    Y,    Y,    Y,    Y,    U]),
        (Action::EditFeedback { author: SOMEONE_ELSE },                         [Y,    F,    F,    F,    F,    F,    F,    U]),
        // A thread is closed by whoever started it or by the organisation it is about.
        (Action::ResolveFeedbackThread { author: SOMEONE_ELSE, owner: OWNER },  [Y,    Y,    F,    F,    F,    F,    F,    U]),
        (Action::ResolveFeedbackThread { author: ME, owner: PEER },             [Y,    Y,    Y,    Y,    Y,    Y,    Y,    U]),
    ];
    for (action, row) in table {
        for (who, expected) in COLUMNS.iter().zip(row) {
            let got = authorize(&actor(*who), *action).err();
            assert_eq!(got, *expected, "{action:?} by {who:?}");
        }
    }
}

/// Every action variant has a row above; adding a variant breaks this match until the matrix
/// is extended.
#[test]
fn matrix_covers_every_action() {
    let covered = |action: Action<'_>| match action {
        Action::ReadNetwork
        | Action::ReadUserEmail { .. }
        | Action::ManageUsers
        | Action::UpdateOwnPreferences
        | Action::ManageOrganisations
        | Action::ManageWorkingGroups
        | Action::ManageProgramme
        | Action::SetPlanBaseline { .. }
        | Action::PublishLessons
        | Action::ManageBenchmarkRounds
        | Action::ReadBenchmark { .. }
        | Action::EditBenchmark { .. }
        | Action::ValidateBenchmark
        | Action::ReadAuditLog
        | Action::ReadMailOutbox
        | Action::ManageEvents
        | Action::ProposeAction { .. }
        | Action::EditProposedAction { .. }
        | Action::GiveFeedback { .. }
        | Action::EditGoodPractice { .. }
        | Action::ManageWebinars { .. }
        | Action::ManageExperts { .. }
        | Action::RecordEvidence
        | Action::ReadActionPlan { .. }
        | Action::EditActionPlan { .. }
        | Action::TransitionActionPlan { .. }
        | Action::GiveFeedbackOnPlan { .. }
        | Action::ManageApiToken { .. }
        | Action::ListOwnApiTokens { .. }
        | Action::ManageOwnNotifications { .. }
        | Action::ManageWebhooks { .. }
        | Action::ManageCoordinationCalls
        | Action::ReadEveryPlan
        | Action::ReadBenchmarkLevels
        | Action::SubmitProgressReport { .. }
        | Action::EditFeedback { .. }
        | Action::ResolveFeedbackThread { .. } => true,
    };
    assert!(covered(Action::ReadNetwork));
}

mod scopes {
    //! The scopes and capability sets, per kind of actor, in the matrix's scene.

    use super::*;
    use crate::action_plan::PlanStage::{self, *};
    use crate::policy::scopes::*;

    fn own(who: Who) -> Option<OrganisationId> {
        match actor(who) {
            Actor::User(me) => me.organisation_id,
            Actor::Anonymous => None,
        }
    }

    #[test]
    fn calendars_hold_the_groups_that_concern_each_caller() {
        let groups = |who| calendar_scope(&actor(who)).map(|scope| scope.groups);
        assert_eq!(groups(Who::Coordinator), Ok(None));
        assert_eq!(groups(Who::OwnerMember), Ok(Some(vec![G, OTHER_GROUP])));
        assert_eq!(groups(Who::LeadingMember), Ok(Some(vec![G])));
        assert_eq!(groups(Who::LearningPeer), Ok(Some(vec![G])));
        assert_eq!(groups(Who::Unrelated), Ok(Some(vec![OTHER_GROUP])));
        assert_eq!(groups(Who::InvitedExpert), Ok(Some(vec![G])));
        assert_eq!(groups(Who::UninvitedExpert), Ok(Some(vec![OTHER_GROUP])));
        assert_eq!(groups(Who::Anonymous), Err(Denial::Unauthenticated));
        assert_eq!(
            calendar_scope(&actor(Who::OwnerMember)).map(|scope| scope.organisation),
            Ok(Some(OWNER))
        );
    }

    #[test]
    fn plan_scope_per_actor() {
        for who in COLUMNS {
            let expected = match who {
                Who::Coordinator => Ok(PlanScope::Every),
                Who::Anonymous => Err(Denial::Unauthenticated),
                _ => Ok(PlanScope::PublishedOrOwn(own(who))),
            };
            assert_eq!(plan_scope(&actor(who)), expected, "{who:?}");
        }
        let published = PlanScope::PublishedOrOwn(None).stages_of_others(PlanStage::ALL);
        assert_eq!(published, [Adopted, Implementing, Completed]);
        assert_eq!(
            PlanScope::Every.stages_of_others(PlanStage::ALL),
            PlanStage::ALL
        );
    }

    /// The list's scope answers exactly as the policy does plan by plan, for every actor,
    /// owner, stage and set of groups of the scene.
    #[test]
    fn plan_read_scope_agrees_with_the_policy() {
        let owners = [OWNER, LEADER, PEER, UNRELATED, EXPERT_ORG];
        let group_sets: [&[WorkingGroupId]; 4] = [&[], &[G], &[OTHER_GROUP], &[G, OTHER_GROUP]];
        for who in COLUMNS {
            let actor = actor(who);
            let Ok(scope) = plan_read_scope(&actor) else {
                assert!(matches!(who, Who::Anonymous), "{who:?}");
                continue;
            };
            for owner in owners {
                for published in [false, true] {
                    for groups in group_sets {
                        let action = Action::ReadActionPlan {
                            owner,
                            published,
                            groups,
                        };
                        assert_eq!(
                            scope.covers(owner, published, groups),
                            allows(&actor, action),
                            "{who:?} reading {owner:?}'s plan (published: {published}) in {groups:?}"
                        );
                    }
                }
            }
        }
        assert_eq!(
            plan_read_scope(&actor(Who::InvitedExpert)),
            Ok(PlanReadScope::Some {
                own: Some(EXPERT_ORG),
                coached: vec![G]
            })
        );
    }

    #[test]
    fn benchmark_scope_per_actor() {
        for who in COLUMNS {
            let expected = match who {
                Who::Coordinator => Ok(BenchmarkScope::Every),
                Who::Anonymous => Err(Denial::Unauthenticated),
                // Leads OTHER_GROUP.
                Who::OwnerMember | Who::Unrelated => Ok(BenchmarkScope::Some {
                    own: own(who),
                    learners_in: vec![OTHER_GROUP],
                }),
                Who::LeadingMember => Ok(BenchmarkScope::Some {
                    own: own(who),
                    learners_in: vec![G],
                }),
                _ => Ok(BenchmarkScope::Some {
                    own: own(who),
                    learners_in: vec![],
                }),
            };
            assert_eq!(benchmark_scope(&actor(who)), expected, "{who:?}");
        }
    }

    #[test]
    fn webhook_scope_per_actor() {
        for who in COLUMNS {
            let all = webhook_scope(&actor(who), None);
            let owners = webhook_scope(&actor(who), Some(OWNER));
            let (expected_all, expected_owners) = match who {
                Who::Coordinator => (
                    Ok(WebhookScope::Every),
                    Ok(WebhookScope::Organisation(OWNER)),
                ),
                Who::Anonymous => (Err(Denial::Unauthenticated), Err(Denial::Unauthenticated)),
                Who::OwnerMember => (
                    Ok(WebhookScope::Organisation(OWNER)),
                    Ok(WebhookScope::Organisation(OWNER)),
                ),
                _ => (
                    Ok(WebhookScope::Organisation(own(who).expect("member"))),
                    Err(Denial::Forbidden),
                ),
            };
            assert_eq!(all, expected_all, "{who:?} without an organisation");
            assert_eq!(owners, expected_owners, "{who:?} asking for OWNER's");
        }
    }

    #[test]
    fn plan_edit_stages_per_actor() {
        for who in COLUMNS {
            let expected: &[PlanStage] = match who {
                Who::Coordinator => PlanStage::ALL,
                Who::OwnerMember => &[Draft, Submitted],
                _ => &[],
            };
            assert_eq!(plan_edit_stages(&actor(who), OWNER), expected, "{who:?}");
        }
    }

    #[test]
    fn plan_replan_stages_per_actor() {
        for who in COLUMNS {
            let expected: &[PlanStage] = match who {
                Who::Coordinator => PlanStage::ALL,
                Who::OwnerMember => &[Draft, Submitted, Adopted, Implementing],
                _ => &[],
            };
            assert_eq!(plan_replan_stages(&actor(who), OWNER), expected, "{who:?}");
        }
    }

    #[test]
    fn plan_transitions_per_actor() {
        let by = |who, from| plan_transitions(&actor(who), OWNER, from);
        assert_eq!(by(Who::OwnerMember, Draft), [Submitted]);
        assert_eq!(by(Who::OwnerMember, Submitted), [Draft]);
        assert_eq!(by(Who::OwnerMember, Adopted), [Implementing]);
        assert_eq!(by(Who::OwnerMember, Implementing), [Completed]);
        assert_eq!(by(Who::OwnerMember, Completed), []);
        assert_eq!(by(Who::Coordinator, Submitted), [Draft, Adopted]);
        assert_eq!(by(Who::Coordinator, Implementing), [Draft, Completed]);
        assert_eq!(by(Who::Coordinator, Completed), [Draft]);
        for who in [
            Who::LeadingMember,
            Who::LearningPeer,
            Who::Unrelated,
            Who::InvitedExpert,
            Who::UninvitedExpert,
            Who::Anonymous,
        ] {
            for from in PlanStage::ALL {
                assert_eq!(by(who, *from), [], "{who:?} from {from:?}");
            }
        }
    }

    #[test]
    fn feedback_kinds_per_actor() {
        use FeedbackKind::*;
        for who in COLUMNS {
            let expected: &[FeedbackKind] = match who {
                Who::Coordinator | Who::LeadingMember | Who::InvitedExpert => FeedbackKind::ALL,
                Who::OwnerMember | Who::LearningPeer => &[Question, Reply],
                _ => &[],
            };
            assert_eq!(feedback_kinds(&actor(who), feedback), expected, "{who:?}");
        }
    }
}
