//! The full permission matrix, written out as a table: every action × every kind of actor.

use super::*;

const SELF_ID: UserId = UserId(10);
const OTHER_ID: UserId = UserId(20);

/// The actors of the matrix. The acting user always has id [`SELF_ID`].
#[derive(Clone, Copy, Debug)]
enum Who {
    Coordinator,
    Partner,
    Expert,
    Anonymous,
}

fn actor(who: Who) -> Actor {
    let principal = |role| {
        Actor::User(Principal {
            user_id: SELF_ID,
            organisation_id: Some(OrganisationId(1)),
            role,
        })
    };
    match who {
        Who::Coordinator => principal(GlobalRole::Coordinator),
        Who::Partner => principal(GlobalRole::Partner),
        Who::Expert => principal(GlobalRole::Expert),
        Who::Anonymous => Actor::Anonymous,
    }
}

const Y: Option<Denial> = None;
const F: Option<Denial> = Some(Denial::Forbidden);
const U: Option<Denial> = Some(Denial::Unauthenticated);

#[test]
fn permission_matrix() {
    use Who::*;
    let whos = [Coordinator, Partner, Expert, Anonymous];
    #[rustfmt::skip]
    let table: &[(Action, [Option<Denial>; 4])] = &[
        //                                             Coordinator Partner Expert Anonymous
        (Action::ReadNetwork,                          [Y,          Y,      Y,     U]),
        (Action::ReadUserEmail { owner: SELF_ID },     [Y,          Y,      Y,     U]),
        (Action::ReadUserEmail { owner: OTHER_ID },    [Y,          F,      F,     U]),
        (Action::CreateUser,                           [Y,          F,      F,     U]),
    ];
    for (action, row) in table {
        for (who, expected) in whos.iter().zip(row) {
            let got = authorize(&actor(*who), *action).err();
            assert_eq!(got, *expected, "{action:?} by {who:?}");
        }
    }
}
