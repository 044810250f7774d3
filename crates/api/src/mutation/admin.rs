//! The coordinator's administration of organisations and users.

use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object, SimpleObject};
use mega_domain::network::OrganisationDraft;
use mega_domain::user::{UserChangesDraft, UserDraft};
use mega_domain::{OrganisationId, TerritoryId, UserId};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, optional_input_id, payload, settle};
use crate::services::ServiceError;
use crate::services::admin as service;
use crate::types::GlobalRoleGql;
use crate::types::enums::OrganisationKindGql;
use crate::types::{OrganisationObject, UserError, UserObject};

/// An organisation's fields (for create and update).
#[derive(InputObject)]
pub struct OrganisationFieldsInput {
    /// Full name, 1–200 characters.
    pub name: String,
    /// Short name.
    pub short_name: Option<String>,
    /// Kind of body.
    pub kind: OrganisationKindGql,
    /// City or region.
    pub territory_id: Option<ID>,
    /// Partner of the project consortium.
    #[graphql(default)]
    pub consortium_partner: bool,
}

/// Input of `createOrganisation`.
#[derive(InputObject)]
pub struct CreateOrganisationInput {
    /// The new organisation.
    pub organisation: OrganisationFieldsInput,
}

/// Input of `updateOrganisation`.
#[derive(InputObject)]
pub struct UpdateOrganisationInput {
    /// The organisation.
    pub id: ID,
    /// Its new fields (all are replaced).
    pub organisation: OrganisationFieldsInput,
}

/// Input of `createUser`.
#[derive(InputObject)]
pub struct CreateUserInput {
    /// Login address (unique, case-insensitive).
    pub email: String,
    /// Name shown to others.
    pub display_name: String,
    /// The organisation the user acts for.
    pub organisation_id: Option<ID>,
    /// Network-wide role.
    pub global_role: GlobalRoleGql,
    /// Initial password, 12–128 characters.
    pub password: String,
}

/// Input of `updateUser`; fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdateUserInput {
    /// The user.
    pub id: ID,
    /// New display name.
    pub display_name: Option<String>,
    /// New organisation; null removes it.
    pub organisation_id: MaybeUndefined<ID>,
    /// New role.
    pub global_role: Option<GlobalRoleGql>,
    /// Reactivate (true) or deactivate (false).
    pub active: Option<bool>,
}

/// Input of `deactivateUser` and `resetUserPassword`.
#[derive(InputObject)]
pub struct UserIdInput {
    /// The user.
    pub id: ID,
}

payload!(
    /// Result of `createOrganisation` and `updateOrganisation`.
    OrganisationPayload,
    /// The organisation.
    organisation: OrganisationObject
);
payload!(
    /// Result of `createUser`, `updateUser` and `deactivateUser`.
    UserPayload,
    /// The user.
    user: UserObject
);

