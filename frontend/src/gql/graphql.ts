/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Implement the DateTime<Utc> scalar
   *
   * The input/output is a string in RFC3339 format.
   */
  DateTime: { input: string; output: string; }
  /** A scalar that can represent any JSON value. */
  JSON: { input: unknown; output: unknown; }
  /**
   * ISO 8601 calendar date without timezone.
   * Format: %Y-%m-%d
   *
   * # Examples
   *
   * * `1994-11-13`
   * * `2000-02-24`
   */
  NaiveDate: { input: string; output: string; }
  /**
   * A date known to year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A start compares
   * by its first day, an end by its last day.
   */
  PartialDate: { input: string; output: string; }
};

/** An action (objective) of a plan: what is to be achieved, and its steps. */
export type Action = Node & {
  __typename?: 'Action';
  /** Feedback on this action, top-level items oldest first (replies nested). */
  feedback: Array<Feedback>;
  /**
   * The good practices this action adopts, in the order they were linked (each names the
   * organisation it comes from).
   */
  goodPractices: Array<GoodPractice>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Where it comes from. */
  origin: ActionOrigin;
  /** Order within the plan (0-based). */
  position: Scalars['Int']['output'];
  /**
   * Progress 0–100: the average of its leaf steps' latest percentages weighted by planned
   * duration (baseline dates, else current dates, else 30 days), leaving out CANCELLED
   * steps; DONE counts 100, never reported 0. Null when no step counts.
   */
  progress?: Maybe<Scalars['Float']['output']>;
  /** The proposed action it grew from. */
  proposedAction?: Maybe<ProposedAction>;
  /** The printed reference, verbatim (e.g. "Objective #1"; it may repeat or be null). */
  ref?: Maybe<Scalars['String']['output']>;
  /** Every step in number order ("1", "1.1", "1.2", "2", …); sub-steps name their `parent`. */
  steps: Array<ActionStep>;
  /** Its thematic area. */
  thematicArea?: Maybe<ThematicArea>;
  /** The objective (what); null when none was printed. */
  title?: Maybe<Scalars['String']['output']>;
  /** Version of this action's fields: pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /**
   * Whether the viewer may set the good practices this action adopts
   * (`setActionGoodPractices`): its organisation in every stage, and the coordinator.
   */
  viewerCanLinkPractices: Scalars['Boolean']['output'];
  /** Whether the viewer may edit, move or remove this action and its steps now. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  /** The kinds of feedback the viewer may post on this action (empty when none). */
  viewerFeedbackKinds: Array<FeedbackKind>;
};

