//! The public pages' data: good practices the coordinator published, readable without
//! signing in. They carry the practice's own texts and the names of its city and theme; no
//! people, no e-mail addresses, nothing unpublished.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use mega_domain::{GoodPractice, GoodPracticeId};

use crate::context::db;
use crate::error::ApiResult;
use crate::global_id::encode;
use crate::loaders::{OrganisationLoader, ThematicAreaLoader, load_one};
use crate::resolve::arg_id;
use crate::services::public_lessons as service;

/// A good practice as the public pages show it.
pub struct PublicGoodPracticeObject {
    practice: GoodPractice,
    published_at: DateTime<Utc>,
}

impl PublicGoodPracticeObject {
    /// A published practice with the date it went public.
    pub(super) fn new(practice: GoodPractice, published_at: DateTime<Utc>) -> Self {
        Self {
            practice,
            published_at,
        }
    }
}

/// A good practice published for everyone (no sign-in): what it is, where it comes from.
#[Object(name = "PublicGoodPractice")]
impl PublicGoodPracticeObject {
    /// The practice's global ID (the same as `GoodPractice.id`).
    async fn id(&self) -> ID {
        encode(self.practice.id)
    }

    /// Title.
    async fn title(&self) -> &str {
        &self.practice.title
    }

    /// What the practice is.
    async fn description(&self) -> &str {
        &self.practice.description
    }

    /// Where it comes from.
    async fn source(&self) -> &str {
        &self.practice.source
    }

    /// The name of the city or organisation behind it, if one is named.
    async fn organisation_name(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        let Some(id) = self.practice.organisation_id else {
            return Ok(None);
        };
        Ok(load_one::<OrganisationLoader, _>(ctx, id)
            .await?
            .map(|o| o.name))
    }

    /// The title of its learning theme, if any.
    async fn thematic_area_title(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        let Some(id) = self.practice.thematic_area_id else {
            return Ok(None);
        };
        Ok(load_one::<ThematicAreaLoader, _>(ctx, id)
            .await?
            .map(|a| a.title))
    }

    /// Since when it is public.
    async fn published_at(&self) -> DateTime<Utc> {
        self.published_at
    }
}

/// Public queries: no sign-in needed.
#[derive(Default)]
pub struct PublicQuery;

#[Object]
impl PublicQuery {
    /// The good practices published to the public pages, newest first. No sign-in needed.
    async fn public_good_practices(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<PublicGoodPracticeObject>> {
        let published = service::published(db(ctx))
            .await
            .map_err(crate::resolve::internal)?;
        Ok(published
            .into_iter()
            .map(|(practice, published_at)| PublicGoodPracticeObject {
                practice,
                published_at,
            })
            .collect())
    }

    /// One published good practice; null when there is none with this ID or it is not (or no
    /// longer) published. No sign-in needed.
    async fn public_good_practice(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The practice's global ID.")] id: ID,
    ) -> ApiResult<Option<PublicGoodPracticeObject>> {
        let id = arg_id::<GoodPracticeId>("id", &id)?;
        let found = service::published_one(db(ctx), id)
            .await
            .map_err(crate::resolve::internal)?;
        Ok(
            found.map(|(practice, published_at)| PublicGoodPracticeObject {
                practice,
                published_at,
            }),
        )
    }
}
