//! Benchmarking: one organisation's assessment per round, a level 0–3 per key actor ×
//! dimension with achievements, needs and gaps, and the thematic areas it marks as a need.

use chrono::NaiveDate;
use serde::Serialize;

use crate::codes::codes;
use crate::working_group::parse_title;
use crate::{
    BenchmarkId, BenchmarkRoundId, Membership, MembershipRole, OrganisationId, ThematicAreaId,
    ValidationError,
};

/// The actors a benchmark looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum KeyActor {
    /// Municipalities.
    Municipality,
    /// Chambers of commerce.
    ChamberOfCommerce,
    /// Business organisations.
    BusinessOrganisation,
    /// Immigrant organisations.
    ImmigrantOrganisation,
}

codes!(KeyActor {
    Municipality => "MUNICIPALITY",
    ChamberOfCommerce => "CHAMBER_OF_COMMERCE",
    BusinessOrganisation => "BUSINESS_ORGANISATION",
    ImmigrantOrganisation => "IMMIGRANT_ORGANISATION",
});

/// The dimensions each key actor is assessed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Dimension {
    /// Mapping and needs assessment.
    MappingAndNeedsAssessment,
    /// Leadership and inter-departmental work.
    LeadershipAndInterdepartmentalWork,
    /// Support services.
    SupportServices,
    /// Cooperation with external stakeholders.
    CooperationWithExternalStakeholders,
    /// Membership and representation.
    MembershipAndRepresentation,
    /// Recognition and evaluation.
    RecognitionAndEvaluation,
    /// Inclusive procurement.
    InclusiveProcurement,
}

codes!(Dimension {
    MappingAndNeedsAssessment => "MAPPING_AND_NEEDS_ASSESSMENT",
    LeadershipAndInterdepartmentalWork => "LEADERSHIP_AND_INTERDEPARTMENTAL_WORK",
    SupportServices => "SUPPORT_SERVICES",
    CooperationWithExternalStakeholders => "COOPERATION_WITH_EXTERNAL_STAKEHOLDERS",
    MembershipAndRepresentation => "MEMBERSHIP_AND_REPRESENTATION",
    RecognitionAndEvaluation => "RECOGNITION_AND_EVALUATION",
    InclusiveProcurement => "INCLUSIVE_PROCUREMENT",
});

/// Where a benchmark is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum BenchmarkStatus {
    /// Being written by the organisation.
    Draft,
    /// Checked by the coordinator; its needs drive mandatory memberships.
    Validated,
}

codes!(BenchmarkStatus { Draft => "DRAFT", Validated => "VALIDATED" });

/// A benchmarking round, so a later re-benchmark can be compared with the first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BenchmarkRound {
    /// Identity.
    pub id: BenchmarkRoundId,
    /// Name, e.g. "Baseline 2018".
    pub name: String,
    /// When the round took place.
    pub held_on: NaiveDate,
}

/// A benchmarking round as given, before validation.
#[derive(Clone, Debug)]
pub struct BenchmarkRoundDraft {
    /// Name, 1–200 characters.
    pub name: String,
    /// When the round takes place.
    pub held_on: NaiveDate,
}

/// A new benchmarking round, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BenchmarkRoundFields {
    /// Name, trimmed.
    pub name: String,
    /// When the round takes place.
    pub held_on: NaiveDate,
}

impl BenchmarkRoundDraft {
    /// The validated round.
    pub fn validate(self) -> Result<BenchmarkRoundFields, Vec<ValidationError>> {
        Ok(BenchmarkRoundFields {
            name: parse_title("name", &self.name).map_err(|err| vec![err])?,
            held_on: self.held_on,
        })
    }
}

/// A maturity level from 0 (nothing in place) to 3 (established practice).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Level(u8);

impl Level {
    /// Highest level.
    pub const MAX: u8 = 3;

    /// Validates a level.
    pub fn parse(raw: i32) -> Result<Self, ValidationError> {
        u8::try_from(raw)
            .ok()
            .filter(|level| *level <= Self::MAX)
            .map(Self)
            .ok_or_else(|| {
                ValidationError::new("level", "INVALID_LEVEL", "Level must be between 0 and 3.")
                    .with("min", 0)
                    .with("max", Self::MAX)
            })
    }

    /// The level as a number.
    pub fn value(self) -> u8 {
        self.0
    }
}

/// One cell of the matrix: a key actor on one dimension.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Score {
    /// Whose practice.
    pub key_actor: KeyActor,
    /// Which dimension.
    pub dimension: Dimension,
    /// Maturity, when assessed.
    pub level: Option<Level>,
    /// What works already.
    pub achievements: String,
    /// What is needed.
    pub needs: String,
    /// What is missing.
    pub gaps: String,
}

/// Longest text accepted in a score's fields.
pub const MAX_SCORE_TEXT: usize = 5_000;

