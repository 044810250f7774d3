// The urql client of the public pages: anonymous on purpose. It never sends the access
// token (nor refreshes it), so what these pages show is exactly what anyone sees.
import { Client, cacheExchange, fetchExchange } from 'urql';

import { transitionExchange } from '../auth/transitionExchange';

export function createPublicClient(): Client {
  return new Client({ url: '/graphql', preferGetMethod: false, exchanges: [transitionExchange, cacheExchange, fetchExchange] });
}
