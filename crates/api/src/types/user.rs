//! GraphQL `User`, `GlobalRole` and `Language`.

use async_graphql::{Context, Enum, ID, Object};
use mega_domain::{Action, Actor, Principal, User, authorize};

use super::OrganisationObject;
use crate::context::actor;
use crate::error::ApiResult;
use crate::global_id::encode;
use crate::loaders::access::GroupsOfExpertLoader;
use crate::loaders::{OrganisationLoader, WorkingGroupLoader, load_many, load_one};

/// A user's role across the whole network; roles in working groups come from memberships.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "GlobalRole", remote = "mega_domain::GlobalRole")]
pub enum GlobalRoleGql {
    /// The network's coordinator (MPG).
    Coordinator,
    /// A member of a partner organisation.
    Partner,
    /// An expert invited to working groups.
    Expert,
}

/// A language of the interface. A closed set: each is complete in the SPA, and messages to
/// a user (e-mails, later) need a language there is a text for.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "Language", remote = "mega_domain::Language")]
pub enum LanguageGql {
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Italian.
    It,
    /// Spanish.
    Es,
}

/// A person with a login.
pub struct UserObject {
    user: User,
    /// Who the policy checks against instead of the request's caller: set in the payloads of
    /// `login` and `refreshToken`, whose caller is still anonymous but is about to act as
    /// this user.
    acting_as: Option<Actor>,
}

impl UserObject {
    /// A user as seen by the request's caller.
    pub fn new(user: User) -> Self {
        Self {
            user,
            acting_as: None,
        }
    }

    /// A user as seen by itself (session payloads).
    pub fn as_self(user: User) -> Self {
        let actor = Actor::from(Principal::of(&user));
        Self {
            user,
            acting_as: Some(actor),
        }
    }
}

/// A person with a login.
#[Object(name = "User")]
impl UserObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.user.id)
    }

    /// E-mail address: visible to the user itself and to the coordinator, null for others.
    async fn email(&self, ctx: &Context<'_>) -> Option<&str> {
        let action = Action::ReadUserEmail {
            owner: self.user.id,
        };
        let actor = self.acting_as.as_ref().unwrap_or(actor(ctx));
        authorize(actor, action)
            .ok()
            .map(|()| self.user.email.as_str())
    }

    /// The interface language the user chose (or the one the SPA detected on the first
    /// visit); null until known. Like `email`, visible to the user itself and to the
    /// coordinator, null for others.
    async fn language(&self, ctx: &Context<'_>) -> Option<LanguageGql> {
        let action = Action::ReadUserEmail {
            owner: self.user.id,
        };
        let actor = self.acting_as.as_ref().unwrap_or(actor(ctx));
        authorize(actor, action)
            .ok()
            .and(self.user.language)
            .map(LanguageGql::from)
    }

    /// Name shown to others.
    async fn display_name(&self) -> &str {
        &self.user.display_name
    }

    /// Network-wide role.
    async fn global_role(&self) -> GlobalRoleGql {
        self.user.global_role.into()
    }

    /// Deactivated users cannot sign in.
    async fn active(&self) -> bool {
        self.user.active
    }

    /// The user's personal access tokens, newest first (revoked and expired ones included;
    /// never the secret). Only for the user itself (`viewer { apiTokens }`); null for others.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn api_tokens(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<Option<crate::connection::PageConnection<super::ApiTokenObject>>> {
        let actor = self.acting_as.as_ref().unwrap_or(actor(ctx));
        crate::query::api_tokens::of_user(ctx, actor, self.user.id, first, after).await
    }

    /// What the user is told, newest first (only unread ones with `unreadOnly`). Only for
    /// the user itself (`viewer { notifications }`); null for others, the coordinator
    /// included.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
        #[graphql(desc = "Only unread notifications.", default = false)] unread_only: bool,
    ) -> ApiResult<Option<crate::connection::PageConnection<super::NotificationObject>>> {
        let actor = self.acting_as.as_ref().unwrap_or(actor(ctx));
        crate::query::notifications::of_user(ctx, actor, self.user.id, unread_only, first, after)
            .await
    }

    /// How many of the user's notifications are unread. Only for the user itself; null for
    /// others.
    async fn unread_notification_count(&self, ctx: &Context<'_>) -> ApiResult<Option<u64>> {
        let actor = self.acting_as.as_ref().unwrap_or(actor(ctx));
        crate::query::notifications::unread_of_user(ctx, actor, self.user.id).await
    }

    /// How the user wants each kind of notification mailed, every kind listed. Only for the
    /// user itself (`viewer { mailPreferences }`); null for others.
    async fn mail_preferences(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Option<Vec<super::MailPreferenceObject>>> {
        let actor = self.acting_as.as_ref().unwrap_or(actor(ctx));
        let action = Action::ManageOwnNotifications {
            recipient: self.user.id,
        };
        if !mega_domain::allows(actor, action) {
            return Ok(None);
        }
        let preferences = crate::services::mail_preferences::of_user(
            crate::context::db(ctx),
            actor,
            self.user.id,
        )
        .await
        .map_err(crate::resolve::internal)?;
        Ok(Some(preferences.into_iter().map(Into::into).collect()))
    }

    /// The user's calendar feed, if one is active (its URL is shown only when created). Only
    /// for the user itself; null for others.
    async fn calendar_feed(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Option<super::CalendarFeedObject>> {
        let actor = self.acting_as.as_ref().unwrap_or(actor(ctx));
        let action = Action::ManageOwnNotifications {
            recipient: self.user.id,
        };
        if !mega_domain::allows(actor, action) {
            return Ok(None);
        }
        let feed = crate::services::calendar::feed_of(crate::context::db(ctx), actor, self.user.id)
            .await
            .map_err(crate::resolve::internal)?;
        Ok(feed.map(Into::into))
    }

    /// The working groups the user is invited to as an expert (empty for anyone else), in
    /// the order of their thematic areas: an expert's start page.
    async fn expert_groups(&self, ctx: &Context<'_>) -> ApiResult<Vec<super::WorkingGroupObject>> {
        let ids = load_one::<GroupsOfExpertLoader, _>(ctx, self.user.id)
            .await?
            .unwrap_or_default();
        let mut groups = load_many::<WorkingGroupLoader, _>(ctx, &ids).await?;
        groups.sort_by_key(|group| (group.thematic_area_id, group.id));
        Ok(groups.into_iter().map(super::WorkingGroupObject).collect())
    }

    /// The organisation the user acts for.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<OrganisationObject>> {
        let Some(id) = self.user.organisation_id else {
            return Ok(None);
        };
        Ok(load_one::<OrganisationLoader, _>(ctx, id)
            .await?
            .map(OrganisationObject))
    }
    /// Whether the viewer may update, deactivate this user or reset their password.
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> bool {
        mega_domain::allows(crate::context::actor(ctx), mega_domain::Action::ManageUsers)
    }
}