impl Score {
    /// Validates a cell's texts.
    pub fn check(&self) -> Result<(), ValidationError> {
        for (field, text) in [
            ("achievements", &self.achievements),
            ("needs", &self.needs),
            ("gaps", &self.gaps),
        ] {
            if text.chars().count() > MAX_SCORE_TEXT {
                return Err(ValidationError::new(
                    field,
                    "TOO_LONG",
                    format!("{field} must be at most {MAX_SCORE_TEXT} characters."),
                )
                .with("max", MAX_SCORE_TEXT));
            }
        }
        Ok(())
    }
}

/// A cell of the matrix without its assessment: what a thematic area is measured by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct BenchmarkCell {
    /// Whose practice.
    pub key_actor: KeyActor,
    /// Which dimension.
    pub dimension: Dimension,
}

/// The cells as a set: matrix order (key actor, then dimension), each once. A list of cells
/// means "these cells", so repeating one adds nothing and is not an error.
pub fn cell_set(mut cells: Vec<BenchmarkCell>) -> Vec<BenchmarkCell> {
    cells.sort();
    cells.dedup();
    cells
}

/// One organisation's assessment in one round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Benchmark {
    /// Identity.
    pub id: BenchmarkId,
    /// Whose assessment.
    pub organisation_id: OrganisationId,
    /// Which round.
    pub round_id: BenchmarkRoundId,
    /// Draft or validated.
    pub status: BenchmarkStatus,
    /// Optimistic-concurrency version, raised by every change.
    pub version: i32,
    /// The assessed cells (cells never assessed are absent).
    pub scores: Vec<Score>,
    /// Areas the assessment marks as a need.
    pub need_area_ids: Vec<ThematicAreaId>,
}

/// One cell of the matrix as given, before validation.
#[derive(Clone, Debug)]
pub struct ScoreDraft {
    /// Whose practice.
    pub key_actor: KeyActor,
    /// Which dimension.
    pub dimension: Dimension,
    /// Maturity 0–3, when assessed.
    pub level: Option<i32>,
    /// What works already.
    pub achievements: String,
    /// What is needed.
    pub needs: String,
    /// What is missing.
    pub gaps: String,
}

impl ScoreDraft {
    fn validate(self) -> Result<Score, ValidationError> {
        Ok(Score {
            key_actor: self.key_actor,
            dimension: self.dimension,
            level: self.level.map(Level::parse).transpose()?,
            achievements: self.achievements,
            needs: self.needs,
            gaps: self.gaps,
        })
    }
}

/// The content of a benchmark as given: every assessed cell and the areas marked as a need.
#[derive(Clone, Debug, Default)]
pub struct BenchmarkDraft {
    /// Every assessed cell (cells left out are cleared).
    pub scores: Vec<ScoreDraft>,
    /// The areas marked as a need.
    pub need_area_ids: Vec<ThematicAreaId>,
}

/// The content of a benchmark, validated: cells with valid levels and texts, each cell
/// once; needs sorted, each once. Whether the areas exist is the service's question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BenchmarkFields {
    /// The assessed cells.
    pub scores: Vec<Score>,
    /// The areas marked as a need.
    pub need_area_ids: Vec<ThematicAreaId>,
}

impl BenchmarkDraft {
    /// The validated content, or its first problem: an invalid level, then a text too long
    /// or a cell given twice.
    pub fn validate(self) -> Result<BenchmarkFields, Vec<ValidationError>> {
        let scores = self
            .scores
            .into_iter()
            .map(ScoreDraft::validate)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|err| vec![err])?;
        check_scores(&scores).map_err(|err| vec![err])?;
        let mut need_area_ids = self.need_area_ids;
        need_area_ids.sort();
        need_area_ids.dedup();
        Ok(BenchmarkFields {
            scores,
            need_area_ids,
        })
    }
}

pub use crate::working_group::learning_groups;

/// The organisations whose benchmarks a limited [`crate::policy::scopes::BenchmarkScope`]
/// covers: `own`, and the learning members among `memberships` (those of the groups the
/// scope names), sorted, each once.
pub fn readable_organisations(
    own: Option<OrganisationId>,
    memberships: &[Membership],
) -> Vec<OrganisationId> {
    let mut readable: Vec<OrganisationId> = memberships
        .iter()
        .filter(|m| m.role == MembershipRole::Learning)
        .map(|m| m.organisation_id)
        .chain(own)
        .collect();
    readable.sort();
    readable.dedup();
    readable
}

