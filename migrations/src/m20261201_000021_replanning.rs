//! Re-planning agreed plans: the change history (dates moved, steps added or removed, each
//! with its reason; baselines set) and numbered baselines, each a snapshot of every step's
//! dates. Step ids are kept without a foreign key so the history outlives removed steps. Plans
//! adopted before this migration get their frozen step baselines as baseline 1.

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::{cascade, index, set_null};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261201_000021_replanning"
    }
}

#[derive(DeriveIden)]
enum PlanChanges {
    Table,
    Id,
    ActionPlanId,
    Kind,
    StepId,
    StepTitle,
    PreviousStart,
    PreviousEnd,
    NewStart,
    NewEnd,
    BaselineNumber,
    Reason,
    ChangedBy,
    ChangedAt,
}

#[derive(DeriveIden)]
enum PlanBaselines {
    Table,
    Id,
    ActionPlanId,
    Number,
    Note,
    SetBy,
    SetAt,
}

#[derive(DeriveIden)]
enum PlanBaselineSteps {
    Table,
    Id,
    BaselineId,
    StepId,
    Title,
    StartDate,
    EndDate,
}

#[derive(DeriveIden)]
enum ActionPlans {
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
                    .table(PlanChanges::Table)
                    .col(pk_auto(PlanChanges::Id))
                    .col(integer(PlanChanges::ActionPlanId))
                    .col(string_len(PlanChanges::Kind, 32))
                    .col(integer_null(PlanChanges::StepId))
                    .col(text_null(PlanChanges::StepTitle))
                    .col(string_len_null(PlanChanges::PreviousStart, 10))
                    .col(string_len_null(PlanChanges::PreviousEnd, 10))
                    .col(string_len_null(PlanChanges::NewStart, 10))
                    .col(string_len_null(PlanChanges::NewEnd, 10))
                    .col(integer_null(PlanChanges::BaselineNumber))
                    .col(text_null(PlanChanges::Reason))
                    .col(integer_null(PlanChanges::ChangedBy))
                    .col(timestamp_with_time_zone(PlanChanges::ChangedAt))
                    .foreign_key(&mut cascade(
                        (PlanChanges::Table, PlanChanges::ActionPlanId),
                        (ActionPlans::Table, ActionPlans::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (PlanChanges::Table, PlanChanges::ChangedBy),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_plan_changes_plan",
                PlanChanges::Table,
                PlanChanges::ActionPlanId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PlanBaselines::Table)
                    .col(pk_auto(PlanBaselines::Id))
                    .col(integer(PlanBaselines::ActionPlanId))
                    .col(integer(PlanBaselines::Number))
                    .col(text_null(PlanBaselines::Note))
                    .col(integer_null(PlanBaselines::SetBy))
                    .col(timestamp_with_time_zone(PlanBaselines::SetAt))
                    .foreign_key(&mut cascade(
                        (PlanBaselines::Table, PlanBaselines::ActionPlanId),
                        (ActionPlans::Table, ActionPlans::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (PlanBaselines::Table, PlanBaselines::SetBy),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_plan_baselines_plan_number")
                    .table(PlanBaselines::Table)
                    .col(PlanBaselines::ActionPlanId)
                    .col(PlanBaselines::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PlanBaselineSteps::Table)
                    .col(pk_auto(PlanBaselineSteps::Id))
                    .col(integer(PlanBaselineSteps::BaselineId))
                    .col(integer_null(PlanBaselineSteps::StepId))
                    .col(text(PlanBaselineSteps::Title))
                    .col(string_len_null(PlanBaselineSteps::StartDate, 10))
                    .col(string_len_null(PlanBaselineSteps::EndDate, 10))
                    .foreign_key(&mut cascade(
                        (PlanBaselineSteps::Table, PlanBaselineSteps::BaselineId),
                        (PlanBaselines::Table, PlanBaselines::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_plan_baseline_steps_baseline",
                PlanBaselineSteps::Table,
                PlanBaselineSteps::BaselineId,
            ))
            .await?;
        // Plans frozen before versioned baselines: their step baselines become baseline 1.
        let db = manager.get_connection();
        db.execute_unprepared(
            "INSERT INTO plan_baselines (action_plan_id, number, set_at) \
             SELECT DISTINCT a.action_plan_id, 1, CURRENT_TIMESTAMP \
             FROM action_steps s JOIN plan_actions a ON a.id = s.action_id \
             WHERE s.baseline_start IS NOT NULL OR s.baseline_end IS NOT NULL",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO plan_baseline_steps (baseline_id, step_id, title, start_date, end_date) \
             SELECT b.id, s.id, s.title, s.baseline_start, s.baseline_end \
             FROM action_steps s JOIN plan_actions a ON a.id = s.action_id \
             JOIN plan_baselines b ON b.action_plan_id = a.action_plan_id",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            PlanBaselineSteps::Table.into_iden(),
            PlanBaselines::Table.into_iden(),
            PlanChanges::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
