//! GraphQL `ProgrammePhase`.

use async_graphql::{Context, ID, Object};
use mega_domain::programme::ProgrammePhase;
use mega_domain::{Action, allows};

use super::action_plan::PartialDateScalar;
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::global_id::encode;

/// A phase of the programme, or a stage of one, with the dates the report gives.
pub struct ProgrammePhaseObject {
    /// The phase.
    pub phase: ProgrammePhase,
    /// Its stages when already loaded with it (the `programmePhases` list); loaded on
    /// demand otherwise.
    pub stages: Option<Vec<ProgrammePhase>>,
}

impl ProgrammePhaseObject {
    /// A phase whose stages are read when asked for.
    pub fn new(phase: ProgrammePhase) -> Self {
        Self {
            phase,
            stages: None,
        }
    }
}

/// A phase of the programme (benchmarking, mutual learning, action planning), or a stage of
/// one, with the dates the report gives at the precision it gives them.
#[Object(name = "ProgrammePhase")]
impl ProgrammePhaseObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.phase.id)
    }

    /// The report's number or letter for it, e.g. "2" or "3d".
    async fn reference(&self) -> Option<&str> {
        self.phase.reference.as_deref()
    }

    /// Title, as printed.
    async fn title(&self) -> &str {
        &self.phase.title
    }

    /// What happens in it.
    async fn summary(&self) -> Option<&str> {
        self.phase.summary.as_deref()
    }

    /// When it starts, to the precision known.
    async fn start(&self) -> Option<PartialDateScalar> {
        self.phase.start.map(PartialDateScalar)
    }

    /// When it ends, to the precision known.
    async fn end(&self) -> Option<PartialDateScalar> {
        self.phase.end.map(PartialDateScalar)
    }

    /// The start as the report words it, e.g. "end-September 2018".
    async fn start_text(&self) -> Option<&str> {
        self.phase.start_text.as_deref()
    }

    /// The end as the report words it.
    async fn end_text(&self) -> Option<&str> {
        self.phase.end_text.as_deref()
    }

    /// Its stages, in order (none for a stage).
    async fn stages(&self, ctx: &Context<'_>) -> ApiResult<Vec<ProgrammePhaseObject>> {
        let stages = match &self.stages {
            Some(stages) => stages.clone(),
            None => mega_persistence::programme::all(db(ctx).conn())
                .await?
                .into_iter()
                .filter(|stage| stage.parent_id == Some(self.phase.id))
                .collect(),
        };
        Ok(stages.into_iter().map(ProgrammePhaseObject::new).collect())
    }

    /// Whether the viewer may correct it (the coordinator).
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageProgramme)
    }
}
