//! Implementation monitoring: coordination calls per working group (participants and
//! decisions as JSON lists), progress reports on plan steps, and feedback on reports.

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::{cascade, index, set_null};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261129_000008_monitoring"
    }
}

#[derive(DeriveIden)]
enum CoordinationCalls {
    Table,
    Id,
    WorkingGroupId,
    HeldOn,
    FacilitatorId,
    ParticipantIds,
    Agenda,
    Notes,
    Decisions,
    SeriesId,
    Version,
    Generated,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ProgressReports {
    Table,
    Id,
    StepId,
    PlanId,
    OrganisationId,
    CallId,
    Status,
    PercentComplete,
    Narrative,
    EvidenceLinks,
    AuthorId,
    CreatedAt,
    Generated,
}

#[derive(DeriveIden)]
enum Feedback {
    Table,
    ProgressReportId,
}

#[derive(DeriveIden)]
enum WorkingGroups {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ActionSteps {
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
                    .table(CoordinationCalls::Table)
                    .col(pk_auto(CoordinationCalls::Id))
                    .col(integer(CoordinationCalls::WorkingGroupId))
                    .col(date(CoordinationCalls::HeldOn))
                    .col(integer_null(CoordinationCalls::FacilitatorId))
                    .col(text(CoordinationCalls::ParticipantIds))
                    .col(text_null(CoordinationCalls::Agenda))
                    .col(text_null(CoordinationCalls::Notes))
                    .col(text(CoordinationCalls::Decisions))
                    .col(string_len_null(CoordinationCalls::SeriesId, 40))
                    .col(integer(CoordinationCalls::Version))
                    .col(boolean(CoordinationCalls::Generated))
                    .col(timestamp_with_time_zone(CoordinationCalls::CreatedAt))
                    .foreign_key(&mut cascade(
                        (CoordinationCalls::Table, CoordinationCalls::WorkingGroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (CoordinationCalls::Table, CoordinationCalls::FacilitatorId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_coordination_calls_group_held")
                    .table(CoordinationCalls::Table)
                    .col(CoordinationCalls::WorkingGroupId)
                    .col(CoordinationCalls::HeldOn)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProgressReports::Table)
                    .col(pk_auto(ProgressReports::Id))
                    .col(integer(ProgressReports::StepId))
                    .col(integer(ProgressReports::PlanId))
                    .col(integer(ProgressReports::OrganisationId))
                    .col(integer_null(ProgressReports::CallId))
                    .col(string_len(ProgressReports::Status, 20))
                    .col(integer(ProgressReports::PercentComplete))
                    .col(text_null(ProgressReports::Narrative))
                    .col(text(ProgressReports::EvidenceLinks))
                    .col(integer_null(ProgressReports::AuthorId))
                    .col(timestamp_with_time_zone(ProgressReports::CreatedAt))
                    .col(boolean(ProgressReports::Generated))
                    .foreign_key(&mut cascade(
                        (ProgressReports::Table, ProgressReports::StepId),
                        (ActionSteps::Table, ActionSteps::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (ProgressReports::Table, ProgressReports::CallId),
                        (CoordinationCalls::Table, CoordinationCalls::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (ProgressReports::Table, ProgressReports::AuthorId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_progress_reports_step", ProgressReports::StepId),
            ("idx_progress_reports_plan", ProgressReports::PlanId),
            ("idx_progress_reports_call", ProgressReports::CallId),
        ] {
            manager
                .create_index(index(name, ProgressReports::Table, column))
                .await?;
        }
        // No foreign key (SQLite cannot add one to an existing table): the repository deletes
        // a report's feedback with the report.
        manager
            .alter_table(
                Table::alter()
                    .table(Feedback::Table)
                    .add_column(integer_null(Feedback::ProgressReportId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_feedback_progress_report",
                Feedback::Table,
                Feedback::ProgressReportId,
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_feedback_progress_report")
                    .table(Feedback::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Feedback::Table)
                    .drop_column(Feedback::ProgressReportId)
                    .to_owned(),
            )
            .await?;
        for table in [
            ProgressReports::Table.into_iden(),
            CoordinationCalls::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