/// Checks that a set of scores names each key actor × dimension cell at most once.
pub fn check_scores(scores: &[Score]) -> Result<(), ValidationError> {
    let mut seen = std::collections::BTreeSet::new();
    for score in scores {
        score.check()?;
        if !seen.insert((score.key_actor, score.dimension)) {
            return Err(ValidationError::new(
                "scores",
                "DUPLICATE_CELL",
                format!(
                    "{} × {} is given twice.",
                    score.key_actor.code(),
                    score.dimension.code()
                ),
            )
            .with("keyActor", score.key_actor.code())
            .with("dimension", score.dimension.code()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::WorkingGroupId;

    fn score(actor: KeyActor, dimension: Dimension) -> Score {
        Score {
            key_actor: actor,
            dimension,
            level: None,
            achievements: String::new(),
            needs: String::new(),
            gaps: String::new(),
        }
    }

    #[test]
    fn levels_are_zero_to_three() {
        assert_eq!(Level::parse(0).unwrap().value(), 0);
        assert_eq!(Level::parse(3).unwrap().value(), 3);
        for bad in [-1, 4, 300] {
            assert_eq!(Level::parse(bad).unwrap_err().code, "INVALID_LEVEL");
        }
    }

    #[test]
    fn cells_are_unique_and_bounded() {
        let a = score(KeyActor::Municipality, Dimension::SupportServices);
        let b = score(KeyActor::ChamberOfCommerce, Dimension::SupportServices);
        assert!(check_scores(&[a.clone(), b]).is_ok());
        assert_eq!(
            check_scores(&[a.clone(), a.clone()]).unwrap_err().code,
            "DUPLICATE_CELL"
        );
        let mut long = a;
        long.gaps = "x".repeat(MAX_SCORE_TEXT + 1);
        assert_eq!(check_scores(&[long]).unwrap_err().code, "TOO_LONG");
    }

    #[test]
    fn drafts_check_levels_first_then_cells_and_sort_needs() {
        let cell = |level| ScoreDraft {
            key_actor: KeyActor::Municipality,
            dimension: Dimension::SupportServices,
            level,
            achievements: String::new(),
            needs: String::new(),
            gaps: String::new(),
        };
        let fields = BenchmarkDraft {
            scores: vec![cell(Some(2))],
            need_area_ids: vec![ThematicAreaId(3), ThematicAreaId(1), ThematicAreaId(3)],
        }
        .validate()
        .unwrap();
        assert_eq!(fields.need_area_ids, [ThematicAreaId(1), ThematicAreaId(3)]);
        assert_eq!(fields.scores[0].level.map(Level::value), Some(2));
        let code = |scores| {
            BenchmarkDraft {
                scores,
                need_area_ids: Vec::new(),
            }
            .validate()
            .unwrap_err()
            .iter()
            .map(|e| e.code)
            .collect::<Vec<_>>()
        };
        assert_eq!(code(vec![cell(None), cell(Some(4))]), ["INVALID_LEVEL"]);
        assert_eq!(code(vec![cell(None), cell(Some(1))]), ["DUPLICATE_CELL"]);
    }

    #[test]
    fn learners_are_read_by_their_leaders() {
        use crate::{MembershipId, Participation};
        let member = |group, org, role| Membership {
            id: MembershipId(org),
            working_group_id: WorkingGroupId(group),
            organisation_id: OrganisationId(org),
            role,
            participation: Participation::Mandatory,
            note: None,
        };
        let members = [
            member(1, 5, MembershipRole::Learning),
            member(1, 2, MembershipRole::Leading),
            member(2, 5, MembershipRole::Learning),
        ];
        assert_eq!(
            readable_organisations(Some(OrganisationId(2)), &members),
            [OrganisationId(2), OrganisationId(5)]
        );
        assert_eq!(
            learning_groups(&members),
            [WorkingGroupId(1), WorkingGroupId(2)]
        );
        assert_eq!(
            BenchmarkRoundDraft {
                name: " ".into(),
                held_on: NaiveDate::MIN,
            }
            .validate()
            .unwrap_err()[0]
                .code,
            "REQUIRED"
        );
    }

    #[test]
    fn the_matrix_is_four_by_seven() {
        assert_eq!(KeyActor::ALL.len(), 4);
        assert_eq!(Dimension::ALL.len(), 7);
    }

    #[test]
    fn cells_are_a_set_in_matrix_order() {
        let cell = |key_actor, dimension| BenchmarkCell {
            key_actor,
            dimension,
        };
        let cells = cell_set(vec![
            cell(KeyActor::ImmigrantOrganisation, Dimension::SupportServices),
            cell(KeyActor::Municipality, Dimension::InclusiveProcurement),
            cell(KeyActor::Municipality, Dimension::MappingAndNeedsAssessment),
            cell(KeyActor::ImmigrantOrganisation, Dimension::SupportServices),
        ]);
        assert_eq!(
            cells,
            [
                cell(KeyActor::Municipality, Dimension::MappingAndNeedsAssessment),
                cell(KeyActor::Municipality, Dimension::InclusiveProcurement),
                cell(KeyActor::ImmigrantOrganisation, Dimension::SupportServices),
            ]
        );
    }
}
