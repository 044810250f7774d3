//! Generated demo content the report does not print, each piece labelled as such: benchmark
//! levels for every cell, so the matrix, the comparison and the coordinator's chart show
//! something; the benchmark cells that measure each thematic area, so a journey shows a level
//! per need; and one webinar per working group in the week the report gives, on
//! reconstructed days.

use chrono::{NaiveDate, TimeZone, Utc};
use mega_domain::PageRequest;
use mega_domain::benchmark::{BenchmarkCell, Dimension, KeyActor, Level, Score};
use mega_domain::webinar::WebinarFields;
use mega_persistence::{ConnectionTrait, good_practices, thematic_areas, webinars, working_groups};

use super::implementation::MARK;
use crate::error::ApiError;

/// What each generated cell says, besides its level.
const SCORE_NOTE: &str =
    "Generated demo data (not from the report): the 2018 report prints no benchmark levels.";

/// A level for every cell of an organisation's generated benchmark: leading members start a
/// step higher than organisations that only learn, and the cells vary deterministically
/// around that (the same demo every time).
pub fn generated_scores(slug: &str, leads: bool) -> Result<Vec<Score>, ApiError> {
    let seed = slug
        .bytes()
        .fold(0usize, |sum, byte| (sum * 31 + usize::from(byte)) % 97);
    let base = if leads { 2 } else { 1 };
    let mut scores = Vec::new();
    for (a, key_actor) in KeyActor::ALL.iter().enumerate() {
        for (d, dimension) in Dimension::ALL.iter().enumerate() {
            let wobble = (seed + a * 2 + d) % 3; // 0, 1 or 2: one below, at or above
            let level = (base + wobble)
                .saturating_sub(1)
                .min(usize::from(Level::MAX));
            let level = Level::parse(i32::try_from(level).unwrap_or(0))?;
            scores.push(Score {
                key_actor: *key_actor,
                dimension: *dimension,
                level: Some(level),
                achievements: SCORE_NOTE.to_owned(),
                needs: String::new(),
                gaps: String::new(),
            });
        }
    }
    Ok(scores)
}

/// The demo's own reading of which cells measure each area (the report relates the areas to
/// the benchmark's findings only in general: "on the basis of the findings of the benchmark
/// and MEGA cities/regions' needs"), taken from each area's printed description: city
/// leadership is the municipality's agenda, resources and support structures; outreach is
/// immigrant organisations' services and representation, and the municipality's cooperation
/// with them; the chambers' role is the chambers' own row; procurement is every actor's
/// inclusive procurement. A coordinator changes it on the area's form.
const AREA_CELLS: &[(&str, &[(KeyActor, Dimension)])] = {
    use Dimension::*;
    use KeyActor::*;
    &[
        (
            "city-leadership",
            &[
                (Municipality, MappingAndNeedsAssessment),
                (Municipality, LeadershipAndInterdepartmentalWork),
                (Municipality, SupportServices),
                (Municipality, RecognitionAndEvaluation),
            ],
        ),
        (
            "outreach-and-empowerment",
            &[
                (Municipality, CooperationWithExternalStakeholders),
                (ImmigrantOrganisation, SupportServices),
                (ImmigrantOrganisation, CooperationWithExternalStakeholders),
                (ImmigrantOrganisation, MembershipAndRepresentation),
            ],
        ),
        (
            "proactive-role-of-chambers",
            &[
                (ChamberOfCommerce, MappingAndNeedsAssessment),
                (ChamberOfCommerce, LeadershipAndInterdepartmentalWork),
                (ChamberOfCommerce, SupportServices),
                (ChamberOfCommerce, MembershipAndRepresentation),
            ],
        ),
        (
            "socially-responsible-procurement",
            &[
                (Municipality, InclusiveProcurement),
                (ChamberOfCommerce, InclusiveProcurement),
                (BusinessOrganisation, InclusiveProcurement),
                (ImmigrantOrganisation, InclusiveProcurement),
            ],
        ),
    ]
};

/// Sets [`AREA_CELLS`] on the dataset's areas (an area the dataset lacks is skipped).
pub async fn map_area_cells(conn: &impl ConnectionTrait) -> Result<(), ApiError> {
    for (slug, cells) in AREA_CELLS {
        let Some(area) = thematic_areas::id_by_slug(conn, slug).await? else {
            continue;
        };
        let cells: Vec<_> = cells
            .iter()
            .map(|&(key_actor, dimension)| BenchmarkCell {
                key_actor,
                dimension,
            })
            .collect();
        thematic_areas::set_benchmark_cells(conn, area, &cells).await?;
    }
    Ok(())
}

/// One webinar per working group. The report says only that "webinars have been held in the
/// week 5-10 November 2018", the leading cities presenting good practices on the topic and
/// MPG recording them; the day and hour are reconstructed (group n on 5 + n − 1 November,
/// 10:00 Brussels time) and the title says so. Presenters are the group's leading members,
/// the practices shown those of its area; no recording link or attendance is invented.
pub async fn generate_webinars(conn: &impl ConnectionTrait) -> Result<(), ApiError> {
    let everything = PageRequest {
        offset: 0,
        limit: 100,
    };
    let groups = working_groups::page(conn, everything).await?.items;
    let ids: Vec<_> = groups.iter().map(|group| group.id).collect();
    let memberships = working_groups::memberships_of_groups(conn, &ids).await?;
    for (day, group) in (5..).zip(&groups) {
        // 10:00 in Brussels is 09:00 UTC in November (CET, before any summer time).
        let date = NaiveDate::from_ymd_opt(2018, 11, day)
            .and_then(|date| date.and_hms_opt(9, 0, 0))
            .ok_or_else(|| ApiError::Internal("demo data: webinar date".into()))?;
        let starts_at = Utc.from_utc_datetime(&date);
        let presenters = memberships
            .iter()
            .filter(|m| m.working_group_id == group.id && !m.is_learning())
            .map(|m| m.organisation_id)
            .collect();
        let practices = good_practices::page(conn, None, Some(group.thematic_area_id), everything)
            .await?
            .items
            .into_iter()
            .map(|practice| practice.id)
            .take(10)
            .collect();
        webinars::create(
            conn,
            WebinarFields {
                working_group_id: group.id,
                title: format!(
                    "{} webinar (day reconstructed: the report gives the week of 5–10 November 2018; {MARK})",
                    group.title
                ),
                starts_at,
                time_zone: "Europe/Brussels".to_owned(),
                presenter_ids: presenters,
                recording_url: None,
                good_practice_ids: practices,
                attendance: None,
            },
        )
        .await?;
    }
    Ok(())
}
