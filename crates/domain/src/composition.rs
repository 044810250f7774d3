//! The composition rules of the programme, as the report states them: "Two leading
//! cities/regions have been assigned to each Working Group", which "allowed each city/region
//! to lead at least one Working Group". They are checked, not enforced: the coordinator sees
//! what departs from them (the 2018 groups themselves do, where the report names a leading
//! city without an organisation).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::working_group::{Membership, MembershipRole};
use crate::{OrganisationId, TerritoryId, WorkingGroupId};

/// How many leading cities/regions each group has, by the report.
pub const LEADING_TERRITORIES_PER_GROUP: usize = 2;

/// A departure from the composition rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompositionWarning {
    /// A group led by another number of cities/regions than
    /// [`LEADING_TERRITORIES_PER_GROUP`].
    LeadingTerritories {
        /// The group.
        group: WorkingGroupId,
        /// How many distinct cities/regions its leading members come from.
        count: usize,
    },
    /// A city/region taking part in the groups that leads none of them.
    LeadsNoGroup {
        /// The city or region.
        territory: TerritoryId,
    },
}

/// The warnings for `groups` with their `memberships`; `territory_of` gives each member
/// organisation's city or region (organisations without one, such as the coordinator's,
/// count for no territory). Groups in the order given, then territories by id.
pub fn composition_warnings(
    groups: &[WorkingGroupId],
    memberships: &[Membership],
    territory_of: &HashMap<OrganisationId, TerritoryId>,
) -> Vec<CompositionWarning> {
    let mut leading: BTreeMap<WorkingGroupId, BTreeSet<TerritoryId>> = BTreeMap::new();
    let mut taking_part = BTreeSet::new();
    let mut leading_somewhere = BTreeSet::new();
    for membership in memberships {
        let Some(territory) = territory_of.get(&membership.organisation_id) else {
            continue;
        };
        taking_part.insert(*territory);
        if membership.role == MembershipRole::Leading {
            leading_somewhere.insert(*territory);
            leading
                .entry(membership.working_group_id)
                .or_default()
                .insert(*territory);
        }
    }
    let mut warnings: Vec<CompositionWarning> = groups
        .iter()
        .map(|group| (*group, leading.get(group).map_or(0, BTreeSet::len)))
        .filter(|(_, count)| *count != LEADING_TERRITORIES_PER_GROUP)
        .map(|(group, count)| CompositionWarning::LeadingTerritories { group, count })
        .collect();
    warnings.extend(taking_part.difference(&leading_somewhere).map(|territory| {
        CompositionWarning::LeadsNoGroup {
            territory: *territory,
        }
    }));
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MembershipId;
    use crate::working_group::Participation;

    fn member(id: i32, group: i32, organisation: i32, role: MembershipRole) -> Membership {
        Membership {
            id: MembershipId(id),
            working_group_id: WorkingGroupId(group),
            organisation_id: OrganisationId(organisation),
            role,
            participation: Participation::Mandatory,
            note: None,
        }
    }

    #[test]
    fn groups_need_two_leading_territories_and_every_territory_leads() {
        use MembershipRole::{Leading, Learning};
        // Territories 1-4; organisations 10 and 11 are both in territory 1; 99 has none.
        let territory_of: HashMap<_, _> = [(10, 1), (11, 1), (20, 2), (30, 3), (40, 4)]
            .into_iter()
            .map(|(o, t)| (OrganisationId(o), TerritoryId(t)))
            .collect();
        let groups = [WorkingGroupId(1), WorkingGroupId(2), WorkingGroupId(3)];
        let memberships = [
            // Group 1: two territories lead. Fine.
            member(1, 1, 10, Leading),
            member(2, 1, 20, Leading),
            member(3, 1, 30, Learning),
            // Group 2: two organisations, one territory.
            member(4, 2, 10, Leading),
            member(5, 2, 11, Leading),
            member(6, 2, 99, Leading),
            // Group 3: nobody leads; territory 4 only learns anywhere.
            member(7, 3, 40, Learning),
            member(8, 3, 30, Learning),
        ];
        assert_eq!(
            composition_warnings(&groups, &memberships, &territory_of),
            [
                CompositionWarning::LeadingTerritories {
                    group: WorkingGroupId(2),
                    count: 1
                },
                CompositionWarning::LeadingTerritories {
                    group: WorkingGroupId(3),
                    count: 0
                },
                CompositionWarning::LeadsNoGroup {
                    territory: TerritoryId(3)
                },
                CompositionWarning::LeadsNoGroup {
                    territory: TerritoryId(4)
                },
            ]
        );
    }
}
