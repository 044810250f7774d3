import type { PlanActionFieldsFragment, PlanFieldsFragment } from '../gql/graphql';

export type Plan = PlanFieldsFragment;
export type PlanAction = PlanActionFieldsFragment;
export type PlanStep = PlanAction['steps'][number];
