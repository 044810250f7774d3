import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { type Client, Provider } from 'urql';
import { fromValue, never } from 'wonka';

import { cssVariablesResolver, theme } from '../theme';

type Responder = (query: string, variables: Record<string, unknown>) => unknown;

/** A urql client whose queries are answered by `respond` (per operation name and variables). */
export function mockClient(respond: Responder): Client {
  const answer = ({ query, variables }: { query: unknown; variables: unknown }) => {
    const source = (query as { loc?: { source: { body: string } } }).loc?.source.body ?? '';
    const data = respond(source, (variables ?? {}) as Record<string, unknown>);
    return data === undefined ? never : fromValue({ data });
  };
  return { executeQuery: answer, executeMutation: answer, executeSubscription: () => never } as unknown as Client;
}

export function renderWithProviders(ui: ReactElement, { client, route = '/' }: { client?: Client; route?: string } = {}) {
  const tree = (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </MantineProvider>
  );
  return render(client ? <Provider value={client}>{tree}</Provider> : tree);
}
