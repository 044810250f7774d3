//! `node(id:)`: any object by its global ID, through the same permission checks as the
//! typed fields; what the caller may not read is `null`.

use async_graphql::{Context, ID, Object};
use mega_domain::{
    Action, AgendaItemId, AuditEventId, AwardId, BenchmarkId, BenchmarkRoundId, EventId,
    FeedbackId, GoodPracticeId, MembershipId, OrganisationId, ParticipantId, PlenaryOutcomeId,
    ProposedActionId, TerritoryFactId, TerritoryId, ThematicAreaId, UserId, WebinarId,
    WorkingGroupId, authorize,
};
use mega_persistence::{
    agenda, audit, benchmarks, events, evidence, feedback, good_practices, organisations,
    plenary_outcomes, proposed_actions, territories, thematic_areas, users, webinars,
    working_groups,
};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::global_id::{NodeType, decode_any};
use crate::resolve::internal;
use crate::services;
use crate::types::{
    AgendaItemObject, AuditEventObject, AwardObject, BenchmarkObject, BenchmarkRoundObject,
    EventObject, EventParticipantObject, FeedbackObject, GoodPracticeObject, MembershipObject,
    Node, OrganisationObject, PlenaryOutcomeObject, ProposedActionObject, TerritoryFactObject,
    TerritoryObject, ThematicAreaObject, UserObject, WebinarObject, WorkingGroupObject,
};

/// The `node` query.
#[derive(Default)]
pub struct NodeQuery;

#[Object]
impl NodeQuery {
    /// Fetches any object by its global ID; null when it does not exist or the caller may
    /// not read it.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Node>> {
        let actor = actor(ctx);
        authorize(actor, Action::ReadNetwork)?;
        let Some((ty, raw)) = decode_any(&id) else {
            return Ok(None);
        };
        let conn = db(ctx).conn();
        let node = match ty {
            NodeType::Territory => territories::find_by_ids(conn, &[TerritoryId(raw)])
                .await?
                .pop()
                .map(|t| Node::Territory(TerritoryObject(t))),
            NodeType::Organisation => organisations::find_by_ids(conn, &[OrganisationId(raw)])
                .await?
                .pop()
                .map(|o| Node::Organisation(OrganisationObject(o))),
            NodeType::ThematicArea => thematic_areas::find_by_ids(conn, &[ThematicAreaId(raw)])
                .await?
                .pop()
                .map(|a| Node::ThematicArea(ThematicAreaObject(a))),
            NodeType::User => users::find(conn, UserId(raw))
                .await?
                .map(|u| Node::User(UserObject::new(u))),
            NodeType::WorkingGroup => working_groups::find(conn, WorkingGroupId(raw))
                .await?
                .map(|g| Node::WorkingGroup(WorkingGroupObject(g))),
            NodeType::Membership => working_groups::find_membership(conn, MembershipId(raw))
                .await?
                .map(|m| Node::Membership(MembershipObject(m))),
            NodeType::BenchmarkRound => benchmarks::rounds_by_ids(conn, &[BenchmarkRoundId(raw)])
                .await?
                .pop()
                .map(|r| Node::BenchmarkRound(BenchmarkRoundObject(r))),
            NodeType::Benchmark => match benchmarks::find(conn, BenchmarkId(raw)).await? {
                Some(benchmark)
                    if services::benchmarks::may_read(
                        db(ctx),
                        actor,
                        benchmark.organisation_id,
                    )
                    .await
                    .map_err(internal)? =>
                {
                    Some(Node::Benchmark(BenchmarkObject(benchmark)))
                }
                _ => None,
            },
            NodeType::AuditEvent => {
                if authorize(actor, Action::ReadAuditLog).is_err() {
                    return Ok(None);
                }
                audit::find(conn, AuditEventId(raw))
                    .await?
                    .map(|e| Node::AuditEvent(AuditEventObject(e)))
            }
            // Events, agendas, participants, proposed actions and feedback are read by
            // everyone signed in (`Action::ReadNetwork`, checked above).
            NodeType::Event => events::find(conn, EventId(raw))
                .await?
                .map(|e| Node::Event(EventObject(e))),
            NodeType::AgendaItem => agenda::find(conn, AgendaItemId(raw))
                .await?
                .map(|i| Node::AgendaItem(AgendaItemObject(i))),
            NodeType::EventParticipant => events::find_participant(conn, ParticipantId(raw))
                .await?
                .map(|p| Node::EventParticipant(EventParticipantObject(p))),
            NodeType::ProposedAction => proposed_actions::find(conn, ProposedActionId(raw))
                .await?
                .map(|a| Node::ProposedAction(ProposedActionObject(a))),
            // Feedback on a plan or an action is read only by those who may read the plan.
            NodeType::Feedback => match feedback::find(conn, FeedbackId(raw)).await? {
                Some(item)
                    if services::proposed_actions::may_read_feedback(db(ctx), actor, &item)
                        .await
                        .map_err(internal)? =>
                {
                    Some(Node::Feedback(FeedbackObject(item)))
                }
                _ => None,
            },
            // The library and the evidence are read by everyone signed in too.
            NodeType::GoodPractice => good_practices::find(conn, GoodPracticeId(raw))
                .await?
                .map(|p| Node::GoodPractice(GoodPracticeObject(p))),
            NodeType::Webinar => webinars::find(conn, WebinarId(raw))
                .await?
                .map(|w| Node::Webinar(WebinarObject(w))),
            NodeType::PlenaryOutcome => plenary_outcomes::find(conn, PlenaryOutcomeId(raw))
                .await?
                .map(|o| Node::PlenaryOutcome(PlenaryOutcomeObject(o))),
            NodeType::Award => evidence::find_award(conn, AwardId(raw))
                .await?
                .map(|a| Node::Award(AwardObject(a))),
            NodeType::TerritoryFact => evidence::find_fact(conn, TerritoryFactId(raw))
                .await?
                .map(|f| Node::TerritoryFact(TerritoryFactObject(f))),
            NodeType::ActionPlan | NodeType::Action | NodeType::ActionStep => {
                crate::query::action_plans::node(ctx, ty, raw).await?
            }
            NodeType::ApiToken => crate::query::api_tokens::node(ctx, raw).await?,
            NodeType::Webhook => crate::query::webhooks::node(ctx, raw).await?,
            NodeType::CoordinationCall => crate::query::monitoring::call_node(ctx, raw).await?,
            NodeType::ProgressReport => crate::query::monitoring::report_node(ctx, raw).await?,
            NodeType::Notification => crate::query::notifications::node(ctx, raw).await?,
            NodeType::ProgrammePhase => {
                mega_persistence::programme::find(conn, mega_domain::ProgrammePhaseId(raw))
                    .await?
                    .map(|p| Node::ProgrammePhase(crate::types::ProgrammePhaseObject::new(p)))
            }
        };
        Ok(node)
    }
}
