//! Calendar feeds: a secret URL per user for calendar apps (only the token's hash is kept;
//! revoked feeds answer 404).

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::cascade;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000017_calendar_feeds"
    }
}

#[derive(DeriveIden)]
enum CalendarFeeds {
    Table,
    Id,
    UserId,
    TokenHash,
    CreatedAt,
    RevokedAt,
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
                    .table(CalendarFeeds::Table)
                    .col(pk_auto(CalendarFeeds::Id))
                    .col(integer(CalendarFeeds::UserId))
                    .col(string_len_uniq(CalendarFeeds::TokenHash, 64))
                    .col(timestamp_with_time_zone(CalendarFeeds::CreatedAt))
                    .col(timestamp_with_time_zone_null(CalendarFeeds::RevokedAt))
                    .foreign_key(&mut cascade(
                        (CalendarFeeds::Table, CalendarFeeds::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CalendarFeeds::Table).to_owned())
            .await
    }
}
