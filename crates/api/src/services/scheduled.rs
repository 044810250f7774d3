//! Scheduled notifications: what no request causes but the passing of time does. A step of
//! an adopted or implementing plan whose end passed while it is not done tells its
//! organisation once; a coordination call a week away tells each learning organisation whose
//! report for it is missing, once per call; a webhook that gave up a delivery tells who
//! registered it, once per failing streak. Recipients come from the policy, like every notification; they are mailed
//! like the rest.

use std::collections::BTreeMap;

use chrono::{NaiveDate, Utc};
use mega_domain::monitoring::{self as rules, StepStatus};
use mega_domain::notification::{
    NewNotification, NotificationKind, NotificationTarget, REPORT_DUE_DAYS, excerpt,
};
use mega_domain::partial_date::PartialDate;
use mega_domain::policy::notifications::{Occurrence, recipients};
use mega_domain::{Action, ActionPlanId, ActionStepId, Actor, OrganisationId, WorkingGroupId};
use mega_persistence::{Database, notifications, reports};

use super::ServiceResult;

/// The plan stages whose steps are watched.
const WATCHED: [&str; 2] = ["ADOPTED", "IMPLEMENTING"];

/// One late step with what the policy needs.
struct Late {
    plan: ActionPlanId,
    owner: OrganisationId,
    groups: Vec<WorkingGroupId>,
}

/// Tells each organisation of its steps that went late by `today` (end passed, not done or
/// cancelled), once per step and recipient; answers how many notifications were written.
pub async fn notify_late_steps(db: &Database, today: NaiveDate) -> ServiceResult<usize> {
    let txn = db.begin_write().await?;
    let rows = reports::late_steps(&txn, today, &WATCHED).await?;
    let mut late: BTreeMap<i32, Late> = BTreeMap::new();
    for row in rows {
        let Ok(end) = PartialDate::parse("end", &row.end) else {
            continue;
        };
        let status = row.status.as_deref().and_then(StepStatus::from_code);
        // Overdue only: drift against the baseline is shown on the plan, not told.
        if rules::slippage(Some(end), None, status, today).days_overdue <= 0 {
            continue;
        }
        let entry = late.entry(row.step_id).or_insert_with(|| Late {
            plan: ActionPlanId(row.plan_id),
            owner: OrganisationId(row.organisation_id),
            groups: Vec::new(),
        });
        if let Some(group) = row.working_group_id {
            entry.groups.push(WorkingGroupId(group));
        }
    }
    let steps: Vec<i32> = late.keys().copied().collect();
    let told = notifications::told(&txn, NotificationKind::StepLate, &steps).await?;
    let titles = reports::step_titles(&txn, &steps).await?;
    let candidates = notifications::candidates(&txn).await?;
    let now = Utc::now();
    let mut written = 0;
    for (step, facts) in &late {
        let occurrence = Occurrence {
            owner: Some(facts.owner),
            groups: &facts.groups,
            ..Occurrence::new(
                NotificationKind::StepLate,
                Action::ReadActionPlan {
                    owner: facts.owner,
                    published: true,
                    groups: &facts.groups,
                },
            )
        };
        let mut to = recipients(&Actor::Anonymous, &candidates, &occurrence);
        to.retain(|user| !told.contains(&(*user, *step)));
        if to.is_empty() {
            continue;
        }
        let new = NewNotification {
            kind: NotificationKind::StepLate,
            target: NotificationTarget::ActionStep {
                plan: facts.plan,
                step: ActionStepId(*step),
            },
            feedback_id: None,
            excerpt: titles.get(step).map(|title| excerpt(title)),
        };
        notifications::insert_for(&txn, &to, None, &new, now).await?;
        written += to.len();
    }
    txn.commit().await?;
    Ok(written)
}

/// Tells who registered each failing webhook (a delivery given up after every retry, none
/// delivered since), once per failing streak; answers how many notifications were written.
pub async fn notify_failing_webhooks(db: &Database) -> ServiceResult<usize> {
    let txn = db.begin_write().await?;
    let failing = mega_persistence::webhooks::failing(&txn).await?;
    let ids: Vec<i32> = failing.iter().map(|hook| hook.id).collect();
    let last_told = notifications::last_told(&txn, NotificationKind::WebhookFailing, &ids).await?;
    let candidates = notifications::candidates(&txn).await?;
    let now = Utc::now();
    let mut written = 0;
    for hook in &failing {
        let Some(owner) = hook.created_by_id.map(mega_domain::UserId) else {
            continue;
        };
        let occurrence = Occurrence {
            addressee: Some(owner),
            ..Occurrence::new(
                NotificationKind::WebhookFailing,
                Action::ManageWebhooks {
                    organisation: hook.organisation_id.map(OrganisationId),
                },
            )
        };
        let mut to = recipients(&Actor::Anonymous, &candidates, &occurrence);
        // Told during this streak already (after the last delivery that went through)?
        to.retain(|user| {
            last_told
                .get(&(*user, hook.id))
                .is_none_or(|told| hook.last_delivered.is_some_and(|ok| *told < ok))
        });
        if to.is_empty() {
            continue;
        }
        let new = NewNotification {
            kind: NotificationKind::WebhookFailing,
            target: NotificationTarget::Webhook {
                id: mega_domain::WebhookId(hook.id),
            },
            feedback_id: None,
            excerpt: Some(excerpt(&hook.url)),
        };
        notifications::insert_for(&txn, &to, None, &new, now).await?;
        written += to.len();
    }
    txn.commit().await?;
    Ok(written)
}

/// Tells each learning organisation of the calls at most [`REPORT_DUE_DAYS`] days after
/// `today` for which its progress report is missing, once per call and user; answers how many
/// notifications were written.
pub async fn notify_reports_due(db: &Database, today: NaiveDate) -> ServiceResult<usize> {
    let txn = db.begin_write().await?;
    let until = today + chrono::Duration::days(REPORT_DUE_DAYS);
    let due = reports::reports_due(&txn, today, until).await?;
    let calls: Vec<i32> = due.iter().map(|(_, call, _, _)| *call).collect();
    let told = notifications::told(&txn, NotificationKind::ReportDue, &calls).await?;
    let candidates = notifications::candidates(&txn).await?;
    let now = Utc::now();
    let mut written = 0;
    for (group, call, organisation, day) in due {
        let groups = [WorkingGroupId(group)];
        let occurrence = Occurrence {
            owner: Some(OrganisationId(organisation)),
            groups: &groups,
            ..Occurrence::new(NotificationKind::ReportDue, Action::ReadNetwork)
        };
        let mut to = recipients(&Actor::Anonymous, &candidates, &occurrence);
        to.retain(|user| !told.contains(&(*user, call)));
        if to.is_empty() {
            continue;
        }
        let new = NewNotification {
            kind: NotificationKind::ReportDue,
            target: NotificationTarget::CoordinationCall {
                id: mega_domain::CoordinationCallId(call),
                group: WorkingGroupId(group),
            },
            feedback_id: None,
            excerpt: Some(day.to_string()),
        };
        notifications::insert_for(&txn, &to, None, &new, now).await?;
        written += to.len();
    }
    txn.commit().await?;
    Ok(written)
}
