//! The network: working groups, memberships, expert invitations, benchmarks and the audit log.

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::{fk, unique};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000002_network"
    }
}

#[derive(DeriveIden)]
enum WorkingGroups {
    Table,
    Id,
    Slug,
    ThematicAreaId,
    Title,
}

#[derive(DeriveIden)]
enum Memberships {
    Table,
    Id,
    WorkingGroupId,
    OrganisationId,
    Role,
    Participation,
    Note,
}

#[derive(DeriveIden)]
enum ExpertInvitations {
    Table,
    Id,
    WorkingGroupId,
    UserId,
}

#[derive(DeriveIden)]
enum BenchmarkRounds {
    Table,
    Id,
    Name,
    HeldOn,
}

#[derive(DeriveIden)]
enum Benchmarks {
    Table,
    Id,
    OrganisationId,
    RoundId,
    Status,
    Version,
    ValidatedAt,
    ValidatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum BenchmarkScores {
    Table,
    Id,
    BenchmarkId,
    KeyActor,
    Dimension,
    Level,
    Achievements,
    Needs,
    Gaps,
}

#[derive(DeriveIden)]
enum BenchmarkNeeds {
    Table,
    Id,
    BenchmarkId,
    ThematicAreaId,
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    ActorId,
    Action,
    EntityType,
    EntityId,
    Before,
    After,
    At,
}

#[derive(DeriveIden)]
enum ThematicAreas {
    Table,
    Id,
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
                    .table(WorkingGroups::Table)
                    .col(pk_auto(WorkingGroups::Id))
                    .col(string_uniq(WorkingGroups::Slug))
                    .col(integer_uniq(WorkingGroups::ThematicAreaId))
                    .col(string(WorkingGroups::Title))
                    .foreign_key(&mut fk(
                        (WorkingGroups::Table, WorkingGroups::ThematicAreaId),
                        (ThematicAreas::Table, ThematicAreas::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Memberships::Table)
                    .col(pk_auto(Memberships::Id))
                    .col(integer(Memberships::WorkingGroupId))
                    .col(integer(Memberships::OrganisationId))
                    .col(string(Memberships::Role))
                    .col(string(Memberships::Participation))
                    .col(text_null(Memberships::Note))
                    .foreign_key(&mut fk(
                        (Memberships::Table, Memberships::WorkingGroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                    ))
                    .foreign_key(&mut fk(
                        (Memberships::Table, Memberships::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_memberships_group_organisation",
                Memberships::Table,
                vec![
                    Memberships::WorkingGroupId.into_iden(),
                    Memberships::OrganisationId.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ExpertInvitations::Table)
                    .col(pk_auto(ExpertInvitations::Id))
                    .col(integer(ExpertInvitations::WorkingGroupId))
                    .col(integer(ExpertInvitations::UserId))
                    .foreign_key(&mut fk(
                        (ExpertInvitations::Table, ExpertInvitations::WorkingGroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                    ))
                    .foreign_key(&mut fk(
                        (ExpertInvitations::Table, ExpertInvitations::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_expert_invitations_group_user",
                ExpertInvitations::Table,
                vec![
                    ExpertInvitations::WorkingGroupId.into_iden(),
                    ExpertInvitations::UserId.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BenchmarkRounds::Table)
                    .col(pk_auto(BenchmarkRounds::Id))
                    .col(string_uniq(BenchmarkRounds::Name))
                    .col(date(BenchmarkRounds::HeldOn))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Benchmarks::Table)
                    .col(pk_auto(Benchmarks::Id))
                    .col(integer(Benchmarks::OrganisationId))
                    .col(integer(Benchmarks::RoundId))
                    .col(string(Benchmarks::Status))
                    .col(integer(Benchmarks::Version))
                    .col(timestamp_with_time_zone_null(Benchmarks::ValidatedAt))
                    .col(integer_null(Benchmarks::ValidatedBy))
                    .col(timestamp_with_time_zone(Benchmarks::CreatedAt))
                    .col(timestamp_with_time_zone(Benchmarks::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Benchmarks::Table, Benchmarks::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .foreign_key(&mut fk(
                        (Benchmarks::Table, Benchmarks::RoundId),
                        (BenchmarkRounds::Table, BenchmarkRounds::Id),
                    ))
                    .foreign_key(&mut fk(
                        (Benchmarks::Table, Benchmarks::ValidatedBy),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_benchmarks_organisation_round",
                Benchmarks::Table,
                vec![
                    Benchmarks::OrganisationId.into_iden(),
                    Benchmarks::RoundId.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BenchmarkScores::Table)
                    .col(pk_auto(BenchmarkScores::Id))
                    .col(integer(BenchmarkScores::BenchmarkId))
                    .col(string(BenchmarkScores::KeyActor))
                    .col(string(BenchmarkScores::Dimension))
                    .col(integer_null(BenchmarkScores::Level))
                    .col(text(BenchmarkScores::Achievements))
                    .col(text(BenchmarkScores::Needs))
                    .col(text(BenchmarkScores::Gaps))
                    .foreign_key(
                        &mut fk(
                            (BenchmarkScores::Table, BenchmarkScores::BenchmarkId),
                            (Benchmarks::Table, Benchmarks::Id),
                        )
                        .on_delete(ForeignKeyAction::Cascade)
                        .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_benchmark_scores_cell",
                BenchmarkScores::Table,
                vec![
                    BenchmarkScores::BenchmarkId.into_iden(),
                    BenchmarkScores::KeyActor.into_iden(),
                    BenchmarkScores::Dimension.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BenchmarkNeeds::Table)
                    .col(pk_auto(BenchmarkNeeds::Id))
                    .col(integer(BenchmarkNeeds::BenchmarkId))
                    .col(integer(BenchmarkNeeds::ThematicAreaId))
                    .foreign_key(
                        &mut fk(
                            (BenchmarkNeeds::Table, BenchmarkNeeds::BenchmarkId),
                            (Benchmarks::Table, Benchmarks::Id),
                        )
                        .on_delete(ForeignKeyAction::Cascade)
                        .to_owned(),
                    )
                    .foreign_key(&mut fk(
                        (BenchmarkNeeds::Table, BenchmarkNeeds::ThematicAreaId),
                        (ThematicAreas::Table, ThematicAreas::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_benchmark_needs_area",
                BenchmarkNeeds::Table,
                vec![
                    BenchmarkNeeds::BenchmarkId.into_iden(),
                    BenchmarkNeeds::ThematicAreaId.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditEvents::Table)
                    .col(pk_auto(AuditEvents::Id))
                    .col(integer_null(AuditEvents::ActorId))
                    .col(string(AuditEvents::Action))
                    .col(string(AuditEvents::EntityType))
                    .col(integer(AuditEvents::EntityId))
                    .col(text_null(AuditEvents::Before))
                    .col(text_null(AuditEvents::After))
                    .col(timestamp_with_time_zone(AuditEvents::At))
                    .foreign_key(&mut fk(
                        (AuditEvents::Table, AuditEvents::ActorId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_events_entity")
                    .table(AuditEvents::Table)
                    .col(AuditEvents::EntityType)
                    .col(AuditEvents::EntityId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditEvents::Table.into_iden(),
            BenchmarkNeeds::Table.into_iden(),
            BenchmarkScores::Table.into_iden(),
            Benchmarks::Table.into_iden(),
            BenchmarkRounds::Table.into_iden(),
            ExpertInvitations::Table.into_iden(),
            Memberships::Table.into_iden(),
            WorkingGroups::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
