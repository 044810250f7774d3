// The GraphQL documents of the webhooks page: the hooks the viewer may see with their latest
// deliveries, where the viewer may register hooks, and registering, changing and deleting one,
// rotating its secret and sending a delivery again.
import { graphql } from '../gql';

export const WebhookFields = graphql(`
  fragment WebhookFields on Webhook {
    id
    url
    events
    active
    createdAt
    viewerCanUpdate
    organisation {
      id
      name
    }
    createdBy {
      id
      displayName
    }
    deliveries(first: 5) {
      totalCount
      nodes {
        id
        event
        status
        attempts
        responseStatus
        createdAt
        deliveredAt
      }
    }
  }
`);

export const WebhooksQuery = graphql(`
  query Webhooks($first: Int, $after: String) {
    webhooks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...WebhookFields
      }
    }
  }
`);

/** Where the viewer may register hooks: network-wide (`manageEveryWebhook`) and the
 * organisations whose hooks it manages. */
export const WebhookScopesQuery = graphql(`
  query WebhookScopes {
    viewerCapabilities {
      manageEveryWebhook
    }
    organisations(first: 100) {
      nodes {
        id
        name
        viewerCanManageWebhooks
      }
    }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        ...WebhookFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateWebhookMutation = graphql(`
  mutation UpdateWebhook($input: UpdateWebhookInput!) {
    updateWebhook(input: $input) {
      webhook {
        ...WebhookFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($input: DeleteWebhookInput!) {
    deleteWebhook(input: $input) {
      webhook {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** A new signing secret for a hook, in the payload this once. */
export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      webhook {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Sends one of a hook's deliveries again, as a new delivery queued now. */
export const RedeliverWebhookDeliveryMutation = graphql(`
  mutation RedeliverWebhookDelivery($input: RedeliverWebhookDeliveryInput!) {
    redeliverWebhookDelivery(input: $input) {
      delivery {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
