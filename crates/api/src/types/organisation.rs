//! GraphQL `Organisation` and `OrganisationKind`.

use async_graphql::{Context, ID, Object};
use mega_domain::Organisation;

use super::enums::OrganisationKindGql;
use super::{BenchmarkObject, MembershipObject, TerritoryObject};
use crate::context::{actor, db};
use crate::error::{ApiError, ApiResult};
use crate::global_id::encode;
use crate::loaders::action_plans::ActionPlanOfOrganisationLoader;
use crate::loaders::{MembershipsOfOrganisationLoader, TerritoryLoader, load_one};
use crate::services;
use mega_domain::{Action, allows, authorize};

/// A body acting in the network: a consortium partner, a stakeholder or the coordinator.
pub struct OrganisationObject(pub Organisation);

/// A body acting in the network: a consortium partner, a stakeholder or the coordinator.
#[Object(name = "Organisation")]
impl OrganisationObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// Full name, e.g. "Unternehmer ohne Grenzen e.V.".
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Short name, e.g. "UoG", when the organisation uses one.
    async fn short_name(&self) -> Option<&str> {
        self.0.short_name.as_deref()
    }

    /// What kind of body it is.
    async fn kind(&self) -> OrganisationKindGql {
        self.0.kind.into()
    }

    /// The city or region it belongs to, if any.
    async fn territory(&self, ctx: &Context<'_>) -> ApiResult<Option<TerritoryObject>> {
        let Some(id) = self.0.territory_id else {
            return Ok(None);
        };
        Ok(load_one::<TerritoryLoader, _>(ctx, id)
            .await?
            .map(TerritoryObject))
    }

    /// Whether it is a partner of the project consortium.
    async fn consortium_partner(&self) -> bool {
        self.0.consortium_partner
    }

    /// The working groups it belongs to, with its role in each.
    async fn memberships(&self, ctx: &Context<'_>) -> ApiResult<Vec<MembershipObject>> {
        let memberships = load_one::<MembershipsOfOrganisationLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default();
        Ok(memberships.into_iter().map(MembershipObject).collect())
    }

    /// Its action plan, if it has one and the caller may read it (DRAFT and SUBMITTED plans
    /// are null for everyone but the organisation, the groups concerned and the coordinator).
    async fn action_plan(&self, ctx: &Context<'_>) -> ApiResult<Option<super::ActionPlanObject>> {
        let Some(plan) =
            load_one::<crate::loaders::action_plans::ActionPlanOfOrganisationLoader, _>(
                ctx, self.0.id,
            )
            .await?
        else {
            return Ok(None);
        };
        // The read facts of unpublished plans load for the whole page in one batch: a page
        // of organisations costs the same statements whatever the number of draft plans.
        let groups = if plan.stage.published() {
            Vec::new()
        } else {
            load_one::<crate::loaders::action_plans::GroupsOfPlanLoader, _>(ctx, plan.id)
                .await?
                .unwrap_or_default()
        };
        let allowed = services::action_plans::may_read_given(actor(ctx), &plan, &groups);
        Ok(allowed.then_some(super::ActionPlanObject(plan)))
    }

    /// Its benchmarks, newest round first. `FORBIDDEN` unless the caller is a member, a
    /// leading member of a group where it learns, or the coordinator.
    async fn benchmarks(&self, ctx: &Context<'_>) -> ApiResult<Vec<BenchmarkObject>> {
        let actor = actor(ctx);
        authorize(actor, Action::ReadNetwork)?;
        let allowed = services::benchmarks::may_read(db(ctx), actor, self.0.id)
            .await
            .map_err(crate::resolve::internal)?;
        if !allowed {
            return Err(ApiError::Forbidden);
        }
        let benchmarks =
            mega_persistence::benchmarks::of_organisations(db(ctx).conn(), &[self.0.id]).await?;
        Ok(benchmarks.into_iter().map(BenchmarkObject).collect())
    }
    /// Whether the viewer may update this organisation.
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageOrganisations)
    }

    /// Whether the viewer may create this organisation's action plan now (it has none yet).
    async fn viewer_can_create_action_plan(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let may = allows(
            actor(ctx),
            Action::EditActionPlan {
                owner: self.0.id,
                editable_by_owner: true,
            },
        );
        Ok(may
            && load_one::<ActionPlanOfOrganisationLoader, _>(ctx, self.0.id)
                .await?
                .is_none())
    }

    /// Whether the viewer may start or edit this organisation's benchmark drafts.
    async fn viewer_can_edit_benchmark(&self, ctx: &Context<'_>) -> bool {
        allows(
            actor(ctx),
            Action::EditBenchmark {
                owner: self.0.id,
                validated: false,
            },
        )
    }

    /// Whether the viewer may register and manage this organisation's webhooks.
    async fn viewer_can_manage_webhooks(&self, ctx: &Context<'_>) -> bool {
        allows(
            actor(ctx),
            Action::ManageWebhooks {
                organisation: Some(self.0.id),
            },
        )
    }
}
