import type { WebhookEvent } from '../gql/graphql';

/** Every event a webhook can subscribe to, in the schema's order. */
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = ['PLAN_STAGE_CHANGED', 'FEEDBACK_ADDED', 'PROGRESS_REPORT_SUBMITTED', 'CALL_SCHEDULED'];

/** The value of the scope select that stands for a network-wide hook (no organisation). */
export const NETWORK_WIDE = 'network';
