//! `mega generate --scale N`: a synthetic network N times the size of the 2018 one, for
//! benchmarks. Each of the N **cohorts** has the demo's shape — 5 territories, 25
//! organisations (6 of them partners), 4 thematic areas with a working group each, 16
//! memberships, a validated benchmark per partner, a plan per partner with 2–3 actions of 3–4
//! steps (some with a sub-step), a year of coordination calls, progress reports at those calls
//! and leading members' feedback.
//!
//! **Generated, not real**: every slug starts with `gen`, every name says "Generated", every
//! text carries [`MARK`], calls and reports are flagged `generated` like the demo's generated
//! implementation period, and the generated accounts are inactive (nobody signs in as them).
//!
//! Deterministic: the same seed, scale and day give the same rows (a small SplitMix64, so no
//! dependency decides the output).

use chrono::{DateTime, Months, NaiveDate, TimeZone, Utc};
use mega_domain::action_plan::{
    ActionFields, ActionOrigin, NewAction, PlanStage, Stakeholder, StepFields,
};
use mega_domain::monitoring::{CoordinationCallFields, StepStatus};
use mega_domain::partial_date::PartialDate;
use mega_domain::{
    BenchmarkRoundId, Dimension, FeedbackKind, FeedbackTarget, GlobalRole, KeyActor, Level,
    MembershipRole, OrganisationId, OrganisationKind, Participation, Score, ThematicAreaId, UserId,
    WorkingGroupId,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, TransactionTrait,
};

use crate::action_plans as plans;
use crate::entities::{membership, organisation, territory, thematic_area, user, working_group};
use crate::error::{PersistenceError, Result};
use crate::monitoring::{self, NewReport};
use crate::{benchmarks, feedback};

/// Marks every generated text.
pub const MARK: &str = "Generated benchmark data (not from the report)";

/// The seed `mega generate` uses unless told otherwise.
pub const DEFAULT_SEED: u64 = 2018;

/// Slug prefix of every generated territory, organisation, area and group.
pub const SLUG_PREFIX: &str = "gen";

/// Per cohort: the demo's 5 territories, 25 organisations, 6 partners, 4 areas and groups.
pub const TERRITORIES: usize = 5;
/// Organisations per cohort.
pub const ORGANISATIONS: usize = 25;
/// Partner organisations per cohort (each with a plan, a benchmark and an account).
pub const PARTNERS: usize = 6;
/// Thematic areas (and working groups) per cohort.
pub const AREAS: usize = 4;
/// Members per working group: one leading, three learning.
pub const MEMBERS_PER_GROUP: usize = 4;
/// Coordination calls per group: four held every four months over the last year, one
/// scheduled.
pub const CALLS_PER_GROUP: usize = 5;

/// What a generation wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GenerateReport {
    /// Cohorts (copies of the network's shape).
    pub cohorts: usize,
    /// Territories.
    pub territories: usize,
    /// Organisations.
    pub organisations: usize,
    /// Thematic areas.
    pub thematic_areas: usize,
    /// Working groups.
    pub working_groups: usize,
    /// Memberships.
    pub memberships: usize,
    /// Accounts (inactive).
    pub users: usize,
    /// Benchmarks (validated).
    pub benchmarks: usize,
    /// Action plans.
    pub action_plans: usize,
    /// Actions.
    pub plan_actions: usize,
    /// Top-level steps.
    pub action_steps: usize,
    /// Sub-steps.
    pub action_sub_steps: usize,
    /// Coordination calls.
    pub coordination_calls: usize,
    /// Progress reports.
    pub progress_reports: usize,
    /// Feedback on plans and reports.
    pub feedback: usize,
}