/** The editable fields of an action. */
export type ActionFieldsInput = {
  /** Where it comes from. */
  origin: ActionOrigin;
  /** The proposed action it grew from. */
  proposedActionId?: InputMaybe<Scalars['ID']['input']>;
  /** The printed reference, e.g. "Objective #1" (at most 100 characters). */
  ref?: InputMaybe<Scalars['String']['input']>;
  /** Its thematic area. */
  thematicAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** The objective (what), at most 2,000 characters; may be null. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Where an action comes from. */
export type ActionOrigin =
  /** Grew out of the mutual-learning process. */
  | 'MUTUAL_LEARNING'
  /** Any other opportunity. */
  | 'OTHER_OPPORTUNITY';

/** Result of `addAction`, `updateAction` and `removeActionStep`. */
export type ActionPayload = {
  __typename?: 'ActionPayload';
  /** The action. */
  action?: Maybe<Action>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/**
 * One organisation's action plan: its actions (objectives) with their steps, its stage and
 * its history. DRAFT and SUBMITTED plans are read only by the organisation, the leading
 * members and invited experts of the groups of its actions' areas, and the coordinator.
 */
export type ActionPlan = Node & {
  __typename?: 'ActionPlan';
  /** The actions, in order. */
  actions: Array<Action>;
  /**
   * The plan's baselines, oldest first (baseline 1 is set at the first adoption); the
   * steps' `baselineStart`/`baselineEnd` are those of the last one.
   */
  baselines: Array<PlanBaseline>;
  /**
   * The changes made to the agreed plan (dates moved, steps added or removed, each with
   * its reason; baselines set), newest first.
   */
  changes: Array<PlanChange>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Feedback on the plan as a whole, top-level items oldest first (replies nested). */
  feedback: Array<Feedback>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Whose plan. */
  organisation: Organisation;
  /**
   * Progress 0–100 over all its actions' leaf steps, weighted by planned duration (see
   * `Action.progress`). Null when no step counts.
   */
  progress?: Maybe<Scalars['Float']['output']>;
  /**
   * Since when the plan's summary is on the public pages (`/public/plans/…`, no sign-in
   * needed); null when it is not. A published plan reopened to DRAFT is off the public
   * pages until it is agreed again.
   */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Whether changes to the steps are re-planning now (ADOPTED and later): each needs a
   * `reason`, is kept in `changes`, and leaves the baseline as it is.
   */
  replanning: Scalars['Boolean']['output'];
  /** Where the plan is in its life. */
  stage: ActionPlanStage;
  /** Every stage change, oldest first (the first row is the creation). */
  stageHistory: Array<StageChange>;
  /** When its stage last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /**
   * Version of the plan-level fields and the stage: pass it as `expectedVersion` to
   * `transitionActionPlan`. Actions and steps carry their own versions.
   */
  version: Scalars['Int']['output'];
  /**
   * Whether the viewer may publish the plan's summary (`publishPlanSummary`, an agreed
   * plan) or withdraw it (`withdrawPlanSummary`): the coordinator.
   */
  viewerCanPublish: Scalars['Boolean']['output'];
  /**
   * Whether the viewer may move step dates (`replanActionStep`) and add or remove steps
   * now: the plan's organisation until it is COMPLETED, the coordinator always.
   */
  viewerCanReplan: Scalars['Boolean']['output'];
  /**
   * Whether the viewer may report progress on the plan's steps now (its organisation's
   * members and the coordinator, while the plan is IMPLEMENTING).
   */
  viewerCanReportProgress: Scalars['Boolean']['output'];
  /** Whether the viewer may set a new baseline now (`setPlanBaseline`). */
  viewerCanSetBaseline: Scalars['Boolean']['output'];
  /** The stages the viewer may move the plan to from its current one (empty when none). */
  viewerCanTransitionTo: Array<ActionPlanStage>;
  /** Whether the viewer may edit the plan's actions and steps in its current stage. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  /** The kinds of feedback the viewer may post on the whole plan (empty when none). */
  viewerFeedbackKinds: Array<FeedbackKind>;
  /**
   * The plan rules the plan breaks (codes `TOO_FEW_ACTIONS`, `NO_MUTUAL_LEARNING_ACTION`)
   * while it is a DRAFT; empty in later stages, where they were enforced.
   */
  warnings: Array<UserError>;
};

export type ActionPlanConnection = {
  __typename?: 'ActionPlanConnection';
  /** A list of edges. */
  edges: Array<ActionPlanEdge>;
  /** A list of nodes. */
  nodes: Array<ActionPlan>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ActionPlanEdge = {
  __typename?: 'ActionPlanEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ActionPlan;
};

/** Narrows `actionPlans`. */
export type ActionPlanFilter = {
  /** Only this organisation's plan. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only plans in this stage. */
  stage?: InputMaybe<ActionPlanStage>;
  /** Only plans with an action in this working group's thematic area. */
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Result of `createActionPlan`, `removeAction`, `transitionActionPlan`,
 * `publishPlanSummary` and `withdrawPlanSummary`.
 */
export type ActionPlanPayload = {
  __typename?: 'ActionPlanPayload';
  /** The plan. */
  actionPlan?: Maybe<ActionPlan>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Where an action plan is in its life. */
export type ActionPlanStage =
  /** Agreed; step dates are frozen as the baseline, and changes are re-planning. */
  | 'ADOPTED'
  /** Done. */
  | 'COMPLETED'
  /** Being written; the plan rules are warnings. */
  | 'DRAFT'
  /** Being carried out. */
  | 'IMPLEMENTING'
  /** Handed in for review; content still editable. */
  | 'SUBMITTED';

/** A step of an action: how, who, with what success factors and when. Steps nest one level. */
export type ActionStep = Node & {
  __typename?: 'ActionStep';
  /** The end frozen when the plan was adopted. */
  baselineEnd?: Maybe<Scalars['PartialDate']['output']>;
  /** The start frozen when the plan was adopted. */
  baselineStart?: Maybe<Scalars['PartialDate']['output']>;
  /**
   * The decisions of coordination calls that concern this step, in the order the calls
   * were held.
   */
  decisions: Array<StepDecision>;
  /** When it ends. */
  end?: Maybe<Scalars['PartialDate']['output']>;
  /** Precision of `end`. */
  endPrecision?: Maybe<DatePrecision>;
  /** The printed end wording, e.g. "Mid-March 2019". */
  endText?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Its latest progress report. */
  latestReport?: Maybe<ProgressReport>;
  /** Its number ("1", "1.1", …), computed from positions. */
  number: Scalars['String']['output'];
  /** The top-level step it belongs to. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Its latest reported percentage (0 when never reported). */
  percentComplete: Scalars['Int']['output'];
  /** Order among its siblings (0-based). */
  position: Scalars['Int']['output'];
  /** Its progress reports, newest first. */
  progressReports: ProgressReportConnection;
  /** The printed reference, verbatim (e.g. "Task #1.1"), if any. */
  ref?: Maybe<Scalars['String']['output']>;
  /**
   * How late it is on `asOf` (default today): its current end after its baseline end,
   * and its end passed while not DONE or CANCELLED.
   */
  slippage: Slippage;
  /** Who takes part: each one of the network's organisations or a party named in words. */
  stakeholderEntries: Array<StepStakeholder>;
  /**
   * Who takes part, by name: the printed or typed wording, else the organisation's
   * current name. `stakeholderEntries` tells organisations from words.
   */
  stakeholders: Array<Scalars['String']['output']>;
  /** The printed stakeholder cell, when it is not just the list (e.g. "N/A"). */
  stakeholdersText?: Maybe<Scalars['String']['output']>;
  /** When it starts. */
  start?: Maybe<Scalars['PartialDate']['output']>;
  /** Precision of `start`. */
  startPrecision?: Maybe<DatePrecision>;
  /** The printed start wording, e.g. "January 2019". */
  startText?: Maybe<Scalars['String']['output']>;
  /**
   * Where the step stands: its latest progress report's status (NOT_STARTED when never
   * reported).
   */
  status: StepStatus;
  /** What makes it succeed. */
  successFactors: Array<Scalars['String']['output']>;
  /** The printed success-factor cell, when it is not just the list. */
  successFactorsText?: Maybe<Scalars['String']['output']>;
  /** What is done (how). */
  title: Scalars['String']['output'];
  /** Version of this step: pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /**
   * Whether the viewer may move this step's dates (`replanActionStep`) or remove it now,
   * with a reason once the plan is agreed.
   */
  viewerCanReplan: Scalars['Boolean']['output'];
  /** Whether the viewer may report progress on this step now. */
  viewerCanReportProgress: Scalars['Boolean']['output'];
  /** Whether the viewer may edit, move or remove this step now. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};


/** A step of an action: how, who, with what success factors and when. Steps nest one level. */
export type ActionStepProgressReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A step of an action: how, who, with what success factors and when. Steps nest one level. */
export type ActionStepSlippageArgs = {
  asOf?: InputMaybe<Scalars['NaiveDate']['input']>;
};

/**
 * The editable fields of a step. Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * (`INVALID_DATE`); an end before the start is `END_BEFORE_START`.
 */
export type ActionStepFieldsInput = {
  /** End. */
  end?: InputMaybe<Scalars['String']['input']>;
  /** The printed end wording. */
  endText?: InputMaybe<Scalars['String']['input']>;
  /** The printed reference, e.g. "Task #1" (at most 100 characters). */
  ref?: InputMaybe<Scalars['String']['input']>;
  /**
   * Who takes part: organisations of the network (`NOT_FOUND` for an unknown one,
   * `DUPLICATE` for one listed twice) or parties named in words; same limits. When given,
   * it replaces the whole list.
   */
  stakeholderEntries?: InputMaybe<Array<StakeholderInput>>;
  /**
   * Who takes part, as names only; at most 50 entries of at most 1,000 characters. Use
   * `stakeholderEntries` to link organisations of the network; giving both is `EITHER_OR`.
   */
  stakeholders?: Array<Scalars['String']['input']>;
  /** The printed stakeholder cell, when not just the list. */
  stakeholdersText?: InputMaybe<Scalars['String']['input']>;
  /** Start. */
  start?: InputMaybe<Scalars['String']['input']>;
  /** The printed start wording. */
  startText?: InputMaybe<Scalars['String']['input']>;
  /** Success factors; same limits. */
  successFactors?: Array<Scalars['String']['input']>;
  /** The printed success-factor cell. */
  successFactorsText?: InputMaybe<Scalars['String']['input']>;
  /** What is done (how), 1–2,000 characters. */
  title: Scalars['String']['input'];
};

/** Result of `addActionStep`, `updateActionStep` and `moveActionStep`. */
export type ActionStepPayload = {
  __typename?: 'ActionStepPayload';
  /** The step (its `number` is computed within the action). */
  step?: Maybe<ActionStep>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `addAction`. */
export type AddActionInput = {
  /** The action (appended after the last one). */
  action: ActionFieldsInput;
  /** The plan. */
  actionPlanId: Scalars['ID']['input'];
};

/** Input of `addActionStep`. */
export type AddActionStepInput = {
  /** The action. */
  actionId: Scalars['ID']['input'];
  /** A top-level step of the same action to nest under (`INVALID_PARENT` otherwise). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Why (at most 2,000 characters): required when the plan is ADOPTED or IMPLEMENTING
   * (`REASON_REQUIRED`), where adding a step is re-planning, kept in the plan's `changes`.
   */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The step (appended after its last sibling). */
  step: ActionStepFieldsInput;
};

/** Input of `addAgendaItem`. */
export type AddAgendaItemInput = {
  /** The event; the item goes after its last item. */
  eventId: Scalars['ID']['input'];
  /** The item. */
  item: AgendaItemFieldsInput;
};

/** Input of `addEventParticipant`. */
export type AddEventParticipantInput = {
  /** ISO 3166-1 alpha-2 country code, e.g. "DE". */
  country: Scalars['String']['input'];
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** Given name(s), 1–200 characters. */
  firstName: Scalars['String']['input'];
  /** Surname with its particles, 1–200 characters. */
  lastName: Scalars['String']['input'];
  /** The organisation, when it is known to the network. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation as written on the list, 1–300 characters. */
  organisationText: Scalars['String']['input'];
};

/**
 * Input of `addFeedback`: exactly one of `proposedActionId`, `actionPlanId` and `actionId`
 * says what the feedback is about.
 */
export type AddFeedbackInput = {
  /** The action (objective) of a plan the feedback is about. */
  actionId?: InputMaybe<Scalars['ID']['input']>;
  /** The action plan the feedback is about. */
  actionPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** The text, 1–10,000 characters. */
  body: Scalars['String']['input'];
  /**
   * What kind of feedback. Members of the presenting organisation may add QUESTION and
   * REPLY only.
   */
  kind: FeedbackKind;
  /** The top-level feedback this replies to (one level of nesting). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The progress report the feedback is about (leading members of the step's working
   * group, invited experts and the coordinator give feedback; the reporting organisation
   * asks and replies).
   */
  progressReportId?: InputMaybe<Scalars['ID']['input']>;
  /** The proposed action the feedback is about. */
  proposedActionId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `addMembership`. */
export type AddMembershipInput = {
  /** Remark, at most 500 characters, e.g. "supportive role". */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The organisation to add. */
  organisationId: Scalars['ID']['input'];
  /** Mandatory or optional (default MANDATORY). */
  participation?: InputMaybe<Participation>;
  /** Leading or learning. */
  role: MembershipRole;
  /** The group. */
  workingGroupId: Scalars['ID']['input'];
};

/** Input of `addMissingMandatoryMembers`. */
export type AddMissingMandatoryMembersInput = {
  /** The group. */
  workingGroupId: Scalars['ID']['input'];
};

/** Result of `addMissingMandatoryMembers`. */
export type AddMissingMandatoryMembersPayload = {
  __typename?: 'AddMissingMandatoryMembersPayload';
  /** The memberships added. */
  added: Array<Membership>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
  /** The group. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** One line of an event's timetable. */
export type AgendaItem = Node & {
  __typename?: 'AgendaItem';
  /** The day. */
  date: Scalars['NaiveDate']['output'];
  /** What the slot is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Local end time `HH:MM`; null when not printed. */
  end?: Maybe<Scalars['String']['output']>;
  /** The event. */
  event: Event;
  /** Minutes reserved for the experts' feedback. */
  expertFeedbackMinutes?: Maybe<Scalars['Int']['output']>;
  /** The feedback part as printed, e.g. "Feedback from experts". */
  expertFeedbackText?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Order as printed, from 1. */
  position: Scalars['Int']['output'];
  /** The organisations presenting, in order. */
  presentations: Array<Presentation>;
  /** The session it belongs to, e.g. "Session I". */
  session?: Maybe<Scalars['String']['output']>;
  /** Local start time `HH:MM`; null when not printed. */
  start?: Maybe<Scalars['String']['output']>;
  /** The time as printed when it is not a clock time, e.g. "AM/PM". */
  timeText?: Maybe<Scalars['String']['output']>;
  /** What happens, e.g. "WG - City Leadership". */
  title: Scalars['String']['output'];
  /** The parallel track; null is the main track. */
  track?: Maybe<Scalars['String']['output']>;
  /** The working group whose slot this is. */
  workingGroup?: Maybe<WorkingGroup>;
};

/**
 * The fields of an agenda item. The presentations' minutes plus `expertFeedbackMinutes`
 * must fit between `start` and `end`, and items of one day and track must not overlap.
 */
export type AgendaItemFieldsInput = {
  /** The day. */
  date: Scalars['NaiveDate']['input'];
  /** What the slot is for; at most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Local end time `HH:MM`, not before `start`; null when open. */
  end?: InputMaybe<Scalars['String']['input']>;
  /** Minutes reserved for the experts' feedback. */
  expertFeedbackMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The feedback part as printed, e.g. "Feedback from experts". */
  expertFeedbackText?: InputMaybe<Scalars['String']['input']>;
  /** The organisations presenting, in order (replaces the existing ones). */
  presentations?: Array<PresentationInput>;
  /** The session it belongs to, e.g. "Session I". */
  session?: InputMaybe<Scalars['String']['input']>;
  /** Local start time `HH:MM`; null when there is no clock time. */
  start?: InputMaybe<Scalars['String']['input']>;
  /** The time when it is not a clock time, e.g. "AM/PM"; at most 100 characters. */
  timeText?: InputMaybe<Scalars['String']['input']>;
  /** What happens, 1–200 characters. */
  title: Scalars['String']['input'];
  /** The parallel track; null is the main track. */
  track?: InputMaybe<Scalars['String']['input']>;
  /** The working group whose slot this is. */
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of `addAgendaItem`, `updateAgendaItem` and `removeAgendaItem`. */
export type AgendaItemPayload = {
  __typename?: 'AgendaItemPayload';
  /** The item (as it was, for `removeAgendaItem`). */
  agendaItem?: Maybe<AgendaItem>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/**
 * A personal access token for scripts and integrations (`Authorization: Bearer
 * mega_pat_…`). Only a hash of the secret is stored.
 */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /**
   * When it last authenticated a request; recorded at most once a minute, so it may be up
   * to a minute old. Null when never used.
   */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the owner called it. */
  name: Scalars['String']['output'];
  /** The user the token acts for. */
  owner?: Maybe<User>;
  /** The first 12 characters of the secret (e.g. `mega_pat_AbC`), to recognise it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while not revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it may do. */
  scope: ApiTokenScope;
  /**
   * Whether it authenticates requests now: not revoked and not expired (its owner must
   * also be active).
   */
  usable: Scalars['Boolean']['output'];
  /**
   * Whether the viewer may revoke this token (its owner and the coordinator, while it is
   * not revoked).
   */
  viewerCanRevoke: Scalars['Boolean']['output'];
};

export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  /** A list of edges. */
  edges: Array<ApiTokenEdge>;
  /** A list of nodes. */
  nodes: Array<ApiToken>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ApiToken;
};

/** What a personal access token may do; never more than its owner may do at the time. */
export type ApiTokenScope =
  /** Queries only; a request with a mutation is refused (`FORBIDDEN`) before it runs. */
  | 'READ'
  /** Queries and mutations (but not `createApiToken`). */
  | 'READ_WRITE';

/** A record of one successful mutation. */
export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** The mutation, e.g. `addMembership`. */
  action: Scalars['String']['output'];
  /** Who did it. */
  actor?: Maybe<User>;
  /** The object after the change; null when it was deleted. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The object before the change; null when it was created. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** The changed object's database id (use with `entityType`). */
  entityId: Scalars['Int']['output'];
  /** The type of the changed object, e.g. `Membership`. */
  entityType: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** A list of edges. */
  edges: Array<AuditEventEdge>;
  /** A list of nodes. */
  nodes: Array<AuditEvent>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: AuditEvent;
};

/** Filters for `auditEvents`; all given filters must match. */
export type AuditEventFilter = {
  /** Only this mutation, e.g. `addMembership`. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only events by this user. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this object (database id; use with `entityType`). */
  entityId?: InputMaybe<Scalars['Int']['input']>;
  /** Only this type of object, e.g. `Membership`. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Only events at or after this time. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only events before this time. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** An award edition, e.g. the Phoenix Award 2018. */
export type Award = Node & {
  __typename?: 'Award';
  /** How many applications were submitted; null when unknown. */
  applications?: Maybe<Scalars['Int']['output']>;
  /** The criteria the jury applied. */
  criteria: Array<Scalars['String']['output']>;
  /** Edition number, e.g. 9 for the 9th edition; null when unknown. */
  edition?: Maybe<Scalars['Int']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Name, e.g. "Phoenix Award". */
  name: Scalars['String']['output'];
  /** The winners, in printed order. */
  winners: Array<AwardWinner>;
  /** Year of the edition. */
  year: Scalars['Int']['output'];
};

export type AwardConnection = {
  __typename?: 'AwardConnection';
  /** A list of edges. */
  edges: Array<AwardEdge>;
  /** A list of nodes. */
  nodes: Array<Award>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type AwardEdge = {
  __typename?: 'AwardEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Award;
};

/** Result of `createAward`, `updateAward` and `deleteAward` (the award as it was). */
export type AwardPayload = {
  __typename?: 'AwardPayload';
  /** The award. */
  award?: Maybe<Award>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** A winner of an award. */
export type AwardWinner = {
  __typename?: 'AwardWinner';
  /** What the winner does, e.g. "cleaning services". */
  activity: Scalars['String']['output'];
  /** Name, e.g. "USTR GmbH". */
  name: Scalars['String']['output'];
  /** The winner as an organisation of the network, when it is one. */
  organisation?: Maybe<Organisation>;
};

/** A winner of a new award. */
export type AwardWinnerInput = {
  /** What the winner does, 1–300 characters. */
  activity: Scalars['String']['input'];
  /** Name, 1–200 characters. */
  name: Scalars['String']['input'];
  /** The winner as an organisation of the network, when it is one. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * One organisation's assessment in one round. Readable by the organisation's members, the
 * leading members of groups where it learns, and the coordinator.
 */
export type Benchmark = Node & {
  __typename?: 'Benchmark';
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The thematic areas the assessment marks as a need. */
  needs: Array<ThematicArea>;
  /** The assessed organisation. */
  organisation: Organisation;
  /** The round. */
  round: BenchmarkRound;
  /** The assessed cells; cells never assessed are absent. */
  scores: Array<BenchmarkScore>;
  /** Draft or validated. */
  status: BenchmarkStatus;
  /** Version for optimistic concurrency: pass it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /**
   * Whether the viewer may edit this benchmark (its organisation while it is a draft, and
   * the coordinator).
   */
  viewerCanUpdate: Scalars['Boolean']['output'];
  /** Whether the viewer may validate this benchmark. */
  viewerCanValidate: Scalars['Boolean']['output'];
};

/** A cell of the benchmark matrix, without an assessment: a key actor on one dimension. */
export type BenchmarkCell = {
  __typename?: 'BenchmarkCell';
  /** Which dimension. */
  dimension: BenchmarkDimension;
  /** Whose practice. */
  keyActor: KeyActor;
};

/** A benchmark cell: a key actor on one dimension. */
export type BenchmarkCellInput = {
  /** Which dimension. */
  dimension: BenchmarkDimension;
  /** Whose practice. */
  keyActor: KeyActor;
};

export type BenchmarkConnection = {
  __typename?: 'BenchmarkConnection';
  /** A list of edges. */
  edges: Array<BenchmarkEdge>;
  /** A list of nodes. */
  nodes: Array<Benchmark>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The dimensions each key actor is assessed on. */
export type BenchmarkDimension =
  /** Cooperation with external stakeholders. */
  | 'COOPERATION_WITH_EXTERNAL_STAKEHOLDERS'
  /** Inclusive procurement. */
  | 'INCLUSIVE_PROCUREMENT'
  /** Leadership and inter-departmental work. */
  | 'LEADERSHIP_AND_INTERDEPARTMENTAL_WORK'
  /** Mapping and needs assessment. */
  | 'MAPPING_AND_NEEDS_ASSESSMENT'
  /** Membership and representation. */
  | 'MEMBERSHIP_AND_REPRESENTATION'
  /** Recognition and evaluation. */
  | 'RECOGNITION_AND_EVALUATION'
  /** Support services. */
  | 'SUPPORT_SERVICES';

/** An edge in a connection. */
export type BenchmarkEdge = {
  __typename?: 'BenchmarkEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Benchmark;
};

/** Benchmark levels of one key actor in one dimension across organisations. */
export type BenchmarkLevels = {
  __typename?: 'BenchmarkLevels';
  /** Their average level. */
  average: Scalars['Float']['output'];
  /** The dimension. */
  dimension: BenchmarkDimension;
  /** The key actor. */
  keyActor: KeyActor;
  /** Organisations scored. */
  organisations: Scalars['Int']['output'];
  /** Organisations at level 0, 1, 2 and 3 (index = level). */
  organisationsPerLevel: Array<Scalars['Int']['output']>;
};

/** Result of `createBenchmark`, `updateBenchmark` and `validateBenchmark`. */
export type BenchmarkPayload = {
  __typename?: 'BenchmarkPayload';
  /** The benchmark. */
  benchmark?: Maybe<Benchmark>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** A benchmarking round, so a later re-benchmark can be compared with the first. */
export type BenchmarkRound = Node & {
  __typename?: 'BenchmarkRound';
  /** When the round took place. */
  heldOn: Scalars['NaiveDate']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Name, e.g. "Baseline 2018". */
  name: Scalars['String']['output'];
};

export type BenchmarkRoundConnection = {
  __typename?: 'BenchmarkRoundConnection';
  /** A list of edges. */
  edges: Array<BenchmarkRoundEdge>;
  /** A list of nodes. */
  nodes: Array<BenchmarkRound>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type BenchmarkRoundEdge = {
  __typename?: 'BenchmarkRoundEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: BenchmarkRound;
};

/** Result of `createBenchmarkRound`. */
export type BenchmarkRoundPayload = {
  __typename?: 'BenchmarkRoundPayload';
  /** The round. */
  round?: Maybe<BenchmarkRound>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** One cell of a benchmark: a key actor on one dimension. */
export type BenchmarkScore = {
  __typename?: 'BenchmarkScore';
  /** What works already. */
  achievements: Scalars['String']['output'];
  /** Which dimension. */
  dimension: BenchmarkDimension;
  /** What is missing. */
  gaps: Scalars['String']['output'];
  /** Whose practice. */
  keyActor: KeyActor;
  /** Maturity from 0 (nothing in place) to 3 (established), null when not assessed. */
  level?: Maybe<Scalars['Int']['output']>;
  /** What is needed. */
  needs: Scalars['String']['output'];
};

/** One cell of the benchmark matrix. */
export type BenchmarkScoreInput = {
  /** What works already (at most 5,000 characters). */
  achievements?: Scalars['String']['input'];
  /** Which dimension. */
  dimension: BenchmarkDimension;
  /** What is missing (at most 5,000 characters). */
  gaps?: Scalars['String']['input'];
  /** Whose practice. */
  keyActor: KeyActor;
  /** Maturity 0–3, or null when not assessed. */
  level?: InputMaybe<Scalars['Int']['input']>;
  /** What is needed (at most 5,000 characters). */
  needs?: Scalars['String']['input'];
};

/** Where a benchmark is in its life. */
export type BenchmarkStatus =
  /** Being written by the organisation. */
  | 'DRAFT'
  /** Checked by the coordinator; its needs drive mandatory memberships. */
  | 'VALIDATED';

/**
 * The signed-in user's calendar feed: coordination calls and webinars of its groups, every
 * event, and its organisation's step deadlines, for calendar apps.
 */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  /** When it was created (its URL is shown only then). */
  createdAt: Scalars['DateTime']['output'];
};

/**
 * Input of `createCalendarFeed` and `revokeCalendarFeed`: both act on the signed-in user's
 * own feed, so they need nothing but an optional client marker.
 */
export type CalendarFeedInput = {
  /**
   * Echoed in the payload, for clients matching answers to requests (Relay's
   * convention); at most 100 characters.
   */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

/** A decision taken at a coordination call, with the plan steps it concerns. */
export type CallDecision = {
  __typename?: 'CallDecision';
  /** The global IDs of the steps it concerns. */
  stepIds: Array<Scalars['ID']['output']>;
  /** What was decided. */
  text: Scalars['String']['output'];
};

/** Which composition rule of the report a warning is about. */
export type CompositionRule =
  /** "This allowed each city/region to lead at least one Working Group." */
  | 'EVERY_TERRITORY_LEADS'
  /** "Two leading cities/regions have been assigned to each Working Group." */
  | 'TWO_LEADING_TERRITORIES';

/** A departure from the programme's composition rules. */
export type CompositionWarning = {
  __typename?: 'CompositionWarning';
  /** How many the rule asks for (2). */
  expectedCount: Scalars['Int']['output'];
  /** How many distinct cities/regions lead that group (`TWO_LEADING_TERRITORIES`). */
  leadingCount?: Maybe<Scalars['Int']['output']>;
  /** The rule departed from. */
  rule: CompositionRule;
  /** The city or region that leads no group (`EVERY_TERRITORY_LEADS`). */
  territory?: Maybe<Territory>;
  /** The group led by another number of cities/regions (`TWO_LEADING_TERRITORIES`). */
  workingGroup?: Maybe<WorkingGroup>;
};

/** A working group's check-in, every 3–4 months, facilitated by the coordinator. */
export type CoordinationCall = Node & {
  __typename?: 'CoordinationCall';
  /** What will be discussed. */
  agenda?: Maybe<Scalars['String']['output']>;
  /** What was decided. */
  decisions: Array<CallDecision>;
  /** Who facilitates it. */
  facilitator?: Maybe<User>;
  /** True for demo data generated from the six plans (not from the 2018 report). */
  generated: Scalars['Boolean']['output'];
  /** When it is (or was) held. */
  heldOn: Scalars['NaiveDate']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** What was said. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The organisations taking part. */
  participants: Array<Organisation>;
  /**
   * The progress reports presented at this call, newest first (of plans the caller may
   * read).
   */
  progressReports: ProgressReportConnection;
  /** Whether it lies in the future (scheduled) rather than the past (held). */
  scheduled: Scalars['Boolean']['output'];
  /** Shared by the calls scheduled together as a recurring series; null for a single call. */
  seriesId?: Maybe<Scalars['String']['output']>;
  /**
   * The local time it starts, `HH:MM`, in `timeZone`; null for a call known only by its
   * day.
   */
  startTime?: Maybe<Scalars['String']['output']>;
  /** The instant it starts (its day and local time in its zone), when it has a time. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** The IANA time zone of `startTime`, e.g. "Europe/Brussels". */
  timeZone?: Maybe<Scalars['String']['output']>;
  /** Optimistic-concurrency version, for `updateCoordinationCall`. */
  version: Scalars['Int']['output'];
  /** Whether the viewer may edit, reschedule or cancel this call and record its minutes. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  /** The working group. */
  workingGroup?: Maybe<WorkingGroup>;
};


/** A working group's check-in, every 3–4 months, facilitated by the coordinator. */
export type CoordinationCallProgressReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CoordinationCallConnection = {
  __typename?: 'CoordinationCallConnection';
  /** A list of edges. */
  edges: Array<CoordinationCallEdge>;
  /** A list of nodes. */
  nodes: Array<CoordinationCall>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type CoordinationCallEdge = {
  __typename?: 'CoordinationCallEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: CoordinationCall;
};

/** Result of `updateCoordinationCall` and `deleteCoordinationCall`. */
export type CoordinationCallPayload = {
  __typename?: 'CoordinationCallPayload';
  /** The call (as it was, for a deletion). */
  coordinationCall?: Maybe<CoordinationCall>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `createActionPlan`. */
export type CreateActionPlanInput = {
  /** The organisation (one plan each; else `ALREADY_EXISTS`). */
  organisationId: Scalars['ID']['input'];
};

/** Input of `createApiToken`. */
export type CreateApiTokenInput = {
  /**
   * When it stops working: in the future (`EXPIRY_IN_PAST`) and at most 365 days ahead
   * (`EXPIRY_TOO_FAR`).
   */
  expiresAt: Scalars['DateTime']['input'];
  /** What the token is for, 1–100 characters (e.g. "Monthly report script"). */
  name: Scalars['String']['input'];
  /** `READ` (queries only) or `READ_WRITE`. */
  scope: ApiTokenScope;
};

/** Result of `createApiToken`: the only time the secret is shown. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The new token's details. */
  apiToken?: Maybe<ApiToken>;
  /**
   * The secret (`mega_pat_…`) for `Authorization: Bearer`. Shown only here, only once:
   * only a hash is stored, so it cannot be shown again.
   */
  token?: Maybe<Scalars['String']['output']>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `createAward`. */
export type CreateAwardInput = {
  /** How many applications were submitted; at least 0. */
  applications?: InputMaybe<Scalars['Int']['input']>;
  /** The criteria; at most 20, each at most 1,000 characters. */
  criteria?: Array<Scalars['String']['input']>;
  /** Edition number; at least 0. */
  edition?: InputMaybe<Scalars['Int']['input']>;
  /** Name, e.g. "Phoenix Award"; 1–200 characters. */
  name: Scalars['String']['input'];
  /** The winners, in order; at most 100. */
  winners?: Array<AwardWinnerInput>;
  /** Year, 1900–2100 (`INVALID_YEAR` otherwise). */
  year: Scalars['Int']['input'];
};

/** Input of `createBenchmark`. */
export type CreateBenchmarkInput = {
  /** The assessed organisation (the caller's own, unless coordinator). */
  organisationId: Scalars['ID']['input'];
  /** The round. */
  roundId: Scalars['ID']['input'];
};

/** Input of `createBenchmarkRound`. */
export type CreateBenchmarkRoundInput = {
  /** When the round takes place. */
  heldOn: Scalars['NaiveDate']['input'];
  /** Name, e.g. "Re-benchmark 2020". */
  name: Scalars['String']['input'];
};

/** Result of `createCalendarFeed`: the only time the feed's address is shown. */
export type CreateCalendarFeedPayload = {
  __typename?: 'CreateCalendarFeedPayload';
  /** The new feed. */
  calendarFeed?: Maybe<CalendarFeed>;
  /** The input's `clientMutationId`. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /**
   * The feed's path on this site (`/calendar/<secret>.ics`); prefix the site's address
   * and subscribe to it in a calendar app. Anyone with it reads the calendar: keep it
   * secret, revoke it when it leaks.
   */
  path?: Maybe<Scalars['String']['output']>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `createEvent`. */
export type CreateEventInput = {
  /** The new event. */
  event: EventFieldsInput;
};

/** Input of `createGoodPractice`. */
export type CreateGoodPracticeInput = {
  /** The practice. */
  goodPractice: GoodPracticeFieldsInput;
};

/** Input of `createOrganisation`. */
export type CreateOrganisationInput = {
  /** The new organisation. */
  organisation: OrganisationFieldsInput;
};

/** Input of `createPlenaryOutcome`. */
export type CreatePlenaryOutcomeInput = {
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** The outcome (appended after the event's other outcomes). */
  plenaryOutcome: PlenaryOutcomeFieldsInput;
};

/** Input of `createProgrammePhase`. */
export type CreateProgrammePhaseInput = {
  /** End, as the start; not before it (`END_BEFORE_START`). */
  end?: InputMaybe<Scalars['String']['input']>;
  /** The end in words; at most 200 characters. */
  endText?: InputMaybe<Scalars['String']['input']>;
  /** The phase this is a stage of; none for a phase. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The report's number or letter for it, e.g. "2" or "3d"; at most 8 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`INVALID_DATE`). */
  start?: InputMaybe<Scalars['String']['input']>;
  /** The start in words, e.g. "end-September 2018"; at most 200 characters. */
  startText?: InputMaybe<Scalars['String']['input']>;
  /** What happens in it; at most 2,000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** Input of `createProposedAction`. */
export type CreateProposedActionInput = {
  /** The presenting organisation. */
  organisationId: Scalars['ID']['input'];
  /** The action. */
  proposedAction: ProposedActionFieldsInput;
};

/** Input of `createTerritoryFact`. */
export type CreateTerritoryFactInput = {
  /** ISO 3166-1 alpha-2 country, for figures about a country (`INVALID_COUNTRY`). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** What is counted, 1–300 characters. */
  figure: Scalars['String']['input'];
  /** A qualifier such as "around"; at most 100 characters. */
  qualifier?: InputMaybe<Scalars['String']['input']>;
  /** Where in the source it is; at most 300 characters. */
  section?: InputMaybe<Scalars['String']['input']>;
  /** The sentence quoted, 1–2,000 characters. */
  sourceText: Scalars['String']['input'];
  /** The territory it is about; none for figures without a partner-territory scope. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Unit, 1–100 characters. */
  unit: Scalars['String']['input'];
  /** The number. */
  value: Scalars['Float']['input'];
  /** The year the figure refers to, 1900–2100. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `createTerritory`. */
export type CreateTerritoryInput = {
  /** ISO 3166-1 alpha-2 country code, e.g. "AT" (`INVALID_COUNTRY`). */
  country: Scalars['String']['input'];
  /** Display name, e.g. "Vienna"; 1–200 characters. */
  name: Scalars['String']['input'];
};

/** Input of `createThematicArea`. */
export type CreateThematicAreaInput = {
  /**
   * The benchmark cells whose levels measure the theme (a set: order and repeats do not
   * matter). Omitted or null: none on create, unchanged on update.
   */
  benchmarkCells?: InputMaybe<Array<BenchmarkCellInput>>;
  /** What the theme covers; at most 5,000 characters. */
  description?: Scalars['String']['input'];
  /** Position in the programme, 1–99, unique (`OUT_OF_RANGE`, `ALREADY_EXISTS`). */
  number: Scalars['Int']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** Input of `createUser`. */
export type CreateUserInput = {
  /** Name shown to others. */
  displayName: Scalars['String']['input'];
  /** Login address (unique, case-insensitive). */
  email: Scalars['String']['input'];
  /** Network-wide role. */
  globalRole: GlobalRole;
  /** The organisation the user acts for. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Initial password, 12–128 characters. */
  password: Scalars['String']['input'];
};

/** Input of `createWebhook`. */
export type CreateWebhookInput = {
  /** The events to receive; at least one (`REQUIRED`). */
  events: Array<WebhookEvent>;
  /**
   * Receive only events about this organisation's objects (its members may register such
   * hooks). Omit for a network-wide hook (coordinator only).
   */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The receiving endpoint: an absolute `https` URL of at most 2,000 characters, not on a
   * private, loopback or link-local address (`INVALID_URL`). Demo mode also accepts `http`
   * and loopback receivers.
   */
  url: Scalars['String']['input'];
};

/**
 * Result of `createWebhook` and `rotateWebhookSecret`: the only time a signing secret is
 * shown.
 */
export type CreateWebhookPayload = {
  __typename?: 'CreateWebhookPayload';
  /**
   * The HMAC-SHA256 key (`whsec_…`) deliveries are signed with; see `X-Mega-Signature`
   * in docs/API.md. Shown only here, only once.
   */
  secret?: Maybe<Scalars['String']['output']>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
  /** The webhook. */
  webhook?: Maybe<Webhook>;
};

/** Input of `createWorkingGroup`. */
export type CreateWorkingGroupInput = {
  /** The thematic area (one group per area). */
  thematicAreaId: Scalars['ID']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** How much of a partial date is known. */
export type DatePrecision =
  /** The exact day. */
  | 'DAY'
  /** Year and month. */
  | 'MONTH'
  /** Only the year. */
  | 'YEAR';

/** A decision taken at a call. */
export type DecisionInput = {
  /** The plan steps it concerns. */
  stepIds?: Array<Scalars['ID']['input']>;
  /** What was decided, 1–2,000 characters. */
  text: Scalars['String']['input'];
};

/** Input of `deleteAward`. */
export type DeleteAwardInput = {
  /** The award. */
  id: Scalars['ID']['input'];
};

/** Input of `deleteCoordinationCall`. */
export type DeleteCoordinationCallInput = {
  /** The call. */
  id: Scalars['ID']['input'];
};

/** Input of `deleteEvent`. */
export type DeleteEventInput = {
  /** The event. */
  id: Scalars['ID']['input'];
};

/** Input of `deleteFeedback`. */
export type DeleteFeedbackInput = {
  /** The feedback (a top-level one takes its replies with it). */
  id: Scalars['ID']['input'];
};

/** Input of `deleteGoodPractice`. */
export type DeleteGoodPracticeInput = {
  /** The practice. */
  id: Scalars['ID']['input'];
};

/** Input of `deletePlenaryOutcome`. */
export type DeletePlenaryOutcomeInput = {
  /** The outcome. */
  id: Scalars['ID']['input'];
};

/** Input of `deleteProposedAction`. */
export type DeleteProposedActionInput = {
  /** The proposed action. */
  id: Scalars['ID']['input'];
};

/** Input of `deleteTerritoryFact`. */
export type DeleteTerritoryFactInput = {
  /** The fact. */
  id: Scalars['ID']['input'];
};

/** Input of `deleteWebhook`. */
export type DeleteWebhookInput = {
  /** The webhook. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteWebhook`. */
export type DeleteWebhookPayload = {
  __typename?: 'DeleteWebhookPayload';
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
  /** The webhook as it was before it was deleted. */
  webhook?: Maybe<Webhook>;
};

/** Input of `deleteWebinar`. */
export type DeleteWebinarInput = {
  /** The webinar. */
  id: Scalars['ID']['input'];
};

/**
 * A gathering of the network, e.g. the Munich peer-learning event, with its agenda and
 * participants.
 */
export type Event = Node & {
  __typename?: 'Event';
  /**
   * The timetable, ordered by date, start time (items without a clock time first) and
   * printed position.
   */
  agenda: Array<AgendaItem>;
  /** City, e.g. "Munich". */
  city: Scalars['String']['output'];
  /** The dates as printed, e.g. "4-6 December 2018". */
  datesText?: Maybe<Scalars['String']['output']>;
  /** The distinct days of the agenda, in order, for a day-by-day timetable. */
  days: Array<Scalars['NaiveDate']['output']>;
  /** Last day. */
  endDate: Scalars['NaiveDate']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The people who attended, by surname. */
  participants: EventParticipantConnection;
  /** What the plenary discussions concluded, one outcome per session, in printed order. */
  plenaryOutcomes: Array<PlenaryOutcome>;
  /** First day. */
  startDate: Scalars['NaiveDate']['output'];
  /** The partner territory hosting the event, if any. */
  territory?: Maybe<Territory>;
  /** Title, e.g. "Peer Learning Event". */
  title: Scalars['String']['output'];
  /** Address of the venue. */
  venue: Scalars['String']['output'];
  /** Whether the viewer may edit this event, its agenda, participants and plenary outcomes. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};


/**
 * A gathering of the network, e.g. the Munich peer-learning event, with its agenda and
 * participants.
 */
export type EventParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  /** A list of edges. */
  edges: Array<EventEdge>;
  /** A list of nodes. */
  nodes: Array<Event>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Event;
};

/** The fields of an event. */
export type EventFieldsInput = {
  /** City, 1–200 characters. */
  city: Scalars['String']['input'];
  /** The dates as printed, e.g. "4-6 December 2018"; at most 200 characters. */
  datesText?: InputMaybe<Scalars['String']['input']>;
  /** Last day, not before the first (else `END_BEFORE_START`). */
  endDate: Scalars['NaiveDate']['input'];
  /** First day. */
  startDate: Scalars['NaiveDate']['input'];
  /** The hosting partner territory. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
  /** Address of the venue, 1–300 characters. */
  venue: Scalars['String']['input'];
};

/** A person who attended an event; people need no login. */
export type EventParticipant = Node & {
  __typename?: 'EventParticipant';
  /** ISO 3166-1 alpha-2 country code, e.g. "DE". */
  country: Scalars['String']['output'];
  /** The event. */
  event: Event;
  /** Given name(s), e.g. "Toufic M.". */
  firstName: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Surname with its particles, e.g. "von Kapff". */
  lastName: Scalars['String']['output'];
  /** The organisation the person came for, when it is known to the network. */
  organisation?: Maybe<Organisation>;
  /** The organisation as printed, e.g. "Company Founding, IHK Munich". */
  organisationText: Scalars['String']['output'];
};

export type EventParticipantConnection = {
  __typename?: 'EventParticipantConnection';
  /** A list of edges. */
  edges: Array<EventParticipantEdge>;
  /** A list of nodes. */
  nodes: Array<EventParticipant>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type EventParticipantEdge = {
  __typename?: 'EventParticipantEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: EventParticipant;
};

/** Result of `addEventParticipant` and `removeEventParticipant`. */
export type EventParticipantPayload = {
  __typename?: 'EventParticipantPayload';
  /** The participant (as it was, for `removeEventParticipant`). */
  participant?: Maybe<EventParticipant>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Result of `createEvent` and `updateEvent`. */
export type EventPayload = {
  __typename?: 'EventPayload';
  /** The event. */
  event?: Maybe<Event>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `inviteExpert` and `withdrawExpertInvitation`. */
export type ExpertInvitationInput = {
  /** The expert (a user with role EXPERT). */
  userId: Scalars['ID']['input'];
  /** The group. */
  workingGroupId: Scalars['ID']['input'];
};

/** Result of `inviteExpert` and `withdrawExpertInvitation`. */
export type ExpertInvitationPayload = {
  __typename?: 'ExpertInvitationPayload';
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
  /** The group. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** A comment in a feedback thread on a proposed action, an action plan or an action. */
export type Feedback = Node & {
  __typename?: 'Feedback';
  /** Who wrote it. */
  author: User;
  /** The text. */
  body: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** When its text was last corrected; null if never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** What it is. */
  kind: FeedbackKind;
  /** The top-level feedback this replies to; null for top-level feedback. */
  parent?: Maybe<Feedback>;
  /** The proposed action it is about; null when it is about a plan or an action. */
  proposedAction?: Maybe<ProposedAction>;
  /** The replies to this feedback, oldest first (empty for replies: one level of nesting). */
  replies: Array<Feedback>;
  /** When the thread was marked resolved; null while open (and for replies). */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who marked the thread resolved; null while open. */
  resolvedBy?: Maybe<User>;
  /**
   * The global ID of what it is about: a proposed action, an action plan, an action or a
   * progress report.
   */
  subjectId: Scalars['ID']['output'];
  /**
   * Whether the viewer may correct or delete this feedback (`updateFeedback`,
   * `deleteFeedback`): its author, and the coordinator as moderator.
   */
  viewerCanEdit: Scalars['Boolean']['output'];
  /**
   * Whether the viewer may reply to this comment (top-level comments only; replies do not
   * nest).
   */
  viewerCanReply: Scalars['Boolean']['output'];
  /**
   * Whether the viewer may mark this thread resolved or open it again
   * (`resolveFeedbackThread`; top-level feedback only).
   */
  viewerCanResolve: Scalars['Boolean']['output'];
};

/** What a piece of feedback is. */
export type FeedbackKind =
  /** An assessment by an expert, a leading member or the coordinator. */
  | 'EXPERT_FEEDBACK'
  /** A question. */
  | 'QUESTION'
  /** A concrete recommendation. */
  | 'RECOMMENDATION'
  /** An answer in the thread. */
  | 'REPLY';

/**
 * Result of `addFeedback`, `updateFeedback`, `resolveFeedbackThread` and
 * `deleteFeedback` (the feedback as it was).
 */
export type FeedbackPayload = {
  __typename?: 'FeedbackPayload';
  /** The feedback. */
  feedback?: Maybe<Feedback>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** A user's role across the whole network; roles in working groups come from memberships. */
export type GlobalRole =
  /** The network's coordinator (MPG). */
  | 'COORDINATOR'
  /** An expert invited to working groups. */
  | 'EXPERT'
  /** A member of a partner organisation. */
  | 'PARTNER';

/**
 * A transferable practice of the network's library, e.g. the Phoenix Award or Adive's
 * supplier-diversity model.
 */
export type GoodPractice = Node & {
  __typename?: 'GoodPractice';
  /**
   * The plan actions that adopt this practice and whose plans the viewer reads, in the
   * order they were linked: where it was transferred to.
   */
  adoptedBy: Array<Action>;
  /** What the practice is. */
  description: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The organisation behind the practice, if one is named. */
  organisation?: Maybe<Organisation>;
  /**
   * Since when the practice is on the public pages (`/public/good-practices/…`, no sign-in
   * needed); null when it is not.
   */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it comes from, e.g. "Supplier diversity – Ask the expert: “…”". */
  source: Scalars['String']['output'];
  /**
   * The learning theme it belongs to, if any; the leading members of that theme's working
   * group may edit the practice.
   */
  thematicArea?: Maybe<ThematicArea>;
  /** Title, e.g. "Phoenix Award". */
  title: Scalars['String']['output'];
  /**
   * Whether the viewer may publish this practice or withdraw it (`publishGoodPractice`,
   * `withdrawGoodPractice`): the coordinator.
   */
  viewerCanPublish: Scalars['Boolean']['output'];
  /**
   * Whether the viewer may edit this practice: the coordinator, and the leading members of
   * the groups of its thematic area.
   */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

export type GoodPracticeConnection = {
  __typename?: 'GoodPracticeConnection';
  /** A list of edges. */
  edges: Array<GoodPracticeEdge>;
  /** A list of nodes. */
  nodes: Array<GoodPractice>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type GoodPracticeEdge = {
  __typename?: 'GoodPracticeEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: GoodPractice;
};

/** The editable fields of a good practice. */
export type GoodPracticeFieldsInput = {
  /** What the practice is, 1–10,000 characters. */
  description: Scalars['String']['input'];
  /** The organisation behind the practice, if one is named. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it comes from, e.g. "Phoenix Award" or a quotation; 1–2,000 characters. */
  source: Scalars['String']['input'];
  /**
   * The learning theme it belongs to. Leading members of that theme's working group may
   * add and edit it; without an area only the coordinator can.
   */
  thematicAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/**
 * Result of `createGoodPractice`, `updateGoodPractice`, `deleteGoodPractice`,
 * `publishGoodPractice` and `withdrawGoodPractice`.
 */
export type GoodPracticePayload = {
  __typename?: 'GoodPracticePayload';
  /** The good practice. */
  goodPractice?: Maybe<GoodPractice>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `importActionPlanCsv`. */
export type ImportActionPlanCsvInput = {
  /** The plan in the format of `GET /api/action-plans/{id}.csv` (header row first). */
  csv: Scalars['String']['input'];
  /** Whose plan. */
  organisationId: Scalars['ID']['input'];
};

/** Result of `importActionPlanCsv`. */
export type ImportActionPlanCsvPayload = {
  __typename?: 'ImportActionPlanCsvPayload';
  /** The created or replaced plan. */
  actionPlan?: Maybe<ActionPlan>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** The actors a benchmark looks at. */
export type KeyActor =
  /** Business organisations. */
  | 'BUSINESS_ORGANISATION'
  /** Chambers of commerce. */
  | 'CHAMBER_OF_COMMERCE'
  /** Immigrant organisations. */
  | 'IMMIGRANT_ORGANISATION'
  /** Municipalities. */
  | 'MUNICIPALITY';

/**
 * A language of the interface. A closed set: each is complete in the SPA, and messages to
 * a user (e-mails, later) need a language there is a text for.
 */
export type Language =
  /** German. */
  | 'DE'
  /** English. */
  | 'EN'
  /** Spanish. */
  | 'ES'
  /** French. */
  | 'FR'
  /** Italian. */
  | 'IT';

/** A step that is late: behind its baseline, or past its end without being done. */
export type LateStep = {
  __typename?: 'LateStep';
  /** The global ID of the step's plan. */
  actionPlanId: Scalars['ID']['output'];
  /** Days its current end lies after its baseline end. */
  daysBehindBaseline: Scalars['Int']['output'];
  /** The larger of the two. */
  daysLate: Scalars['Int']['output'];
  /** Days its end has passed without it being done. */
  daysOverdue: Scalars['Int']['output'];
  /** The plan's organisation. */
  organisation?: Maybe<Organisation>;
  /** Latest reported status (NOT_STARTED when never reported). */
  status: StepStatus;
  /** The step (with its number in its action). */
  step?: Maybe<ActionStep>;
  /** The working group of the step's thematic area, if any. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** Credentials for `login`. */
export type LoginInput = {
  /** Login e-mail address (case-insensitive). */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** Tokens of a session. All fields but `userErrors` are null when `userErrors` is not empty. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** Short-lived JWT for the `Authorization: Bearer` header. */
  accessToken?: Maybe<Scalars['String']['output']>;
  /** When the access token expires; refresh shortly before. */
  accessTokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Opaque single-use token for `refreshToken`; rotates on every use. Null when the
   * request asked for it as a cookie (`X-Mega-Session: cookie`, the SPA).
   */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** When the refresh token expires. */
  refreshTokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
  /** The signed-in user. */
  viewer?: Maybe<User>;
};

/** Input of `logout`. */
export type LogoutInput = {
  /** The refresh token of the session to end (every token rotated from the same login). */
  refreshToken: Scalars['String']['input'];
};

/** Result of `logout`. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** True when the session is ended (also when it had ended already). */
  success: Scalars['Boolean']['output'];
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** How a kind of notification is mailed. */
export type MailDelivery =
  /** Gathered into one message a day (collected at 05:00 UTC). */
  | 'DAILY_DIGEST'
  /** One message per notification, as soon as it happens (the default). */
  | 'IMMEDIATELY'
  /** Not mailed; the notification still shows in the application. */
  | 'OFF'
  /** Gathered into one message a week (Mondays, 05:00 UTC). */
  | 'WEEKLY_DIGEST';

/** How many messages are in each state. */
export type MailOutboxCounts = {
  __typename?: 'MailOutboxCounts';
  /** Dropped. */
  dropped: Scalars['Int']['output'];
  /** Waiting. */
  pending: Scalars['Int']['output'];
  /** Sent. */
  sent: Scalars['Int']['output'];
};

/** How the user wants one kind of notification mailed. */
export type MailPreference = {
  __typename?: 'MailPreference';
  /** How it is mailed. */
  delivery: MailDelivery;
  /** The kind of notification. */
  kind: NotificationKind;
};

/** Where a message of the outbox stands. */
export type MailStatus =
  /** Not sent on purpose: its recipient was deactivated or its notifications are gone. */
  | 'DROPPED'
  /** Waiting for the SMTP server (again, after a failed attempt). */
  | 'PENDING'
  /** Accepted by the SMTP server. */
  | 'SENT';

/** Input of `markAllNotificationsRead`. */
export type MarkAllNotificationsReadInput = {
  /**
   * Only those written at or before this moment (the time the caller saw its list), so a
   * notification arriving meanwhile stays unread; all when left out.
   */
  upTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Result of `markAllNotificationsRead`. */
export type MarkAllNotificationsReadPayload = {
  __typename?: 'MarkAllNotificationsReadPayload';
  /** How many unread notifications were marked read. */
  marked?: Maybe<Scalars['Int']['output']>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `markNotificationRead`. */
export type MarkNotificationReadInput = {
  /** One of the caller's notifications; anyone else's is `NOT_FOUND`. */
  id: Scalars['ID']['input'];
};

/** Result of `markNotificationRead`. */
export type MarkNotificationReadPayload = {
  __typename?: 'MarkNotificationReadPayload';
  /** The notification, read. */
  notification?: Maybe<Notification>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** An organisation's membership of a working group. */
export type Membership = Node & {
  __typename?: 'Membership';
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Remark, e.g. "supportive role". */
  note?: Maybe<Scalars['String']['output']>;
  /** The member organisation. */
  organisation: Organisation;
  /** Mandatory (the benchmark marks the area as a need) or optional. */
  participation: Participation;
  /** Leading or learning. */
  role: MembershipRole;
  /** Whether the viewer may change or remove this membership. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  /** The group. */
  workingGroup: WorkingGroup;
};

/** Result of `addMembership`, `updateMembership` and `removeMembership`. */
export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  /** The membership (as it was, for `removeMembership`). */
  membership?: Maybe<Membership>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** What an organisation does in a working group. */
export type MembershipRole =
  /** Shares its expertise and coaches the learning members. */
  | 'LEADING'
  /** Learns from the leading members. */
  | 'LEARNING';

/**
 * A learning member with an IMPLEMENTING plan that reported on none of its steps in the
 * group's area at the group's last call.
 */
export type MissingReport = {
  __typename?: 'MissingReport';
  /** The group's last call. */
  coordinationCall?: Maybe<CoordinationCall>;
  /** The organisation whose report is missing. */
  organisation?: Maybe<Organisation>;
  /** The working group. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** Input of `moveActionStep`. */
export type MoveActionStepInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The step. */
  id: Scalars['ID']['input'];
  /** The new parent (a top-level step of the same action), or null for the top level. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** 0-based index among the new siblings; null appends. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Appends an action to a plan. Members of the organisation while the plan is DRAFT or
   * SUBMITTED; the coordinator always.
   */
  addAction: ActionPayload;
  /**
   * Appends a step to an action, optionally under a top-level step. Members of the
   * organisation until the plan is COMPLETED (with a `reason` once it is ADOPTED: that is
   * re-planning); the coordinator always.
   */
  addActionStep: ActionStepPayload;
  /**
   * Adds an item to an event's agenda. Every broken agenda rule comes back as a
   * `userError` (`END_BEFORE_START`, `MINUTES_EXCEED_SLOT`, `OVERLAPPING_ITEMS`, …) and
   * nothing is saved. Coordinator only.
   */
  addAgendaItem: AgendaItemPayload;
  /** Adds a participant (a person without a login) to an event. Coordinator only. */
  addEventParticipant: EventParticipantPayload;
  /**
   * Adds feedback to the thread of a proposed action, an action plan or one of its actions.
   * The leading members and invited experts of the groups concerned and the coordinator
   * give any kind; members of the presenting (or owning) organisation ask questions and
   * reply; everyone else is refused (`FORBIDDEN`). Nobody comments on a plan they may not
   * read.
   */
  addFeedback: FeedbackPayload;
  /** Adds an organisation to a working group. Coordinator only. */
  addMembership: MembershipPayload;
  /**
   * Adds every missing mandatory member (see `WorkingGroup.missingMandatoryMembers`) as a
   * learning, mandatory member. Coordinator only.
   */
  addMissingMandatoryMembers: AddMissingMandatoryMembersPayload;
  /**
   * Creates an organisation's empty DRAFT plan. Members of the organisation and the
   * coordinator.
   */
  createActionPlan: ActionPlanPayload;
  /**
   * Creates a personal access token for the caller. Signed-in users only, and only with a
   * session: a request authenticated by an API token gets `FORBIDDEN`. The secret is in
   * the payload's `token`, once.
   */
  createApiToken: CreateApiTokenPayload;
  /** Records an award edition with its winners. Coordinator only. */
  createAward: AwardPayload;
  /**
   * Starts an organisation's draft benchmark in a round. The organisation's members and
   * the coordinator.
   */
  createBenchmark: BenchmarkPayload;
  /** Creates a benchmarking round. Coordinator only. */
  createBenchmarkRound: BenchmarkRoundPayload;
  /**
   * Creates a calendar feed for the signed-in user, revoking an earlier one. Open to every
   * signed-in user, for themselves.
   */
  createCalendarFeed: CreateCalendarFeedPayload;
  /** Creates an event. Coordinator only. */
  createEvent: EventPayload;
  /**
   * Adds a good practice to the library. The coordinator, and leading members of the
   * working group of the practice's thematic area.
   */
  createGoodPractice: GoodPracticePayload;
  /** Creates an organisation. Coordinator only. */
  createOrganisation: OrganisationPayload;
  /** Records what a plenary session of an event concluded. Coordinator only. */
  createPlenaryOutcome: PlenaryOutcomePayload;
  /** Adds a phase to the programme, or a stage to a phase. Coordinator only. */
  createProgrammePhase: ProgrammePhasePayload;
  /**
   * Proposes an action of an organisation to one of its working groups. Members of the
   * organisation and the coordinator.
   */
  createProposedAction: ProposedActionPayload;
  /** Adds a partner city or region. Coordinator only. */
  createTerritory: TerritoryPayload;
  /** Records a figure quoted as evidence. Coordinator only. */
  createTerritoryFact: TerritoryFactPayload;
  /**
   * Adds a learning theme; its working group is created with `createWorkingGroup`.
   * Coordinator only.
   */
  createThematicArea: ThematicAreaPayload;
  /** Creates a user account. Coordinator only. */
  createUser: UserPayload;
  /**
   * Registers a webhook. The coordinator registers network-wide hooks or hooks for any
   * organisation; members of an organisation register hooks for their organisation's
   * objects. The signing secret is in the payload, once.
   */
  createWebhook: CreateWebhookPayload;
  /** Creates the working group of a thematic area. Coordinator only. */
  createWorkingGroup: WorkingGroupPayload;
  /**
   * Deactivates a user: it can no longer sign in and its sessions end. Users are never
   * deleted, because they may have authored content. Coordinator only.
   */
  deactivateUser: UserPayload;
  /** Deletes an award with its winners; the payload holds it as it was. Coordinator only. */
  deleteAward: AwardPayload;
  /** Deletes a call; reports presented at it stay, without the call. Coordinator only. */
  deleteCoordinationCall: CoordinationCallPayload;
  /**
   * Deletes an event with its agenda, participants and plenary outcomes; the payload holds
   * it as it was. Coordinator only.
   */
  deleteEvent: EventPayload;
  /**
   * Deletes a feedback, with its replies when it starts a thread; the payload holds it as
   * it was. Its author, and the coordinator as moderator.
   */
  deleteFeedback: FeedbackPayload;
  /**
   * Deletes a good practice; webinars that showcased it keep their other practices. The
   * payload holds it as it was. Whoever may edit it.
   */
  deleteGoodPractice: GoodPracticePayload;
  /** Deletes a plenary outcome; the payload holds it as it was. Coordinator only. */
  deletePlenaryOutcome: PlenaryOutcomePayload;
  /**
   * Deletes a proposed action with its feedback threads; the payload holds it as it was.
   * Refused with `IN_USE` while a plan action grew from it. Whoever may edit it.
   */
  deleteProposedAction: ProposedActionPayload;
  /** Deletes a territory fact; the payload holds it as it was. Coordinator only. */
  deleteTerritoryFact: TerritoryFactPayload;
  /** Deletes a webhook and its delivery records; queued deliveries are not sent. */
  deleteWebhook: DeleteWebhookPayload;
  /**
   * Cancels a webinar: deletes it with its presenters and practice links; the payload holds
   * it as it was. The group's leading members and the coordinator.
   */
  deleteWebinar: WebinarPayload;
  /**
   * Creates the organisation's plan from CSV, or replaces the content of its DRAFT plan
   * (`PLAN_NOT_DRAFT` otherwise). Problems come back per row as userErrors and nothing
   * changes. The organisation's members and the coordinator.
   */
  importActionPlanCsv: ImportActionPlanCsvPayload;
  /**
   * Invites an expert to give feedback in a working group. The coordinator and the
   * group's leading members.
   */
  inviteExpert: ExpertInvitationPayload;
  /**
   * Signs in. Unknown e-mail, wrong password and a deactivated account give the same
   * `UNAUTHENTICATED` error.
   */
  login: LoginPayload;
  /**
   * Ends the session the refresh token belongs to; its access tokens expire on their own
   * within minutes.
   */
  logout: LogoutPayload;
  /**
   * Marks all the caller's unread notifications read (or those written up to `upTo`).
   * Every signed-in user, for their own notifications only.
   */
  markAllNotificationsRead: MarkAllNotificationsReadPayload;
  /**
   * Marks one of the caller's notifications read (one read already keeps its time).
   * Every signed-in user, for their own notifications only: another user's, or another
   * type's ID, is `NOT_FOUND` on `id`.
   */
  markNotificationRead: MarkNotificationReadPayload;
  /**
   * Moves a step: another parent (a top-level step of the same action, or none) and/or
   * another position. Deeper nesting and cycles are `INVALID_PARENT`. Who: as `addAction`.
   */
  moveActionStep: ActionStepPayload;
  /**
   * Puts a good practice on the public, read-only pages (no sign-in needed to read them);
   * publishing it again keeps its date. The coordinator only.
   */
  publishGoodPractice: GoodPracticePayload;
  /**
   * Puts an agreed plan's summary on the public pages (`/public/plans/…`, no sign-in
   * needed): its objectives, their steps with dates, status and progress, and the names of
   * its city and themes; never stakeholders, reports' texts or people. A DRAFT or SUBMITTED
   * plan is `NOT_AGREED`; publishing again keeps the date. The coordinator only.
   */
  publishPlanSummary: ActionPlanPayload;
  /**
   * Sends one of a webhook's deliveries again, as a new delivery queued now. Whoever may
   * change the hook.
   */
  redeliverWebhookDelivery: RedeliverWebhookDeliveryPayload;
  /**
   * Exchanges a refresh token for a new access token and a new refresh token. Reusing a
   * spent refresh token ends the whole session (`UNAUTHENTICATED`).
   */
  refreshToken: RefreshTokenPayload;
  /** Removes an action with its steps at `expectedVersion`. Who: as `addAction`. */
  removeAction: ActionPlanPayload;
  /**
   * Removes a step with its sub-steps at `expectedVersion`. Who: as `addActionStep` (with
   * a `reason` once the plan is ADOPTED).
   */
  removeActionStep: ActionPayload;
  /** Removes an agenda item. Coordinator only. */
  removeAgendaItem: AgendaItemPayload;
  /** Removes a participant from an event. Coordinator only. */
  removeEventParticipant: EventParticipantPayload;
  /** Removes an organisation from a working group. Coordinator only. */
  removeMembership: MembershipPayload;
  /**
   * Moves a step's dates at `expectedVersion`. The baseline stays; a printed wording of a
   * date that moves is cleared. Members of the plan's organisation until it is COMPLETED,
   * the coordinator always; once the plan is ADOPTED a `reason` is required and the move is
   * kept in the plan's `changes`.
   */
  replanActionStep: ActionStepPayload;
  /**
   * Sets a new random password and ends the user's sessions; the password is returned
   * once. Coordinator only.
   */
  resetUserPassword: ResetUserPasswordPayload;
  /**
   * Marks a thread resolved, or open again. Whoever started it, members of the
   * organisation it is about, and the coordinator. A reply is `NOT_A_THREAD`.
   */
  resolveFeedbackThread: FeedbackPayload;
  /**
   * Revokes a personal access token at once. Its owner, or the coordinator for anyone's;
   * a revoked token gives `ALREADY_REVOKED`.
   */
  revokeApiToken: RevokeApiTokenPayload;
  /**
   * Revokes the signed-in user's calendar feed: its URL answers 404 from now on.
   * `NOT_FOUND` when there is none.
   */
  revokeCalendarFeed: RevokeCalendarFeedPayload;
  /**
   * Replaces a webhook's signing secret: the new one is in the payload, once, and every
   * delivery from now on is signed with it. Whoever may change the hook.
   */
  rotateWebhookSecret: CreateWebhookPayload;
  /**
   * Schedules a working group's coordination call, or with `repeat` a series of them.
   * Coordinator only.
   */
  scheduleCoordinationCall: ScheduleCoordinationCallPayload;
  /** Schedules a working group's webinar. The group's leading members and the coordinator. */
  scheduleWebinar: WebinarPayload;
  /**
   * Sets the good practices an action adopts, so each practice can be followed to the
   * cities that take it up (`GoodPractice.adoptedBy`, `report.practiceTransfers`). The
   * plan's organisation in every stage, and the coordinator.
   */
  setActionGoodPractices: ActionPayload;
  /**
   * Sets the next baseline of an ADOPTED or IMPLEMENTING plan from its steps' current
   * dates; earlier baselines stay in `baselines` for comparison, and slippage is measured
   * against the new one. The coordinator only.
   */
  setPlanBaseline: ActionPlanPayload;
  /**
   * Reports progress on a step of an IMPLEMENTING plan. Members of the plan's organisation
   * and the coordinator; the latest report sets the step's status and percentage.
   */
  submitProgressReport: ProgressReportPayload;
  /**
   * Moves a plan to another stage at the plan's `expectedVersion`. Members of the
   * organisation: DRAFT→SUBMITTED, SUBMITTED→DRAFT, ADOPTED→IMPLEMENTING,
   * IMPLEMENTING→COMPLETED; the coordinator also adopts (SUBMITTED→ADOPTED) and reopens
   * (→DRAFT). Other moves are `INVALID_TRANSITION`; entering SUBMITTED or ADOPTED returns
   * every broken plan rule (`TOO_FEW_ACTIONS`, `NO_MUTUAL_LEARNING_ACTION`). Entering
   * ADOPTED the first time sets baseline 1 from each step's dates; a re-adoption keeps the
   * baseline unless `rebaseline` is true.
   */
  transitionActionPlan: ActionPlanPayload;
  /** Replaces an action's fields at `expectedVersion`. Who: as `addAction`. */
  updateAction: ActionPayload;
  /**
   * Replaces a step's fields at `expectedVersion`; the baseline frozen at adoption stays.
   * Who: as `addAction`. In an ADOPTED or later plan (the coordinator) the dates do not
   * change here (`REPLAN_REQUIRED`): use `replanActionStep`.
   */
  updateActionStep: ActionStepPayload;
  /**
   * Replaces an agenda item's fields, under the same rules as `addAgendaItem`.
   * Coordinator only.
   */
  updateAgendaItem: AgendaItemPayload;
  /** Replaces an award's fields and winners. Coordinator only. */
  updateAward: AwardPayload;
  /**
   * Replaces the cells and needs of a draft benchmark. The organisation's members (draft
   * only) and the coordinator.
   */
  updateBenchmark: BenchmarkPayload;
  /**
   * Edits a call: date, facilitator, participants, agenda, notes and decisions (each
   * linked to the plan steps it concerns). Coordinator only.
   */
  updateCoordinationCall: CoordinationCallPayload;
  /** Replaces an event's fields. Coordinator only. */
  updateEvent: EventPayload;
  /**
   * Corrects a feedback's text (`editedAt` shows it was). Its author, and the coordinator
   * as moderator.
   */
  updateFeedback: FeedbackPayload;
  /**
   * Replaces a good practice's fields. The coordinator, and leading members of the working
   * group of its thematic area (of both the current and the new area when it moves).
   */
  updateGoodPractice: GoodPracticePayload;
  /**
   * Chooses how one kind of notification is mailed to the signed-in user: immediately,
   * in a daily or weekly digest, or not at all. Open to every signed-in user, for
   * themselves only; notifications already written keep the choice made when they were.
   */
  updateMailPreference: UpdateMailPreferencePayload;
  /** Changes a membership's role, participation or note. Coordinator only. */
  updateMembership: MembershipPayload;
  /** Replaces an organisation's fields. Coordinator only. */
  updateOrganisation: OrganisationPayload;
  /** Replaces a plenary outcome's fields. Coordinator only. */
  updatePlenaryOutcome: PlenaryOutcomePayload;
  /** Corrects a phase's or stage's title, summary or dates. Coordinator only. */
  updateProgrammePhase: ProgrammePhasePayload;
  /**
   * Replaces a proposed action's fields. Members of the presenting organisation and the
   * coordinator.
   */
  updateProposedAction: ProposedActionPayload;
  /** Renames a territory or corrects its country. Coordinator only. */
  updateTerritory: TerritoryPayload;
  /** Replaces a territory fact's fields. Coordinator only. */
  updateTerritoryFact: TerritoryFactPayload;
  /**
   * Renumbers, renames or redescribes a thematic area, or chooses the benchmark cells that
   * measure it. Coordinator only.
   */
  updateThematicArea: ThematicAreaPayload;
  /** Updates a user account. Coordinator only. */
  updateUser: UserPayload;
  /** Changes the signed-in user's own preferences. Open to every signed-in user. */
  updateViewerPreferences: UpdateViewerPreferencesPayload;
  /**
   * Changes a webhook's endpoint or events, or pauses and resumes it. Whoever may
   * register it may change it.
   */
  updateWebhook: UpdateWebhookPayload;
  /**
   * Replaces a webinar's fields, e.g. to add the recording and attendance afterwards. The
   * group's leading members and the coordinator.
   */
  updateWebinar: WebinarPayload;
  /** Renames a working group. Coordinator only. */
  updateWorkingGroup: WorkingGroupPayload;
  /** Validates a benchmark; its needs then drive mandatory memberships. Coordinator only. */
  validateBenchmark: BenchmarkPayload;
  /** Withdraws an expert's invitation. The coordinator and the group's leading members. */
  withdrawExpertInvitation: ExpertInvitationPayload;
  /**
   * Takes a good practice off the public pages: its public page is gone at once. The
   * coordinator only.
   */
  withdrawGoodPractice: GoodPracticePayload;
  /**
   * Takes a plan's summary off the public pages: its public page is gone at once. The
   * coordinator only.
   */
  withdrawPlanSummary: ActionPlanPayload;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationAddActionArgs = {
  input: AddActionInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationAddActionStepArgs = {
  input: AddActionStepInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationAddEventParticipantArgs = {
  input: AddEventParticipantInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationAddFeedbackArgs = {
  input: AddFeedbackInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationAddMissingMandatoryMembersArgs = {
  input: AddMissingMandatoryMembersInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateActionPlanArgs = {
  input: CreateActionPlanInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateAwardArgs = {
  input: CreateAwardInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateBenchmarkArgs = {
  input: CreateBenchmarkInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateBenchmarkRoundArgs = {
  input: CreateBenchmarkRoundInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateCalendarFeedArgs = {
  input?: CalendarFeedInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateGoodPracticeArgs = {
  input: CreateGoodPracticeInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreatePlenaryOutcomeArgs = {
  input: CreatePlenaryOutcomeInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateProgrammePhaseArgs = {
  input: CreateProgrammePhaseInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateProposedActionArgs = {
  input: CreateProposedActionInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateTerritoryArgs = {
  input: CreateTerritoryInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateTerritoryFactArgs = {
  input: CreateTerritoryFactInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateThematicAreaArgs = {
  input: CreateThematicAreaInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationCreateWorkingGroupArgs = {
  input: CreateWorkingGroupInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationDeactivateUserArgs = {
  input: UserIdInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationDeleteAwardArgs = {
  input: DeleteAwardInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationDeleteCoordinationCallArgs = {
  input: DeleteCoordinationCallInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationDeleteEventArgs = {
  input: DeleteEventInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationDeleteFeedbackArgs = {
  input: DeleteFeedbackInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationDeleteGoodPracticeArgs = {
  input: DeleteGoodPracticeInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationDeletePlenaryOutcomeArgs = {
  input: DeletePlenaryOutcomeInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationDeleteProposedActionArgs = {
  input: DeleteProposedActionInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationDeleteTerritoryFactArgs = {
  input: DeleteTerritoryFactInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationDeleteWebhookArgs = {
  input: DeleteWebhookInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationDeleteWebinarArgs = {
  input: DeleteWebinarInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationImportActionPlanCsvArgs = {
  input: ImportActionPlanCsvInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationInviteExpertArgs = {
  input: ExpertInvitationInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationLoginArgs = {
  input: LoginInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationLogoutArgs = {
  input: LogoutInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationMarkAllNotificationsReadArgs = {
  input: MarkAllNotificationsReadInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationMarkNotificationReadArgs = {
  input: MarkNotificationReadInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationMoveActionStepArgs = {
  input: MoveActionStepInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationPublishGoodPracticeArgs = {
  input: PublicationInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationPublishPlanSummaryArgs = {
  input: PublicationInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationRedeliverWebhookDeliveryArgs = {
  input: RedeliverWebhookDeliveryInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationRefreshTokenArgs = {
  input: RefreshTokenInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationRemoveActionArgs = {
  input: RemoveVersionedInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationRemoveActionStepArgs = {
  input: RemoveVersionedInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationRemoveAgendaItemArgs = {
  input: RemoveAgendaItemInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationRemoveEventParticipantArgs = {
  input: RemoveEventParticipantInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationRemoveMembershipArgs = {
  input: RemoveMembershipInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationReplanActionStepArgs = {
  input: ReplanActionStepInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationResetUserPasswordArgs = {
  input: UserIdInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationResolveFeedbackThreadArgs = {
  input: ResolveFeedbackThreadInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationRevokeCalendarFeedArgs = {
  input?: CalendarFeedInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationRotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationScheduleCoordinationCallArgs = {
  input: ScheduleCoordinationCallInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationScheduleWebinarArgs = {
  input: ScheduleWebinarInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationSetActionGoodPracticesArgs = {
  input: SetActionGoodPracticesInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationSetPlanBaselineArgs = {
  input: SetPlanBaselineInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationSubmitProgressReportArgs = {
  input: SubmitProgressReportInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationTransitionActionPlanArgs = {
  input: TransitionActionPlanInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateActionArgs = {
  input: UpdateActionInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateActionStepArgs = {
  input: UpdateActionStepInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateAgendaItemArgs = {
  input: UpdateAgendaItemInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateAwardArgs = {
  input: UpdateAwardInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateBenchmarkArgs = {
  input: UpdateBenchmarkInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateCoordinationCallArgs = {
  input: UpdateCoordinationCallInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateFeedbackArgs = {
  input: UpdateFeedbackInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateGoodPracticeArgs = {
  input: UpdateGoodPracticeInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateMailPreferenceArgs = {
  input: UpdateMailPreferenceInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateMembershipArgs = {
  input: UpdateMembershipInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdatePlenaryOutcomeArgs = {
  input: UpdatePlenaryOutcomeInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateProgrammePhaseArgs = {
  input: UpdateProgrammePhaseInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateProposedActionArgs = {
  input: UpdateProposedActionInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateTerritoryArgs = {
  input: UpdateTerritoryInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateTerritoryFactArgs = {
  input: UpdateTerritoryFactInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateThematicAreaArgs = {
  input: UpdateThematicAreaInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateViewerPreferencesArgs = {
  input: UpdateViewerPreferencesInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateWebhookArgs = {
  input: UpdateWebhookInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateWebinarArgs = {
  input: UpdateWebinarInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationUpdateWorkingGroupArgs = {
  input: UpdateWorkingGroupInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationValidateBenchmarkArgs = {
  input: ValidateBenchmarkInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationWithdrawExpertInvitationArgs = {
  input: ExpertInvitationInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationWithdrawGoodPracticeArgs = {
  input: PublicationInput;
};


/**
 * Entry points for changing data. Each takes one `input` and returns a payload with
 * `userErrors`; each success leaves exactly one audit event.
 */
export type MutationWithdrawPlanSummaryArgs = {
  input: PublicationInput;
};

export type NetworkCapabilities = {
  __typename?: 'NetworkCapabilities';
  /** Create benchmarking rounds. */
  manageBenchmarkRounds: Scalars['Boolean']['output'];
  /** Create events and edit their agendas, participants and plenary outcomes. */
  manageEvents: Scalars['Boolean']['output'];
  /** List and revoke every user's API tokens. */
  manageEveryApiToken: Scalars['Boolean']['output'];
  /** Register network-wide webhooks and manage every organisation's. */
  manageEveryWebhook: Scalars['Boolean']['output'];
  /** Create and update organisations. */
  manageOrganisations: Scalars['Boolean']['output'];
  /** Correct the programme's phases and their dates. */
  manageProgramme: Scalars['Boolean']['output'];
  /** Create, update and deactivate users, and reset their passwords. */
  manageUsers: Scalars['Boolean']['output'];
  /** Create and rename working groups (members and invitations are on each group). */
  manageWorkingGroups: Scalars['Boolean']['output'];
  /** Read the audit log. */
  readAuditLog: Scalars['Boolean']['output'];
  /** Read benchmark levels across organisations (`report.benchmarkLevels`). */
  readBenchmarkLevels: Scalars['Boolean']['output'];
  /** See every plan, unpublished ones included, in lists and reports. */
  readEveryPlan: Scalars['Boolean']['output'];
  /** See the mail outbox (`mailOutbox`, `mailOutboxCounts`). */
  readMailOutbox: Scalars['Boolean']['output'];
  /** Record awards and territory facts. */
  recordEvidence: Scalars['Boolean']['output'];
};

/** An object with a globally unique, opaque ID, fetchable with `node(id:)`. */
export type Node = {
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Something that happened that concerns the signed-in user, linking to the exact place. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** Who caused it; null when that user is gone. */
  actor?: Maybe<User>;
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * A short text: the start of the comment or report, the call's dates, the plan's stage
   * comment, the group's title.
   */
  excerpt?: Maybe<Scalars['String']['output']>;
  /** The feedback it is about, when a comment was added. */
  feedbackId?: Maybe<Scalars['ID']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Why the user is told. */
  kind: NotificationKind;
  /**
   * The place in the web application that shows what happened, as a path
   * (e.g. `/plans/<id>?step=<id>`, which opens the step's report with its thread).
   */
  path: Scalars['String']['output'];
  /** When the user marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The global ID of what it is about: a proposed action, action plan, progress report,
   * coordination call (gone when cancelled) or working group.
   */
  subjectId: Scalars['ID']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** A list of edges. */
  edges: Array<NotificationEdge>;
  /** A list of nodes. */
  nodes: Array<Notification>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Notification;
};

/** Why a user is told. */
export type NotificationKind =
  /** A coordination call of the recipient's group was cancelled. */
  | 'CALL_CANCELLED'
  /** A coordination call of the recipient's group changed. */
  | 'CALL_CHANGED'
  /** A coordination call of the recipient's group was scheduled. */
  | 'CALL_SCHEDULED'
  /**
   * Feedback was given on something of the recipient's organisation (a proposed action, its
   * plan, one of its actions or a progress report).
   */
  | 'FEEDBACK_ON_MINE'
  /** The recipient was invited to a working group as an expert. */
  | 'INVITED_AS_EXPERT'
  /** The recipient's organisation's plan was adopted. */
  | 'PLAN_ADOPTED'
  /** The recipient's organisation's submitted plan was sent back to draft. */
  | 'PLAN_BACK_TO_DRAFT'
  /** The recipient's organisation's adopted (or later) plan was reopened as a draft. */
  | 'PLAN_REOPENED'
  /** A plan was submitted for review (coordinators). */
  | 'PLAN_SUBMITTED'
  /** Someone replied to the recipient's comment. */
  | 'REPLY_TO_MY_COMMENT'
  /**
   * A progress report awaits the recipient's feedback (leading members of the groups
   * concerned).
   */
  | 'REPORT_AWAITING_FEEDBACK'
  /**
   * A coordination call of a group where the recipient's organisation learns is at most
   * 7 days away and its progress report for it is missing.
   */
  | 'REPORT_DUE'
  /** A step of the recipient's organisation's plan passed its end without being done. */
  | 'STEP_LATE'
  /** A webhook the recipient registered gave up a delivery after every retry. */
  | 'WEBHOOK_FAILING';

/** A body acting in the network: a consortium partner, a stakeholder or the coordinator. */
export type Organisation = Node & {
  __typename?: 'Organisation';
  /**
   * Its action plan, if it has one and the caller may read it (DRAFT and SUBMITTED plans
   * are null for everyone but the organisation, the groups concerned and the coordinator).
   */
  actionPlan?: Maybe<ActionPlan>;
  /**
   * Its benchmarks, newest round first. `FORBIDDEN` unless the caller is a member, a
   * leading member of a group where it learns, or the coordinator.
   */
  benchmarks: Array<Benchmark>;
  /** Whether it is a partner of the project consortium. */
  consortiumPartner: Scalars['Boolean']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** What kind of body it is. */
  kind: OrganisationKind;
  /** The working groups it belongs to, with its role in each. */
  memberships: Array<Membership>;
  /** Full name, e.g. "Unternehmer ohne Grenzen e.V.". */
  name: Scalars['String']['output'];
  /** Short name, e.g. "UoG", when the organisation uses one. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** The city or region it belongs to, if any. */
  territory?: Maybe<Territory>;
  /** Whether the viewer may create this organisation's action plan now (it has none yet). */
  viewerCanCreateActionPlan: Scalars['Boolean']['output'];
  /** Whether the viewer may start or edit this organisation's benchmark drafts. */
  viewerCanEditBenchmark: Scalars['Boolean']['output'];
  /** Whether the viewer may register and manage this organisation's webhooks. */
  viewerCanManageWebhooks: Scalars['Boolean']['output'];
  /** Whether the viewer may update this organisation. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** A list of edges. */
  edges: Array<OrganisationEdge>;
  /** A list of nodes. */
  nodes: Array<Organisation>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Organisation;
};

/** An organisation's fields (for create and update). */
export type OrganisationFieldsInput = {
  /** Partner of the project consortium. */
  consortiumPartner?: Scalars['Boolean']['input'];
  /** Kind of body. */
  kind: OrganisationKind;
  /** Full name, 1–200 characters. */
  name: Scalars['String']['input'];
  /** Short name. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** City or region. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** What kind of body an organisation is. */
export type OrganisationKind =
  /** A business association. */
  | 'BUSINESS_ORGANISATION'
  /** A chamber of commerce, industry or crafts. */
  | 'CHAMBER_OF_COMMERCE'
  /** The network's coordinator. */
  | 'COORDINATOR'
  /** A (regional) development agency. */
  | 'DEVELOPMENT_AGENCY'
  /** An organisation run by or for immigrants. */
  | 'IMMIGRANT_ORGANISATION'
  /** A city or regional administration. */
  | 'MUNICIPALITY'
  /** A non-governmental organisation. */
  | 'NGO'
  /** Anything else. */
  | 'OTHER';

/** Result of `createOrganisation` and `updateOrganisation`. */
export type OrganisationPayload = {
  __typename?: 'OrganisationPayload';
  /** The organisation. */
  organisation?: Maybe<Organisation>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Actions of one working group's thematic area by origin. */
export type OriginCount = {
  __typename?: 'OriginCount';
  /** Actions that came out of mutual learning. */
  mutualLearning: Scalars['Int']['output'];
  /** Actions from other opportunities. */
  otherOpportunity: Scalars['Int']['output'];
  /** The working group. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** A message of the outbox. */
export type OutboxMail = {
  __typename?: 'OutboxMail';
  /** Attempts so far. */
  attempts: Scalars['Int']['output'];
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * Whether it is a digest (of `DAILY` or `WEEKLY` notifications) rather than one
   * notification.
   */
  digest?: Maybe<Scalars['String']['output']>;
  /** When it was sent or dropped. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Identifies it in this list (not a node: it cannot be fetched on its own). */
  id: Scalars['ID']['output'];
  /** The SMTP server's answer to the last failed attempt, as it gave it (for operators). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Who receives it. */
  recipient?: Maybe<User>;
  /** Where it stands. */
  status: MailStatus;
};

export type OutboxMailConnection = {
  __typename?: 'OutboxMailConnection';
  /** A list of edges. */
  edges: Array<OutboxMailEdge>;
  /** A list of nodes. */
  nodes: Array<OutboxMail>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type OutboxMailEdge = {
  __typename?: 'OutboxMailEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: OutboxMail;
};

/** A working group whose next coordination call is overdue. */
export type OverdueCall = {
  __typename?: 'OverdueCall';
  /** Days past that date. */
  daysOverdue: Scalars['Int']['output'];
  /** Its last call held. */
  lastCallOn: Scalars['NaiveDate']['output'];
  /** When the next one was due (last call + 4 months). */
  nextCallDue: Scalars['NaiveDate']['output'];
  /** The working group. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** Information about pagination in a connection */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Whether membership is required by the organisation's benchmark. */
export type Participation =
  /** The organisation's validated benchmark marks the area as a need. */
  | 'MANDATORY'
  /** Open to every organisation. */
  | 'OPTIONAL';

/** A baseline: every step's dates as they were agreed at one moment, kept for comparison. */
export type PlanBaseline = {
  __typename?: 'PlanBaseline';
  /** Why it was set. */
  note?: Maybe<Scalars['String']['output']>;
  /** 1 for the first adoption's, then 2, 3, …. */
  number: Scalars['Int']['output'];
  /** When. */
  setAt: Scalars['DateTime']['output'];
  /** Who set it; null for an import. */
  setBy?: Maybe<User>;
  /** Every step's dates then, in plan order. */
  steps: Array<PlanBaselineStep>;
};

/** A step's dates as one baseline froze them. */
export type PlanBaselineStep = {
  __typename?: 'PlanBaselineStep';
  /** Its end then. */
  end?: Maybe<Scalars['PartialDate']['output']>;
  /** Its start then. */
  start?: Maybe<Scalars['PartialDate']['output']>;
  /** The step's ID (it may have been removed since). */
  stepId?: Maybe<Scalars['ID']['output']>;
  /** Its title then. */
  title: Scalars['String']['output'];
};

/**
 * A change of an agreed plan: a step's dates moved, a step added or removed (each with the
 * reason given), or a new baseline set.
 */
export type PlanChange = {
  __typename?: 'PlanChange';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The baseline set, for BASELINE_SET. */
  baselineNumber?: Maybe<Scalars['Int']['output']>;
  /** Who made it. */
  by?: Maybe<User>;
  /** The end after the change. */
  end?: Maybe<Scalars['PartialDate']['output']>;
  /** What happened. */
  kind: PlanChangeKind;
  /** The end before the change. */
  previousEnd?: Maybe<Scalars['PartialDate']['output']>;
  /** The start before the change (null for an added step). */
  previousStart?: Maybe<Scalars['PartialDate']['output']>;
  /** Why, in the changer's words. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The start after the change (null for a removed step). */
  start?: Maybe<Scalars['PartialDate']['output']>;
  /** The step's ID (the step may have been removed since); null for a baseline. */
  stepId?: Maybe<Scalars['ID']['output']>;
  /** The step's title when the change was made (the action's, for ACTION_REMOVED). */
  stepTitle?: Maybe<Scalars['String']['output']>;
};

/** What a change of an agreed plan did. */
export type PlanChangeKind =
  /** An action (with its steps) was removed. */
  | 'ACTION_REMOVED'
  /** A new baseline was set. */
  | 'BASELINE_SET'
  /** A step's dates moved. */
  | 'DATES_CHANGED'
  /** A step was added. */
  | 'STEP_ADDED'
  /** A step (with its sub-steps) was removed. */
  | 'STEP_REMOVED';

/**
 * What a plenary session of an event concluded: the points discussed and the
 * recommendations made.
 */
export type PlenaryOutcome = Node & {
  __typename?: 'PlenaryOutcome';
  /** The event. */
  event: Event;
  /**
   * Heading, e.g. "Reactions to the proposed actions and discussion – Plenary exchange
   * with partners and experts".
   */
  heading: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** An editorial remark printed with it, e.g. why two sections were combined. */
  note?: Maybe<Scalars['String']['output']>;
  /** Position among the event's outcomes (printed order). */
  position: Scalars['Int']['output'];
  /** The recommendations made (may be empty). */
  recommendations: Array<Scalars['String']['output']>;
  /** The session it belongs to, as printed, e.g. "(1) City leadership". */
  section: Scalars['String']['output'];
  /** The points of the discussion, one per printed paragraph. */
  summaryPoints: Array<Scalars['String']['output']>;
  /** The working groups it concerns, in order. */
  workingGroups: Array<WorkingGroup>;
};

export type PlenaryOutcomeConnection = {
  __typename?: 'PlenaryOutcomeConnection';
  /** A list of edges. */
  edges: Array<PlenaryOutcomeEdge>;
  /** A list of nodes. */
  nodes: Array<PlenaryOutcome>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type PlenaryOutcomeEdge = {
  __typename?: 'PlenaryOutcomeEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: PlenaryOutcome;
};

/** The editable fields of a plenary outcome. */
export type PlenaryOutcomeFieldsInput = {
  /** Heading, 1–300 characters. */
  heading: Scalars['String']['input'];
  /** An editorial remark; at most 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The recommendations made; same limits. */
  recommendations?: Array<Scalars['String']['input']>;
  /** The session it belongs to, e.g. "(1) City leadership"; 1–300 characters. */
  section: Scalars['String']['input'];
  /** The points of the discussion; at most 50, each at most 10,000 characters. */
  summaryPoints?: Array<Scalars['String']['input']>;
  /** The working groups it concerns, in order. */
  workingGroupIds?: Array<Scalars['ID']['input']>;
};

/**
 * Result of `createPlenaryOutcome`, `updatePlenaryOutcome` and `deletePlenaryOutcome`
 * (the outcome as it was).
 */
export type PlenaryOutcomePayload = {
  __typename?: 'PlenaryOutcomePayload';
  /** The plenary outcome. */
  plenaryOutcome?: Maybe<PlenaryOutcome>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/**
 * A good practice taken up by a plan action: where it comes from (`goodPractice.organisation`),
 * who adopts it (`actionPlan.organisation`), with which action and how far it got
 * (`action.progress`, its steps' statuses).
 */
export type PracticeTransfer = {
  __typename?: 'PracticeTransfer';
  /** The action that adopts it. */
  action: Action;
  /** The adopting action's plan (its organisation is the adopting city). */
  actionPlan: ActionPlan;
  /** The practice. */
  goodPractice?: Maybe<GoodPractice>;
};

/** One organisation's pitch in an agenda item. */
export type Presentation = {
  __typename?: 'Presentation';
  /** Number of actions it presents. */
  actions: Scalars['Int']['output'];
  /** Minutes it speaks. */
  minutes: Scalars['Int']['output'];
  /** The presenting organisation. */
  organisation: Organisation;
};

/** One organisation's pitch in an agenda item. */
export type PresentationInput = {
  /** Number of actions it presents (not negative). */
  actions?: Scalars['Int']['input'];
  /** Minutes it speaks (not negative). */
  minutes: Scalars['Int']['input'];
  /** The presenting organisation. */
  organisationId: Scalars['ID']['input'];
};

/**
 * A phase of the programme (benchmarking, mutual learning, action planning), or a stage of
 * one, with the dates the report gives at the precision it gives them.
 */
export type ProgrammePhase = Node & {
  __typename?: 'ProgrammePhase';
  /** When it ends, to the precision known. */
  end?: Maybe<Scalars['PartialDate']['output']>;
  /** The end as the report words it. */
  endText?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The report's number or letter for it, e.g. "2" or "3d". */
  reference?: Maybe<Scalars['String']['output']>;
  /** Its stages, in order (none for a stage). */
  stages: Array<ProgrammePhase>;
  /** When it starts, to the precision known. */
  start?: Maybe<Scalars['PartialDate']['output']>;
  /** The start as the report words it, e.g. "end-September 2018". */
  startText?: Maybe<Scalars['String']['output']>;
  /** What happens in it. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Title, as printed. */
  title: Scalars['String']['output'];
  /** Whether the viewer may correct it (the coordinator). */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

/** Result of `createProgrammePhase` and `updateProgrammePhase`. */
export type ProgrammePhasePayload = {
  __typename?: 'ProgrammePhasePayload';
  /** The phase. */
  programmePhase?: Maybe<ProgrammePhase>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/**
 * A report on one step of a plan being implemented, with a feedback thread for the leading
 * members of the step's working group.
 */
export type ProgressReport = Node & {
  __typename?: 'ProgressReport';
  /** The global ID of the step's plan. */
  actionPlanId: Scalars['ID']['output'];
  /** Who wrote it. */
  author?: Maybe<User>;
  /** The call it was presented at, if any. */
  coordinationCall?: Maybe<CoordinationCall>;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Links to evidence. */
  evidenceLinks: Array<Scalars['String']['output']>;
  /** Feedback on this report, top-level items oldest first (replies nested). */
  feedback: Array<Feedback>;
  /** True for demo data generated from the six plans (not from the 2018 report). */
  generated: Scalars['Boolean']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** What happened. */
  narrative?: Maybe<Scalars['String']['output']>;
  /** The reporting organisation. */
  organisation?: Maybe<Organisation>;
  /** 0–100. */
  percentComplete: Scalars['Int']['output'];
  /** Where the step stands. */
  status: StepStatus;
  /** The step reported on (with its number in its action). */
  step?: Maybe<ActionStep>;
  /** The kinds of feedback the viewer may post on this report (empty when none). */
  viewerFeedbackKinds: Array<FeedbackKind>;
};

export type ProgressReportConnection = {
  __typename?: 'ProgressReportConnection';
  /** A list of edges. */
  edges: Array<ProgressReportEdge>;
  /** A list of nodes. */
  nodes: Array<ProgressReport>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ProgressReportEdge = {
  __typename?: 'ProgressReportEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ProgressReport;
};

/** Narrows `progressReports`; every given condition must hold. */
export type ProgressReportFilter = {
  /** Only this plan's reports. */
  actionPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reports nobody has given feedback on yet. */
  awaitingFeedback?: Scalars['Boolean']['input'];
  /** Only the reports presented at this call. */
  coordinationCallId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this step's reports. */
  stepId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reports on steps in this working group's thematic area. */
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of `submitProgressReport`. */
export type ProgressReportPayload = {
  __typename?: 'ProgressReportPayload';
  /** The report. */
  progressReport?: Maybe<ProgressReport>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/**
 * An action a member organisation pitched to its working group at "ask the expert", with
 * the questions it asked and the feedback thread.
 */
export type ProposedAction = Node & {
  __typename?: 'ProposedAction';
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** What the action is about. */
  description: Scalars['String']['output'];
  /** The feedback thread: top-level feedback, oldest first, each with its `replies`. */
  feedback: Array<Feedback>;
  /** The questions the organisation asks the experts. */
  guidingQuestions: Array<Scalars['String']['output']>;
  /** Statements printed with the questions that are not questions themselves. */
  guidingQuestionsContext: Array<Scalars['String']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The presenting organisation. */
  organisation: Organisation;
  /** The printed heading it appeared under, e.g. "(1) City leadership". */
  section?: Maybe<Scalars['String']['output']>;
  /** Title, e.g. "Data collection". */
  title: Scalars['String']['output'];
  /**
   * Whether the viewer may edit this proposed action (its organisation and the
   * coordinator).
   */
  viewerCanUpdate: Scalars['Boolean']['output'];
  /** The kinds of feedback the viewer may post in this action's thread (empty when none). */
  viewerFeedbackKinds: Array<FeedbackKind>;
  /** The working group it is presented to. */
  workingGroup: WorkingGroup;
};

export type ProposedActionConnection = {
  __typename?: 'ProposedActionConnection';
  /** A list of edges. */
  edges: Array<ProposedActionEdge>;
  /** A list of nodes. */
  nodes: Array<ProposedAction>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ProposedActionEdge = {
  __typename?: 'ProposedActionEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ProposedAction;
};

/** The editable fields of a proposed action. */
export type ProposedActionFieldsInput = {
  /** What the action is about, 1–10,000 characters. */
  description: Scalars['String']['input'];
  /** The questions to the experts; at most 20, each at most 1,000 characters. */
  guidingQuestions?: Array<Scalars['String']['input']>;
  /** Statements that go with the questions; same limits. */
  guidingQuestionsContext?: Array<Scalars['String']['input']>;
  /** A heading it belongs under, e.g. "(1) City leadership"; at most 300 characters. */
  section?: InputMaybe<Scalars['String']['input']>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
  /**
   * The working group it is presented to; the presenting organisation must be a member
   * (else `NOT_A_MEMBER`).
   */
  workingGroupId: Scalars['ID']['input'];
};

/** Result of `createProposedAction` and `updateProposedAction`. */
export type ProposedActionPayload = {
  __typename?: 'ProposedActionPayload';
  /** The proposed action. */
  proposedAction?: Maybe<ProposedAction>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** A good practice published for everyone (no sign-in): what it is, where it comes from. */
export type PublicGoodPractice = {
  __typename?: 'PublicGoodPractice';
  /** What the practice is. */
  description: Scalars['String']['output'];
  /** The practice's global ID (the same as `GoodPractice.id`). */
  id: Scalars['ID']['output'];
  /** The name of the city or organisation behind it, if one is named. */
  organisationName?: Maybe<Scalars['String']['output']>;
  /** Since when it is public. */
  publishedAt: Scalars['DateTime']['output'];
  /** Where it comes from. */
  source: Scalars['String']['output'];
  /** The title of its learning theme, if any. */
  thematicAreaTitle?: Maybe<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
};

/** An objective of a published plan: what it aims at and how far it got. */
export type PublicObjective = {
  __typename?: 'PublicObjective';
  /** The good practices it adopts that are published too, in the order they were linked. */
  goodPractices: Array<PublicGoodPractice>;
  /** Progress 0–100 (as `Action.progress`); null when no step counts. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** The printed reference, e.g. "Objective #1". */
  ref?: Maybe<Scalars['String']['output']>;
  /** Its steps, in order. */
  steps: Array<PublicStep>;
  /** The title of its learning theme, if any. */
  thematicAreaTitle?: Maybe<Scalars['String']['output']>;
  /** The objective. */
  title?: Maybe<Scalars['String']['output']>;
};

/**
 * An agreed action plan published for everyone (no sign-in): its objectives and how far
 * they got.
 */
export type PublicPlanSummary = {
  __typename?: 'PublicPlanSummary';
  /** The plan's global ID (the same as `ActionPlan.id`). */
  id: Scalars['ID']['output'];
  /** Its objectives, in order. */
  objectives: Array<PublicObjective>;
  /** The name of the partner whose plan it is. */
  organisationName: Scalars['String']['output'];
  /**
   * Progress 0–100 over all its steps (as `ActionPlan.progress`); null when no step
   * counts.
   */
  progress?: Maybe<Scalars['Float']['output']>;
  /** Since when it is public. */
  publishedAt: Scalars['DateTime']['output'];
  /** Where the plan is in its life (ADOPTED, IMPLEMENTING or COMPLETED). */
  stage: ActionPlanStage;
  /** The city or region of that partner, if any. */
  territoryName?: Maybe<Scalars['String']['output']>;
};

/** A step of a published plan: what is done, when, and where it stands. */
export type PublicStep = {
  __typename?: 'PublicStep';
  /** When it ends. */
  end?: Maybe<Scalars['PartialDate']['output']>;
  /** Its number ("1", "1.1"). */
  number: Scalars['String']['output'];
  /** Its latest reported percentage. */
  percentComplete: Scalars['Int']['output'];
  /** When it starts. */
  start?: Maybe<Scalars['PartialDate']['output']>;
  /** Its latest reported status (NOT_STARTED when never reported). */
  status: StepStatus;
  /** What is done. */
  title: Scalars['String']['output'];
};

/**
 * Input of `publishGoodPractice`, `withdrawGoodPractice`, `publishPlanSummary` and
 * `withdrawPlanSummary`.
 */
export type PublicationInput = {
  /** The practice or plan. */
  id: Scalars['ID']['input'];
};

/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type Query = {
  __typename?: 'Query';
  /** One action plan. `FORBIDDEN` when the caller may not read it. */
  actionPlan?: Maybe<ActionPlan>;
  /**
   * The action plans the caller may read (ADOPTED and later: everyone signed in; DRAFT
   * and SUBMITTED: see `ActionPlan`), ordered by creation.
   */
  actionPlans: ActionPlanConnection;
  /**
   * Personal access tokens of every user, or of `userId`, newest first (revoked and
   * expired ones included). Coordinator only; everyone reads their own through
   * `viewer.apiTokens`.
   */
  apiTokens: ApiTokenConnection;
  /** Every successful mutation, newest first. Coordinator only. */
  auditEvents: AuditEventConnection;
  /** Award editions, most recent year first. */
  awards: AwardConnection;
  /** One benchmark. `FORBIDDEN` when the caller may not read it. */
  benchmark?: Maybe<Benchmark>;
  /** Benchmarking rounds, newest first. */
  benchmarkRounds: BenchmarkRoundConnection;
  /**
   * The benchmarks the caller may read (its organisation's, those of learning members of
   * groups it leads, or all for the coordinator), newest round first.
   */
  benchmarks: BenchmarkConnection;
  /**
   * What departs from the report's composition rules: groups not led by two
   * cities/regions, and cities/regions taking part that lead no group. For whoever
   * manages the working groups (the coordinator); `FORBIDDEN` for others.
   */
  compositionWarnings: Array<CompositionWarning>;
  /** Coordination calls, latest first, of one working group or of all. */
  coordinationCalls: CoordinationCallConnection;
  /** One event; null when there is none with this ID. */
  event?: Maybe<Event>;
  /** The network's events, most recent first. */
  events: EventConnection;
  /** One good practice; null when there is none with this ID. */
  goodPractice?: Maybe<GoodPractice>;
  /** The good-practice library, by title. */
  goodPractices: GoodPracticeConnection;
  /** The outbox's messages in one state, oldest first. Coordinator only. */
  mailOutbox: OutboxMailConnection;
  /** How many messages the outbox holds in each state. Coordinator only. */
  mailOutboxCounts: MailOutboxCounts;
  /**
   * Fetches any object by its global ID; null when it does not exist or the caller may
   * not read it.
   */
  node?: Maybe<Node>;
  /** The organisations of the network, by name. */
  organisations: OrganisationConnection;
  /** The plenary outcomes of all events, by event and printed order. */
  plenaryOutcomes: PlenaryOutcomeConnection;
  /**
   * The programme's phases in order, each with its stages: the cycle of benchmarking,
   * mutual learning, action planning and implementation, with the report's dates.
   */
  programmePhases: Array<ProgrammePhase>;
  /**
   * Progress reports, newest first, narrowed by `filter`; only reports on plans the
   * caller may read.
   */
  progressReports: ProgressReportConnection;
  /** One proposed action; null when there is none with this ID. */
  proposedAction?: Maybe<ProposedAction>;
  /** The actions members proposed to their working groups, in the order recorded. */
  proposedActions: ProposedActionConnection;
  /**
   * One published good practice; null when there is none with this ID or it is not (or no
   * longer) published. No sign-in needed.
   */
  publicGoodPractice?: Maybe<PublicGoodPractice>;
  /** The good practices published to the public pages, newest first. No sign-in needed. */
  publicGoodPractices: Array<PublicGoodPractice>;
  /** The plan summaries published to the public pages, newest first. No sign-in needed. */
  publicPlanSummaries: Array<PublicPlanSummary>;
  /**
   * One published plan summary; null when there is no plan with this ID, its summary is
   * not (or no longer) published, or the plan was reopened. No sign-in needed.
   */
  publicPlanSummary?: Maybe<PublicPlanSummary>;
  /** Reporting aggregates for scripts and dashboards, computed in the database. */
  report: Report;
  /** The partner cities and regions, by name. */
  territories: TerritoryConnection;
  /** Figures quoted as evidence, in the order recorded. */
  territoryFacts: TerritoryFactConnection;
  /** The learning themes, in programme order. */
  thematicAreas: ThematicAreaConnection;
  /**
   * Everyone with a login, by display name. E-mail addresses are visible to the
   * coordinator only.
   */
  users: UserConnection;
  /** The signed-in user. Anonymous callers get an `UNAUTHENTICATED` error. */
  viewer: User;
  /**
   * What the signed-in user may do across the network (the "New …" buttons of list pages
   * and the administration sections), decided by the same policy as the mutations.
   */
  viewerCapabilities: NetworkCapabilities;
  /**
   * Webhooks, oldest first: every hook for the coordinator (or one organisation's, with
   * `organisationId`); the caller's organisation's hooks for its members (`FORBIDDEN` for
   * another organisation).
   */
  webhooks: WebhookConnection;
  /** Working groups' webinars, by start. */
  webinars: WebinarConnection;
  /** One working group; null when there is none with this ID. */
  workingGroup?: Maybe<WorkingGroup>;
  /** The working groups, in the order of their thematic areas. */
  workingGroups: WorkingGroupConnection;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryActionPlanArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryActionPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionPlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryAwardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryBenchmarkArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryBenchmarkRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryBenchmarksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  roundId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryCoordinationCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryGoodPracticeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryGoodPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  thematicAreaId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryMailOutboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: MailStatus;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryPlenaryOutcomesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryProgressReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgressReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryProposedActionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryProposedActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryPublicGoodPracticeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryPublicPlanSummaryArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryTerritoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryTerritoryFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryThematicAreasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryWebinarsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryWorkingGroupArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
 * `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
 * caller.
 */
export type QueryWorkingGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `redeliverWebhookDelivery`. */
export type RedeliverWebhookDeliveryInput = {
  /** The delivery to send again (`WebhookDelivery.id`); at most 64 characters. */
  deliveryId: Scalars['String']['input'];
  /** The webhook. */
  webhookId: Scalars['ID']['input'];
};

/** Result of `redeliverWebhookDelivery`. */
export type RedeliverWebhookDeliveryPayload = {
  __typename?: 'RedeliverWebhookDeliveryPayload';
  /** The new delivery, queued now (its body names the original in `redeliveryOf`). */
  delivery?: Maybe<WebhookDelivery>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `refreshToken`. */
export type RefreshTokenInput = {
  /** The refresh token from the last `login` or `refreshToken`; it can be used once. */
  refreshToken: Scalars['String']['input'];
};

/**
 * New tokens for a session. All fields but `userErrors` are null when `userErrors` is not
 * empty.
 */
export type RefreshTokenPayload = {
  __typename?: 'RefreshTokenPayload';
  /** Short-lived JWT for the `Authorization: Bearer` header. */
  accessToken?: Maybe<Scalars['String']['output']>;
  /** When the access token expires. */
  accessTokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The next refresh token; the one presented is spent. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** When the new refresh token expires. */
  refreshTokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
  /** The signed-in user. */
  viewer?: Maybe<User>;
};

/** Input of `removeAgendaItem`. */
export type RemoveAgendaItemInput = {
  /** The item. */
  id: Scalars['ID']['input'];
};

/** Input of `removeEventParticipant`. */
export type RemoveEventParticipantInput = {
  /** The participant. */
  id: Scalars['ID']['input'];
};

/** Input of `removeMembership`. */
export type RemoveMembershipInput = {
  /** The membership. */
  id: Scalars['ID']['input'];
};

/** Input of `removeAction` and `removeActionStep`. */
export type RemoveVersionedInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The action or step. */
  id: Scalars['ID']['input'];
  /**
   * Why (at most 2,000 characters): required once the plan is ADOPTED
   * (`REASON_REQUIRED`), where a removal is re-planning, kept in the plan's `changes`.
   */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Repeat a call as a series. */
export type RepeatInput = {
  /** How many calls in all, 1–12 (`OUT_OF_RANGE`). */
  count: Scalars['Int']['input'];
  /** Months between calls, 1–12 (`OUT_OF_RANGE`); 4 is the network's rhythm. */
  everyMonths: Scalars['Int']['input'];
};

/** Input of `replanActionStep`. */
export type ReplanActionStepInput = {
  /** New end, as the start; not before it (`END_BEFORE_START`). */
  end?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one gives `STALE_VERSION` and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The step. */
  id: Scalars['ID']['input'];
  /**
   * Why (at most 2,000 characters): required when the plan is ADOPTED or IMPLEMENTING
   * (`REASON_REQUIRED`); kept in the plan's `changes`.
   */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** New start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`INVALID_DATE`); null clears it. */
  start?: InputMaybe<Scalars['String']['input']>;
};

export type Report = {
  __typename?: 'Report';
  /**
   * Actions per working group (of its thematic area) and origin: from mutual learning vs
   * other opportunities.
   */
  actionsByOrigin: Array<OriginCount>;
  /**
   * Per key actor × dimension, how many organisations are at each level, over each
   * organisation's latest validated benchmark. Coordinator only (benchmarks are read by
   * their organisation and its leading members).
   */
  benchmarkLevels: Array<BenchmarkLevels>;
  /**
   * Steps of IMPLEMENTING and COMPLETED plans that are late on `asOf` (default today):
   * current end after the baseline end, or end passed while not DONE or CANCELLED.
   * Ordered by plan, action and step; only one organisation's and/or one working group's
   * (of its thematic area) when asked.
   */
  lateSteps: Array<LateStep>;
  /**
   * Per working group, the learning members with an IMPLEMENTING plan and open steps in the
   * group's area (latest report neither DONE nor CANCELLED) that reported on none of their
   * steps there at the group's last call held by `asOf`.
   */
  missingProgressReports: Array<MissingReport>;
  /**
   * Working groups whose next coordination call (last call + 4 months) is past on `asOf`
   * (default today). Groups that never held a call are not listed.
   */
  overdueCalls: Array<OverdueCall>;
  /** Action plans per stage (stages without plans left out). */
  plansByStage: Array<StageCount>;
  /**
   * Every good practice taken up by a plan action the viewer may read, by practice and in
   * the order the links were made: the practice (and the city it comes from), the adopting
   * action, its plan (the adopting city) and, through the action, its progress.
   */
  practiceTransfers: Array<PracticeTransfer>;
  /**
   * Steps of IMPLEMENTING and COMPLETED plans per status (the latest report's; never
   * reported is NOT_STARTED), per working group or per organisation.
   */
  stepsByStatus: Array<StatusCount>;
};


export type ReportLateStepsArgs = {
  asOf?: InputMaybe<Scalars['NaiveDate']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};


export type ReportMissingProgressReportsArgs = {
  asOf?: InputMaybe<Scalars['NaiveDate']['input']>;
};


export type ReportOverdueCallsArgs = {
  asOf?: InputMaybe<Scalars['NaiveDate']['input']>;
};


export type ReportPracticeTransfersArgs = {
  goodPracticeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type ReportStepsByStatusArgs = {
  groupBy?: InputMaybe<StepGroupBy>;
};

/** Result of `resetUserPassword`. */
export type ResetUserPasswordPayload = {
  __typename?: 'ResetUserPasswordPayload';
  /** The new temporary password: shown this once, hand it over securely. */
  temporaryPassword?: Maybe<Scalars['String']['output']>;
  /** The user. */
  user?: Maybe<User>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `resolveFeedbackThread`. */
export type ResolveFeedbackThreadInput = {
  /** The thread's first (top-level) feedback. */
  id: Scalars['ID']['input'];
  /** `true` to mark it resolved, `false` to open it again. */
  resolved?: Scalars['Boolean']['input'];
};

/** Input of `revokeApiToken`. */
export type RevokeApiTokenInput = {
  /** The token. */
  id: Scalars['ID']['input'];
};

/** Result of `revokeApiToken`. */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The revoked token. */
  apiToken?: Maybe<ApiToken>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Result of `revokeCalendarFeed`. */
export type RevokeCalendarFeedPayload = {
  __typename?: 'RevokeCalendarFeedPayload';
  /** The input's `clientMutationId`. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Whether the feed was revoked (its URL now answers 404). */
  revoked?: Maybe<Scalars['Boolean']['output']>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `rotateWebhookSecret`. */
export type RotateWebhookSecretInput = {
  /** The webhook. */
  id: Scalars['ID']['input'];
};

/** Input of `scheduleCoordinationCall`. */
export type ScheduleCoordinationCallInput = {
  /** What will be discussed, at most 10,000 characters. */
  agenda?: InputMaybe<Scalars['String']['input']>;
  /** Who facilitates; default the coordinator scheduling it. */
  facilitatorId?: InputMaybe<Scalars['ID']['input']>;
  /** When (the first call of a series). */
  heldOn: Scalars['NaiveDate']['input'];
  /** The organisations taking part. */
  participantIds?: Array<Scalars['ID']['input']>;
  /** Schedule a series instead of one call. */
  repeat?: InputMaybe<RepeatInput>;
  /** The local time it starts, `HH:MM` (`INVALID_TIME`); a series keeps it on every call. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  /** The IANA time zone of `startTime` (`INVALID_TIME_ZONE`); default Europe/Brussels. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** The working group. */
  workingGroupId: Scalars['ID']['input'];
};

/** Result of `scheduleCoordinationCall`. */
export type ScheduleCoordinationCallPayload = {
  __typename?: 'ScheduleCoordinationCallPayload';
  /** The (first) call scheduled. */
  coordinationCall?: Maybe<CoordinationCall>;
  /** Every call scheduled, in date order (one unless `repeat` was given). */
  series: Array<CoordinationCall>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `scheduleWebinar`. */
export type ScheduleWebinarInput = {
  /** The webinar. */
  webinar: WebinarFieldsInput;
  /** The working group holding the webinar. */
  workingGroupId: Scalars['ID']['input'];
};

/** Input of `setActionGoodPractices`. */
export type SetActionGoodPracticesInput = {
  /** The action. */
  actionId: Scalars['ID']['input'];
  /** The action's version you read; a stale one gives `STALE_VERSION`. */
  expectedVersion: Scalars['Int']['input'];
  /**
   * Every practice it adopts (replacing the earlier set; repeats count once; at most 20,
   * `TOO_MANY`; an unknown one is `NOT_FOUND`). Empty unlinks them all.
   */
  goodPracticeIds: Array<Scalars['ID']['input']>;
};

/** Input of `setPlanBaseline`. */
export type SetPlanBaselineInput = {
  /** The plan (ADOPTED or IMPLEMENTING; else `NOT_AGREED`). */
  actionPlanId: Scalars['ID']['input'];
  /** The plan's version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** Why a new baseline (at most 2,000 characters), kept with it. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** How late a step is. */
export type Slippage = {
  __typename?: 'Slippage';
  /** Days its current end lies after its baseline end (0 when not behind). */
  daysBehindBaseline: Scalars['Int']['output'];
  /** The larger of the two: "late by" this many days. */
  daysLate: Scalars['Int']['output'];
  /** Days since its current end passed without the step being DONE or CANCELLED. */
  daysOverdue: Scalars['Int']['output'];
  /** Whether it is late at all (behind its baseline or overdue). */
  late: Scalars['Boolean']['output'];
};

/** A change of a plan's stage: who, when, from, to and why. */
export type StageChange = {
  __typename?: 'StageChange';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who changed it; null for the import. */
  by?: Maybe<User>;
  /** Why, in the changer's words. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The stage before; null for the creation. */
  from?: Maybe<ActionPlanStage>;
  /** The stage after. */
  to: ActionPlanStage;
};

/** Plans in one stage. */
export type StageCount = {
  __typename?: 'StageCount';
  /** How many plans are in it. */
  count: Scalars['Int']['output'];
  /** The stage. */
  stage: ActionPlanStage;
};

/**
 * A stakeholder of a step: an organisation of the network, a name, or both (an organisation
 * with the wording printed for it). An entry with neither is dropped.
 */
export type StakeholderInput = {
  /**
   * The name as printed or typed (at most 1,000 characters); for an organisation, only
   * when it differs from the organisation's name.
   */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/** Steps in one status, in one working group or of one organisation. */
export type StatusCount = {
  __typename?: 'StatusCount';
  /** How many steps. */
  count: Scalars['Int']['output'];
  /** The organisation (when grouped by organisation). */
  organisation?: Maybe<Organisation>;
  /** The status (a step never reported on is NOT_STARTED). */
  status: StepStatus;
  /** The working group (when grouped by group). */
  workingGroup?: Maybe<WorkingGroup>;
};

/**
 * A decision of a coordination call that concerns a step: what was decided and at which
 * call.
 */
export type StepDecision = {
  __typename?: 'StepDecision';
  /** The call it was taken at. */
  coordinationCall: CoordinationCall;
  /** What was decided. */
  text: Scalars['String']['output'];
};

/** How `stepsByStatus` groups steps. */
export type StepGroupBy =
  /** By the plan's organisation. */
  | 'ORGANISATION'
  /** By the working group of the step's thematic area. */
  | 'WORKING_GROUP';

/** A stakeholder of a step: one of the network's organisations, or a party named in words. */
export type StepStakeholder = {
  __typename?: 'StepStakeholder';
  /** How it is named: the printed or typed wording, else the organisation's current name. */
  name: Scalars['String']['output'];
  /** The organisation, when the stakeholder is one of the network's. */
  organisation?: Maybe<Organisation>;
};

/** Where a step stands, as its organisation last reported it. */
export type StepStatus =
  /** Dropped; left out of progress roll-ups. */
  | 'CANCELLED'
  /** Under way, behind plan. */
  | 'DELAYED'
  /** Finished (100 %). */
  | 'DONE'
  /** Not begun (also the status of a step never reported on). */
  | 'NOT_STARTED'
  /** Under way as planned. */
  | 'ON_TRACK';

/** Input of `submitProgressReport`. */
export type SubmitProgressReportInput = {
  /** The call it is presented at: one of the step's working group (`WRONG_CALL`). */
  coordinationCallId?: InputMaybe<Scalars['ID']['input']>;
  /** Links to evidence: at most 20 http(s) URLs (`INVALID_URL`, `TOO_MANY`). */
  evidenceLinks?: Array<Scalars['String']['input']>;
  /** What happened, at most 10,000 characters. */
  narrative?: InputMaybe<Scalars['String']['input']>;
  /** 0–100 (`OUT_OF_RANGE`); NOT_STARTED is 0 and DONE 100 (`PERCENT_MISMATCH`). */
  percentComplete: Scalars['Int']['input'];
  /** Where it stands. */
  status: StepStatus;
  /** The step reported on; its plan must be IMPLEMENTING (`PLAN_NOT_IMPLEMENTING`). */
  stepId: Scalars['ID']['input'];
};

/** A partner city or region. */
export type Territory = Node & {
  __typename?: 'Territory';
  /** ISO 3166-1 alpha-2 country code, e.g. "DE". */
  country: Scalars['String']['output'];
  /** Figures quoted as evidence about this territory, in the order recorded. */
  facts: Array<TerritoryFact>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Display name, e.g. "Munich". */
  name: Scalars['String']['output'];
};

export type TerritoryConnection = {
  __typename?: 'TerritoryConnection';
  /** A list of edges. */
  edges: Array<TerritoryEdge>;
  /** A list of nodes. */
  nodes: Array<Territory>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type TerritoryEdge = {
  __typename?: 'TerritoryEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Territory;
};

/** A figure quoted as evidence, e.g. Munich's 30,000 businesses run by migrant citizens. */
export type TerritoryFact = Node & {
  __typename?: 'TerritoryFact';
  /** ISO 3166-1 alpha-2 country the figure is about when it has no territory, e.g. "FR". */
  country?: Maybe<Scalars['String']['output']>;
  /** What is counted, e.g. "businesses run by migrant citizens". */
  figure: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** A qualifier printed with the number, e.g. "around" or "more than". */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** Where in the source it is, e.g. "Munich event / 1. Phoenix Award". */
  section?: Maybe<Scalars['String']['output']>;
  /** The sentence the figure is quoted from. */
  sourceText: Scalars['String']['output'];
  /** The territory it is about; null when the figure has no partner-territory scope. */
  territory?: Maybe<Territory>;
  /** Unit, e.g. "businesses". */
  unit: Scalars['String']['output'];
  /** The number, e.g. 30000 (0.5 for "every second"). */
  value: Scalars['Float']['output'];
  /** The year the figure refers to, when stated. */
  year?: Maybe<Scalars['Int']['output']>;
};

export type TerritoryFactConnection = {
  __typename?: 'TerritoryFactConnection';
  /** A list of edges. */
  edges: Array<TerritoryFactEdge>;
  /** A list of nodes. */
  nodes: Array<TerritoryFact>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type TerritoryFactEdge = {
  __typename?: 'TerritoryFactEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: TerritoryFact;
};

/**
 * Result of `createTerritoryFact`, `updateTerritoryFact` and `deleteTerritoryFact` (the
 * fact as it was).
 */
export type TerritoryFactPayload = {
  __typename?: 'TerritoryFactPayload';
  /** The fact. */
  territoryFact?: Maybe<TerritoryFact>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Result of `createTerritory` and `updateTerritory`. */
export type TerritoryPayload = {
  __typename?: 'TerritoryPayload';
  /** The territory. */
  territory?: Maybe<Territory>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** One of the learning themes the working groups are organised by. */
export type ThematicArea = Node & {
  __typename?: 'ThematicArea';
  /**
   * The benchmark cells whose levels measure how far a partner is in this theme, in matrix
   * order (key actor, then dimension); empty until whoever manages the themes chooses them.
   * A partner's level in the theme is the mean of its levels in these cells.
   */
  benchmarkCells: Array<BenchmarkCell>;
  /** What the theme covers. */
  description: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Position in the programme, starting at 1. */
  number: Scalars['Int']['output'];
  /** Title, e.g. "City leadership". */
  title: Scalars['String']['output'];
  /**
   * Whether the viewer may add a good practice in this theme (`createGoodPractice`): the
   * coordinator, and the leading members of the theme's working groups.
   */
  viewerCanAddGoodPractice: Scalars['Boolean']['output'];
};

export type ThematicAreaConnection = {
  __typename?: 'ThematicAreaConnection';
  /** A list of edges. */
  edges: Array<ThematicAreaEdge>;
  /** A list of nodes. */
  nodes: Array<ThematicArea>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ThematicAreaEdge = {
  __typename?: 'ThematicAreaEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ThematicArea;
};

/** Result of `createThematicArea` and `updateThematicArea`. */
export type ThematicAreaPayload = {
  __typename?: 'ThematicAreaPayload';
  /** The thematic area. */
  thematicArea?: Maybe<ThematicArea>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `transitionActionPlan`. */
export type TransitionActionPlanInput = {
  /** Why (at most 2,000 characters), kept in the stage history. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The plan's version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The plan. */
  id: Scalars['ID']['input'];
  /**
   * On re-adoption (entering ADOPTED when the plan has a baseline already): set a new
   * baseline from the current dates instead of keeping the earlier one. The first adoption
   * always sets baseline 1.
   */
  rebaseline?: Scalars['Boolean']['input'];
  /** The stage to move to. */
  to: ActionPlanStage;
};

/** Input of `updateAction`. */
export type UpdateActionInput = {
  /** Its new fields (all are replaced). */
  action: ActionFieldsInput;
  /** The version you read; a stale one gives `STALE_VERSION` and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The action. */
  id: Scalars['ID']['input'];
};

/** Input of `updateActionStep`. */
export type UpdateActionStepInput = {
  /** The version you read; a stale one gives `STALE_VERSION` and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The step. */
  id: Scalars['ID']['input'];
  /** Its new fields (all are replaced; the baseline stays). */
  step: ActionStepFieldsInput;
};

/** Input of `updateAgendaItem`. */
export type UpdateAgendaItemInput = {
  /** The item. */
  id: Scalars['ID']['input'];
  /** Its new fields (all are replaced; event and position stay). */
  item: AgendaItemFieldsInput;
};

/** Input of `updateAward`. */
export type UpdateAwardInput = {
  /** How many applications were submitted; at least 0. */
  applications?: InputMaybe<Scalars['Int']['input']>;
  /** The criteria; at most 20, each at most 1,000 characters. */
  criteria?: Array<Scalars['String']['input']>;
  /** Edition number; at least 0. */
  edition?: InputMaybe<Scalars['Int']['input']>;
  /** The award. */
  id: Scalars['ID']['input'];
  /** Name, e.g. "Phoenix Award"; 1–200 characters. */
  name: Scalars['String']['input'];
  /** The winners, in order; at most 100. */
  winners?: Array<AwardWinnerInput>;
  /** Year, 1900–2100 (`INVALID_YEAR` otherwise). */
  year: Scalars['Int']['input'];
};

/** Input of `updateBenchmark`: replaces the whole content of a draft. */
export type UpdateBenchmarkInput = {
  /** The version you read; a stale one gives `STALE_VERSION` and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The benchmark. */
  id: Scalars['ID']['input'];
  /** The thematic areas marked as a need. */
  needAreaIds: Array<Scalars['ID']['input']>;
  /** Every assessed cell (cells left out are cleared). */
  scores: Array<BenchmarkScoreInput>;
};

/** Input of `updateCoordinationCall`; omitted fields keep their value. */
export type UpdateCoordinationCallInput = {
  /** What will be discussed, at most 10,000 characters. */
  agenda?: InputMaybe<Scalars['String']['input']>;
  /** What was decided (replaces the list), at most 50. */
  decisions?: InputMaybe<Array<DecisionInput>>;
  /** The version read (`STALE_VERSION` when someone saved since). */
  expectedVersion: Scalars['Int']['input'];
  /** A new facilitator. */
  facilitatorId?: InputMaybe<Scalars['ID']['input']>;
  /** A new date. */
  heldOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** The call. */
  id: Scalars['ID']['input'];
  /** What was said, at most 10,000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The organisations taking part (replaces the list). */
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A new local start time, `HH:MM`; an empty string leaves the call without a time. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  /** A new time zone for the start time. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updateEvent`. */
export type UpdateEventInput = {
  /** Its new fields (all are replaced). */
  event: EventFieldsInput;
  /** The event. */
  id: Scalars['ID']['input'];
};

/** Input of `updateFeedback`. */
export type UpdateFeedbackInput = {
  /** The corrected text, 1–10,000 characters. */
  body: Scalars['String']['input'];
  /** The feedback. */
  id: Scalars['ID']['input'];
};

/** Input of `updateGoodPractice`. */
export type UpdateGoodPracticeInput = {
  /** Its new fields (all are replaced). */
  goodPractice: GoodPracticeFieldsInput;
  /** The practice. */
  id: Scalars['ID']['input'];
};

/** Input of `updateMailPreference`. */
export type UpdateMailPreferenceInput = {
  /** How it is to be mailed from now on. */
  delivery: MailDelivery;
  /** The kind of notification. */
  kind: NotificationKind;
};

/** Result of `updateMailPreference`. */
export type UpdateMailPreferencePayload = {
  __typename?: 'UpdateMailPreferencePayload';
  /** Every kind with how it is mailed now. */
  mailPreferences?: Maybe<Array<MailPreference>>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `updateMembership`. */
export type UpdateMembershipInput = {
  /** The membership. */
  id: Scalars['ID']['input'];
  /** Remark, at most 500 characters; null or empty clears it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Mandatory or optional. */
  participation: Participation;
  /** Leading or learning. */
  role: MembershipRole;
};

/** Input of `updateOrganisation`. */
export type UpdateOrganisationInput = {
  /** The organisation. */
  id: Scalars['ID']['input'];
  /** Its new fields (all are replaced). */
  organisation: OrganisationFieldsInput;
};

/** Input of `updatePlenaryOutcome`. */
export type UpdatePlenaryOutcomeInput = {
  /** The outcome. */
  id: Scalars['ID']['input'];
  /** Its new fields (all are replaced; event and position stay). */
  plenaryOutcome: PlenaryOutcomeFieldsInput;
};

/** Input of `updateProgrammePhase`. */
export type UpdateProgrammePhaseInput = {
  /** End, as the start; not before it (`END_BEFORE_START`). */
  end?: InputMaybe<Scalars['String']['input']>;
  /** The end in words; at most 200 characters. */
  endText?: InputMaybe<Scalars['String']['input']>;
  /** The phase or stage. */
  id: Scalars['ID']['input'];
  /** The report's number or letter for it, e.g. "2" or "3d"; at most 8 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`INVALID_DATE`). */
  start?: InputMaybe<Scalars['String']['input']>;
  /** The start in words, e.g. "end-September 2018"; at most 200 characters. */
  startText?: InputMaybe<Scalars['String']['input']>;
  /** What happens in it; at most 2,000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** Input of `updateProposedAction`. */
export type UpdateProposedActionInput = {
  /** The proposed action. */
  id: Scalars['ID']['input'];
  /** Its new fields (all are replaced; the organisation stays). */
  proposedAction: ProposedActionFieldsInput;
};

/** Input of `updateTerritoryFact`. */
export type UpdateTerritoryFactInput = {
  /** ISO 3166-1 alpha-2 country, for figures about a country (`INVALID_COUNTRY`). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** What is counted, 1–300 characters. */
  figure: Scalars['String']['input'];
  /** The fact. */
  id: Scalars['ID']['input'];
  /** A qualifier such as "around"; at most 100 characters. */
  qualifier?: InputMaybe<Scalars['String']['input']>;
  /** Where in the source it is; at most 300 characters. */
  section?: InputMaybe<Scalars['String']['input']>;
  /** The sentence quoted, 1–2,000 characters. */
  sourceText: Scalars['String']['input'];
  /** The territory it is about; none for figures without a partner-territory scope. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Unit, 1–100 characters. */
  unit: Scalars['String']['input'];
  /** The number. */
  value: Scalars['Float']['input'];
  /** The year the figure refers to, 1900–2100. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `updateTerritory`. */
export type UpdateTerritoryInput = {
  /** ISO 3166-1 alpha-2 country code, e.g. "AT" (`INVALID_COUNTRY`). */
  country: Scalars['String']['input'];
  /** The territory. */
  id: Scalars['ID']['input'];
  /** Display name, e.g. "Vienna"; 1–200 characters. */
  name: Scalars['String']['input'];
};

/** Input of `updateThematicArea`. */
export type UpdateThematicAreaInput = {
  /**
   * The benchmark cells whose levels measure the theme (a set: order and repeats do not
   * matter). Omitted or null: none on create, unchanged on update.
   */
  benchmarkCells?: InputMaybe<Array<BenchmarkCellInput>>;
  /** What the theme covers; at most 5,000 characters. */
  description?: Scalars['String']['input'];
  /** The area. */
  id: Scalars['ID']['input'];
  /** Position in the programme, 1–99, unique (`OUT_OF_RANGE`, `ALREADY_EXISTS`). */
  number: Scalars['Int']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** Input of `updateUser`; fields left out stay as they are. */
export type UpdateUserInput = {
  /** Reactivate (true) or deactivate (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** New display name. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** New role. */
  globalRole?: InputMaybe<GlobalRole>;
  /** The user. */
  id: Scalars['ID']['input'];
  /** New organisation; null removes it. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `updateViewerPreferences`; preferences left out stay as they are. */
export type UpdateViewerPreferencesInput = {
  /** The interface language; null forgets it (the SPA then follows the browser again). */
  language?: InputMaybe<Language>;
};

/** Result of `updateViewerPreferences`. */
export type UpdateViewerPreferencesPayload = {
  __typename?: 'UpdateViewerPreferencesPayload';
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
  /** The signed-in user with the new preferences. */
  viewer?: Maybe<User>;
};

/** Input of `updateWebhook`; omitted fields keep their value. */
export type UpdateWebhookInput = {
  /** `false` pauses deliveries (events are not queued while paused), `true` resumes. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** New events; at least one. */
  events?: InputMaybe<Array<WebhookEvent>>;
  /** The webhook. */
  id: Scalars['ID']['input'];
  /** A new endpoint (same rules as on creation). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `updateWebhook`. */
export type UpdateWebhookPayload = {
  __typename?: 'UpdateWebhookPayload';
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
  /** The changed webhook. */
  webhook?: Maybe<Webhook>;
};

/** Input of `updateWebinar`. */
export type UpdateWebinarInput = {
  /** The webinar. */
  id: Scalars['ID']['input'];
  /** Its new fields (all are replaced; the group stays). */
  webinar: WebinarFieldsInput;
};

/** Input of `updateWorkingGroup`. */
export type UpdateWorkingGroupInput = {
  /** The group. */
  id: Scalars['ID']['input'];
  /** New title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** A person with a login. */
export type User = Node & {
  __typename?: 'User';
  /** Deactivated users cannot sign in. */
  active: Scalars['Boolean']['output'];
  /**
   * The user's personal access tokens, newest first (revoked and expired ones included;
   * never the secret). Only for the user itself (`viewer { apiTokens }`); null for others.
   */
  apiTokens?: Maybe<ApiTokenConnection>;
  /**
   * The user's calendar feed, if one is active (its URL is shown only when created). Only
   * for the user itself; null for others.
   */
  calendarFeed?: Maybe<CalendarFeed>;
  /** Name shown to others. */
  displayName: Scalars['String']['output'];
  /** E-mail address: visible to the user itself and to the coordinator, null for others. */
  email?: Maybe<Scalars['String']['output']>;
  /**
   * The working groups the user is invited to as an expert (empty for anyone else), in
   * the order of their thematic areas: an expert's start page.
   */
  expertGroups: Array<WorkingGroup>;
  /** Network-wide role. */
  globalRole: GlobalRole;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /**
   * The interface language the user chose (or the one the SPA detected on the first
   * visit); null until known. Like `email`, visible to the user itself and to the
   * coordinator, null for others.
   */
  language?: Maybe<Language>;
  /**
   * How the user wants each kind of notification mailed, every kind listed. Only for the
   * user itself (`viewer { mailPreferences }`); null for others.
   */
  mailPreferences?: Maybe<Array<MailPreference>>;
  /**
   * What the user is told, newest first (only unread ones with `unreadOnly`). Only for
   * the user itself (`viewer { notifications }`); null for others, the coordinator
   * included.
   */
  notifications?: Maybe<NotificationConnection>;
  /** The organisation the user acts for. */
  organisation?: Maybe<Organisation>;
  /**
   * How many of the user's notifications are unread. Only for the user itself; null for
   * others.
   */
  unreadNotificationCount?: Maybe<Scalars['Int']['output']>;
  /** Whether the viewer may update, deactivate this user or reset their password. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};


/** A person with a login. */
export type UserApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person with a login. */
export type UserNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: Scalars['Boolean']['input'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  /** A list of edges. */
  edges: Array<UserEdge>;
  /** A list of nodes. */
  nodes: Array<User>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: User;
};

/**
 * A problem with the input of a mutation; nothing was changed.
 *
 * `message` is English, for API clients and logs; user interfaces word their own message
 * from `code`, `field` and `params`.
 */
export type UserError = {
  __typename?: 'UserError';
  /** What is wrong, for programs: a stable code such as `INVALID_EMAIL`. */
  code: Scalars['String']['output'];
  /** Path to the input field at fault, e.g. `["input", "email"]`. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, for people (English). */
  message: Scalars['String']['output'];
  /**
   * The values the message is built from, e.g. `max` = `2000` for `TOO_LONG`. A `variant`
   * parameter, when present, tells apart the cases of one code (e.g. `ENTRY` for one
   * entry of a list that is too long). CSV imports add `row` and `column`.
   */
  params: Array<UserErrorParam>;
};

/** A named value of a [`UserError`]'s message. */
export type UserErrorParam = {
  __typename?: 'UserErrorParam';
  /** The parameter, e.g. `max`. */
  name: Scalars['String']['output'];
  /** Its value as text, e.g. `2000`. */
  value: Scalars['String']['output'];
};

/** Input of `deactivateUser` and `resetUserPassword`. */
export type UserIdInput = {
  /** The user. */
  id: Scalars['ID']['input'];
};

/** Result of `createUser`, `updateUser` and `deactivateUser`. */
export type UserPayload = {
  __typename?: 'UserPayload';
  /** The user. */
  user?: Maybe<User>;
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
};

/** Input of `validateBenchmark`. */
export type ValidateBenchmarkInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The benchmark. */
  id: Scalars['ID']['input'];
};

/** An HTTPS endpoint that receives signed JSON deliveries of the events it subscribes to. */
export type Webhook = Node & {
  __typename?: 'Webhook';
  /** Whether deliveries are made (false while paused). */
  active: Scalars['Boolean']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Who registered it. */
  createdBy?: Maybe<User>;
  /** Its deliveries, newest first: what was sent, how often, and how the receiver answered. */
  deliveries: WebhookDeliveryConnection;
  /** The events it receives. */
  events: Array<WebhookEvent>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The organisation whose objects it hears about; null for a network-wide hook. */
  organisation?: Maybe<Organisation>;
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
  /** Whether the viewer may change or remove this webhook and redeliver its deliveries. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};


/** An HTTPS endpoint that receives signed JSON deliveries of the events it subscribes to. */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookConnection = {
  __typename?: 'WebhookConnection';
  /** A list of edges. */
  edges: Array<WebhookEdge>;
  /** A list of nodes. */
  nodes: Array<Webhook>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One event on its way to (or delivered to) one webhook. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far (at most 8). */
  attempts: Scalars['Int']['output'];
  /** When the event happened. */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver accepted it. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event. */
  event: WebhookEvent;
  /**
   * The delivery's id, also sent as `X-Mega-Delivery` and in the body's `deliveryId`
   * (receivers use it to ignore a delivery they have seen).
   */
  id: Scalars['String']['output'];
  /** Why the last attempt failed, e.g. `HTTP 500` or `connection refused`. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due; meaningful while `PENDING`. */
  nextAttemptAt: Scalars['DateTime']['output'];
  /** The JSON body sent. */
  payload: Scalars['String']['output'];
  /** The HTTP status of the receiver's last answer; null when it could not be reached. */
  responseStatus?: Maybe<Scalars['Int']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** A list of edges. */
  edges: Array<WebhookDeliveryEdge>;
  /** A list of nodes. */
  nodes: Array<WebhookDelivery>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered with a 2xx status. */
  | 'DELIVERED'
  /** Given up after 8 attempts. */
  | 'FAILED'
  /** Waiting for its first or next attempt. */
  | 'PENDING';

/** An edge in a connection. */
export type WebhookEdge = {
  __typename?: 'WebhookEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Webhook;
};

/** Something that happened that a webhook can subscribe to. */
export type WebhookEvent =
  /**
   * Coordination calls were scheduled (`data`: `coordinationCallIds`, `workingGroupId`,
   * `heldOn` of each); organisation hooks hear about calls their organisation takes part in.
   */
  | 'CALL_SCHEDULED'
  /**
   * Feedback was added to a thread on a proposed action, a plan or one of its actions
   * (`data`: `feedbackId`, `targetId`, `kind`, `organisationId`).
   */
  | 'FEEDBACK_ADDED'
  /**
   * An action plan moved to another stage (`data`: `actionPlanId`, `organisationId`,
   * `from`, `to`).
   */
  | 'PLAN_STAGE_CHANGED'
  /**
   * An organisation reported progress on a step (`data`: `progressReportId`, `stepId`,
   * `actionPlanId`, `organisationId`, `status`, `percentComplete`).
   */
  | 'PROGRESS_REPORT_SUBMITTED';

/** A working group's online session, presented by leading members. */
export type Webinar = Node & {
  __typename?: 'Webinar';
  /** How many people attended, when known. */
  attendance?: Maybe<Scalars['Int']['output']>;
  /** The good practices shown, in order. */
  goodPractices: Array<GoodPractice>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The presenting organisations, leading members of the group, in order. */
  presenters: Array<Organisation>;
  /** Where the recording is (an http or https address), if there is one. */
  recordingUrl?: Maybe<Scalars['String']['output']>;
  /** When it starts (an instant, in UTC). */
  startsAt: Scalars['DateTime']['output'];
  /**
   * The IANA time zone it was planned in, e.g. "Europe/Berlin", for showing `startsAt`
   * in local time.
   */
  timeZone: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /**
   * Whether the viewer may edit this webinar (the group's leading members and the
   * coordinator).
   */
  viewerCanUpdate: Scalars['Boolean']['output'];
  /** The group holding it. */
  workingGroup: WorkingGroup;
};

export type WebinarConnection = {
  __typename?: 'WebinarConnection';
  /** A list of edges. */
  edges: Array<WebinarEdge>;
  /** A list of nodes. */
  nodes: Array<Webinar>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type WebinarEdge = {
  __typename?: 'WebinarEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Webinar;
};

/** The editable fields of a webinar. */
export type WebinarFieldsInput = {
  /** How many people attended, when known; at least 0 (`NEGATIVE_COUNT` otherwise). */
  attendance?: InputMaybe<Scalars['Int']['input']>;
  /** The good practices shown, in order; at most 50. */
  goodPracticeIds?: Array<Scalars['ID']['input']>;
  /**
   * The presenting organisations, in order: 1–20 leading members of the group
   * (`NOT_LEADING` otherwise).
   */
  presenterIds: Array<Scalars['ID']['input']>;
  /** Where the recording is: an http:// or https:// address (`INVALID_URL` otherwise). */
  recordingUrl?: InputMaybe<Scalars['String']['input']>;
  /** When it starts (an instant, e.g. "2018-11-06T10:00:00+01:00"). */
  startsAt: Scalars['DateTime']['input'];
  /**
   * The IANA time zone it is planned in, e.g. "Europe/Berlin" or "UTC"
   * (`INVALID_TIME_ZONE` otherwise).
   */
  timeZone: Scalars['String']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** Result of `scheduleWebinar` and `updateWebinar`. */
export type WebinarPayload = {
  __typename?: 'WebinarPayload';
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
  /** The webinar. */
  webinar?: Maybe<Webinar>;
};

/** One thematic area's group, where leading members coach learning members. */
export type WorkingGroup = Node & {
  __typename?: 'WorkingGroup';
  /** Whether today is past `nextCallDue`. */
  callOverdue: Scalars['Boolean']['output'];
  /** Its coordination calls, latest first. */
  coordinationCalls: CoordinationCallConnection;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Experts invited to give feedback in this group. */
  invitedExperts: Array<User>;
  /** The date of its last call held (today or earlier); null when it has held none. */
  lastCallOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Members, leading first; filter by `role` to get one side. */
  memberships: Array<Membership>;
  /**
   * Organisations whose validated benchmark marks this group's area as a need but that are
   * not members; `addMissingMandatoryMembers` adds them.
   */
  missingMandatoryMembers: Array<Organisation>;
  /**
   * When its next call is due: four months after its last call (the 31st becomes the last
   * day of a shorter month). Null when it has held none.
   */
  nextCallDue?: Maybe<Scalars['NaiveDate']['output']>;
  /** The date of its next call scheduled after today, if any. */
  nextScheduledCallOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** The actions members proposed to this group ("ask the expert"), in the order recorded. */
  proposedActions: Array<ProposedAction>;
  /** The thematic area the group works on. */
  thematicArea: ThematicArea;
  /** Title, e.g. "City leadership". */
  title: Scalars['String']['output'];
  /** Whether the viewer may invite and withdraw experts in this group. */
  viewerCanInviteExpert: Scalars['Boolean']['output'];
  /**
   * Whether the viewer may propose an action ("ask the expert") in this group: members
   * for their own organisation, the coordinator for any member.
   */
  viewerCanProposeAction: Scalars['Boolean']['output'];
  /** Whether the viewer may schedule, edit and cancel this group's coordination calls. */
  viewerCanScheduleCall: Scalars['Boolean']['output'];
  /** Whether the viewer may schedule and edit this group's webinars. */
  viewerCanScheduleWebinar: Scalars['Boolean']['output'];
  /** Whether the viewer may rename the group and manage its members. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  /** The group's webinars, by start. */
  webinars: Array<Webinar>;
};


/** One thematic area's group, where leading members coach learning members. */
export type WorkingGroupCoordinationCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One thematic area's group, where leading members coach learning members. */
export type WorkingGroupMembershipsArgs = {
  role?: InputMaybe<MembershipRole>;
};

export type WorkingGroupConnection = {
  __typename?: 'WorkingGroupConnection';
  /** A list of edges. */
  edges: Array<WorkingGroupEdge>;
  /** A list of nodes. */
  nodes: Array<WorkingGroup>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type WorkingGroupEdge = {
  __typename?: 'WorkingGroupEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: WorkingGroup;
};

/** Result of `createWorkingGroup` and `updateWorkingGroup`. */
export type WorkingGroupPayload = {
  __typename?: 'WorkingGroupPayload';
  /** Problems with the input; nothing was changed when not empty. */
  userErrors: Array<UserError>;
  /** The group. */
  workingGroup?: Maybe<WorkingGroup>;
};

export type CreateBenchmarkRoundMutationVariables = Exact<{
  input: CreateBenchmarkRoundInput;
}>;


export type CreateBenchmarkRoundMutation = { __typename?: 'Mutation', createBenchmarkRound: { __typename?: 'BenchmarkRoundPayload', round?: { __typename?: 'BenchmarkRound', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type CreateBenchmarkMutationVariables = Exact<{
  input: CreateBenchmarkInput;
}>;


export type CreateBenchmarkMutation = { __typename?: 'Mutation', createBenchmark: { __typename?: 'BenchmarkPayload', benchmark?: { __typename?: 'Benchmark', id: string, version: number, status: BenchmarkStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type NewBenchmarkChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type NewBenchmarkChoicesQuery = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', manageBenchmarkRounds: boolean }, organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string }> }, benchmarkRounds: { __typename?: 'BenchmarkRoundConnection', nodes: Array<{ __typename?: 'BenchmarkRound', id: string, name: string, heldOn: string }> } };

export type BenchmarkComparisonChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchmarkComparisonChoicesQuery = { __typename?: 'Query', benchmarkRounds: { __typename?: 'BenchmarkRoundConnection', nodes: Array<{ __typename?: 'BenchmarkRound', id: string, name: string, heldOn: string }> }, benchmarks: { __typename?: 'BenchmarkConnection', nodes: Array<{ __typename?: 'Benchmark', id: string, organisation: { __typename?: 'Organisation', id: string, name: string }, round: { __typename?: 'BenchmarkRound', id: string } }> } };

export type ComparedBenchmarksQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  first: Scalars['ID']['input'];
  second: Scalars['ID']['input'];
}>;


export type ComparedBenchmarksQuery = { __typename?: 'Query', first: { __typename?: 'BenchmarkConnection', nodes: Array<{ __typename?: 'Benchmark', id: string, scores: Array<{ __typename?: 'BenchmarkScore', keyActor: KeyActor, dimension: BenchmarkDimension, level?: number | null }> }> }, second: { __typename?: 'BenchmarkConnection', nodes: Array<{ __typename?: 'Benchmark', id: string, scores: Array<{ __typename?: 'BenchmarkScore', keyActor: KeyActor, dimension: BenchmarkDimension, level?: number | null }> }> } };

export type UpdateBenchmarkMutationVariables = Exact<{
  input: UpdateBenchmarkInput;
}>;


export type UpdateBenchmarkMutation = { __typename?: 'Mutation', updateBenchmark: { __typename?: 'BenchmarkPayload', benchmark?: { __typename?: 'Benchmark', id: string, version: number, status: BenchmarkStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type ValidateBenchmarkMutationVariables = Exact<{
  input: ValidateBenchmarkInput;
}>;


export type ValidateBenchmarkMutation = { __typename?: 'Mutation', validateBenchmark: { __typename?: 'BenchmarkPayload', benchmark?: { __typename?: 'Benchmark', id: string, version: number, status: BenchmarkStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type BenchmarkAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchmarkAreasQuery = { __typename?: 'Query', thematicAreas: { __typename?: 'ThematicAreaConnection', nodes: Array<{ __typename?: 'ThematicArea', id: string, number: number, title: string }> } };

export type ViewerCalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerCalendarFeedQuery = { __typename?: 'Query', viewer: { __typename?: 'User', id: string, calendarFeed?: { __typename?: 'CalendarFeed', createdAt: string } | null } };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { __typename?: 'Mutation', createCalendarFeed: { __typename?: 'CreateCalendarFeedPayload', path?: string | null, calendarFeed?: { __typename?: 'CalendarFeed', createdAt: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { __typename?: 'Mutation', revokeCalendarFeed: { __typename?: 'RevokeCalendarFeedPayload', revoked?: boolean | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type CallFieldsFragment = { __typename?: 'CoordinationCall', id: string, heldOn: string, startTime?: string | null, timeZone?: string | null, startsAt?: string | null, scheduled: boolean, version: number, seriesId?: string | null, agenda?: string | null, notes?: string | null, viewerCanUpdate: boolean, facilitator?: { __typename?: 'User', id: string, displayName: string } | null, participants: Array<{ __typename?: 'Organisation', id: string, name: string }>, decisions: Array<{ __typename?: 'CallDecision', text: string, stepIds: Array<string> }> };

export type GroupCallsPanelQueryVariables = Exact<{
  workingGroupId: Scalars['ID']['input'];
}>;


export type GroupCallsPanelQuery = { __typename?: 'Query', workingGroup?: { __typename?: 'WorkingGroup', id: string, viewerCanScheduleCall: boolean, thematicArea: { __typename?: 'ThematicArea', id: string }, memberships: Array<{ __typename?: 'Membership', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null, actionPlan?: { __typename?: 'ActionPlan', id: string, actions: Array<{ __typename?: 'Action', id: string, ref?: string | null, title?: string | null, thematicArea?: { __typename?: 'ThematicArea', id: string } | null, steps: Array<{ __typename?: 'ActionStep', id: string, number: string, title: string }> }> } | null } }>, coordinationCalls: { __typename?: 'CoordinationCallConnection', totalCount: number, nodes: Array<{ __typename?: 'CoordinationCall', id: string, heldOn: string, startTime?: string | null, timeZone?: string | null, startsAt?: string | null, scheduled: boolean, version: number, seriesId?: string | null, agenda?: string | null, notes?: string | null, viewerCanUpdate: boolean, facilitator?: { __typename?: 'User', id: string, displayName: string } | null, participants: Array<{ __typename?: 'Organisation', id: string, name: string }>, decisions: Array<{ __typename?: 'CallDecision', text: string, stepIds: Array<string> }> }> } } | null };

export type CallFacilitatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type CallFacilitatorsQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', nodes: Array<{ __typename?: 'User', id: string, displayName: string }> } };

export type ScheduleCoordinationCallMutationVariables = Exact<{
  input: ScheduleCoordinationCallInput;
}>;


export type ScheduleCoordinationCallMutation = { __typename?: 'Mutation', scheduleCoordinationCall: { __typename?: 'ScheduleCoordinationCallPayload', series: Array<{ __typename?: 'CoordinationCall', id: string, heldOn: string }>, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateCoordinationCallMutationVariables = Exact<{
  input: UpdateCoordinationCallInput;
}>;


export type UpdateCoordinationCallMutation = { __typename?: 'Mutation', updateCoordinationCall: { __typename?: 'CoordinationCallPayload', coordinationCall?: { __typename?: 'CoordinationCall', id: string, heldOn: string, startTime?: string | null, timeZone?: string | null, startsAt?: string | null, scheduled: boolean, version: number, seriesId?: string | null, agenda?: string | null, notes?: string | null, viewerCanUpdate: boolean, facilitator?: { __typename?: 'User', id: string, displayName: string } | null, participants: Array<{ __typename?: 'Organisation', id: string, name: string }>, decisions: Array<{ __typename?: 'CallDecision', text: string, stepIds: Array<string> }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type DeleteCoordinationCallMutationVariables = Exact<{
  input: DeleteCoordinationCallInput;
}>;


export type DeleteCoordinationCallMutation = { __typename?: 'Mutation', deleteCoordinationCall: { __typename?: 'CoordinationCallPayload', coordinationCall?: { __typename?: 'CoordinationCall', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type NavigationQueryVariables = Exact<{ [key: string]: never; }>;


export type NavigationQuery = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', manageUsers: boolean, readAuditLog: boolean, readMailOutbox: boolean, manageEveryWebhook: boolean, readEveryPlan: boolean, readBenchmarkLevels: boolean }, viewer: { __typename?: 'User', id: string, organisation?: { __typename?: 'Organisation', id: string, viewerCanManageWebhooks: boolean } | null } };

export type AskTheExpertBoardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AskTheExpertBoardQuery = { __typename?: 'Query', workingGroup?: { __typename?: 'WorkingGroup', id: string, viewerCanProposeAction: boolean, memberships: Array<{ __typename?: 'Membership', id: string, organisation: { __typename?: 'Organisation', id: string, name: string } }>, proposedActions: Array<{ __typename?: 'ProposedAction', id: string, title: string, description: string, guidingQuestions: Array<string>, guidingQuestionsContext: Array<string>, section?: string | null, viewerCanUpdate: boolean, viewerFeedbackKinds: Array<FeedbackKind>, organisation: { __typename?: 'Organisation', id: string, name: string }, feedback: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, resolvedAt?: string | null, viewerCanEdit: boolean, viewerCanResolve: boolean, viewerCanReply: boolean, resolvedBy?: { __typename?: 'User', id: string, displayName: string } | null, author: { __typename?: 'User', id: string, displayName: string }, replies: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, viewerCanEdit: boolean, author: { __typename?: 'User', id: string, displayName: string } }> }> }> } | null };

export type FeedbackItemFieldsFragment = { __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, resolvedAt?: string | null, viewerCanEdit: boolean, viewerCanResolve: boolean, viewerCanReply: boolean, resolvedBy?: { __typename?: 'User', id: string, displayName: string } | null, author: { __typename?: 'User', id: string, displayName: string }, replies: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, viewerCanEdit: boolean, author: { __typename?: 'User', id: string, displayName: string } }> };

export type AddFeedbackMutationVariables = Exact<{
  input: AddFeedbackInput;
}>;


export type AddFeedbackMutation = { __typename?: 'Mutation', addFeedback: { __typename?: 'FeedbackPayload', feedback?: { __typename?: 'Feedback', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateFeedbackMutationVariables = Exact<{
  input: UpdateFeedbackInput;
}>;


export type UpdateFeedbackMutation = { __typename?: 'Mutation', updateFeedback: { __typename?: 'FeedbackPayload', feedback?: { __typename?: 'Feedback', id: string, body: string, editedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type DeleteFeedbackMutationVariables = Exact<{
  input: DeleteFeedbackInput;
}>;


export type DeleteFeedbackMutation = { __typename?: 'Mutation', deleteFeedback: { __typename?: 'FeedbackPayload', feedback?: { __typename?: 'Feedback', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type ResolveFeedbackThreadMutationVariables = Exact<{
  input: ResolveFeedbackThreadInput;
}>;


export type ResolveFeedbackThreadMutation = { __typename?: 'Mutation', resolveFeedbackThread: { __typename?: 'FeedbackPayload', feedback?: { __typename?: 'Feedback', id: string, resolvedAt?: string | null, resolvedBy?: { __typename?: 'User', id: string, displayName: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type OrganisationOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationOptionsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type AddMembershipMutationVariables = Exact<{
  input: AddMembershipInput;
}>;


export type AddMembershipMutation = { __typename?: 'Mutation', addMembership: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type RemoveMembershipMutationVariables = Exact<{
  input: RemoveMembershipInput;
}>;


export type RemoveMembershipMutation = { __typename?: 'Mutation', removeMembership: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type TerritoryOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritoryOptionsQuery = { __typename?: 'Query', territories: { __typename?: 'TerritoryConnection', nodes: Array<{ __typename?: 'Territory', id: string, name: string }> } };

export type UpdateViewerPreferencesMutationVariables = Exact<{
  input: UpdateViewerPreferencesInput;
}>;


export type UpdateViewerPreferencesMutation = { __typename?: 'Mutation', updateViewerPreferences: { __typename?: 'UpdateViewerPreferencesPayload', viewer?: { __typename?: 'User', id: string, language?: Language | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'User', id: string, displayName: string, email?: string | null, globalRole: GlobalRole, language?: Language | null, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } | null } };

export type AwaitingAdoptionQueryVariables = Exact<{ [key: string]: never; }>;


export type AwaitingAdoptionQuery = { __typename?: 'Query', actionPlans: { __typename?: 'ActionPlanConnection', totalCount: number, nodes: Array<{ __typename?: 'ActionPlan', id: string, viewerCanTransitionTo: Array<ActionPlanStage>, organisation: { __typename?: 'Organisation', id: string, name: string }, stageHistory: Array<{ __typename?: 'StageChange', to: ActionPlanStage, at: string }>, actions: Array<{ __typename?: 'Action', id: string, ref?: string | null, title?: string | null, position: number, origin: ActionOrigin, thematicArea?: { __typename?: 'ThematicArea', id: string, number: number, title: string } | null }> }> } };

export type DashboardLateStepsQueryVariables = Exact<{
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DashboardLateStepsQuery = { __typename?: 'Query', report: { __typename?: 'Report', lateSteps: Array<{ __typename?: 'LateStep', actionPlanId: string, status: StepStatus, daysOverdue: number, daysBehindBaseline: number, step?: { __typename?: 'ActionStep', id: string, number: string, title: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } | null, workingGroup?: { __typename?: 'WorkingGroup', id: string, title: string, thematicArea: { __typename?: 'ThematicArea', number: number } } | null }> } };

export type ProgrammePhaseFieldsFragment = { __typename?: 'ProgrammePhase', id: string, reference?: string | null, title: string, summary?: string | null, start?: string | null, end?: string | null, startText?: string | null, endText?: string | null, viewerCanUpdate: boolean };

export type ProgrammeTimelineFieldsFragment = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', manageProgramme: boolean }, programmePhases: Array<{ __typename?: 'ProgrammePhase', id: string, reference?: string | null, title: string, summary?: string | null, start?: string | null, end?: string | null, startText?: string | null, endText?: string | null, viewerCanUpdate: boolean, stages: Array<{ __typename?: 'ProgrammePhase', id: string, reference?: string | null, title: string, summary?: string | null, start?: string | null, end?: string | null, startText?: string | null, endText?: string | null, viewerCanUpdate: boolean }> }> };

export type UpdateProgrammePhaseMutationVariables = Exact<{
  input: UpdateProgrammePhaseInput;
}>;


export type UpdateProgrammePhaseMutation = { __typename?: 'Mutation', updateProgrammePhase: { __typename?: 'ProgrammePhasePayload', programmePhase?: { __typename?: 'ProgrammePhase', id: string, reference?: string | null, title: string, summary?: string | null, start?: string | null, end?: string | null, startText?: string | null, endText?: string | null, viewerCanUpdate: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type CreateProgrammePhaseMutationVariables = Exact<{
  input: CreateProgrammePhaseInput;
}>;


export type CreateProgrammePhaseMutation = { __typename?: 'Mutation', createProgrammePhase: { __typename?: 'ProgrammePhasePayload', programmePhase?: { __typename?: 'ProgrammePhase', id: string, reference?: string | null, title: string, summary?: string | null, start?: string | null, end?: string | null, startText?: string | null, endText?: string | null, viewerCanUpdate: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', readEveryPlan: boolean, manageProgramme: boolean }, viewer: { __typename?: 'User', id: string, expertGroups: Array<{ __typename?: 'WorkingGroup', id: string, title: string, thematicArea: { __typename?: 'ThematicArea', id: string, number: number }, proposedActions: Array<{ __typename?: 'ProposedAction', id: string, title: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null }, feedback: Array<{ __typename?: 'Feedback', id: string, author: { __typename?: 'User', id: string }, replies: Array<{ __typename?: 'Feedback', id: string, author: { __typename?: 'User', id: string } }> }> }> }>, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, workingGroup: { __typename?: 'WorkingGroup', id: string, title: string, lastCallOn?: string | null, nextScheduledCallOn?: string | null, nextCallDue?: string | null, callOverdue: boolean, thematicArea: { __typename?: 'ThematicArea', id: string, number: number } } }>, actionPlan?: { __typename?: 'ActionPlan', id: string, stage: ActionPlanStage, progress?: number | null, actions: Array<{ __typename?: 'Action', id: string, ref?: string | null, title?: string | null, position: number, progress?: number | null, steps: Array<{ __typename?: 'ActionStep', id: string, number: string, title: string, status: StepStatus, percentComplete: number, end?: string | null, endText?: string | null, baselineEnd?: string | null, slippage: { __typename?: 'Slippage', late: boolean, daysLate: number, daysBehindBaseline: number, daysOverdue: number } }> }> } | null } | null }, report: { __typename?: 'Report', stepsByStatus: Array<{ __typename?: 'StatusCount', status: StepStatus, count: number, organisation?: { __typename?: 'Organisation', id: string } | null }> }, programmePhases: Array<{ __typename?: 'ProgrammePhase', id: string, reference?: string | null, title: string, summary?: string | null, start?: string | null, end?: string | null, startText?: string | null, endText?: string | null, viewerCanUpdate: boolean, stages: Array<{ __typename?: 'ProgrammePhase', id: string, reference?: string | null, title: string, summary?: string | null, start?: string | null, end?: string | null, startText?: string | null, endText?: string | null, viewerCanUpdate: boolean }> }> };

export type DashboardLedGroupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DashboardLedGroupQuery = { __typename?: 'Query', workingGroup?: { __typename?: 'WorkingGroup', id: string, title: string, thematicArea: { __typename?: 'ThematicArea', id: string, number: number }, memberships: Array<{ __typename?: 'Membership', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null, actionPlan?: { __typename?: 'ActionPlan', id: string, stage: ActionPlanStage, progress?: number | null, actions: Array<{ __typename?: 'Action', id: string, ref?: string | null, title?: string | null, position: number, progress?: number | null, thematicArea?: { __typename?: 'ThematicArea', id: string } | null, steps: Array<{ __typename?: 'ActionStep', id: string, number: string, title: string }> }> } | null } }> } | null, awaiting: { __typename?: 'ProgressReportConnection', totalCount: number, nodes: Array<{ __typename?: 'ProgressReport', id: string, createdAt: string, status: StepStatus, percentComplete: number, narrative?: string | null, actionPlanId: string, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } | null, step?: { __typename?: 'ActionStep', id: string, number: string, title: string } | null }> }, report: { __typename?: 'Report', stepsByStatus: Array<{ __typename?: 'StatusCount', status: StepStatus, count: number, workingGroup?: { __typename?: 'WorkingGroup', id: string } | null }> } };

export type DashboardNetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardNetworkQuery = { __typename?: 'Query', report: { __typename?: 'Report', plansByStage: Array<{ __typename?: 'StageCount', stage: ActionPlanStage, count: number }>, stepsByStatus: Array<{ __typename?: 'StatusCount', status: StepStatus, count: number, workingGroup?: { __typename?: 'WorkingGroup', id: string, title: string, thematicArea: { __typename?: 'ThematicArea', id: string, number: number } } | null }>, overdueCalls: Array<{ __typename?: 'OverdueCall', lastCallOn: string, nextCallDue: string, daysOverdue: number, workingGroup?: { __typename?: 'WorkingGroup', id: string, title: string, viewerCanScheduleCall: boolean, thematicArea: { __typename?: 'ThematicArea', id: string, number: number } } | null }>, missingProgressReports: Array<{ __typename?: 'MissingReport', workingGroup?: { __typename?: 'WorkingGroup', id: string, title: string, thematicArea: { __typename?: 'ThematicArea', id: string, number: number } } | null, coordinationCall?: { __typename?: 'CoordinationCall', id: string, heldOn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> } };

export type UserErrorFieldsFragment = { __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'EventPayload', event?: { __typename?: 'Event', id: string, title: string, venue: string, city: string, startDate: string, endDate: string, datesText?: string | null, viewerCanUpdate: boolean, territory?: { __typename?: 'Territory', id: string, name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { __typename?: 'Mutation', updateEvent: { __typename?: 'EventPayload', event?: { __typename?: 'Event', id: string, title: string, venue: string, city: string, startDate: string, endDate: string, datesText?: string | null, viewerCanUpdate: boolean, territory?: { __typename?: 'Territory', id: string, name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type DeleteEventMutationVariables = Exact<{
  input: DeleteEventInput;
}>;


export type DeleteEventMutation = { __typename?: 'Mutation', deleteEvent: { __typename?: 'EventPayload', event?: { __typename?: 'Event', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddAgendaItemMutation = { __typename?: 'Mutation', addAgendaItem: { __typename?: 'AgendaItemPayload', agendaItem?: { __typename?: 'AgendaItem', id: string, date: string, start?: string | null, end?: string | null, timeText?: string | null, title: string, session?: string | null, track?: string | null, description?: string | null, expertFeedbackMinutes?: number | null, expertFeedbackText?: string | null, position: number, workingGroup?: { __typename?: 'WorkingGroup', id: string, title: string } | null, presentations: Array<{ __typename?: 'Presentation', minutes: number, actions: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateAgendaItemMutationVariables = Exact<{
  input: UpdateAgendaItemInput;
}>;


export type UpdateAgendaItemMutation = { __typename?: 'Mutation', updateAgendaItem: { __typename?: 'AgendaItemPayload', agendaItem?: { __typename?: 'AgendaItem', id: string, date: string, start?: string | null, end?: string | null, timeText?: string | null, title: string, session?: string | null, track?: string | null, description?: string | null, expertFeedbackMinutes?: number | null, expertFeedbackText?: string | null, position: number, workingGroup?: { __typename?: 'WorkingGroup', id: string, title: string } | null, presentations: Array<{ __typename?: 'Presentation', minutes: number, actions: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type RemoveAgendaItemMutationVariables = Exact<{
  input: RemoveAgendaItemInput;
}>;


export type RemoveAgendaItemMutation = { __typename?: 'Mutation', removeAgendaItem: { __typename?: 'AgendaItemPayload', agendaItem?: { __typename?: 'AgendaItem', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type AddEventParticipantMutationVariables = Exact<{
  input: AddEventParticipantInput;
}>;


export type AddEventParticipantMutation = { __typename?: 'Mutation', addEventParticipant: { __typename?: 'EventParticipantPayload', participant?: { __typename?: 'EventParticipant', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type RemoveEventParticipantMutationVariables = Exact<{
  input: RemoveEventParticipantInput;
}>;


export type RemoveEventParticipantMutation = { __typename?: 'Mutation', removeEventParticipant: { __typename?: 'EventParticipantPayload', participant?: { __typename?: 'EventParticipant', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type CreatePlenaryOutcomeMutationVariables = Exact<{
  input: CreatePlenaryOutcomeInput;
}>;


export type CreatePlenaryOutcomeMutation = { __typename?: 'Mutation', createPlenaryOutcome: { __typename?: 'PlenaryOutcomePayload', plenaryOutcome?: { __typename?: 'PlenaryOutcome', id: string, section: string, heading: string, note?: string | null, summaryPoints: Array<string>, recommendations: Array<string>, position: number, workingGroups: Array<{ __typename?: 'WorkingGroup', id: string, title: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdatePlenaryOutcomeMutationVariables = Exact<{
  input: UpdatePlenaryOutcomeInput;
}>;


export type UpdatePlenaryOutcomeMutation = { __typename?: 'Mutation', updatePlenaryOutcome: { __typename?: 'PlenaryOutcomePayload', plenaryOutcome?: { __typename?: 'PlenaryOutcome', id: string, section: string, heading: string, note?: string | null, summaryPoints: Array<string>, recommendations: Array<string>, position: number, workingGroups: Array<{ __typename?: 'WorkingGroup', id: string, title: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type DeletePlenaryOutcomeMutationVariables = Exact<{
  input: DeletePlenaryOutcomeInput;
}>;


export type DeletePlenaryOutcomeMutation = { __typename?: 'Mutation', deletePlenaryOutcome: { __typename?: 'PlenaryOutcomePayload', plenaryOutcome?: { __typename?: 'PlenaryOutcome', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type EventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventsQuery = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', manageEvents: boolean }, events: { __typename?: 'EventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Event', id: string, title: string, venue: string, city: string, startDate: string, endDate: string }> } };

export type EventFieldsFragment = { __typename?: 'Event', id: string, title: string, venue: string, city: string, startDate: string, endDate: string, datesText?: string | null, viewerCanUpdate: boolean, territory?: { __typename?: 'Territory', id: string, name: string } | null };

export type AgendaItemFieldsFragment = { __typename?: 'AgendaItem', id: string, date: string, start?: string | null, end?: string | null, timeText?: string | null, title: string, session?: string | null, track?: string | null, description?: string | null, expertFeedbackMinutes?: number | null, expertFeedbackText?: string | null, position: number, workingGroup?: { __typename?: 'WorkingGroup', id: string, title: string } | null, presentations: Array<{ __typename?: 'Presentation', minutes: number, actions: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } }> };

export type PlenaryOutcomeFieldsFragment = { __typename?: 'PlenaryOutcome', id: string, section: string, heading: string, note?: string | null, summaryPoints: Array<string>, recommendations: Array<string>, position: number, workingGroups: Array<{ __typename?: 'WorkingGroup', id: string, title: string }> };

export type EventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventQuery = { __typename?: 'Query', event?: { __typename?: 'Event', days: Array<string>, id: string, title: string, venue: string, city: string, startDate: string, endDate: string, datesText?: string | null, viewerCanUpdate: boolean, plenaryOutcomes: Array<{ __typename?: 'PlenaryOutcome', id: string, section: string, heading: string, note?: string | null, summaryPoints: Array<string>, recommendations: Array<string>, position: number, workingGroups: Array<{ __typename?: 'WorkingGroup', id: string, title: string }> }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, date: string, start?: string | null, end?: string | null, timeText?: string | null, title: string, session?: string | null, track?: string | null, description?: string | null, expertFeedbackMinutes?: number | null, expertFeedbackText?: string | null, position: number, workingGroup?: { __typename?: 'WorkingGroup', id: string, title: string } | null, presentations: Array<{ __typename?: 'Presentation', minutes: number, actions: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } }> }>, territory?: { __typename?: 'Territory', id: string, name: string } | null } | null };

export type EventParticipantsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventParticipantsQuery = { __typename?: 'Query', event?: { __typename?: 'Event', id: string, viewerCanUpdate: boolean, participants: { __typename?: 'EventParticipantConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'EventParticipant', id: string, firstName: string, lastName: string, organisationText: string, country: string }> } } | null };

export type EventOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EventOptionsQuery = { __typename?: 'Query', territories: { __typename?: 'TerritoryConnection', nodes: Array<{ __typename?: 'Territory', id: string, name: string }> }, organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string, shortName?: string | null }> }, workingGroups: { __typename?: 'WorkingGroupConnection', nodes: Array<{ __typename?: 'WorkingGroup', id: string, title: string }> } };

export type EvidenceCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidenceCapabilitiesQuery = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', recordEvidence: boolean } };

export type WinnerOrganisationOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WinnerOrganisationOptionsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type AwardFieldsFragment = { __typename?: 'Award', id: string, name: string, edition?: number | null, year: number, criteria: Array<string>, applications?: number | null, winners: Array<{ __typename?: 'AwardWinner', name: string, activity: string, organisation?: { __typename?: 'Organisation', id: string } | null }> };

export type TerritoryFactFieldsFragment = { __typename?: 'TerritoryFact', id: string, figure: string, value: number, unit: string, year?: number | null, qualifier?: string | null, country?: string | null, sourceText: string, section?: string | null, territory?: { __typename?: 'Territory', id: string, name: string } | null };

export type CreateAwardMutationVariables = Exact<{
  input: CreateAwardInput;
}>;


export type CreateAwardMutation = { __typename?: 'Mutation', createAward: { __typename?: 'AwardPayload', award?: { __typename?: 'Award', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type CreateTerritoryFactMutationVariables = Exact<{
  input: CreateTerritoryFactInput;
}>;


export type CreateTerritoryFactMutation = { __typename?: 'Mutation', createTerritoryFact: { __typename?: 'TerritoryFactPayload', territoryFact?: { __typename?: 'TerritoryFact', id: string, figure: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateAwardMutationVariables = Exact<{
  input: UpdateAwardInput;
}>;


export type UpdateAwardMutation = { __typename?: 'Mutation', updateAward: { __typename?: 'AwardPayload', award?: { __typename?: 'Award', id: string, name: string, edition?: number | null, year: number, criteria: Array<string>, applications?: number | null, winners: Array<{ __typename?: 'AwardWinner', name: string, activity: string, organisation?: { __typename?: 'Organisation', id: string } | null }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type DeleteAwardMutationVariables = Exact<{
  input: DeleteAwardInput;
}>;


export type DeleteAwardMutation = { __typename?: 'Mutation', deleteAward: { __typename?: 'AwardPayload', award?: { __typename?: 'Award', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateTerritoryFactMutationVariables = Exact<{
  input: UpdateTerritoryFactInput;
}>;


export type UpdateTerritoryFactMutation = { __typename?: 'Mutation', updateTerritoryFact: { __typename?: 'TerritoryFactPayload', territoryFact?: { __typename?: 'TerritoryFact', id: string, figure: string, value: number, unit: string, year?: number | null, qualifier?: string | null, country?: string | null, sourceText: string, section?: string | null, territory?: { __typename?: 'Territory', id: string, name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type DeleteTerritoryFactMutationVariables = Exact<{
  input: DeleteTerritoryFactInput;
}>;


export type DeleteTerritoryFactMutation = { __typename?: 'Mutation', deleteTerritoryFact: { __typename?: 'TerritoryFactPayload', territoryFact?: { __typename?: 'TerritoryFact', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type GroupExpertsQueryVariables = Exact<{
  workingGroupId: Scalars['ID']['input'];
}>;


export type GroupExpertsQuery = { __typename?: 'Query', workingGroup?: { __typename?: 'WorkingGroup', id: string, viewerCanInviteExpert: boolean, invitedExperts: Array<{ __typename?: 'User', id: string, displayName: string }> } | null };

export type ExpertCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExpertCandidatesQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', nodes: Array<{ __typename?: 'User', id: string, displayName: string, globalRole: GlobalRole, active: boolean }> } };

export type InviteExpertMutationVariables = Exact<{
  input: ExpertInvitationInput;
}>;


export type InviteExpertMutation = { __typename?: 'Mutation', inviteExpert: { __typename?: 'ExpertInvitationPayload', workingGroup?: { __typename?: 'WorkingGroup', id: string, invitedExperts: Array<{ __typename?: 'User', id: string, displayName: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type WithdrawExpertInvitationMutationVariables = Exact<{
  input: ExpertInvitationInput;
}>;


export type WithdrawExpertInvitationMutation = { __typename?: 'Mutation', withdrawExpertInvitation: { __typename?: 'ExpertInvitationPayload', workingGroup?: { __typename?: 'WorkingGroup', id: string, invitedExperts: Array<{ __typename?: 'User', id: string, displayName: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type GoodPracticeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GoodPracticeQuery = { __typename?: 'Query', goodPractice?: { __typename?: 'GoodPractice', id: string, title: string, description: string, source: string, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, thematicArea?: { __typename?: 'ThematicArea', id: string, number: number, title: string } | null } | null };

export type PracticeOrganisationOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PracticeOrganisationOptionsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type CreateGoodPracticeMutationVariables = Exact<{
  input: CreateGoodPracticeInput;
}>;


export type CreateGoodPracticeMutation = { __typename?: 'Mutation', createGoodPractice: { __typename?: 'GoodPracticePayload', goodPractice?: { __typename?: 'GoodPractice', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateGoodPracticeMutationVariables = Exact<{
  input: UpdateGoodPracticeInput;
}>;


export type UpdateGoodPracticeMutation = { __typename?: 'Mutation', updateGoodPractice: { __typename?: 'GoodPracticePayload', goodPractice?: { __typename?: 'GoodPractice', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type DeleteGoodPracticeMutationVariables = Exact<{
  input: DeleteGoodPracticeInput;
}>;


export type DeleteGoodPracticeMutation = { __typename?: 'Mutation', deleteGoodPractice: { __typename?: 'GoodPracticePayload', goodPractice?: { __typename?: 'GoodPractice', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type JourneyBenchmarkFieldsFragment = { __typename?: 'Benchmark', id: string, status: BenchmarkStatus, round: { __typename?: 'BenchmarkRound', id: string, name: string, heldOn: string }, needs: Array<{ __typename?: 'ThematicArea', id: string, number: number, title: string, benchmarkCells: Array<{ __typename?: 'BenchmarkCell', keyActor: KeyActor, dimension: BenchmarkDimension }> }>, scores: Array<{ __typename?: 'BenchmarkScore', keyActor: KeyActor, dimension: BenchmarkDimension, level?: number | null }> };

export type JourneyGroupFieldsFragment = { __typename?: 'WorkingGroup', id: string, title: string, thematicArea: { __typename?: 'ThematicArea', id: string }, proposedActions: Array<{ __typename?: 'ProposedAction', id: string, title: string, organisation: { __typename?: 'Organisation', id: string } }> };

export type JourneyPlanFieldsFragment = { __typename?: 'ActionPlan', id: string, stage: ActionPlanStage, actions: Array<{ __typename?: 'Action', id: string, ref?: string | null, title?: string | null, position: number, progress?: number | null, thematicArea?: { __typename?: 'ThematicArea', id: string } | null, proposedAction?: { __typename?: 'ProposedAction', id: string } | null, steps: Array<{ __typename?: 'ActionStep', id: string, parentId?: string | null, status: StepStatus }> }> };

export type PartnerJourneyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerJourneyQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Action' }
    | { __typename?: 'ActionPlan' }
    | { __typename?: 'ActionStep' }
    | { __typename?: 'AgendaItem' }
    | { __typename?: 'ApiToken' }
    | { __typename?: 'AuditEvent' }
    | { __typename?: 'Award' }
    | { __typename?: 'Benchmark' }
    | { __typename?: 'BenchmarkRound' }
    | { __typename?: 'CoordinationCall' }
    | { __typename?: 'Event' }
    | { __typename?: 'EventParticipant' }
    | { __typename?: 'Feedback' }
    | { __typename?: 'GoodPractice' }
    | { __typename?: 'Membership' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Organisation', id: string, name: string, shortName?: string | null, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, participation: Participation, workingGroup: { __typename?: 'WorkingGroup', id: string, title: string, thematicArea: { __typename?: 'ThematicArea', id: string }, proposedActions: Array<{ __typename?: 'ProposedAction', id: string, title: string, organisation: { __typename?: 'Organisation', id: string } }> } }>, actionPlan?: { __typename?: 'ActionPlan', id: string, stage: ActionPlanStage, actions: Array<{ __typename?: 'Action', id: string, ref?: string | null, title?: string | null, position: number, progress?: number | null, thematicArea?: { __typename?: 'ThematicArea', id: string } | null, proposedAction?: { __typename?: 'ProposedAction', id: string } | null, steps: Array<{ __typename?: 'ActionStep', id: string, parentId?: string | null, status: StepStatus }> }> } | null }
    | { __typename?: 'PlenaryOutcome' }
    | { __typename?: 'ProgrammePhase' }
    | { __typename?: 'ProgressReport' }
    | { __typename?: 'ProposedAction' }
    | { __typename?: 'Territory' }
    | { __typename?: 'TerritoryFact' }
    | { __typename?: 'ThematicArea' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'Webinar' }
    | { __typename?: 'WorkingGroup' }
   | null, benchmarks: { __typename?: 'BenchmarkConnection', totalCount: number, nodes: Array<{ __typename?: 'Benchmark', id: string, status: BenchmarkStatus, round: { __typename?: 'BenchmarkRound', id: string, name: string, heldOn: string }, needs: Array<{ __typename?: 'ThematicArea', id: string, number: number, title: string, benchmarkCells: Array<{ __typename?: 'BenchmarkCell', keyActor: KeyActor, dimension: BenchmarkDimension }> }>, scores: Array<{ __typename?: 'BenchmarkScore', keyActor: KeyActor, dimension: BenchmarkDimension, level?: number | null }> }> }, benchmarkRounds: { __typename?: 'BenchmarkRoundConnection', nodes: Array<{ __typename?: 'BenchmarkRound', id: string, name: string, heldOn: string }> } };

export type NetworkJourneysQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkJourneysQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', totalCount: number, nodes: Array<{ __typename?: 'Organisation', id: string, name: string, shortName?: string | null, consortiumPartner: boolean }> }, benchmarks: { __typename?: 'BenchmarkConnection', totalCount: number, nodes: Array<{ __typename?: 'Benchmark', id: string, status: BenchmarkStatus, organisation: { __typename?: 'Organisation', id: string }, round: { __typename?: 'BenchmarkRound', id: string, name: string, heldOn: string }, needs: Array<{ __typename?: 'ThematicArea', id: string, number: number, title: string, benchmarkCells: Array<{ __typename?: 'BenchmarkCell', keyActor: KeyActor, dimension: BenchmarkDimension }> }>, scores: Array<{ __typename?: 'BenchmarkScore', keyActor: KeyActor, dimension: BenchmarkDimension, level?: number | null }> }> }, benchmarkRounds: { __typename?: 'BenchmarkRoundConnection', nodes: Array<{ __typename?: 'BenchmarkRound', id: string, name: string, heldOn: string }> }, workingGroups: { __typename?: 'WorkingGroupConnection', nodes: Array<{ __typename?: 'WorkingGroup', id: string, title: string, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, participation: Participation, organisation: { __typename?: 'Organisation', id: string } }>, thematicArea: { __typename?: 'ThematicArea', id: string }, proposedActions: Array<{ __typename?: 'ProposedAction', id: string, title: string, organisation: { __typename?: 'Organisation', id: string } }> }> }, actionPlans: { __typename?: 'ActionPlanConnection', totalCount: number, nodes: Array<{ __typename?: 'ActionPlan', id: string, stage: ActionPlanStage, organisation: { __typename?: 'Organisation', id: string }, actions: Array<{ __typename?: 'Action', id: string, ref?: string | null, title?: string | null, position: number, progress?: number | null, thematicArea?: { __typename?: 'ThematicArea', id: string } | null, proposedAction?: { __typename?: 'ProposedAction', id: string } | null, steps: Array<{ __typename?: 'ActionStep', id: string, parentId?: string | null, status: StepStatus }> }> }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', viewer: { __typename?: 'User', id: string, unreadNotificationCount?: number | null } };

export type ViewerNotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly: Scalars['Boolean']['input'];
}>;


export type ViewerNotificationsQuery = { __typename?: 'Query', viewer: { __typename?: 'User', id: string, unreadNotificationCount?: number | null, notifications?: { __typename?: 'NotificationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, path: string, excerpt?: string | null, createdAt: string, readAt?: string | null, actor?: { __typename?: 'User', id: string, displayName: string } | null }> } | null } };

export type MarkNotificationReadMutationVariables = Exact<{
  input: MarkNotificationReadInput;
}>;


export type MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'MarkNotificationReadPayload', notification?: { __typename?: 'Notification', id: string, readAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type MarkAllNotificationsReadMutationVariables = Exact<{
  input: MarkAllNotificationsReadInput;
}>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: { __typename?: 'MarkAllNotificationsReadPayload', marked?: number | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type ViewerMailPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerMailPreferencesQuery = { __typename?: 'Query', viewer: { __typename?: 'User', id: string, email?: string | null, mailPreferences?: Array<{ __typename?: 'MailPreference', kind: NotificationKind, delivery: MailDelivery }> | null } };

export type UpdateMailPreferenceMutationVariables = Exact<{
  input: UpdateMailPreferenceInput;
}>;


export type UpdateMailPreferenceMutation = { __typename?: 'Mutation', updateMailPreference: { __typename?: 'UpdateMailPreferencePayload', mailPreferences?: Array<{ __typename?: 'MailPreference', kind: NotificationKind, delivery: MailDelivery }> | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type BenchmarkFieldsFragment = { __typename?: 'Benchmark', id: string, status: BenchmarkStatus, version: number, viewerCanUpdate: boolean, viewerCanValidate: boolean, organisation: { __typename?: 'Organisation', id: string, name: string }, round: { __typename?: 'BenchmarkRound', id: string, name: string, heldOn: string }, needs: Array<{ __typename?: 'ThematicArea', id: string, title: string }>, scores: Array<{ __typename?: 'BenchmarkScore', keyActor: KeyActor, dimension: BenchmarkDimension, level?: number | null, achievements: string, needs: string, gaps: string }> };

export type BenchmarksQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BenchmarksQuery = { __typename?: 'Query', benchmarks: { __typename?: 'BenchmarkConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Benchmark', id: string, status: BenchmarkStatus, version: number, viewerCanUpdate: boolean, viewerCanValidate: boolean, organisation: { __typename?: 'Organisation', id: string, name: string }, round: { __typename?: 'BenchmarkRound', id: string, name: string, heldOn: string }, needs: Array<{ __typename?: 'ThematicArea', id: string, title: string }>, scores: Array<{ __typename?: 'BenchmarkScore', keyActor: KeyActor, dimension: BenchmarkDimension, level?: number | null, achievements: string, needs: string, gaps: string }> }> } };

export type AwardsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AwardsQuery = { __typename?: 'Query', awards: { __typename?: 'AwardConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Award', id: string, name: string, edition?: number | null, year: number, criteria: Array<string>, applications?: number | null, winners: Array<{ __typename?: 'AwardWinner', name: string, activity: string, organisation?: { __typename?: 'Organisation', id: string } | null }> }> } };

export type TerritoryFactsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TerritoryFactsQuery = { __typename?: 'Query', territoryFacts: { __typename?: 'TerritoryFactConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'TerritoryFact', id: string, figure: string, value: number, unit: string, year?: number | null, qualifier?: string | null, country?: string | null, sourceText: string, section?: string | null, territory?: { __typename?: 'Territory', id: string, name: string } | null }> } };

export type GoodPracticesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  thematicAreaId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GoodPracticesQuery = { __typename?: 'Query', goodPractices: { __typename?: 'GoodPracticeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'GoodPractice', id: string, title: string, description: string, source: string, viewerCanUpdate: boolean, publishedAt?: string | null, viewerCanPublish: boolean, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, thematicArea?: { __typename?: 'ThematicArea', id: string, number: number, title: string } | null }> } };

export type AreaOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AreaOptionsQuery = { __typename?: 'Query', thematicAreas: { __typename?: 'ThematicAreaConnection', nodes: Array<{ __typename?: 'ThematicArea', id: string, number: number, title: string, viewerCanAddGoodPractice: boolean }> } };

export type OrganisationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Action' }
    | { __typename?: 'ActionPlan' }
    | { __typename?: 'ActionStep' }
    | { __typename?: 'AgendaItem' }
    | { __typename?: 'ApiToken' }
    | { __typename?: 'AuditEvent' }
    | { __typename?: 'Award' }
    | { __typename?: 'Benchmark' }
    | { __typename?: 'BenchmarkRound' }
    | { __typename?: 'CoordinationCall' }
    | { __typename?: 'Event' }
    | { __typename?: 'EventParticipant' }
    | { __typename?: 'Feedback' }
    | { __typename?: 'GoodPractice' }
    | { __typename?: 'Membership' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Organisation', id: string, name: string, shortName?: string | null, kind: OrganisationKind, consortiumPartner: boolean, viewerCanUpdate: boolean, viewerCanCreateActionPlan: boolean, actionPlan?: { __typename?: 'ActionPlan', id: string, stage: ActionPlanStage } | null, territory?: { __typename?: 'Territory', id: string, name: string } | null, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, workingGroup: { __typename?: 'WorkingGroup', id: string, title: string } }> }
    | { __typename?: 'PlenaryOutcome' }
    | { __typename?: 'ProgrammePhase' }
    | { __typename?: 'ProgressReport' }
    | { __typename?: 'ProposedAction' }
    | { __typename?: 'Territory' }
    | { __typename?: 'TerritoryFact' }
    | { __typename?: 'ThematicArea' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'Webinar' }
    | { __typename?: 'WorkingGroup' }
   | null };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { __typename?: 'Mutation', updateOrganisation: { __typename?: 'OrganisationPayload', organisation?: { __typename?: 'Organisation', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type OrganisationBenchmarksQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationBenchmarksQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Action' }
    | { __typename?: 'ActionPlan' }
    | { __typename?: 'ActionStep' }
    | { __typename?: 'AgendaItem' }
    | { __typename?: 'ApiToken' }
    | { __typename?: 'AuditEvent' }
    | { __typename?: 'Award' }
    | { __typename?: 'Benchmark' }
    | { __typename?: 'BenchmarkRound' }
    | { __typename?: 'CoordinationCall' }
    | { __typename?: 'Event' }
    | { __typename?: 'EventParticipant' }
    | { __typename?: 'Feedback' }
    | { __typename?: 'GoodPractice' }
    | { __typename?: 'Membership' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Organisation', id: string, benchmarks: Array<{ __typename?: 'Benchmark', id: string, status: BenchmarkStatus, version: number, viewerCanUpdate: boolean, viewerCanValidate: boolean, organisation: { __typename?: 'Organisation', id: string, name: string }, round: { __typename?: 'BenchmarkRound', id: string, name: string, heldOn: string }, needs: Array<{ __typename?: 'ThematicArea', id: string, title: string }>, scores: Array<{ __typename?: 'BenchmarkScore', keyActor: KeyActor, dimension: BenchmarkDimension, level?: number | null, achievements: string, needs: string, gaps: string }> }> }
    | { __typename?: 'PlenaryOutcome' }
    | { __typename?: 'ProgrammePhase' }
    | { __typename?: 'ProgressReport' }
    | { __typename?: 'ProposedAction' }
    | { __typename?: 'Territory' }
    | { __typename?: 'TerritoryFact' }
    | { __typename?: 'ThematicArea' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'Webinar' }
    | { __typename?: 'WorkingGroup' }
   | null };

export type OrganisationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganisationsQuery = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', manageOrganisations: boolean }, organisations: { __typename?: 'OrganisationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organisation', id: string, name: string, shortName?: string | null, kind: OrganisationKind, consortiumPartner: boolean, territory?: { __typename?: 'Territory', id: string, name: string } | null }> } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { __typename?: 'Mutation', createOrganisation: { __typename?: 'OrganisationPayload', organisation?: { __typename?: 'Organisation', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type TerritoriesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TerritoriesQuery = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', manageOrganisations: boolean }, territories: { __typename?: 'TerritoryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Territory', id: string, name: string, country: string }> } };

export type ThematicAreasQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ThematicAreasQuery = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', manageWorkingGroups: boolean }, thematicAreas: { __typename?: 'ThematicAreaConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ThematicArea', id: string, number: number, title: string, description: string, benchmarkCells: Array<{ __typename?: 'BenchmarkCell', keyActor: KeyActor, dimension: BenchmarkDimension }> }> } };

export type MyApiTokensQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyApiTokensQuery = { __typename?: 'Query', viewer: { __typename?: 'User', id: string, apiTokens?: { __typename?: 'ApiTokenConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ApiToken', id: string, name: string, prefix: string, scope: ApiTokenScope, expiresAt: string, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, usable: boolean, viewerCanRevoke: boolean }> } | null } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreateApiTokenPayload', token?: string | null, apiToken?: { __typename?: 'ApiToken', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'RevokeApiTokenPayload', apiToken?: { __typename?: 'ApiToken', id: string, revokedAt?: string | null, usable: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type WorkingGroupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkingGroupQuery = { __typename?: 'Query', workingGroup?: { __typename?: 'WorkingGroup', id: string, title: string, viewerCanUpdate: boolean, thematicArea: { __typename?: 'ThematicArea', id: string, number: number, description: string }, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, participation: Participation, note?: string | null, viewerCanUpdate: boolean, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } }>, missingMandatoryMembers: Array<{ __typename?: 'Organisation', id: string, name: string }> } | null };

export type AddMissingMandatoryMembersMutationVariables = Exact<{
  input: AddMissingMandatoryMembersInput;
}>;


export type AddMissingMandatoryMembersMutation = { __typename?: 'Mutation', addMissingMandatoryMembers: { __typename?: 'AddMissingMandatoryMembersPayload', added: Array<{ __typename?: 'Membership', id: string }>, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type WorkingGroupsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WorkingGroupsQuery = { __typename?: 'Query', workingGroups: { __typename?: 'WorkingGroupConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'WorkingGroup', id: string, title: string, thematicArea: { __typename?: 'ThematicArea', id: string, number: number }, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } }> }> } };

export type AuditEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AuditEvent', id: string, action: string, entityType: string, entityId: number, at: string, actor?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type MailOutboxCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type MailOutboxCountsQuery = { __typename?: 'Query', mailOutboxCounts: { __typename?: 'MailOutboxCounts', pending: number, sent: number, dropped: number } };

export type MailOutboxQueryVariables = Exact<{
  status: MailStatus;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MailOutboxQuery = { __typename?: 'Query', mailOutbox: { __typename?: 'OutboxMailConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'OutboxMail', id: string, digest?: string | null, status: MailStatus, attempts: number, createdAt: string, finishedAt?: string | null, recipient?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type UsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersQuery = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', manageUsers: boolean }, users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'User', id: string, displayName: string, email?: string | null, globalRole: GlobalRole, active: boolean, viewerCanUpdate: boolean, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> }, organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type DeactivateUserMutationVariables = Exact<{
  input: UserIdInput;
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type ReactivateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type ReactivateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: UserIdInput;
}>;


export type ResetUserPasswordMutation = { __typename?: 'Mutation', resetUserPassword: { __typename?: 'ResetUserPasswordPayload', temporaryPassword?: string | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type ActionOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionOptionsQuery = { __typename?: 'Query', thematicAreas: { __typename?: 'ThematicAreaConnection', nodes: Array<{ __typename?: 'ThematicArea', id: string, number: number, title: string }> }, proposedActions: { __typename?: 'ProposedActionConnection', nodes: Array<{ __typename?: 'ProposedAction', id: string, title: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null }, workingGroup: { __typename?: 'WorkingGroup', id: string, title: string, thematicArea: { __typename?: 'ThematicArea', id: string } } }> } };

export type GroupPlansQueryVariables = Exact<{
  workingGroupId: Scalars['ID']['input'];
}>;


export type GroupPlansQuery = { __typename?: 'Query', actionPlans: { __typename?: 'ActionPlanConnection', nodes: Array<{ __typename?: 'ActionPlan', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null }, actions: Array<{ __typename?: 'Action', id: string, ref?: string | null, title?: string | null, position: number, thematicArea?: { __typename?: 'ThematicArea', id: string } | null, steps: Array<{ __typename?: 'ActionStep', id: string, number: string, parentId?: string | null, title: string, start?: string | null, end?: string | null, baselineStart?: string | null, baselineEnd?: string | null, viewerCanUpdate: boolean }> }> }> } };

export type ImportActionPlanCsvMutationVariables = Exact<{
  input: ImportActionPlanCsvInput;
}>;


export type ImportActionPlanCsvMutation = { __typename?: 'Mutation', importActionPlanCsv: { __typename?: 'ImportActionPlanCsvPayload', actionPlan?: { __typename?: 'ActionPlan', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type StepReportsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StepReportsQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Action' }
    | { __typename?: 'ActionPlan' }
    | { __typename?: 'ActionStep', id: string, progressReports: { __typename?: 'ProgressReportConnection', totalCount: number, nodes: Array<{ __typename?: 'ProgressReport', id: string, status: StepStatus, percentComplete: number, narrative?: string | null, createdAt: string, author?: { __typename?: 'User', id: string, displayName: string } | null, coordinationCall?: { __typename?: 'CoordinationCall', id: string, heldOn: string } | null }> } }
    | { __typename?: 'AgendaItem' }
    | { __typename?: 'ApiToken' }
    | { __typename?: 'AuditEvent' }
    | { __typename?: 'Award' }
    | { __typename?: 'Benchmark' }
    | { __typename?: 'BenchmarkRound' }
    | { __typename?: 'CoordinationCall' }
    | { __typename?: 'Event' }
    | { __typename?: 'EventParticipant' }
    | { __typename?: 'Feedback' }
    | { __typename?: 'GoodPractice' }
    | { __typename?: 'Membership' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Organisation' }
    | { __typename?: 'PlenaryOutcome' }
    | { __typename?: 'ProgrammePhase' }
    | { __typename?: 'ProgressReport' }
    | { __typename?: 'ProposedAction' }
    | { __typename?: 'Territory' }
    | { __typename?: 'TerritoryFact' }
    | { __typename?: 'ThematicArea' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'Webinar' }
    | { __typename?: 'WorkingGroup' }
   | null };

export type StageControlsFieldsFragment = { __typename?: 'ActionPlan', id: string, stage: ActionPlanStage, version: number, viewerCanTransitionTo: Array<ActionPlanStage>, baselines: Array<{ __typename?: 'PlanBaseline', number: number }> };

export type UpdateActionStepMutationVariables = Exact<{
  input: UpdateActionStepInput;
}>;


export type UpdateActionStepMutation = { __typename?: 'Mutation', updateActionStep: { __typename?: 'ActionStepPayload', step?: { __typename?: 'ActionStep', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type AddActionStepMutationVariables = Exact<{
  input: AddActionStepInput;
}>;


export type AddActionStepMutation = { __typename?: 'Mutation', addActionStep: { __typename?: 'ActionStepPayload', step?: { __typename?: 'ActionStep', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type RemoveActionMutationVariables = Exact<{
  input: RemoveVersionedInput;
}>;


export type RemoveActionMutation = { __typename?: 'Mutation', removeAction: { __typename?: 'ActionPlanPayload', actionPlan?: { __typename?: 'ActionPlan', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type TransitionActionPlanMutationVariables = Exact<{
  input: TransitionActionPlanInput;
}>;


export type TransitionActionPlanMutation = { __typename?: 'Mutation', transitionActionPlan: { __typename?: 'ActionPlanPayload', actionPlan?: { __typename?: 'ActionPlan', id: string, stage: ActionPlanStage, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type MoveActionStepMutationVariables = Exact<{
  input: MoveActionStepInput;
}>;


export type MoveActionStepMutation = { __typename?: 'Mutation', moveActionStep: { __typename?: 'ActionStepPayload', step?: { __typename?: 'ActionStep', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type AddActionMutationVariables = Exact<{
  input: AddActionInput;
}>;


export type AddActionMutation = { __typename?: 'Mutation', addAction: { __typename?: 'ActionPayload', action?: { __typename?: 'Action', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type SubmitProgressReportMutationVariables = Exact<{
  input: SubmitProgressReportInput;
}>;


export type SubmitProgressReportMutation = { __typename?: 'Mutation', submitProgressReport: { __typename?: 'ProgressReportPayload', progressReport?: { __typename?: 'ProgressReport', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type CreateActionPlanMutationVariables = Exact<{
  input: CreateActionPlanInput;
}>;


export type CreateActionPlanMutation = { __typename?: 'Mutation', createActionPlan: { __typename?: 'ActionPlanPayload', actionPlan?: { __typename?: 'ActionPlan', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateActionMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type UpdateActionMutation = { __typename?: 'Mutation', updateAction: { __typename?: 'ActionPayload', action?: { __typename?: 'Action', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type RemoveActionStepMutationVariables = Exact<{
  input: RemoveVersionedInput;
}>;


export type RemoveActionStepMutation = { __typename?: 'Mutation', removeActionStep: { __typename?: 'ActionPayload', action?: { __typename?: 'Action', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type ReplanActionStepMutationVariables = Exact<{
  input: ReplanActionStepInput;
}>;


export type ReplanActionStepMutation = { __typename?: 'Mutation', replanActionStep: { __typename?: 'ActionStepPayload', step?: { __typename?: 'ActionStep', id: string, version: number, start?: string | null, end?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type SetPlanBaselineMutationVariables = Exact<{
  input: SetPlanBaselineInput;
}>;


export type SetPlanBaselineMutation = { __typename?: 'Mutation', setPlanBaseline: { __typename?: 'ActionPlanPayload', actionPlan?: { __typename?: 'ActionPlan', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type ProgressReportFieldsFragment = { __typename?: 'ProgressReport', id: string, createdAt: string, status: StepStatus, percentComplete: number, narrative?: string | null, evidenceLinks: Array<string>, viewerFeedbackKinds: Array<FeedbackKind>, author?: { __typename?: 'User', id: string, displayName: string } | null, coordinationCall?: { __typename?: 'CoordinationCall', id: string, heldOn: string } | null, feedback: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, resolvedAt?: string | null, viewerCanEdit: boolean, viewerCanResolve: boolean, viewerCanReply: boolean, resolvedBy?: { __typename?: 'User', id: string, displayName: string } | null, author: { __typename?: 'User', id: string, displayName: string }, replies: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, viewerCanEdit: boolean, author: { __typename?: 'User', id: string, displayName: string } }> }> };

export type PlanActionFieldsFragment = { __typename?: 'Action', id: string, ref?: string | null, title?: string | null, origin: ActionOrigin, position: number, version: number, progress?: number | null, viewerCanUpdate: boolean, viewerFeedbackKinds: Array<FeedbackKind>, viewerCanLinkPractices: boolean, feedback: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, resolvedAt?: string | null, viewerCanEdit: boolean, viewerCanResolve: boolean, viewerCanReply: boolean, resolvedBy?: { __typename?: 'User', id: string, displayName: string } | null, author: { __typename?: 'User', id: string, displayName: string }, replies: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, viewerCanEdit: boolean, author: { __typename?: 'User', id: string, displayName: string } }> }>, thematicArea?: { __typename?: 'ThematicArea', id: string, number: number, title: string } | null, proposedAction?: { __typename?: 'ProposedAction', id: string, title: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null }, workingGroup: { __typename?: 'WorkingGroup', id: string } } | null, steps: Array<{ __typename?: 'ActionStep', id: string, number: string, ref?: string | null, parentId?: string | null, title: string, stakeholders: Array<string>, stakeholdersText?: string | null, successFactors: Array<string>, successFactorsText?: string | null, start?: string | null, end?: string | null, startText?: string | null, endText?: string | null, baselineStart?: string | null, baselineEnd?: string | null, position: number, version: number, viewerCanUpdate: boolean, viewerCanReplan: boolean, viewerCanReportProgress: boolean, status: StepStatus, percentComplete: number, stakeholderEntries: Array<{ __typename?: 'StepStakeholder', name: string, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, slippage: { __typename?: 'Slippage', late: boolean, daysLate: number, daysBehindBaseline: number, daysOverdue: number }, latestReport?: { __typename?: 'ProgressReport', id: string, createdAt: string, status: StepStatus, percentComplete: number, narrative?: string | null, evidenceLinks: Array<string>, viewerFeedbackKinds: Array<FeedbackKind>, author?: { __typename?: 'User', id: string, displayName: string } | null, coordinationCall?: { __typename?: 'CoordinationCall', id: string, heldOn: string } | null, feedback: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, resolvedAt?: string | null, viewerCanEdit: boolean, viewerCanResolve: boolean, viewerCanReply: boolean, resolvedBy?: { __typename?: 'User', id: string, displayName: string } | null, author: { __typename?: 'User', id: string, displayName: string }, replies: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, viewerCanEdit: boolean, author: { __typename?: 'User', id: string, displayName: string } }> }> } | null, decisions: Array<{ __typename?: 'StepDecision', text: string, coordinationCall: { __typename?: 'CoordinationCall', id: string, heldOn: string } }> }>, goodPractices: Array<{ __typename?: 'GoodPractice', id: string, title: string, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } | null }> };

export type PlanChangeFieldsFragment = { __typename?: 'PlanChange', kind: PlanChangeKind, stepId?: string | null, stepTitle?: string | null, previousStart?: string | null, previousEnd?: string | null, start?: string | null, end?: string | null, baselineNumber?: number | null, reason?: string | null, at: string, by?: { __typename?: 'User', id: string, displayName: string } | null };

export type PlanFieldsFragment = { __typename?: 'ActionPlan', id: string, stage: ActionPlanStage, version: number, progress?: number | null, viewerCanUpdate: boolean, replanning: boolean, viewerCanReplan: boolean, viewerCanSetBaseline: boolean, publishedAt?: string | null, viewerCanPublish: boolean, viewerFeedbackKinds: Array<FeedbackKind>, viewerCanTransitionTo: Array<ActionPlanStage>, changes: Array<{ __typename?: 'PlanChange', kind: PlanChangeKind, stepId?: string | null, stepTitle?: string | null, previousStart?: string | null, previousEnd?: string | null, start?: string | null, end?: string | null, baselineNumber?: number | null, reason?: string | null, at: string, by?: { __typename?: 'User', id: string, displayName: string } | null }>, baselines: Array<{ __typename?: 'PlanBaseline', number: number, note?: string | null, setAt: string, setBy?: { __typename?: 'User', id: string, displayName: string } | null, steps: Array<{ __typename?: 'PlanBaselineStep', stepId?: string | null, title: string, start?: string | null, end?: string | null }> }>, feedback: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, resolvedAt?: string | null, viewerCanEdit: boolean, viewerCanResolve: boolean, viewerCanReply: boolean, resolvedBy?: { __typename?: 'User', id: string, displayName: string } | null, author: { __typename?: 'User', id: string, displayName: string }, replies: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, viewerCanEdit: boolean, author: { __typename?: 'User', id: string, displayName: string } }> }>, organisation: { __typename?: 'Organisation', id: string, name: string }, warnings: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }>, stageHistory: Array<{ __typename?: 'StageChange', from?: ActionPlanStage | null, to: ActionPlanStage, at: string, comment?: string | null, by?: { __typename?: 'User', id: string, displayName: string } | null }>, actions: Array<{ __typename?: 'Action', id: string, ref?: string | null, title?: string | null, origin: ActionOrigin, position: number, version: number, progress?: number | null, viewerCanUpdate: boolean, viewerFeedbackKinds: Array<FeedbackKind>, viewerCanLinkPractices: boolean, feedback: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, resolvedAt?: string | null, viewerCanEdit: boolean, viewerCanResolve: boolean, viewerCanReply: boolean, resolvedBy?: { __typename?: 'User', id: string, displayName: string } | null, author: { __typename?: 'User', id: string, displayName: string }, replies: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, viewerCanEdit: boolean, author: { __typename?: 'User', id: string, displayName: string } }> }>, thematicArea?: { __typename?: 'ThematicArea', id: string, number: number, title: string } | null, proposedAction?: { __typename?: 'ProposedAction', id: string, title: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null }, workingGroup: { __typename?: 'WorkingGroup', id: string } } | null, steps: Array<{ __typename?: 'ActionStep', id: string, number: string, ref?: string | null, parentId?: string | null, title: string, stakeholders: Array<string>, stakeholdersText?: string | null, successFactors: Array<string>, successFactorsText?: string | null, start?: string | null, end?: string | null, startText?: string | null, endText?: string | null, baselineStart?: string | null, baselineEnd?: string | null, position: number, version: number, viewerCanUpdate: boolean, viewerCanReplan: boolean, viewerCanReportProgress: boolean, status: StepStatus, percentComplete: number, stakeholderEntries: Array<{ __typename?: 'StepStakeholder', name: string, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, slippage: { __typename?: 'Slippage', late: boolean, daysLate: number, daysBehindBaseline: number, daysOverdue: number }, latestReport?: { __typename?: 'ProgressReport', id: string, createdAt: string, status: StepStatus, percentComplete: number, narrative?: string | null, evidenceLinks: Array<string>, viewerFeedbackKinds: Array<FeedbackKind>, author?: { __typename?: 'User', id: string, displayName: string } | null, coordinationCall?: { __typename?: 'CoordinationCall', id: string, heldOn: string } | null, feedback: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, resolvedAt?: string | null, viewerCanEdit: boolean, viewerCanResolve: boolean, viewerCanReply: boolean, resolvedBy?: { __typename?: 'User', id: string, displayName: string } | null, author: { __typename?: 'User', id: string, displayName: string }, replies: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, viewerCanEdit: boolean, author: { __typename?: 'User', id: string, displayName: string } }> }> } | null, decisions: Array<{ __typename?: 'StepDecision', text: string, coordinationCall: { __typename?: 'CoordinationCall', id: string, heldOn: string } }> }>, goodPractices: Array<{ __typename?: 'GoodPractice', id: string, title: string, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } | null }> }> };

export type ActionPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActionPlanQuery = { __typename?: 'Query', actionPlan?: { __typename?: 'ActionPlan', id: string, stage: ActionPlanStage, version: number, progress?: number | null, viewerCanUpdate: boolean, replanning: boolean, viewerCanReplan: boolean, viewerCanSetBaseline: boolean, publishedAt?: string | null, viewerCanPublish: boolean, viewerFeedbackKinds: Array<FeedbackKind>, viewerCanTransitionTo: Array<ActionPlanStage>, changes: Array<{ __typename?: 'PlanChange', kind: PlanChangeKind, stepId?: string | null, stepTitle?: string | null, previousStart?: string | null, previousEnd?: string | null, start?: string | null, end?: string | null, baselineNumber?: number | null, reason?: string | null, at: string, by?: { __typename?: 'User', id: string, displayName: string } | null }>, baselines: Array<{ __typename?: 'PlanBaseline', number: number, note?: string | null, setAt: string, setBy?: { __typename?: 'User', id: string, displayName: string } | null, steps: Array<{ __typename?: 'PlanBaselineStep', stepId?: string | null, title: string, start?: string | null, end?: string | null }> }>, feedback: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, resolvedAt?: string | null, viewerCanEdit: boolean, viewerCanResolve: boolean, viewerCanReply: boolean, resolvedBy?: { __typename?: 'User', id: string, displayName: string } | null, author: { __typename?: 'User', id: string, displayName: string }, replies: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, viewerCanEdit: boolean, author: { __typename?: 'User', id: string, displayName: string } }> }>, organisation: { __typename?: 'Organisation', id: string, name: string }, warnings: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }>, stageHistory: Array<{ __typename?: 'StageChange', from?: ActionPlanStage | null, to: ActionPlanStage, at: string, comment?: string | null, by?: { __typename?: 'User', id: string, displayName: string } | null }>, actions: Array<{ __typename?: 'Action', id: string, ref?: string | null, title?: string | null, origin: ActionOrigin, position: number, version: number, progress?: number | null, viewerCanUpdate: boolean, viewerFeedbackKinds: Array<FeedbackKind>, viewerCanLinkPractices: boolean, feedback: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, resolvedAt?: string | null, viewerCanEdit: boolean, viewerCanResolve: boolean, viewerCanReply: boolean, resolvedBy?: { __typename?: 'User', id: string, displayName: string } | null, author: { __typename?: 'User', id: string, displayName: string }, replies: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, viewerCanEdit: boolean, author: { __typename?: 'User', id: string, displayName: string } }> }>, thematicArea?: { __typename?: 'ThematicArea', id: string, number: number, title: string } | null, proposedAction?: { __typename?: 'ProposedAction', id: string, title: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null }, workingGroup: { __typename?: 'WorkingGroup', id: string } } | null, steps: Array<{ __typename?: 'ActionStep', id: string, number: string, ref?: string | null, parentId?: string | null, title: string, stakeholders: Array<string>, stakeholdersText?: string | null, successFactors: Array<string>, successFactorsText?: string | null, start?: string | null, end?: string | null, startText?: string | null, endText?: string | null, baselineStart?: string | null, baselineEnd?: string | null, position: number, version: number, viewerCanUpdate: boolean, viewerCanReplan: boolean, viewerCanReportProgress: boolean, status: StepStatus, percentComplete: number, stakeholderEntries: Array<{ __typename?: 'StepStakeholder', name: string, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, slippage: { __typename?: 'Slippage', late: boolean, daysLate: number, daysBehindBaseline: number, daysOverdue: number }, latestReport?: { __typename?: 'ProgressReport', id: string, createdAt: string, status: StepStatus, percentComplete: number, narrative?: string | null, evidenceLinks: Array<string>, viewerFeedbackKinds: Array<FeedbackKind>, author?: { __typename?: 'User', id: string, displayName: string } | null, coordinationCall?: { __typename?: 'CoordinationCall', id: string, heldOn: string } | null, feedback: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, resolvedAt?: string | null, viewerCanEdit: boolean, viewerCanResolve: boolean, viewerCanReply: boolean, resolvedBy?: { __typename?: 'User', id: string, displayName: string } | null, author: { __typename?: 'User', id: string, displayName: string }, replies: Array<{ __typename?: 'Feedback', id: string, kind: FeedbackKind, body: string, createdAt: string, editedAt?: string | null, viewerCanEdit: boolean, author: { __typename?: 'User', id: string, displayName: string } }> }> } | null, decisions: Array<{ __typename?: 'StepDecision', text: string, coordinationCall: { __typename?: 'CoordinationCall', id: string, heldOn: string } }> }>, goodPractices: Array<{ __typename?: 'GoodPractice', id: string, title: string, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } | null }> }> } | null };

export type ActionPlansQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActionPlansQuery = { __typename?: 'Query', actionPlans: { __typename?: 'ActionPlanConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ActionPlan', id: string, stage: ActionPlanStage, organisation: { __typename?: 'Organisation', id: string, name: string }, actions: Array<{ __typename?: 'Action', id: string }> }> } };

export type ViewerPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerPlanQuery = { __typename?: 'Query', viewer: { __typename?: 'User', id: string, organisation?: { __typename?: 'Organisation', id: string, name: string, viewerCanCreateActionPlan: boolean } | null } };

export type GroupAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupAreasQuery = { __typename?: 'Query', workingGroups: { __typename?: 'WorkingGroupConnection', nodes: Array<{ __typename?: 'WorkingGroup', id: string, thematicArea: { __typename?: 'ThematicArea', id: string } }> } };

export type GroupCallsQueryVariables = Exact<{
  workingGroupId: Scalars['ID']['input'];
}>;


export type GroupCallsQuery = { __typename?: 'Query', coordinationCalls: { __typename?: 'CoordinationCallConnection', nodes: Array<{ __typename?: 'CoordinationCall', id: string, heldOn: string, scheduled: boolean }> } };

export type StakeholderOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type StakeholderOrganisationsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type CreateProposedActionMutationVariables = Exact<{
  input: CreateProposedActionInput;
}>;


export type CreateProposedActionMutation = { __typename?: 'Mutation', createProposedAction: { __typename?: 'ProposedActionPayload', proposedAction?: { __typename?: 'ProposedAction', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateProposedActionMutationVariables = Exact<{
  input: UpdateProposedActionInput;
}>;


export type UpdateProposedActionMutation = { __typename?: 'Mutation', updateProposedAction: { __typename?: 'ProposedActionPayload', proposedAction?: { __typename?: 'ProposedAction', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type DeleteProposedActionMutationVariables = Exact<{
  input: DeleteProposedActionInput;
}>;


export type DeleteProposedActionMutation = { __typename?: 'Mutation', deleteProposedAction: { __typename?: 'ProposedActionPayload', proposedAction?: { __typename?: 'ProposedAction', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type PracticePublicationFragment = { __typename?: 'GoodPractice', id: string, title: string, publishedAt?: string | null, viewerCanPublish: boolean };

export type PublicGoodPracticesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicGoodPracticesQuery = { __typename?: 'Query', publicGoodPractices: Array<{ __typename?: 'PublicGoodPractice', id: string, title: string, organisationName?: string | null, thematicAreaTitle?: string | null, publishedAt: string }> };

export type PublicGoodPracticeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublicGoodPracticeQuery = { __typename?: 'Query', publicGoodPractice?: { __typename?: 'PublicGoodPractice', id: string, title: string, description: string, source: string, organisationName?: string | null, thematicAreaTitle?: string | null, publishedAt: string } | null };

export type PublishGoodPracticeMutationVariables = Exact<{
  input: PublicationInput;
}>;


export type PublishGoodPracticeMutation = { __typename?: 'Mutation', publishGoodPractice: { __typename?: 'GoodPracticePayload', goodPractice?: { __typename?: 'GoodPractice', id: string, title: string, publishedAt?: string | null, viewerCanPublish: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type WithdrawGoodPracticeMutationVariables = Exact<{
  input: PublicationInput;
}>;


export type WithdrawGoodPracticeMutation = { __typename?: 'Mutation', withdrawGoodPractice: { __typename?: 'GoodPracticePayload', goodPractice?: { __typename?: 'GoodPractice', id: string, title: string, publishedAt?: string | null, viewerCanPublish: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type PlanPublicationFragment = { __typename?: 'ActionPlan', id: string, publishedAt?: string | null, viewerCanPublish: boolean };

export type PublishPlanSummaryMutationVariables = Exact<{
  input: PublicationInput;
}>;


export type PublishPlanSummaryMutation = { __typename?: 'Mutation', publishPlanSummary: { __typename?: 'ActionPlanPayload', actionPlan?: { __typename?: 'ActionPlan', id: string, publishedAt?: string | null, viewerCanPublish: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type WithdrawPlanSummaryMutationVariables = Exact<{
  input: PublicationInput;
}>;


export type WithdrawPlanSummaryMutation = { __typename?: 'Mutation', withdrawPlanSummary: { __typename?: 'ActionPlanPayload', actionPlan?: { __typename?: 'ActionPlan', id: string, publishedAt?: string | null, viewerCanPublish: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type PublicPlanSummariesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicPlanSummariesQuery = { __typename?: 'Query', publicPlanSummaries: Array<{ __typename?: 'PublicPlanSummary', id: string, organisationName: string, territoryName?: string | null, stage: ActionPlanStage, progress?: number | null, publishedAt: string, objectives: Array<{ __typename?: 'PublicObjective', title?: string | null }> }> };

export type PublicPlanSummaryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublicPlanSummaryQuery = { __typename?: 'Query', publicPlanSummary?: { __typename?: 'PublicPlanSummary', id: string, organisationName: string, territoryName?: string | null, stage: ActionPlanStage, progress?: number | null, publishedAt: string, objectives: Array<{ __typename?: 'PublicObjective', ref?: string | null, title?: string | null, thematicAreaTitle?: string | null, progress?: number | null, goodPractices: Array<{ __typename?: 'PublicGoodPractice', id: string, title: string, organisationName?: string | null }>, steps: Array<{ __typename?: 'PublicStep', number: string, title: string, start?: string | null, end?: string | null, status: StepStatus, percentComplete: number }> }> } | null };

export type CreateTerritoryMutationVariables = Exact<{
  input: CreateTerritoryInput;
}>;


export type CreateTerritoryMutation = { __typename?: 'Mutation', createTerritory: { __typename?: 'TerritoryPayload', territory?: { __typename?: 'Territory', id: string, name: string, country: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateTerritoryMutationVariables = Exact<{
  input: UpdateTerritoryInput;
}>;


export type UpdateTerritoryMutation = { __typename?: 'Mutation', updateTerritory: { __typename?: 'TerritoryPayload', territory?: { __typename?: 'Territory', id: string, name: string, country: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type CreateThematicAreaMutationVariables = Exact<{
  input: CreateThematicAreaInput;
}>;


export type CreateThematicAreaMutation = { __typename?: 'Mutation', createThematicArea: { __typename?: 'ThematicAreaPayload', thematicArea?: { __typename?: 'ThematicArea', id: string, number: number, title: string, description: string, benchmarkCells: Array<{ __typename?: 'BenchmarkCell', keyActor: KeyActor, dimension: BenchmarkDimension }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateThematicAreaMutationVariables = Exact<{
  input: UpdateThematicAreaInput;
}>;


export type UpdateThematicAreaMutation = { __typename?: 'Mutation', updateThematicArea: { __typename?: 'ThematicAreaPayload', thematicArea?: { __typename?: 'ThematicArea', id: string, number: number, title: string, description: string, benchmarkCells: Array<{ __typename?: 'BenchmarkCell', keyActor: KeyActor, dimension: BenchmarkDimension }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type ActionPracticesFieldsFragment = { __typename?: 'Action', id: string, version: number, viewerCanLinkPractices: boolean, goodPractices: Array<{ __typename?: 'GoodPractice', id: string, title: string, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } | null }> };

export type ActionPracticesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActionPracticesQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Action', id: string, version: number, viewerCanLinkPractices: boolean, goodPractices: Array<{ __typename?: 'GoodPractice', id: string, title: string, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } | null }> }
    | { __typename?: 'ActionPlan' }
    | { __typename?: 'ActionStep' }
    | { __typename?: 'AgendaItem' }
    | { __typename?: 'ApiToken' }
    | { __typename?: 'AuditEvent' }
    | { __typename?: 'Award' }
    | { __typename?: 'Benchmark' }
    | { __typename?: 'BenchmarkRound' }
    | { __typename?: 'CoordinationCall' }
    | { __typename?: 'Event' }
    | { __typename?: 'EventParticipant' }
    | { __typename?: 'Feedback' }
    | { __typename?: 'GoodPractice' }
    | { __typename?: 'Membership' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Organisation' }
    | { __typename?: 'PlenaryOutcome' }
    | { __typename?: 'ProgrammePhase' }
    | { __typename?: 'ProgressReport' }
    | { __typename?: 'ProposedAction' }
    | { __typename?: 'Territory' }
    | { __typename?: 'TerritoryFact' }
    | { __typename?: 'ThematicArea' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'Webinar' }
    | { __typename?: 'WorkingGroup' }
   | null };

export type LinkablePracticesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type LinkablePracticesQuery = { __typename?: 'Query', goodPractices: { __typename?: 'GoodPracticeConnection', nodes: Array<{ __typename?: 'GoodPractice', id: string, title: string, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } | null }> } };

export type SetActionGoodPracticesMutationVariables = Exact<{
  input: SetActionGoodPracticesInput;
}>;


export type SetActionGoodPracticesMutation = { __typename?: 'Mutation', setActionGoodPractices: { __typename?: 'ActionPayload', action?: { __typename?: 'Action', id: string, version: number, viewerCanLinkPractices: boolean, goodPractices: Array<{ __typename?: 'GoodPractice', id: string, title: string, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } | null }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type PracticeTransfersQueryVariables = Exact<{
  goodPracticeIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type PracticeTransfersQuery = { __typename?: 'Query', report: { __typename?: 'Report', practiceTransfers: Array<{ __typename?: 'PracticeTransfer', goodPractice?: { __typename?: 'GoodPractice', id: string, title: string, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } | null } | null, action: { __typename?: 'Action', id: string, ref?: string | null, title?: string | null, position: number, progress?: number | null, steps: Array<{ __typename?: 'ActionStep', id: string, parentId?: string | null, status: StepStatus }> }, actionPlan: { __typename?: 'ActionPlan', id: string, stage: ActionPlanStage, organisation: { __typename?: 'Organisation', id: string, name: string, shortName?: string | null } } }> } };

export type PracticeTransferCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PracticeTransferCountsQuery = { __typename?: 'Query', report: { __typename?: 'Report', practiceTransfers: Array<{ __typename?: 'PracticeTransfer', goodPractice?: { __typename?: 'GoodPractice', id: string } | null, actionPlan: { __typename?: 'ActionPlan', id: string, organisation: { __typename?: 'Organisation', id: string } } }> } };

export type WebhookFieldsFragment = { __typename?: 'Webhook', id: string, url: string, events: Array<WebhookEvent>, active: boolean, createdAt: string, viewerCanUpdate: boolean, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, deliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, nodes: Array<{ __typename?: 'WebhookDelivery', id: string, event: WebhookEvent, status: WebhookDeliveryStatus, attempts: number, responseStatus?: number | null, createdAt: string, deliveredAt?: string | null }> } };

export type WebhooksQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhooksQuery = { __typename?: 'Query', webhooks: { __typename?: 'WebhookConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Webhook', id: string, url: string, events: Array<WebhookEvent>, active: boolean, createdAt: string, viewerCanUpdate: boolean, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, deliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, nodes: Array<{ __typename?: 'WebhookDelivery', id: string, event: WebhookEvent, status: WebhookDeliveryStatus, attempts: number, responseStatus?: number | null, createdAt: string, deliveredAt?: string | null }> } }> } };

export type WebhookScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookScopesQuery = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', manageEveryWebhook: boolean }, organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string, viewerCanManageWebhooks: boolean }> } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'CreateWebhookPayload', secret?: string | null, webhook?: { __typename?: 'Webhook', id: string, url: string, events: Array<WebhookEvent>, active: boolean, createdAt: string, viewerCanUpdate: boolean, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, deliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, nodes: Array<{ __typename?: 'WebhookDelivery', id: string, event: WebhookEvent, status: WebhookDeliveryStatus, attempts: number, responseStatus?: number | null, createdAt: string, deliveredAt?: string | null }> } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { __typename?: 'Mutation', updateWebhook: { __typename?: 'UpdateWebhookPayload', webhook?: { __typename?: 'Webhook', id: string, url: string, events: Array<WebhookEvent>, active: boolean, createdAt: string, viewerCanUpdate: boolean, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, deliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, nodes: Array<{ __typename?: 'WebhookDelivery', id: string, event: WebhookEvent, status: WebhookDeliveryStatus, attempts: number, responseStatus?: number | null, createdAt: string, deliveredAt?: string | null }> } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type DeleteWebhookMutationVariables = Exact<{
  input: DeleteWebhookInput;
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: { __typename?: 'DeleteWebhookPayload', webhook?: { __typename?: 'Webhook', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'CreateWebhookPayload', secret?: string | null, webhook?: { __typename?: 'Webhook', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type RedeliverWebhookDeliveryMutationVariables = Exact<{
  input: RedeliverWebhookDeliveryInput;
}>;


export type RedeliverWebhookDeliveryMutation = { __typename?: 'Mutation', redeliverWebhookDelivery: { __typename?: 'RedeliverWebhookDeliveryPayload', delivery?: { __typename?: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type WebinarFieldsFragment = { __typename?: 'Webinar', id: string, title: string, startsAt: string, timeZone: string, recordingUrl?: string | null, attendance?: number | null, viewerCanUpdate: boolean, presenters: Array<{ __typename?: 'Organisation', id: string, name: string }>, goodPractices: Array<{ __typename?: 'GoodPractice', id: string, title: string }> };

export type GroupWebinarsQueryVariables = Exact<{
  workingGroupId: Scalars['ID']['input'];
}>;


export type GroupWebinarsQuery = { __typename?: 'Query', workingGroup?: { __typename?: 'WorkingGroup', id: string, viewerCanScheduleWebinar: boolean, memberships: Array<{ __typename?: 'Membership', id: string, organisation: { __typename?: 'Organisation', id: string, name: string } }>, webinars: Array<{ __typename?: 'Webinar', id: string, title: string, startsAt: string, timeZone: string, recordingUrl?: string | null, attendance?: number | null, viewerCanUpdate: boolean, presenters: Array<{ __typename?: 'Organisation', id: string, name: string }>, goodPractices: Array<{ __typename?: 'GoodPractice', id: string, title: string }> }> } | null };

export type GoodPracticeOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type GoodPracticeOptionsQuery = { __typename?: 'Query', goodPractices: { __typename?: 'GoodPracticeConnection', nodes: Array<{ __typename?: 'GoodPractice', id: string, title: string }> } };

export type ScheduleWebinarMutationVariables = Exact<{
  input: ScheduleWebinarInput;
}>;


export type ScheduleWebinarMutation = { __typename?: 'Mutation', scheduleWebinar: { __typename?: 'WebinarPayload', webinar?: { __typename?: 'Webinar', id: string, title: string, startsAt: string, timeZone: string, recordingUrl?: string | null, attendance?: number | null, viewerCanUpdate: boolean, presenters: Array<{ __typename?: 'Organisation', id: string, name: string }>, goodPractices: Array<{ __typename?: 'GoodPractice', id: string, title: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateWebinarMutationVariables = Exact<{
  input: UpdateWebinarInput;
}>;


export type UpdateWebinarMutation = { __typename?: 'Mutation', updateWebinar: { __typename?: 'WebinarPayload', webinar?: { __typename?: 'Webinar', id: string, title: string, startsAt: string, timeZone: string, recordingUrl?: string | null, attendance?: number | null, viewerCanUpdate: boolean, presenters: Array<{ __typename?: 'Organisation', id: string, name: string }>, goodPractices: Array<{ __typename?: 'GoodPractice', id: string, title: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type DeleteWebinarMutationVariables = Exact<{
  input: DeleteWebinarInput;
}>;


export type DeleteWebinarMutation = { __typename?: 'Mutation', deleteWebinar: { __typename?: 'WebinarPayload', webinar?: { __typename?: 'Webinar', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type CompositionCapabilityQueryVariables = Exact<{ [key: string]: never; }>;


export type CompositionCapabilityQuery = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', manageWorkingGroups: boolean } };

export type CompositionWarningsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompositionWarningsQuery = { __typename?: 'Query', compositionWarnings: Array<{ __typename?: 'CompositionWarning', rule: CompositionRule, leadingCount?: number | null, expectedCount: number, workingGroup?: { __typename?: 'WorkingGroup', id: string, title: string, thematicArea: { __typename?: 'ThematicArea', id: string, number: number } } | null, territory?: { __typename?: 'Territory', id: string, name: string } | null }> };

export type WorkingGroupAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkingGroupAdminQuery = { __typename?: 'Query', viewerCapabilities: { __typename?: 'NetworkCapabilities', manageWorkingGroups: boolean }, thematicAreas: { __typename?: 'ThematicAreaConnection', nodes: Array<{ __typename?: 'ThematicArea', id: string, number: number, title: string }> } };

export type CreateWorkingGroupMutationVariables = Exact<{
  input: CreateWorkingGroupInput;
}>;


export type CreateWorkingGroupMutation = { __typename?: 'Mutation', createWorkingGroup: { __typename?: 'WorkingGroupPayload', workingGroup?: { __typename?: 'WorkingGroup', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateWorkingGroupMutationVariables = Exact<{
  input: UpdateWorkingGroupInput;
}>;


export type UpdateWorkingGroupMutation = { __typename?: 'Mutation', updateWorkingGroup: { __typename?: 'WorkingGroupPayload', workingGroup?: { __typename?: 'WorkingGroup', id: string, title: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export type UpdateMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type UpdateMembershipMutation = { __typename?: 'Mutation', updateMembership: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string, role: MembershipRole, participation: Participation, note?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string, params: Array<{ __typename?: 'UserErrorParam', name: string, value: string }> }> } };

export const CallFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"stepIds"}}]}}]}}]} as unknown as DocumentNode<CallFieldsFragment, unknown>;
export const ProgrammePhaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammePhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammePhase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startText"}},{"kind":"Field","name":{"kind":"Name","value":"endText"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}}]}}]} as unknown as DocumentNode<ProgrammePhaseFieldsFragment, unknown>;
export const ProgrammeTimelineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeTimelineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageProgramme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmePhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammePhaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammePhaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammePhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammePhase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startText"}},{"kind":"Field","name":{"kind":"Name","value":"endText"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}}]}}]} as unknown as DocumentNode<ProgrammeTimelineFieldsFragment, unknown>;
export const EventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"datesText"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}}]}}]} as unknown as DocumentNode<EventFieldsFragment, unknown>;
export const AgendaItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"timeText"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"expertFeedbackMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"expertFeedbackText"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<AgendaItemFieldsFragment, unknown>;
export const PlenaryOutcomeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlenaryOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlenaryOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"summaryPoints"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PlenaryOutcomeFieldsFragment, unknown>;
export const AwardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AwardFieldsFragment, unknown>;
export const TerritoryFactFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryFactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryFact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TerritoryFactFieldsFragment, unknown>;
export const JourneyBenchmarkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyBenchmarkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<JourneyBenchmarkFieldsFragment, unknown>;
export const JourneyGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<JourneyGroupFieldsFragment, unknown>;
export const JourneyPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<JourneyPlanFieldsFragment, unknown>;
export const BenchmarkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanValidate"}}]}}]} as unknown as DocumentNode<BenchmarkFieldsFragment, unknown>;
export const StageControlsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageControlsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanTransitionTo"}},{"kind":"Field","name":{"kind":"Name","value":"baselines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<StageControlsFieldsFragment, unknown>;
export const PlanChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stepId"}},{"kind":"Field","name":{"kind":"Name","value":"stepTitle"}},{"kind":"Field","name":{"kind":"Name","value":"previousStart"}},{"kind":"Field","name":{"kind":"Name","value":"previousEnd"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"baselineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<PlanChangeFieldsFragment, unknown>;
export const FeedbackItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReply"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackItemFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const ActionPracticesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPracticesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanLinkPractices"}},{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<ActionPracticesFieldsFragment, unknown>;
export const ProgressReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinationCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerFeedbackKinds"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReply"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ProgressReportFieldsFragment, unknown>;
export const PlanActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFeedbackKinds"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPracticesFields"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholders"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeholdersText"}},{"kind":"Field","name":{"kind":"Name","value":"successFactors"}},{"kind":"Field","name":{"kind":"Name","value":"successFactorsText"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startText"}},{"kind":"Field","name":{"kind":"Name","value":"endText"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStart"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReplan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReportProgress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"slippage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysBehindBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReply"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPracticesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanLinkPractices"}},{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinationCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerFeedbackKinds"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackItemFields"}}]}}]}}]} as unknown as DocumentNode<PlanActionFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageControlsFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"replanning"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReplan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSetBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}},{"kind":"Field","name":{"kind":"Name","value":"setBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerFeedbackKinds"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stageHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPracticesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanLinkPractices"}},{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReply"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinationCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerFeedbackKinds"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageControlsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanTransitionTo"}},{"kind":"Field","name":{"kind":"Name","value":"baselines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stepId"}},{"kind":"Field","name":{"kind":"Name","value":"stepTitle"}},{"kind":"Field","name":{"kind":"Name","value":"previousStart"}},{"kind":"Field","name":{"kind":"Name","value":"previousEnd"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"baselineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFeedbackKinds"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPracticesFields"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholders"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeholdersText"}},{"kind":"Field","name":{"kind":"Name","value":"successFactors"}},{"kind":"Field","name":{"kind":"Name","value":"successFactorsText"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startText"}},{"kind":"Field","name":{"kind":"Name","value":"endText"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStart"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReplan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReportProgress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"slippage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysBehindBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const PracticePublicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticePublication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoodPractice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}}]}}]} as unknown as DocumentNode<PracticePublicationFragment, unknown>;
export const PlanPublicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPublication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}}]}}]} as unknown as DocumentNode<PlanPublicationFragment, unknown>;
export const WebhookFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookFieldsFragment, unknown>;
export const WebinarFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebinarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webinar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"presenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<WebinarFieldsFragment, unknown>;
export const CreateBenchmarkRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBenchmarkRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBenchmarkRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBenchmarkRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateBenchmarkRoundMutation, CreateBenchmarkRoundMutationVariables>;
export const CreateBenchmarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBenchmark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBenchmarkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBenchmark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateBenchmarkMutation, CreateBenchmarkMutationVariables>;
export const NewBenchmarkChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewBenchmarkChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageBenchmarkRounds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]} as unknown as DocumentNode<NewBenchmarkChoicesQuery, NewBenchmarkChoicesQueryVariables>;
export const BenchmarkComparisonChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchmarkComparisonChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchmarkComparisonChoicesQuery, BenchmarkComparisonChoicesQueryVariables>;
export const ComparedBenchmarksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparedBenchmarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"second"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComparedBenchmarksQuery, ComparedBenchmarksQueryVariables>;
export const UpdateBenchmarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBenchmark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBenchmarkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBenchmark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateBenchmarkMutation, UpdateBenchmarkMutationVariables>;
export const ValidateBenchmarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateBenchmark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ValidateBenchmarkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateBenchmark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ValidateBenchmarkMutation, ValidateBenchmarkMutationVariables>;
export const BenchmarkAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchmarkAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thematicAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<BenchmarkAreasQuery, BenchmarkAreasQueryVariables>;
export const ViewerCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerCalendarFeedQuery, ViewerCalendarFeedQueryVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const GroupCallsPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupCallsPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanScheduleCall"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinationCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"stepIds"}}]}}]}}]} as unknown as DocumentNode<GroupCallsPanelQuery, GroupCallsPanelQueryVariables>;
export const CallFacilitatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallFacilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CallFacilitatorsQuery, CallFacilitatorsQueryVariables>;
export const ScheduleCoordinationCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleCoordinationCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleCoordinationCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCoordinationCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ScheduleCoordinationCallMutation, ScheduleCoordinationCallMutationVariables>;
export const UpdateCoordinationCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCoordinationCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCoordinationCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCoordinationCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"stepIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateCoordinationCallMutation, UpdateCoordinationCallMutationVariables>;
export const DeleteCoordinationCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCoordinationCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCoordinationCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCoordinationCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeleteCoordinationCallMutation, DeleteCoordinationCallMutationVariables>;
export const NavigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Navigation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}},{"kind":"Field","name":{"kind":"Name","value":"readMailOutbox"}},{"kind":"Field","name":{"kind":"Name","value":"manageEveryWebhook"}},{"kind":"Field","name":{"kind":"Name","value":"readEveryPlan"}},{"kind":"Field","name":{"kind":"Name","value":"readBenchmarkLevels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageWebhooks"}}]}}]}}]}}]} as unknown as DocumentNode<NavigationQuery, NavigationQueryVariables>;
export const AskTheExpertBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AskTheExpertBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanProposeAction"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidingQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"guidingQuestionsContext"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerFeedbackKinds"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackItemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReply"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AskTheExpertBoardQuery, AskTheExpertBoardQueryVariables>;
export const AddFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AddFeedbackMutation, AddFeedbackMutationVariables>;
export const UpdateFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateFeedbackMutation, UpdateFeedbackMutationVariables>;
export const DeleteFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeleteFeedbackMutation, DeleteFeedbackMutationVariables>;
export const ResolveFeedbackThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveFeedbackThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveFeedbackThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveFeedbackThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ResolveFeedbackThreadMutation, ResolveFeedbackThreadMutationVariables>;
export const OrganisationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationOptionsQuery, OrganisationOptionsQueryVariables>;
export const AddMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AddMembershipMutation, AddMembershipMutationVariables>;
export const RemoveMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RemoveMembershipMutation, RemoveMembershipMutationVariables>;
export const TerritoryOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryOptionsQuery, TerritoryOptionsQueryVariables>;
export const UpdateViewerPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateViewerPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateViewerPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateViewerPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateViewerPreferencesMutation, UpdateViewerPreferencesMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AwaitingAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwaitingAdoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanTransitionTo"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stageHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AwaitingAdoptionQuery, AwaitingAdoptionQueryVariables>;
export const DashboardLateStepsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardLateSteps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lateSteps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"workingGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysBehindBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardLateStepsQuery, DashboardLateStepsQueryVariables>;
export const UpdateProgrammePhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgrammePhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgrammePhaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgrammePhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmePhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammePhaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammePhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammePhase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startText"}},{"kind":"Field","name":{"kind":"Name","value":"endText"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateProgrammePhaseMutation, UpdateProgrammePhaseMutationVariables>;
export const CreateProgrammePhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgrammePhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgrammePhaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgrammePhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmePhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammePhaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammePhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammePhase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startText"}},{"kind":"Field","name":{"kind":"Name","value":"endText"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateProgrammePhaseMutation, CreateProgrammePhaseMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeTimelineFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readEveryPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastCallOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextScheduledCallOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextCallDue"}},{"kind":"Field","name":{"kind":"Name","value":"callOverdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"endText"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"slippage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysBehindBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepsByStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"ORGANISATION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammePhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammePhase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startText"}},{"kind":"Field","name":{"kind":"Name","value":"endText"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeTimelineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageProgramme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmePhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammePhaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammePhaseFields"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardLedGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardLedGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"LEARNING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"awaiting"},"name":{"kind":"Name","value":"progressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workingGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"awaitingFeedback"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepsByStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"WORKING_GROUP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardLedGroupQuery, DashboardLedGroupQueryVariables>;
export const DashboardNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plansByStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stepsByStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"WORKING_GROUP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanScheduleCall"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastCallOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextCallDue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingProgressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinationCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardNetworkQuery, DashboardNetworkQueryVariables>;
export const CreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"datesText"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"datesText"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const DeleteEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeleteEventMutation, DeleteEventMutationVariables>;
export const AddAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"timeText"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"expertFeedbackMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"expertFeedbackText"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const UpdateAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"timeText"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"expertFeedbackMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"expertFeedbackText"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateAgendaItemMutation, UpdateAgendaItemMutationVariables>;
export const RemoveAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RemoveAgendaItemMutation, RemoveAgendaItemMutationVariables>;
export const AddEventParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEventParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEventParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEventParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AddEventParticipantMutation, AddEventParticipantMutationVariables>;
export const RemoveEventParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveEventParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveEventParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEventParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RemoveEventParticipantMutation, RemoveEventParticipantMutationVariables>;
export const CreatePlenaryOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlenaryOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlenaryOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlenaryOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plenaryOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlenaryOutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlenaryOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlenaryOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"summaryPoints"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreatePlenaryOutcomeMutation, CreatePlenaryOutcomeMutationVariables>;
export const UpdatePlenaryOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlenaryOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlenaryOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlenaryOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plenaryOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlenaryOutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlenaryOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlenaryOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"summaryPoints"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdatePlenaryOutcomeMutation, UpdatePlenaryOutcomeMutationVariables>;
export const DeletePlenaryOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePlenaryOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePlenaryOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePlenaryOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plenaryOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeletePlenaryOutcomeMutation, DeletePlenaryOutcomeMutationVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageEvents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const EventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Event"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"plenaryOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlenaryOutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"datesText"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlenaryOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlenaryOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"summaryPoints"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"timeText"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"expertFeedbackMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"expertFeedbackText"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<EventQuery, EventQueryVariables>;
export const EventParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationText"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventParticipantsQuery, EventParticipantsQueryVariables>;
export const EventOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EventOptionsQuery, EventOptionsQueryVariables>;
export const EvidenceCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEvidence"}}]}}]}}]} as unknown as DocumentNode<EvidenceCapabilitiesQuery, EvidenceCapabilitiesQueryVariables>;
export const WinnerOrganisationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WinnerOrganisationOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WinnerOrganisationOptionsQuery, WinnerOrganisationOptionsQueryVariables>;
export const CreateAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateAwardMutation, CreateAwardMutationVariables>;
export const CreateTerritoryFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTerritoryFact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTerritoryFactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTerritoryFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoryFact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateTerritoryFactMutation, CreateTerritoryFactMutationVariables>;
export const UpdateAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateAwardMutation, UpdateAwardMutationVariables>;
export const DeleteAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeleteAwardMutation, DeleteAwardMutationVariables>;
export const UpdateTerritoryFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTerritoryFact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTerritoryFactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTerritoryFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoryFact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryFactFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryFactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryFact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateTerritoryFactMutation, UpdateTerritoryFactMutationVariables>;
export const DeleteTerritoryFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTerritoryFact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTerritoryFactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTerritoryFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoryFact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeleteTerritoryFactMutation, DeleteTerritoryFactMutationVariables>;
export const GroupExpertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupExperts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanInviteExpert"}},{"kind":"Field","name":{"kind":"Name","value":"invitedExperts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<GroupExpertsQuery, GroupExpertsQueryVariables>;
export const ExpertCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpertCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<ExpertCandidatesQuery, ExpertCandidatesQueryVariables>;
export const InviteExpertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteExpert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteExpert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitedExperts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<InviteExpertMutation, InviteExpertMutationVariables>;
export const WithdrawExpertInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawExpertInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawExpertInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitedExperts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<WithdrawExpertInvitationMutation, WithdrawExpertInvitationMutationVariables>;
export const GoodPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoodPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<GoodPracticeQuery, GoodPracticeQueryVariables>;
export const PracticeOrganisationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PracticeOrganisationOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PracticeOrganisationOptionsQuery, PracticeOrganisationOptionsQueryVariables>;
export const CreateGoodPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoodPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoodPracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoodPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodPractice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateGoodPracticeMutation, CreateGoodPracticeMutationVariables>;
export const UpdateGoodPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoodPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoodPracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoodPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodPractice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateGoodPracticeMutation, UpdateGoodPracticeMutationVariables>;
export const DeleteGoodPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGoodPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteGoodPracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGoodPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodPractice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeleteGoodPracticeMutation, DeleteGoodPracticeMutationVariables>;
export const PartnerJourneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerJourney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JourneyGroupFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JourneyPlanFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JourneyBenchmarkFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyBenchmarkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<PartnerJourneyQuery, PartnerJourneyQueryVariables>;
export const NetworkJourneysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkJourneys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"consortiumPartner"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JourneyBenchmarkFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JourneyGroupFields"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JourneyPlanFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyBenchmarkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkJourneysQuery, NetworkJourneysQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const ViewerNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerNotificationsQuery, ViewerNotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkAllNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const ViewerMailPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerMailPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mailPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerMailPreferencesQuery, ViewerMailPreferencesQueryVariables>;
export const UpdateMailPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMailPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMailPreferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMailPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateMailPreferenceMutation, UpdateMailPreferenceMutationVariables>;
export const BenchmarksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Benchmarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchmarkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanValidate"}}]}}]} as unknown as DocumentNode<BenchmarksQuery, BenchmarksQueryVariables>;
export const AwardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Awards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AwardsQuery, AwardsQueryVariables>;
export const TerritoryFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoryFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryFactFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryFactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryFact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TerritoryFactsQuery, TerritoryFactsQueryVariables>;
export const GoodPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoodPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"thematicAreaId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"thematicAreaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"thematicAreaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticePublication"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticePublication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoodPractice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}}]}}]} as unknown as DocumentNode<GoodPracticesQuery, GoodPracticesQueryVariables>;
export const AreaOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thematicAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAddGoodPractice"}}]}}]}}]}}]} as unknown as DocumentNode<AreaOptionsQuery, AreaOptionsQueryVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"consortiumPartner"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCreateActionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const OrganisationBenchmarksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationBenchmarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchmarkFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanValidate"}}]}}]} as unknown as DocumentNode<OrganisationBenchmarksQuery, OrganisationBenchmarksQueryVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageOrganisations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"consortiumPartner"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const TerritoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Territories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageOrganisations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoriesQuery, TerritoriesQueryVariables>;
export const ThematicAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThematicAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageWorkingGroups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ThematicAreasQuery, ThematicAreasQueryVariables>;
export const MyApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRevoke"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const WorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingMandatoryMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkingGroupQuery, WorkingGroupQueryVariables>;
export const AddMissingMandatoryMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMissingMandatoryMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMissingMandatoryMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMissingMandatoryMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AddMissingMandatoryMembersMutation, AddMissingMandatoryMembersMutationVariables>;
export const WorkingGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkingGroupsQuery, WorkingGroupsQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const MailOutboxCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailOutboxCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailOutboxCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"dropped"}}]}}]}}]} as unknown as DocumentNode<MailOutboxCountsQuery, MailOutboxCountsQueryVariables>;
export const MailOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MailOutboxQuery, MailOutboxQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const ActionOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thematicAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionOptionsQuery, ActionOptionsQueryVariables>;
export const GroupPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workingGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStart"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupPlansQuery, GroupPlansQueryVariables>;
export const ImportActionPlanCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportActionPlanCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportActionPlanCsvInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importActionPlanCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ImportActionPlanCsvMutation, ImportActionPlanCsvMutationVariables>;
export const StepReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StepReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinationCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StepReportsQuery, StepReportsQueryVariables>;
export const UpdateActionStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateActionStepMutation, UpdateActionStepMutationVariables>;
export const AddActionStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActionStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddActionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActionStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AddActionStepMutation, AddActionStepMutationVariables>;
export const RemoveActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveVersionedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RemoveActionMutation, RemoveActionMutationVariables>;
export const TransitionActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<TransitionActionPlanMutation, TransitionActionPlanMutationVariables>;
export const MoveActionStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveActionStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveActionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveActionStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<MoveActionStepMutation, MoveActionStepMutationVariables>;
export const AddActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AddActionMutation, AddActionMutationVariables>;
export const SubmitProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProgressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SubmitProgressReportMutation, SubmitProgressReportMutationVariables>;
export const CreateActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateActionPlanMutation, CreateActionPlanMutationVariables>;
export const UpdateActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateActionMutation, UpdateActionMutationVariables>;
export const RemoveActionStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveActionStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveVersionedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeActionStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RemoveActionStepMutation, RemoveActionStepMutationVariables>;
export const ReplanActionStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplanActionStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplanActionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replanActionStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ReplanActionStepMutation, ReplanActionStepMutationVariables>;
export const SetPlanBaselineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPlanBaseline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPlanBaselineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlanBaseline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SetPlanBaselineMutation, SetPlanBaselineMutationVariables>;
export const ActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageControlsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanTransitionTo"}},{"kind":"Field","name":{"kind":"Name","value":"baselines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stepId"}},{"kind":"Field","name":{"kind":"Name","value":"stepTitle"}},{"kind":"Field","name":{"kind":"Name","value":"previousStart"}},{"kind":"Field","name":{"kind":"Name","value":"previousEnd"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"baselineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanResolve"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReply"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPracticesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanLinkPractices"}},{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinationCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerFeedbackKinds"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFeedbackKinds"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPracticesFields"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholders"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeholdersText"}},{"kind":"Field","name":{"kind":"Name","value":"successFactors"}},{"kind":"Field","name":{"kind":"Name","value":"successFactorsText"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startText"}},{"kind":"Field","name":{"kind":"Name","value":"endText"}},{"kind":"Field","name":{"kind":"Name","value":"baselineStart"}},{"kind":"Field","name":{"kind":"Name","value":"baselineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReplan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReportProgress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"slippage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysBehindBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageControlsFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"replanning"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReplan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSetBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}},{"kind":"Field","name":{"kind":"Name","value":"setBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerFeedbackKinds"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stageHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanActionFields"}}]}}]}}]} as unknown as DocumentNode<ActionPlanQuery, ActionPlanQueryVariables>;
export const ActionPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionPlansQuery, ActionPlansQueryVariables>;
export const ViewerPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCreateActionPlan"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerPlanQuery, ViewerPlanQueryVariables>;
export const GroupAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupAreasQuery, GroupAreasQueryVariables>;
export const GroupCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workingGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}}]}}]}}]}}]} as unknown as DocumentNode<GroupCallsQuery, GroupCallsQueryVariables>;
export const StakeholderOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StakeholderOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StakeholderOrganisationsQuery, StakeholderOrganisationsQueryVariables>;
export const CreateProposedActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProposedAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProposedActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProposedAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateProposedActionMutation, CreateProposedActionMutationVariables>;
export const UpdateProposedActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProposedAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProposedActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProposedAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateProposedActionMutation, UpdateProposedActionMutationVariables>;
export const DeleteProposedActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProposedAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProposedActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProposedAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeleteProposedActionMutation, DeleteProposedActionMutationVariables>;
export const PublicGoodPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicGoodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicGoodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreaTitle"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublicGoodPracticesQuery, PublicGoodPracticesQueryVariables>;
export const PublicGoodPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicGoodPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicGoodPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreaTitle"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublicGoodPracticeQuery, PublicGoodPracticeQueryVariables>;
export const PublishGoodPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishGoodPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishGoodPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodPractice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticePublication"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticePublication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoodPractice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PublishGoodPracticeMutation, PublishGoodPracticeMutationVariables>;
export const WithdrawGoodPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawGoodPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawGoodPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodPractice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticePublication"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticePublication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoodPractice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<WithdrawGoodPracticeMutation, WithdrawGoodPracticeMutationVariables>;
export const PublishPlanSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPlanSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPlanSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPublication"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPublication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PublishPlanSummaryMutation, PublishPlanSummaryMutationVariables>;
export const WithdrawPlanSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPlanSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPlanSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPublication"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPublication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<WithdrawPlanSummaryMutation, WithdrawPlanSummaryMutationVariables>;
export const PublicPlanSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicPlanSummaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicPlanSummaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"territoryName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PublicPlanSummariesQuery, PublicPlanSummariesQueryVariables>;
export const PublicPlanSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicPlanSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicPlanSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"territoryName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreaTitle"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicPlanSummaryQuery, PublicPlanSummaryQueryVariables>;
export const CreateTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTerritoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTerritory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateTerritoryMutation, CreateTerritoryMutationVariables>;
export const UpdateTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTerritoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTerritory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateTerritoryMutation, UpdateTerritoryMutationVariables>;
export const CreateThematicAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateThematicArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateThematicAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createThematicArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateThematicAreaMutation, CreateThematicAreaMutationVariables>;
export const UpdateThematicAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateThematicArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateThematicAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateThematicArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyActor"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateThematicAreaMutation, UpdateThematicAreaMutationVariables>;
export const ActionPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPracticesFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPracticesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanLinkPractices"}},{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<ActionPracticesQuery, ActionPracticesQueryVariables>;
export const LinkablePracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkablePractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkablePracticesQuery, LinkablePracticesQueryVariables>;
export const SetActionGoodPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActionGoodPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetActionGoodPracticesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActionGoodPractices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPracticesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPracticesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanLinkPractices"}},{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SetActionGoodPracticesMutation, SetActionGoodPracticesMutationVariables>;
export const PracticeTransfersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PracticeTransfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goodPracticeIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practiceTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"goodPracticeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goodPracticeIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodPractice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PracticeTransfersQuery, PracticeTransfersQueryVariables>;
export const PracticeTransferCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PracticeTransferCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practiceTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodPractice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PracticeTransferCountsQuery, PracticeTransferCountsQueryVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookScopesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageEveryWebhook"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageWebhooks"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookScopesQuery, WebhookScopesQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateWebhookSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const RedeliverWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverWebhookDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookDeliveryMutation, RedeliverWebhookDeliveryMutationVariables>;
export const GroupWebinarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupWebinars"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanScheduleWebinar"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"LEADING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"webinars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebinarFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebinarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webinar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"presenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<GroupWebinarsQuery, GroupWebinarsQueryVariables>;
export const GoodPracticeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoodPracticeOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<GoodPracticeOptionsQuery, GoodPracticeOptionsQueryVariables>;
export const ScheduleWebinarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleWebinar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleWebinarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleWebinar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webinar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebinarFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebinarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webinar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"presenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ScheduleWebinarMutation, ScheduleWebinarMutationVariables>;
export const UpdateWebinarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebinar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebinarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebinar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webinar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebinarFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebinarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webinar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"presenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goodPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateWebinarMutation, UpdateWebinarMutationVariables>;
export const DeleteWebinarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebinar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebinarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebinar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webinar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeleteWebinarMutation, DeleteWebinarMutationVariables>;
export const CompositionCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompositionCapability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageWorkingGroups"}}]}}]}}]} as unknown as DocumentNode<CompositionCapabilityQuery, CompositionCapabilityQueryVariables>;
export const CompositionWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompositionWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compositionWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"leadingCount"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompositionWarningsQuery, CompositionWarningsQueryVariables>;
export const WorkingGroupAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingGroupAdmin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageWorkingGroups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<WorkingGroupAdminQuery, WorkingGroupAdminQueryVariables>;
export const CreateWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkingGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateWorkingGroupMutation, CreateWorkingGroupMutationVariables>;
export const UpdateWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkingGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkingGroupMutation, UpdateWorkingGroupMutationVariables>;
export const UpdateMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateMembershipMutation, UpdateMembershipMutationVariables>;