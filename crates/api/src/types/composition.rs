//! GraphQL `CompositionWarning`.

use async_graphql::{Context, Enum, Object};
use mega_domain::composition::{CompositionWarning, LEADING_TERRITORIES_PER_GROUP};

use super::{TerritoryObject, WorkingGroupObject};
use crate::error::ApiResult;
use crate::loaders::{TerritoryLoader, WorkingGroupLoader, load_one};

/// Which composition rule of the report a warning is about.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "CompositionRule")]
pub enum CompositionRuleGql {
    /// "Two leading cities/regions have been assigned to each Working Group."
    TwoLeadingTerritories,
    /// "This allowed each city/region to lead at least one Working Group."
    EveryTerritoryLeads,
}

/// A departure from the programme's composition rules, for the coordinator to look at (the
/// rules are checked, not enforced).
pub struct CompositionWarningObject(pub CompositionWarning);

/// A departure from the programme's composition rules.
#[Object(name = "CompositionWarning")]
impl CompositionWarningObject {
    /// The rule departed from.
    async fn rule(&self) -> CompositionRuleGql {
        match self.0 {
            CompositionWarning::LeadingTerritories { .. } => {
                CompositionRuleGql::TwoLeadingTerritories
            }
            CompositionWarning::LeadsNoGroup { .. } => CompositionRuleGql::EveryTerritoryLeads,
        }
    }

    /// The group led by another number of cities/regions (`TWO_LEADING_TERRITORIES`).
    async fn working_group(&self, ctx: &Context<'_>) -> ApiResult<Option<WorkingGroupObject>> {
        let CompositionWarning::LeadingTerritories { group, .. } = self.0 else {
            return Ok(None);
        };
        Ok(load_one::<WorkingGroupLoader, _>(ctx, group)
            .await?
            .map(WorkingGroupObject))
    }

    /// How many distinct cities/regions lead that group (`TWO_LEADING_TERRITORIES`).
    async fn leading_count(&self) -> Option<i32> {
        match self.0 {
            CompositionWarning::LeadingTerritories { count, .. } => {
                Some(i32::try_from(count).unwrap_or(i32::MAX))
            }
            CompositionWarning::LeadsNoGroup { .. } => None,
        }
    }

    /// How many the rule asks for (2).
    async fn expected_count(&self) -> i32 {
        i32::try_from(LEADING_TERRITORIES_PER_GROUP).unwrap_or(2)
    }

    /// The city or region that leads no group (`EVERY_TERRITORY_LEADS`).
    async fn territory(&self, ctx: &Context<'_>) -> ApiResult<Option<TerritoryObject>> {
        let CompositionWarning::LeadsNoGroup { territory } = self.0 else {
            return Ok(None);
        };
        Ok(load_one::<TerritoryLoader, _>(ctx, territory)
            .await?
            .map(TerritoryObject))
    }
}
