//! `updateViewerPreferences`: the signed-in user's own settings.

use async_graphql::{Context, InputObject, MaybeUndefined, Object};
use mega_domain::user::PreferenceChanges;

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{payload, settle};
use crate::services::preferences as service;
use crate::types::{LanguageGql, UserObject};

/// Input of `updateViewerPreferences`; preferences left out stay as they are.
#[derive(InputObject)]
pub struct UpdateViewerPreferencesInput {
    /// The interface language; null forgets it (the SPA then follows the browser again).
    pub language: MaybeUndefined<LanguageGql>,
}

payload!(
    /// Result of `updateViewerPreferences`.
    UpdateViewerPreferencesPayload,
    /// The signed-in user with the new preferences.
    viewer: UserObject
);

/// Mutations of the signed-in user's own account.
#[derive(Default)]
pub struct ViewerMutation;

#[Object]
impl ViewerMutation {
    /// Changes the signed-in user's own preferences. Open to every signed-in user.
    async fn update_viewer_preferences(
        &self,
        ctx: &Context<'_>,
        input: UpdateViewerPreferencesInput,
    ) -> ApiResult<UpdateViewerPreferencesPayload> {
        let changes = PreferenceChanges {
            language: match input.language {
                MaybeUndefined::Undefined => None,
                MaybeUndefined::Null => Some(None),
                MaybeUndefined::Value(language) => Some(Some(language.into())),
            },
        };
        let result = service::update_own(db(ctx), actor(ctx), changes).await;
        Ok(settle(result.map(UserObject::as_self))?.into())
    }
}
