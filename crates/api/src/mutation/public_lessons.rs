//! Publishing good practices to the public pages and withdrawing them (the coordinator).

use async_graphql::{Context, ID, InputObject, Object};
use mega_domain::GoodPracticeId;

use super::library::GoodPracticePayload;
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, settle};
use crate::services::public_lessons as service;
use crate::types::GoodPracticeObject;

/// Input of `publishGoodPractice` and `withdrawGoodPractice`.
#[derive(InputObject)]
pub struct PublicationInput {
    /// The practice.
    pub id: ID,
}

/// Public-page mutations.
#[derive(Default)]
pub struct PublicLessonMutation;

#[Object]
impl PublicLessonMutation {
    /// Puts a good practice on the public, read-only pages (no sign-in needed to read them);
    /// publishing it again keeps its date. The coordinator only.
    async fn publish_good_practice(
        &self,
        ctx: &Context<'_>,
        input: PublicationInput,
    ) -> ApiResult<GoodPracticePayload> {
        let result = async {
            let id = input_id::<GoodPracticeId>("id", &input.id)?;
            service::set_published(db(ctx), actor(ctx), id, true).await
        }
        .await;
        Ok(settle(result.map(GoodPracticeObject))?.into())
    }

    /// Takes a good practice off the public pages: its public page is gone at once. The
    /// coordinator only.
    async fn withdraw_good_practice(
        &self,
        ctx: &Context<'_>,
        input: PublicationInput,
    ) -> ApiResult<GoodPracticePayload> {
        let result = async {
            let id = input_id::<GoodPracticeId>("id", &input.id)?;
            service::set_published(db(ctx), actor(ctx), id, false).await
        }
        .await;
        Ok(settle(result.map(GoodPracticeObject))?.into())
    }
}
