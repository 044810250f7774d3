//! Table `notifications`: what a user is told in the application, with the target it links to.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub recipient_id: i32,
    pub actor_id: Option<i32>,
    pub kind: String,
    pub target_type: String,
    pub target_id: i32,
    pub plan_id: Option<i32>,
    pub step_id: Option<i32>,
    pub working_group_id: Option<i32>,
    pub feedback_id: Option<i32>,
    pub excerpt: Option<String>,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
    /// How it is mailed: a `MailDelivery` code, null when it is not.
    pub mail: Option<String>,
    /// The digest message that took it.
    pub digest_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