/// SplitMix64: tiny, fast, and stable across versions of anything else.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, cohort: usize) -> Self {
        Self(seed ^ (cohort as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    /// True with probability `percent` %.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

fn i32_of(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

fn noon(day: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(12, 0, 0).unwrap_or_default())
}

fn months_from(day: NaiveDate, months: i32) -> NaiveDate {
    let delta = Months::new(months.unsigned_abs());
    if months >= 0 {
        day.checked_add_months(delta)
    } else {
        day.checked_sub_months(delta)
    }
    .unwrap_or(day)
}

/// Whether this database holds generated data already.
pub async fn is_generated(conn: &impl ConnectionTrait) -> Result<bool> {
    Ok(territory::Entity::find()
        .filter(territory::Column::Slug.starts_with(format!("{SLUG_PREFIX}1-")))
        .count(conn)
        .await?
        > 0)
}

/// Writes `scale` cohorts in one transaction (all or nothing). Dates are anchored to
/// `today` like the demo's implementation period: plans started a year and a half ago, calls
/// were held over the last year. Refuses a database that holds generated data already.
pub async fn generate(
    conn: &DatabaseConnection,
    scale: u32,
    seed: u64,
    today: NaiveDate,
) -> Result<GenerateReport> {
    if is_generated(conn).await? {
        return Err(PersistenceError::Conflict);
    }
    let txn = conn.begin().await?;
    let mut report = GenerateReport::default();
    for cohort in 1..=usize::try_from(scale).unwrap_or(0) {
        generate_cohort(
            &txn,
            cohort,
            &mut Rng::new(seed, cohort),
            today,
            &mut report,
        )
        .await?;
        report.cohorts += 1;
    }
    txn.commit().await?;
    // Fresh statistics: without them PostgreSQL plans the dashboards' aggregates over the
    // new rows as if the tables were empty (8 s per request instead of 0.15 s at ×100,
    // measured).
    conn.execute_unprepared("ANALYZE").await?;
    Ok(report)
}

const KINDS: [OrganisationKind; 6] = [
    OrganisationKind::Municipality,
    OrganisationKind::ChamberOfCommerce,
    OrganisationKind::BusinessOrganisation,
    OrganisationKind::ImmigrantOrganisation,
    OrganisationKind::Ngo,
    OrganisationKind::DevelopmentAgency,
];

const COUNTRIES: [&str; TERRITORIES] = ["DE", "IT", "FR", "ES", "GB"];

/// The network of one cohort: ids of what the plans and calls refer to.
struct Network {
    partners: Vec<OrganisationId>,
    users: Vec<UserId>,
    areas: Vec<ThematicAreaId>,
    groups: Vec<WorkingGroupId>,
}

impl Network {
    /// Partner index of group `g`'s leading member and of its learning members.
    fn leading(g: usize) -> usize {
        g
    }

    fn learning(g: usize) -> [usize; 3] {
        [(g + 1) % PARTNERS, (g + 2) % PARTNERS, (g + 3) % PARTNERS]
    }

    /// Groups where partner `p` learns.
    fn learning_groups(p: usize) -> Vec<usize> {
        (0..AREAS)
            .filter(|g| Self::learning(*g).contains(&p))
            .collect()
    }
}

async fn generate_network(
    conn: &impl ConnectionTrait,
    cohort: usize,
    rng: &mut Rng,
    report: &mut GenerateReport,
) -> Result<Network> {
    let mut territories = Vec::with_capacity(TERRITORIES);
    for (t, country) in COUNTRIES.iter().enumerate() {
        let row = territory::ActiveModel {
            slug: Set(format!("{SLUG_PREFIX}{cohort}-t{t}")),
            name: Set(format!("Generated territory {cohort}.{t}")),
            country: Set((*country).to_owned()),
            ..Default::default()
        };
        territories.push(
            territory::Entity::insert(row)
                .exec(conn)
                .await?
                .last_insert_id,
        );
        report.territories += 1;
    }
    let mut partners = Vec::with_capacity(PARTNERS);
    for o in 0..ORGANISATIONS {
        let kind = if o < PARTNERS {
            KINDS[o % KINDS.len()]
        } else {
            KINDS[rng.below(KINDS.len())]
        };
        let row = organisation::ActiveModel {
            slug: Set(format!("{SLUG_PREFIX}{cohort}-org{o}")),
            name: Set(format!("Generated organisation {cohort}.{o}")),
            short_name: Set(Some(format!("G{cohort}.{o}"))),
            kind: Set(kind.code().to_owned()),
            territory_id: Set(Some(territories[o % TERRITORIES])),
            consortium_partner: Set(o < PARTNERS),
            ..Default::default()
        };
        let id = organisation::Entity::insert(row)
            .exec(conn)
            .await?
            .last_insert_id;
        if o < PARTNERS {
            partners.push(OrganisationId(id));
        }
        report.organisations += 1;
    }
    let mut users = Vec::with_capacity(PARTNERS);
    for (p, organisation) in partners.iter().enumerate() {
        let now = Utc::now();
        let row = user::ActiveModel {
            email: Set(format!("{SLUG_PREFIX}{cohort}-p{p}@generated.invalid")),
            display_name: Set(format!("Generated member {cohort}.{p}")),
            organisation_id: Set(Some(organisation.0)),
            global_role: Set(GlobalRole::Partner.code().to_owned()),
            // Inactive, with no password hash that any password matches: nobody signs in as
            // a generated member.
            active: Set(false),
            password_hash: Set("!generated".to_owned()),
            language: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        users.push(UserId(
            user::Entity::insert(row).exec(conn).await?.last_insert_id,
        ));
        report.users += 1;
    }
    let mut areas = Vec::with_capacity(AREAS);
    let mut groups = Vec::with_capacity(AREAS);
    for g in 0..AREAS {
        let row = thematic_area::ActiveModel {
            slug: Set(format!("{SLUG_PREFIX}{cohort}-area{g}")),
            // The demo's areas are numbered 1–4; generated ones from 101 on, cohort by cohort.
            number: Set(i32_of(cohort * 100 + g + 1)),
            title: Set(format!("Generated thematic area {cohort}.{g}")),
            description: Set(format!("{MARK}.")),
            ..Default::default()
        };
        let area = thematic_area::Entity::insert(row)
            .exec(conn)
            .await?
            .last_insert_id;
        areas.push(ThematicAreaId(area));
        report.thematic_areas += 1;
        let row = working_group::ActiveModel {
            slug: Set(format!("{SLUG_PREFIX}{cohort}-wg{g}")),
            thematic_area_id: Set(area),
            title: Set(format!("Generated working group {cohort}.{g}")),
            ..Default::default()
        };
        let group = working_group::Entity::insert(row)
            .exec(conn)
            .await?
            .last_insert_id;
        groups.push(WorkingGroupId(group));
        report.working_groups += 1;
        let members = std::iter::once((MembershipRole::Leading, Network::leading(g))).chain(
            Network::learning(g)
                .into_iter()
                .map(|p| (MembershipRole::Learning, p)),
        );
        let rows: Vec<_> = members
            .map(|(role, p)| membership::ActiveModel {
                working_group_id: Set(group),
                organisation_id: Set(partners[p].0),
                role: Set(role.code().to_owned()),
                participation: Set(Participation::Mandatory.code().to_owned()),
                note: Set(None),
                ..Default::default()
            })
            .collect();
        report.memberships += rows.len();
        membership::Entity::insert_many(rows).exec(conn).await?;
    }
    Ok(Network {
        partners,
        users,
        areas,
        groups,
    })
}

async fn generate_benchmarks(
    conn: &impl ConnectionTrait,
    cohort: usize,
    rng: &mut Rng,
    network: &Network,
    report: &mut GenerateReport,
) -> Result<()> {
    let held_on = NaiveDate::from_ymd_opt(2018, 9, 1).unwrap_or_default();
    let round: BenchmarkRoundId =
        benchmarks::create_round(conn, &format!("Generated round {cohort} ({MARK})"), held_on)
            .await?
            .id;
    for (p, organisation) in network.partners.iter().enumerate() {
        let benchmark = benchmarks::create(conn, *organisation, round).await?;
        // Four assessed cells of the 4 × 6 grid, at different places per partner.
        let mut scores: Vec<Score> = Vec::new();
        while scores.len() < 4 {
            let key_actor = KeyActor::ALL[rng.below(KeyActor::ALL.len())];
            let dimension = Dimension::ALL[rng.below(Dimension::ALL.len())];
            if scores
                .iter()
                .any(|s| s.key_actor == key_actor && s.dimension == dimension)
            {
                continue;
            }
            scores.push(Score {
                key_actor,
                dimension,
                level: Level::parse(i32_of(rng.below(4))).ok(),
                achievements: format!("{MARK}: what works already."),
                needs: format!("{MARK}: what is needed."),
                gaps: format!("{MARK}: what is missing."),
            });
        }
        let needs: Vec<ThematicAreaId> = Network::learning_groups(p)
            .into_iter()
            .map(|g| network.areas[g])
            .collect();
        let benchmark =
            benchmarks::replace_content(conn, benchmark.id, benchmark.version, &scores, &needs)
                .await?;
        benchmarks::validate(conn, benchmark.id, benchmark.version, network.users[0]).await?;
        report.benchmarks += 1;
    }
    Ok(())
}

fn step(
    rng: &mut Rng,
    reference: String,
    title: String,
    start: NaiveDate,
) -> (StepFields, NaiveDate) {
    let end = months_from(start, i32_of(2 + rng.below(10)));
    let stakeholders = (0..1 + rng.below(3))
        .map(|i| Stakeholder::Named(format!("Generated stakeholder {}", rng.below(50) + i)))
        .collect();
    let fields = StepFields {
        reference: Some(reference),
        title,
        stakeholders,
        stakeholders_text: None,
        success_factors: vec![format!("{MARK}: a success factor")],
        success_factors_text: None,
        start: Some(PartialDate::from_date(start)),
        end: Some(PartialDate::from_date(end)),
        start_text: None,
        end_text: None,
    };
    (fields, end)
}

/// A plan's content: 2–3 actions in the partner's learning areas, 3–4 steps each, one step in
/// four with a sub-step (the demo has 16 actions, 54 steps and 14 sub-steps over six plans).
fn plan_content(
    rng: &mut Rng,
    cohort: usize,
    p: usize,
    network: &Network,
    start: NaiveDate,
) -> Vec<NewAction> {
    let areas = Network::learning_groups(p);
    (0..2 + rng.below(2))
        .map(|a| {
            let area = areas.get(a % areas.len().max(1)).map(|g| network.areas[*g]);
            let steps = (0..3 + rng.below(2))
                .map(|s| {
                    let begins = months_from(start, i32_of(s * 3 + rng.below(3)));
                    let (fields, _) = step(
                        rng,
                        format!("{}.{}", a + 1, s + 1),
                        format!("Generated step {cohort}.{p}.{a}.{s}: {MARK}"),
                        begins,
                    );
                    let children = if rng.chance(25) {
                        vec![
                            step(
                                rng,
                                format!("{}.{}.1", a + 1, s + 1),
                                format!("Generated sub-step {cohort}.{p}.{a}.{s}.1: {MARK}"),
                                begins,
                            )
                            .0,
                        ]
                    } else {
                        Vec::new()
                    };
                    (fields, children)
                })
                .collect();
            NewAction {
                fields: ActionFields {
                    reference: Some(format!("Objective #{}", a + 1)),
                    title: Some(format!("Generated objective {cohort}.{p}.{a}: {MARK}")),
                    thematic_area_id: area,
                    origin: if area.is_some() {
                        ActionOrigin::MutualLearning
                    } else {
                        ActionOrigin::OtherOpportunity
                    },
                    proposed_action_id: None,
                },
                steps,
            }
        })
        .collect()
}

/// What becomes of a reported step: mostly done or on track, some delayed or cancelled, some
/// never started (no report).
fn outcome(rng: &mut Rng) -> (StepStatus, i32) {
    match rng.below(100) {
        0..=44 => (StepStatus::Done, 100),
        45..=69 => (StepStatus::OnTrack, i32_of(40 + rng.below(6) * 10)),
        70..=81 => (StepStatus::Delayed, i32_of(10 + rng.below(4) * 10)),
        82..=87 => (StepStatus::Cancelled, 20),
        _ => (StepStatus::NotStarted, 0),
    }
}

async fn generate_cohort(
    conn: &impl ConnectionTrait,
    cohort: usize,
    rng: &mut Rng,
    today: NaiveDate,
    report: &mut GenerateReport,
) -> Result<()> {
    let network = generate_network(conn, cohort, rng, report).await?;
    generate_benchmarks(conn, cohort, rng, &network, report).await?;

    // Calls: four held every four months over the last year, the next one scheduled.
    let mut calls = Vec::with_capacity(AREAS);
    for (g, group) in network.groups.iter().enumerate() {
        let mut participants: Vec<OrganisationId> = std::iter::once(Network::leading(g))
            .chain(Network::learning(g))
            .map(|p| network.partners[p])
            .collect();
        participants.sort_by_key(|id| id.0);
        let mut held = Vec::with_capacity(CALLS_PER_GROUP);
        for months in [-13, -9, -5, -1, 3] {
            let fields = CoordinationCallFields {
                held_on: months_from(today, months),
                start_time: None,
                time_zone: None,
                facilitator_id: Some(network.users[Network::leading(g)]),
                participant_ids: participants.clone(),
                agenda: Some(format!("{MARK}. Progress reports; feedback; next steps.")),
                notes: (months < 0).then(|| format!("{MARK}. Each learning member reported.")),
                decisions: Vec::new(),
            };
            let call = monitoring::insert_call(conn, *group, &fields, None, true).await?;
            report.coordination_calls += 1;
            if months < 0 {
                held.push(call.id);
            }
        }
        calls.push(held);
    }

    // Plans: five implementing (adopted a year and a half ago), one still a draft.
    let start = months_from(today, -18);
    for (p, organisation) in network.partners.iter().enumerate() {
        let implementing = p + 1 < PARTNERS;
        let created = noon(months_from(start, -2));
        let plan = plans::create(
            conn,
            *organisation,
            PlanStage::Draft,
            Some(network.users[p]),
            created,
            Some(format!("{MARK}.")),
        )
        .await?;
        let content = plan_content(rng, cohort, p, &network, start);
        let counts = plans::replace_content(conn, plan.id, content).await?;
        report.action_plans += 1;
        report.plan_actions += counts.actions;
        report.action_steps += counts.steps;
        report.action_sub_steps += counts.sub_steps;
        if !implementing {
            continue;
        }
        let history = [
            (PlanStage::Draft, PlanStage::Submitted, -1),
            (PlanStage::Submitted, PlanStage::Adopted, 0),
            (PlanStage::Adopted, PlanStage::Implementing, 0),
        ];
        for (version, (from, to, months)) in (plan.version..).zip(history) {
            plans::bump_plan(conn, plan.id, version, Some(to)).await?;
            plans::add_history(
                conn,
                plan.id,
                Some(from),
                to,
                Some(network.users[p]),
                noon(months_from(start, months)),
                Some(format!("{MARK}.")),
            )
            .await?;
            if to == PlanStage::Adopted {
                plans::freeze_baseline(conn, plan.id).await?;
            }
        }
        let leader = network.users
            [Network::leading(Network::learning_groups(p).first().copied().unwrap_or(0))];
        feedback::add(
            conn,
            leader,
            mega_domain::proposed_action::FeedbackFields {
                target: FeedbackTarget::ActionPlan(plan.id),
                kind: FeedbackKind::Recommendation,
                body: format!("{MARK}. A leading member's recommendation on the plan."),
                parent_id: None,
            },
            noon(start),
        )
        .await?;
        report.feedback += 1;

        // Reports at the last two held calls of the action's group: an early ON_TRACK, then
        // the outcome.
        let actions = plans::actions_of_plans(conn, &[plan.id]).await?;
        let action_ids: Vec<_> = actions.iter().map(|a| a.id).collect();
        let steps = plans::steps_of_actions(conn, &action_ids).await?;
        for step in &steps {
            let (status, percent) = outcome(rng);
            if status == StepStatus::NotStarted {
                continue;
            }
            let area = actions
                .iter()
                .find(|a| a.id == step.action_id)
                .and_then(|a| a.thematic_area_id);
            let group = area.and_then(|area| network.areas.iter().position(|a| *a == area));
            let held = group.map(|g| &calls[g]);
            let history = [
                (StepStatus::OnTrack, percent.clamp(10, 30), 2),
                (status, percent, 1),
            ];
            for (status, percent, back) in history {
                let call = held.and_then(|h| h.len().checked_sub(back).map(|i| h[i]));
                let day = months_from(today, if back == 2 { -5 } else { -1 });
                let created = monitoring::insert_report(
                    conn,
                    NewReport {
                        step_id: step.id,
                        plan_id: plan.id,
                        organisation_id: *organisation,
                        call_id: call,
                        status,
                        percent_complete: percent,
                        narrative: Some(format!("{MARK}. {} ({percent} %).", status.code())),
                        evidence_links: Vec::new(),
                        author_id: Some(network.users[p]),
                        generated: true,
                        created_at: noon(day),
                    },
                )
                .await?;
                report.progress_reports += 1;
                if back == 1 && rng.chance(20) {
                    feedback::add(
                        conn,
                        leader,
                        mega_domain::proposed_action::FeedbackFields {
                            target: FeedbackTarget::ProgressReport(created.id),
                            kind: FeedbackKind::Recommendation,
                            body: format!("{MARK}. Feedback on the report."),
                            parent_id: None,
                        },
                        noon(day),
                    )
                    .await?;
                    report.feedback += 1;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_draws_the_same_numbers_and_another_seed_others() {
        let draw = |seed| {
            let mut rng = Rng::new(seed, 3);
            (0..32).map(|_| rng.below(1000)).collect::<Vec<_>>()
        };
        assert_eq!(draw(DEFAULT_SEED), draw(DEFAULT_SEED));
        assert_ne!(draw(DEFAULT_SEED), draw(DEFAULT_SEED + 1));
    }

    #[test]
    fn every_partner_learns_somewhere_and_every_group_has_four_members() {
        for p in 0..PARTNERS {
            assert!(!Network::learning_groups(p).is_empty(), "partner {p}");
        }
        for g in 0..AREAS {
            let mut members: Vec<usize> = std::iter::once(Network::leading(g))
                .chain(Network::learning(g))
                .collect();
            members.sort_unstable();
            members.dedup();
            assert_eq!(members.len(), MEMBERS_PER_GROUP, "group {g}");
        }
    }
}
