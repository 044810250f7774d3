//! E-mail: each user's delivery choice per notification kind, the durable outbox the mailer
//! sends from (one immediate message per notification, or one digest per period), and when
//! each digest period was last collected.

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::{cascade, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000016_mail"
    }
}

#[derive(DeriveIden)]
enum NotificationPreferences {
    Table,
    UserId,
    Kind,
    Delivery,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    Id,
    RecipientId,
    NotificationId,
    Digest,
    Status,
    Attempts,
    NextAttemptAt,
    LeaseUntil,
    LastError,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum MailDigestRuns {
    Table,
    Period,
    LastRunAt,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    Mail,
    DigestId,
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
                    .table(NotificationPreferences::Table)
                    .col(integer(NotificationPreferences::UserId))
                    .col(string_len(NotificationPreferences::Kind, 40))
                    .col(string_len(NotificationPreferences::Delivery, 20))
                    .primary_key(
                        Index::create()
                            .col(NotificationPreferences::UserId)
                            .col(NotificationPreferences::Kind),
                    )
                    .foreign_key(&mut cascade(
                        (
                            NotificationPreferences::Table,
                            NotificationPreferences::UserId,
                        ),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MailOutbox::Table)
                    .col(pk_auto(MailOutbox::Id))
                    .col(integer(MailOutbox::RecipientId))
                    // Set for an immediate message; a digest's notifications point at it.
                    .col(integer_null(MailOutbox::NotificationId))
                    .col(string_len_null(MailOutbox::Digest, 20))
                    .col(string_len(MailOutbox::Status, 20))
                    .col(integer(MailOutbox::Attempts))
                    .col(timestamp_with_time_zone(MailOutbox::NextAttemptAt))
                    .col(timestamp_with_time_zone_null(MailOutbox::LeaseUntil))
                    .col(string_len_null(MailOutbox::LastError, 400))
                    .col(timestamp_with_time_zone(MailOutbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(MailOutbox::SentAt))
                    .foreign_key(&mut cascade(
                        (MailOutbox::Table, MailOutbox::RecipientId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (MailOutbox::Table, MailOutbox::NotificationId),
                        (Notifications::Table, Notifications::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // The mailer's look at the queue: pending messages due now.
        manager
            .create_index(
                Index::create()
                    .name("idx_mail_outbox_due")
                    .table(MailOutbox::Table)
                    .col(MailOutbox::Status)
                    .col(MailOutbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MailDigestRuns::Table)
                    .col(string_len(MailDigestRuns::Period, 20).primary_key())
                    .col(timestamp_with_time_zone(MailDigestRuns::LastRunAt))
                    .to_owned(),
            )
            .await?;
        // How the notification is mailed (decided when it is written, from the recipient's
        // choice then), and the digest that took it. SQLite adds one column per statement.
        manager
            .alter_table(
                Table::alter()
                    .table(Notifications::Table)
                    .add_column(string_len_null(Notifications::Mail, 20))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Notifications::Table)
                    .add_column(integer_null(Notifications::DigestId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_notifications_mail",
                Notifications::Table,
                Notifications::Mail,
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_notifications_mail")
                    .table(Notifications::Table)
                    .to_owned(),
            )
            .await?;
        for column in [Notifications::DigestId, Notifications::Mail] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Notifications::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for table in [
            MailDigestRuns::Table.into_iden(),
            MailOutbox::Table.into_iden(),
            NotificationPreferences::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
