//! The steps CSV for scripts: every readable step with its status and slippage.

use chrono::NaiveDate;
use mega_domain::NodeId;
use mega_domain::action_plan::ActionStep;
use mega_domain::monitoring::{self as rules, StepStatus};
use mega_domain::{Action, Actor, authorize};
use mega_persistence::monitoring as repo;
use mega_persistence::{Database, action_plans as plan_repo, organisations, working_groups};

use crate::services::{ServiceError, ServiceResult};

/// The steps CSV header, in column order.
pub const STEPS_CSV_HEADER: [&str; 17] = [
    "action_plan_id",
    "organisation",
    "plan_stage",
    "working_group",
    "action_ref",
    "action_title",
    "step_id",
    "step_number",
    "step_title",
    "baseline_start",
    "baseline_end",
    "start",
    "end",
    "status",
    "percent_complete",
    "days_late",
    "good_practices",
];

/// Every step of the plans the caller may read (published plans and its own; all for the
/// coordinator) as CSV, one row per step in plan, action and step order, with its latest
/// status, how late it is on `today` and the good practices its action adopts. A constant
/// number of statements.
pub async fn steps_csv(db: &Database, actor: &Actor, today: NaiveDate) -> ServiceResult<String> {
    authorize(actor, Action::ReadNetwork)?;
    let conn = db.conn();
    let all = plan_repo::all(conn, None).await?;
    // The facts of every unpublished plan in one batch, not two statements per draft plan.
    let readable = crate::services::action_plans::readable(db, actor, all).await?;
    let plan_ids: Vec<_> = readable.iter().map(|p| p.id).collect();
    let actions = plan_repo::actions_of_plans(conn, &plan_ids).await?;
    let action_ids: Vec<_> = actions.iter().map(|a| a.id).collect();
    let steps = plan_repo::steps_of_actions(conn, &action_ids).await?;
    let step_ids: Vec<_> = steps.iter().map(|s| s.id).collect();
    let latest = repo::latest_of_steps(conn, &step_ids).await?;
    let links = plan_repo::practices_of_actions(conn, &action_ids).await?;
    let practice_ids: Vec<_> = links.iter().map(|(_, p)| *p).collect();
    let practices = mega_persistence::good_practices::find_by_ids(conn, &practice_ids).await?;
    // The plans' organisations and the cities the adopted practices come from.
    let org_ids: Vec<_> = readable
        .iter()
        .map(|p| p.organisation_id)
        .chain(practices.iter().filter_map(|p| p.organisation_id))
        .collect();
    let orgs = organisations::find_by_ids(conn, &org_ids).await?;
    let group_areas = plan_repo::group_areas(conn).await?;
    let group_ids: Vec<_> = group_areas.iter().map(|(g, _)| *g).collect();
    let groups = working_groups::find_by_ids(conn, &group_ids).await?;

    let mut out = csv::Writer::from_writer(Vec::new());
    let fail = |err: csv::Error| ServiceError::Internal(err.to_string());
    out.write_record(STEPS_CSV_HEADER).map_err(fail)?;
    let date = |d: Option<mega_domain::partial_date::PartialDate>| {
        d.map(|d| d.to_string()).unwrap_or_default()
    };
    for plan in &readable {
        let organisation = orgs
            .iter()
            .find(|o| o.id == plan.organisation_id)
            .map(|o| o.short_name.clone().unwrap_or_else(|| o.name.clone()))
            .unwrap_or_default();
        let mut plan_actions: Vec<_> = actions.iter().filter(|a| a.plan_id == plan.id).collect();
        plan_actions.sort_by_key(|a| a.position);
        for action in plan_actions {
            let group = action
                .thematic_area_id
                .and_then(|area| group_areas.iter().find(|(_, a)| *a == area))
                .and_then(|(g, _)| groups.iter().find(|group| group.id == *g))
                .map(|g| g.title.clone())
                .unwrap_or_default();
            let action_steps: Vec<ActionStep> = steps
                .iter()
                .filter(|s| s.action_id == action.id)
                .cloned()
                .collect();
            let numbers = mega_domain::action_plan::number_steps(&action_steps);
            // The practices the action adopts, with the city each comes from.
            let adopted = links
                .iter()
                .filter(|(a, _)| *a == action.id)
                .filter_map(|(_, p)| practices.iter().find(|practice| practice.id == *p))
                .map(|practice| {
                    let city = practice
                        .organisation_id
                        .and_then(|o| orgs.iter().find(|org| org.id == o))
                        .map(|o| o.short_name.clone().unwrap_or_else(|| o.name.clone()));
                    match city {
                        Some(city) => format!("{} ({city})", practice.title),
                        None => practice.title.clone(),
                    }
                })
                .collect::<Vec<_>>()
                .join("; ");
            let mut ordered: Vec<&ActionStep> = action_steps.iter().collect();
            let key = |s: &&ActionStep| -> Vec<u32> {
                numbers
                    .get(&s.id)
                    .map(|n| {
                        n.split('.')
                            .map(|p| p.parse().unwrap_or(u32::MAX))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            ordered.sort_by_key(key);
            for step in ordered {
                let report = latest.get(&step.id);
                let status = report.map(|r| r.status);
                let slip = rules::slippage(step.end, step.baseline_end, status, today);
                out.write_record([
                    plan.id.global_id(),
                    organisation.clone(),
                    plan.stage.code().to_owned(),
                    group.clone(),
                    action.reference.clone().unwrap_or_default(),
                    action.title.clone().unwrap_or_default(),
                    step.id.global_id(),
                    numbers.get(&step.id).cloned().unwrap_or_default(),
                    step.title.clone(),
                    date(step.baseline_start),
                    date(step.baseline_end),
                    date(step.start),
                    date(step.end),
                    status.unwrap_or(StepStatus::NotStarted).code().to_owned(),
                    report.map_or(0, |r| r.percent_complete).to_string(),
                    slip.days_late().to_string(),
                    adopted.clone(),
                ])
                .map_err(fail)?;
            }
        }
    }
    let bytes = out
        .into_inner()
        .map_err(|err| ServiceError::Internal(err.to_string()))?;
    String::from_utf8(bytes).map_err(|err| ServiceError::Internal(err.to_string()))
}
