// Test data of the transfer views.
import type { Transfer } from './model';

export const organisation = (id: string, name: string, shortName: string | null = null) => ({ __typename: 'Organisation' as const, id, name, shortName });

export const PHOENIX = { __typename: 'GoodPractice' as const, id: 'gp-phoenix', title: 'Phoenix Award', organisation: organisation('org-munich', 'City of Munich', 'Munich') };
export const ADIVE = { __typename: 'GoodPractice' as const, id: 'gp-adive', title: 'Supplier diversity', organisation: organisation('org-adive', 'Adive') };

const step = (id: string, status: string, parentId: string | null = null) => ({ __typename: 'ActionStep' as const, id, parentId, status });

/** Milan adopts the Phoenix Award in its objective #2 (IMPLEMENTING, 40 %); Munich adopts
 * Adive's model in a DRAFT plan with no progress. */
export const TRANSFERS = [
  {
    __typename: 'PracticeTransfer',
    goodPractice: PHOENIX,
    action: {
      __typename: 'Action',
      id: 'act-milan',
      ref: 'Objective #2',
      title: 'Award for migrant founders',
      position: 1,
      progress: 40,
      steps: [step('s1', 'DONE'), step('s2', 'ON_TRACK'), step('s2.1', 'DONE', 's2'), step('s2.2', 'NOT_STARTED', 's2'), step('s3', 'CANCELLED')],
    },
    actionPlan: { __typename: 'ActionPlan', id: 'plan-milan', stage: 'IMPLEMENTING', organisation: organisation('org-milan', 'Comune di Milano', 'Milan') },
  },
  {
    __typename: 'PracticeTransfer',
    goodPractice: ADIVE,
    action: { __typename: 'Action', id: 'act-munich', ref: null, title: 'Diverse suppliers', position: 0, progress: null, steps: [] },
    actionPlan: { __typename: 'ActionPlan', id: 'plan-munich', stage: 'DRAFT', organisation: organisation('org-munich', 'City of Munich', 'Munich') },
  },
] as unknown as Transfer[];
