//! `updateMailPreference`: the signed-in user chooses how one kind of notification is mailed.

use async_graphql::{Context, InputObject, Object};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{payload, settle};
use crate::services::mail_preferences as service;
use crate::types::{MailDeliveryGql, MailPreferenceObject, NotificationKindGql};

/// Input of `updateMailPreference`.
#[derive(InputObject)]
pub struct UpdateMailPreferenceInput {
    /// The kind of notification.
    pub kind: NotificationKindGql,
    /// How it is to be mailed from now on.
    pub delivery: MailDeliveryGql,
}

payload!(
    /// Result of `updateMailPreference`.
    UpdateMailPreferencePayload,
    /// Every kind with how it is mailed now.
    mail_preferences: Vec<MailPreferenceObject>
);

/// Mutations of the signed-in user's e-mail settings.
#[derive(Default)]
pub struct MailPreferenceMutation;

#[Object]
impl MailPreferenceMutation {
    /// Chooses how one kind of notification is mailed to the signed-in user: immediately,
    /// in a daily or weekly digest, or not at all. Open to every signed-in user, for
    /// themselves only; notifications already written keep the choice made when they were.
    async fn update_mail_preference(
        &self,
        ctx: &Context<'_>,
        input: UpdateMailPreferenceInput,
    ) -> ApiResult<UpdateMailPreferencePayload> {
        let result = service::update_own(
            db(ctx),
            actor(ctx),
            input.kind.into(),
            input.delivery.into(),
        )
        .await
        .map(|all| all.into_iter().map(MailPreferenceObject::from).collect());
        Ok(settle(result)?.into())
    }
}
