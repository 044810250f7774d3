//! The programme's phases and stages (coordinator only).

use async_graphql::{Context, ID, InputObject, Object};
use mega_domain::ProgrammePhaseId;
use mega_domain::programme::ProgrammePhaseDraft;

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, optional_input_id, payload, settle};
use crate::services::programme as service;
use crate::types::ProgrammePhaseObject;

/// A phase's fields (all are replaced on update).
#[derive(InputObject)]
pub struct ProgrammePhaseFieldsInput {
    /// The report's number or letter for it, e.g. "2" or "3d"; at most 8 characters.
    pub reference: Option<String>,
    /// Title, 1–200 characters.
    pub title: String,
    /// What happens in it; at most 2,000 characters.
    pub summary: Option<String>,
    /// Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`INVALID_DATE`).
    pub start: Option<String>,
    /// End, as the start; not before it (`END_BEFORE_START`).
    pub end: Option<String>,
    /// The start in words, e.g. "end-September 2018"; at most 200 characters.
    pub start_text: Option<String>,
    /// The end in words; at most 200 characters.
    pub end_text: Option<String>,
}

impl From<ProgrammePhaseFieldsInput> for ProgrammePhaseDraft {
    fn from(input: ProgrammePhaseFieldsInput) -> Self {
        Self {
            reference: input.reference,
            title: input.title,
            summary: input.summary,
            start: input.start,
            end: input.end,
            start_text: input.start_text,
            end_text: input.end_text,
        }
    }
}

/// Input of `createProgrammePhase`.
#[derive(InputObject)]
pub struct CreateProgrammePhaseInput {
    /// The phase this is a stage of; none for a phase.
    pub parent_id: Option<ID>,
    /// Its fields.
    #[graphql(flatten)]
    pub phase: ProgrammePhaseFieldsInput,
}

/// Input of `updateProgrammePhase`.
#[derive(InputObject)]
pub struct UpdateProgrammePhaseInput {
    /// The phase or stage.
    pub id: ID,
    /// Its new fields.
    #[graphql(flatten)]
    pub phase: ProgrammePhaseFieldsInput,
}

payload!(
    /// Result of `createProgrammePhase` and `updateProgrammePhase`.
    ProgrammePhasePayload,
    /// The phase.
    programme_phase: ProgrammePhaseObject
);

/// Programme mutations.
#[derive(Default)]
pub struct ProgrammeMutation;

#[Object]
impl ProgrammeMutation {
    /// Adds a phase to the programme, or a stage to a phase. Coordinator only.
    async fn create_programme_phase(
        &self,
        ctx: &Context<'_>,
        input: CreateProgrammePhaseInput,
    ) -> ApiResult<ProgrammePhasePayload> {
        let result = async {
            let parent =
                optional_input_id::<ProgrammePhaseId>("parentId", input.parent_id.as_ref())?;
            service::create(db(ctx), actor(ctx), parent, input.phase.into()).await
        }
        .await;
        Ok(settle(result.map(ProgrammePhaseObject::new))?.into())
    }

    /// Corrects a phase's or stage's title, summary or dates. Coordinator only.
    async fn update_programme_phase(
        &self,
        ctx: &Context<'_>,
        input: UpdateProgrammePhaseInput,
    ) -> ApiResult<ProgrammePhasePayload> {
        let result = async {
            let id = input_id::<ProgrammePhaseId>("id", &input.id)?;
            service::update(db(ctx), actor(ctx), id, input.phase.into()).await
        }
        .await;
        Ok(settle(result.map(ProgrammePhaseObject::new))?.into())
    }
}
