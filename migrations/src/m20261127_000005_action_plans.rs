//! Action planning: one plan per organisation with its stage history, its actions
//! (objectives) and their steps (which nest one level); feedback can target a plan or an
//! action.

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::{cascade, fk, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000005_action_plans"
    }
}

#[derive(DeriveIden)]
enum ActionPlans {
    Table,
    Id,
    OrganisationId,
    Stage,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ActionPlanStageChanges {
    Table,
    Id,
    ActionPlanId,
    FromStage,
    ToStage,
    ChangedBy,
    ChangedAt,
    Comment,
}

#[derive(DeriveIden)]
enum PlanActions {
    Table,
    Id,
    ActionPlanId,
    Reference,
    Title,
    ThematicAreaId,
    Origin,
    ProposedActionId,
    Position,
    Version,
}

#[derive(DeriveIden)]
enum ActionSteps {
    Table,
    Id,
    ActionId,
    ParentId,
    Reference,
    Title,
    Stakeholders,
    StakeholdersText,
    SuccessFactors,
    SuccessFactorsText,
    StartDate,
    EndDate,
    StartText,
    EndText,
    BaselineStart,
    BaselineEnd,
    Position,
    Version,
}

#[derive(DeriveIden)]
enum Feedback {
    Table,
    ActionPlanId,
    ActionId,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ThematicAreas {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ProposedActions {
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
                    .table(ActionPlans::Table)
                    .col(pk_auto(ActionPlans::Id))
                    .col(integer_uniq(ActionPlans::OrganisationId))
                    .col(string(ActionPlans::Stage))
                    .col(integer(ActionPlans::Version))
                    .col(timestamp_with_time_zone(ActionPlans::CreatedAt))
                    .col(timestamp_with_time_zone(ActionPlans::UpdatedAt))
                    .foreign_key(&mut fk(
                        (ActionPlans::Table, ActionPlans::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ActionPlanStageChanges::Table)
                    .col(pk_auto(ActionPlanStageChanges::Id))
                    .col(integer(ActionPlanStageChanges::ActionPlanId))
                    .col(string_null(ActionPlanStageChanges::FromStage))
                    .col(string(ActionPlanStageChanges::ToStage))
                    .col(integer_null(ActionPlanStageChanges::ChangedBy))
                    .col(timestamp_with_time_zone(ActionPlanStageChanges::ChangedAt))
                    .col(text_null(ActionPlanStageChanges::Comment))
                    .foreign_key(&mut cascade(
                        (
                            ActionPlanStageChanges::Table,
                            ActionPlanStageChanges::ActionPlanId,
                        ),
                        (ActionPlans::Table, ActionPlans::Id),
                    ))
                    .foreign_key(&mut fk(
                        (
                            ActionPlanStageChanges::Table,
                            ActionPlanStageChanges::ChangedBy,
                        ),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_action_plan_stage_changes_plan",
                ActionPlanStageChanges::Table,
                ActionPlanStageChanges::ActionPlanId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PlanActions::Table)
                    .col(pk_auto(PlanActions::Id))
                    .col(integer(PlanActions::ActionPlanId))
                    .col(string_null(PlanActions::Reference))
                    .col(text_null(PlanActions::Title))
                    .col(integer_null(PlanActions::ThematicAreaId))
                    .col(string(PlanActions::Origin))
                    .col(integer_null(PlanActions::ProposedActionId))
                    .col(integer(PlanActions::Position))
                    .col(integer(PlanActions::Version))
                    .foreign_key(&mut cascade(
                        (PlanActions::Table, PlanActions::ActionPlanId),
                        (ActionPlans::Table, ActionPlans::Id),
                    ))
                    .foreign_key(&mut fk(
                        (PlanActions::Table, PlanActions::ThematicAreaId),
                        (ThematicAreas::Table, ThematicAreas::Id),
                    ))
                    .foreign_key(&mut fk(
                        (PlanActions::Table, PlanActions::ProposedActionId),
                        (ProposedActions::Table, ProposedActions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_plan_actions_plan",
                PlanActions::Table,
                PlanActions::ActionPlanId,
            ))
            .await?;
        // Dates are the canonical PartialDate strings (YYYY, YYYY-MM, YYYY-MM-DD), so the
        // precision survives on both engines.
        manager
            .create_table(
                Table::create()
                    .table(ActionSteps::Table)
                    .col(pk_auto(ActionSteps::Id))
                    .col(integer(ActionSteps::ActionId))
                    .col(integer_null(ActionSteps::ParentId))
                    .col(string_null(ActionSteps::Reference))
                    .col(text(ActionSteps::Title))
                    .col(text(ActionSteps::Stakeholders))
                    .col(text_null(ActionSteps::StakeholdersText))
                    .col(text(ActionSteps::SuccessFactors))
                    .col(text_null(ActionSteps::SuccessFactorsText))
                    .col(string_null(ActionSteps::StartDate))
                    .col(string_null(ActionSteps::EndDate))
                    .col(string_null(ActionSteps::StartText))
                    .col(string_null(ActionSteps::EndText))
                    .col(string_null(ActionSteps::BaselineStart))
                    .col(string_null(ActionSteps::BaselineEnd))
                    .col(integer(ActionSteps::Position))
                    .col(integer(ActionSteps::Version))
                    .foreign_key(&mut cascade(
                        (ActionSteps::Table, ActionSteps::ActionId),
                        (PlanActions::Table, PlanActions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (ActionSteps::Table, ActionSteps::ParentId),
                        (ActionSteps::Table, ActionSteps::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_action_steps_action",
                ActionSteps::Table,
                ActionSteps::ActionId,
            ))
            .await?;
        // Feedback on a plan or an action: nullable columns next to `proposed_action_id`
        // (exactly one is set). SQLite cannot add a foreign key to an existing table, so the
        // repository deletes an action's feedback with the action.
        for column in [Feedback::ActionPlanId, Feedback::ActionId] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Feedback::Table)
                        .add_column(integer_null(column))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(index(
                "idx_feedback_action_plan",
                Feedback::Table,
                Feedback::ActionPlanId,
            ))
            .await?;
        manager
            .create_index(index(
                "idx_feedback_action",
                Feedback::Table,
                Feedback::ActionId,
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Feedback::ActionPlanId, Feedback::ActionId] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Feedback::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for table in [
            ActionSteps::Table.into_iden(),
            PlanActions::Table.into_iden(),
            ActionPlanStageChanges::Table.into_iden(),
            ActionPlans::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
