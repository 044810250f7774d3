//! Shared counters for rate limits and login throttling (so several server instances agree),
//! and webhooks with their durable delivery queue.

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::{cascade, index, set_null};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261129_000007_limits_and_webhooks"
    }
}

#[derive(DeriveIden)]
enum RateLimitCounters {
    Table,
    Bucket,
    WindowStart,
    Points,
}

#[derive(DeriveIden)]
enum Webhooks {
    Table,
    Id,
    OrganisationId,
    Url,
    Secret,
    Events,
    Active,
    CreatedById,
    CreatedAt,
}

#[derive(DeriveIden)]
enum WebhookDeliveries {
    Table,
    Id,
    WebhookId,
    DeliveryId,
    Event,
    Payload,
    Status,
    Attempts,
    NextAttemptAt,
    LockedUntil,
    ResponseStatus,
    LastError,
    CreatedAt,
    DeliveredAt,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
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
                    .table(RateLimitCounters::Table)
                    .col(string_len(RateLimitCounters::Bucket, 300))
                    .col(timestamp_with_time_zone(RateLimitCounters::WindowStart))
                    .col(big_integer(RateLimitCounters::Points))
                    .primary_key(
                        Index::create()
                            .col(RateLimitCounters::Bucket)
                            .col(RateLimitCounters::WindowStart),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_rate_limit_counters_window",
                RateLimitCounters::Table,
                RateLimitCounters::WindowStart,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Webhooks::Table)
                    .col(pk_auto(Webhooks::Id))
                    .col(integer_null(Webhooks::OrganisationId))
                    .col(string_len(Webhooks::Url, 2000))
                    .col(string_len(Webhooks::Secret, 100))
                    .col(string_len(Webhooks::Events, 500))
                    .col(boolean(Webhooks::Active))
                    .col(integer_null(Webhooks::CreatedById))
                    .col(timestamp_with_time_zone(Webhooks::CreatedAt))
                    .foreign_key(&mut cascade(
                        (Webhooks::Table, Webhooks::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (Webhooks::Table, Webhooks::CreatedById),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WebhookDeliveries::Table)
                    .col(pk_auto(WebhookDeliveries::Id))
                    .col(integer(WebhookDeliveries::WebhookId))
                    .col(string_uniq(WebhookDeliveries::DeliveryId))
                    .col(string_len(WebhookDeliveries::Event, 50))
                    .col(text(WebhookDeliveries::Payload))
                    .col(string_len(WebhookDeliveries::Status, 20))
                    .col(integer(WebhookDeliveries::Attempts))
                    .col(timestamp_with_time_zone(WebhookDeliveries::NextAttemptAt))
                    .col(timestamp_with_time_zone_null(
                        WebhookDeliveries::LockedUntil,
                    ))
                    .col(integer_null(WebhookDeliveries::ResponseStatus))
                    .col(string_len_null(WebhookDeliveries::LastError, 500))
                    .col(timestamp_with_time_zone(WebhookDeliveries::CreatedAt))
                    .col(timestamp_with_time_zone_null(
                        WebhookDeliveries::DeliveredAt,
                    ))
                    .foreign_key(&mut cascade(
                        (WebhookDeliveries::Table, WebhookDeliveries::WebhookId),
                        (Webhooks::Table, Webhooks::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_webhook_deliveries_due")
                    .table(WebhookDeliveries::Table)
                    .col(WebhookDeliveries::Status)
                    .col(WebhookDeliveries::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_webhook_deliveries_webhook",
                WebhookDeliveries::Table,
                WebhookDeliveries::WebhookId,
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            WebhookDeliveries::Table.into_iden(),
            Webhooks::Table.into_iden(),
            RateLimitCounters::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
