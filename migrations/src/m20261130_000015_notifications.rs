//! Notifications: what a user is told in the application, written in the transaction of the
//! change that caused it, read and marked read by its recipient only.

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::{cascade, set_null};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000015_notifications"
    }
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    RecipientId,
    ActorId,
    Kind,
    TargetType,
    TargetId,
    PlanId,
    StepId,
    WorkingGroupId,
    FeedbackId,
    Excerpt,
    CreatedAt,
    ReadAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(pk_auto(Notifications::Id))
                    .col(integer(Notifications::RecipientId))
                    .col(integer_null(Notifications::ActorId))
                    .col(string_len(Notifications::Kind, 40))
                    .col(string_len(Notifications::TargetType, 40))
                    // The target and the objects locating it may go; the notification stays
                    // (a cancelled call's notification still links to its group).
                    .col(integer(Notifications::TargetId))
                    .col(integer_null(Notifications::PlanId))
                    .col(integer_null(Notifications::StepId))
                    .col(integer_null(Notifications::WorkingGroupId))
                    .col(integer_null(Notifications::FeedbackId))
                    .col(string_len_null(Notifications::Excerpt, 800))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .foreign_key(&mut cascade(
                        (Notifications::Table, Notifications::RecipientId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (Notifications::Table, Notifications::ActorId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // A recipient's list, newest first, and its unread count.
        manager
            .create_index(
                Index::create()
                    .name("idx_notifications_recipient")
                    .table(Notifications::Table)
                    .col(Notifications::RecipientId)
                    .col(Notifications::ReadAt)
                    .col(Notifications::CreatedAt)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Notifications::Table).to_owned())
            .await?;
        Ok(())
    }
}
