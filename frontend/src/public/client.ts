// The urql client of the public pages: anonymous on purpose. It never sends the access
// token (nor refreshes it), so what these pages show is exactly what anyone sees.
import { Client, cacheExchange, fetchExchange } from 'urql';

export function createPublicClient(): Client {
  return new Client({ url: '/graphql', preferGetMethod: false, exchanges: [cacheExchange, fetchExchange] });
}
