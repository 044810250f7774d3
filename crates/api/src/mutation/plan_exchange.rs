//! `importActionPlanCsv`: a plan from the spreadsheet format of the CSV export.

use async_graphql::{Context, ID, InputObject, Object};
use mega_domain::OrganisationId;

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, settle};
use crate::services::plan_exchange as service;
use crate::types::ActionPlanObject;

/// Input of `importActionPlanCsv`.
#[derive(InputObject)]
pub struct ImportActionPlanCsvInput {
    /// Whose plan.
    pub organisation_id: ID,
    /// The plan in the format of `GET /api/action-plans/{id}.csv` (header row first).
    pub csv: String,
}

crate::resolve::payload!(
    /// Result of `importActionPlanCsv`.
    ImportActionPlanCsvPayload,
    /// The created or replaced plan.
    action_plan: ActionPlanObject
);

/// Plan import.
#[derive(Default)]
pub struct PlanExchangeMutation;

#[Object]
impl PlanExchangeMutation {
    /// Creates the organisation's plan from CSV, or replaces the content of its DRAFT plan
    /// (`PLAN_NOT_DRAFT` otherwise). Problems come back per row as userErrors and nothing
    /// changes. The organisation's members and the coordinator.
    async fn import_action_plan_csv(
        &self,
        ctx: &Context<'_>,
        input: ImportActionPlanCsvInput,
    ) -> ApiResult<ImportActionPlanCsvPayload> {
        let result = async {
            let organisation =
                input_id::<OrganisationId>("organisationId", &input.organisation_id)?;
            service::import_csv(db(ctx), actor(ctx), organisation, &input.csv).await
        }
        .await;
        Ok(settle(result.map(ActionPlanObject))?.into())
    }
}
