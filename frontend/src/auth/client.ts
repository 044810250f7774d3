// The urql client: every request carries the access token, refreshed shortly before it
// expires and once more after an UNAUTHENTICATED answer.
import { authExchange } from '@urql/exchange-auth';
import { Client, cacheExchange, fetchExchange, type Operation } from 'urql';

import { refreshSession } from './session';
import { transitionExchange } from './transitionExchange';
import { accessTokenExpiring, getAccessToken, hasSession } from './tokens';

export function createClient(): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    exchanges: [
      transitionExchange,
      cacheExchange,
      authExchange(async (utils) => ({
        addAuthToOperation(operation: Operation) {
          const token = getAccessToken();
          return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
        },
        willAuthError() {
          return hasSession() && accessTokenExpiring();
        },
        didAuthError(error) {
          return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
        },
        async refreshAuth() {
          await refreshSession();
        },
      })),
      fetchExchange,
    ],
  });
}
