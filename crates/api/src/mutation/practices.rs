//! Which good practices a plan action adopts.

use async_graphql::{Context, ID, InputObject, Object};
use mega_domain::GoodPracticeId;
use mega_domain::action_plan::ActionId;

use super::action_plans::ActionPayload;
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, settle};
use crate::services::action_plans as service;
use crate::types::ActionObject;

/// Input of `setActionGoodPractices`.
#[derive(InputObject)]
pub struct SetActionGoodPracticesInput {
    /// The action.
    pub action_id: ID,
    /// The action's version you read; a stale one gives `STALE_VERSION`.
    pub expected_version: i32,
    /// Every practice it adopts (replacing the earlier set; repeats count once; at most 20,
    /// `TOO_MANY`; an unknown one is `NOT_FOUND`). Empty unlinks them all.
    pub good_practice_ids: Vec<ID>,
}

/// Practice-transfer mutations.
#[derive(Default)]
pub struct PracticeMutation;

#[Object]
impl PracticeMutation {
    /// Sets the good practices an action adopts, so each practice can be followed to the
    /// cities that take it up (`GoodPractice.adoptedBy`, `report.practiceTransfers`). The
    /// plan's organisation in every stage, and the coordinator.
    async fn set_action_good_practices(
        &self,
        ctx: &Context<'_>,
        input: SetActionGoodPracticesInput,
    ) -> ApiResult<ActionPayload> {
        let result = async {
            let id = input_id::<ActionId>("actionId", &input.action_id)?;
            let practices = input
                .good_practice_ids
                .iter()
                .map(|raw| input_id::<GoodPracticeId>("goodPracticeIds", raw))
                .collect::<Result<Vec<_>, _>>()?;
            service::set_practices(db(ctx), actor(ctx), id, input.expected_version, practices).await
        }
        .await;
        Ok(settle(result.map(ActionObject))?.into())
    }
}