/// Result of `resetUserPassword`.
#[derive(SimpleObject, Default)]
pub struct ResetUserPasswordPayload {
    /// The user.
    pub user: Option<UserObject>,
    /// The new temporary password: shown this once, hand it over securely.
    pub temporary_password: Option<String>,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

impl OrganisationFieldsInput {
    fn draft(self) -> Result<OrganisationDraft, ServiceError> {
        Ok(OrganisationDraft {
            territory_id: optional_input_id::<TerritoryId>(
                "territoryId",
                self.territory_id.as_ref(),
            )?,
            name: self.name,
            short_name: self.short_name,
            kind: self.kind.into(),
            consortium_partner: self.consortium_partner,
        })
    }
}

impl CreateUserInput {
    fn draft(self) -> Result<UserDraft, ServiceError> {
        Ok(UserDraft {
            organisation_id: optional_input_id::<OrganisationId>(
                "organisationId",
                self.organisation_id.as_ref(),
            )?,
            email: self.email,
            display_name: self.display_name,
            global_role: self.global_role.into(),
            password: self.password,
        })
    }
}

impl UpdateUserInput {
    fn draft(self) -> Result<(UserId, UserChangesDraft), ServiceError> {
        let id = input_id::<UserId>("id", &self.id)?;
        let organisation_id = match self.organisation_id {
            MaybeUndefined::Undefined => None,
            MaybeUndefined::Null => Some(None),
            MaybeUndefined::Value(id) => {
                Some(Some(input_id::<OrganisationId>("organisationId", &id)?))
            }
        };
        let draft = UserChangesDraft {
            display_name: self.display_name,
            organisation_id,
            global_role: self.global_role.map(Into::into),
            active: self.active,
        };
        Ok((id, draft))
    }
}

/// Administration mutations. Coordinator only.
#[derive(Default)]
pub struct AdminMutation;

#[Object]
impl AdminMutation {
    /// Creates an organisation. Coordinator only.
    async fn create_organisation(
        &self,
        ctx: &Context<'_>,
        input: CreateOrganisationInput,
    ) -> ApiResult<OrganisationPayload> {
        let result = async {
            let draft = input.organisation.draft()?;
            service::create_organisation(db(ctx), actor(ctx), draft).await
        }
        .await;
        Ok(settle(result.map(OrganisationObject))?.into())
    }

    /// Replaces an organisation's fields. Coordinator only.
    async fn update_organisation(
        &self,
        ctx: &Context<'_>,
        input: UpdateOrganisationInput,
    ) -> ApiResult<OrganisationPayload> {
        let result = async {
            let id = input_id::<OrganisationId>("id", &input.id)?;
            let draft = input.organisation.draft()?;
            service::update_organisation(db(ctx), actor(ctx), id, draft).await
        }
        .await;
        Ok(settle(result.map(OrganisationObject))?.into())
    }

    /// Creates a user account. Coordinator only.
    async fn create_user(
        &self,
        ctx: &Context<'_>,
        input: CreateUserInput,
    ) -> ApiResult<UserPayload> {
        let result = async {
            let draft = input.draft()?;
            service::create_user(db(ctx), actor(ctx), draft).await
        }
        .await;
        Ok(settle(result.map(UserObject::new))?.into())
    }

    /// Updates a user account. Coordinator only.
    async fn update_user(
        &self,
        ctx: &Context<'_>,
        input: UpdateUserInput,
    ) -> ApiResult<UserPayload> {
        let result = async {
            let (id, draft) = input.draft()?;
            service::update_user(db(ctx), actor(ctx), id, draft, "updateUser").await
        }
        .await;
        Ok(settle(result.map(UserObject::new))?.into())
    }

    /// Deactivates a user: it can no longer sign in and its sessions end. Users are never
    /// deleted, because they may have authored content. Coordinator only.
    async fn deactivate_user(
        &self,
        ctx: &Context<'_>,
        input: UserIdInput,
    ) -> ApiResult<UserPayload> {
        let result = async {
            let id = input_id::<UserId>("id", &input.id)?;
            let draft = UserChangesDraft {
                active: Some(false),
                ..Default::default()
            };
            service::update_user(db(ctx), actor(ctx), id, draft, "deactivateUser").await
        }
        .await;
        Ok(settle(result.map(UserObject::new))?.into())
    }

    /// Sets a new random password and ends the user's sessions; the password is returned
    /// once. Coordinator only.
    async fn reset_user_password(
        &self,
        ctx: &Context<'_>,
        input: UserIdInput,
    ) -> ApiResult<ResetUserPasswordPayload> {
        let result = async {
            let id = input_id::<UserId>("id", &input.id)?;
            service::reset_password(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(match settle(result)? {
            Ok((user, password)) => ResetUserPasswordPayload {
                user: Some(UserObject::new(user)),
                temporary_password: Some(password),
                user_errors: Vec::new(),
            },
            Err(user_errors) => ResetUserPasswordPayload {
                user_errors,
                ..Default::default()
            },
        })
    }
}
