import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { type Client, Provider } from 'urql';
import { fromValue, never } from 'wonka';

import { cssVariablesResolver, theme } from '../theme';

type Responder = (query: string, variables: Record<string, unknown>, operationName: string | undefined) => unknown;

interface Document {
  loc?: { source: { body: string } };
  definitions?: { kind: string; name?: { value: string } }[];
}

/** A urql client whose queries are answered by `respond` (per operation name and variables). */
export function mockClient(respond: Responder): Client {
  const answer = ({ query, variables }: { query: unknown; variables: unknown }) => {
    const document = query as Document;
    const source = document.loc?.source.body ?? '';
    const operationName = document.definitions?.find((d) => d.kind === 'OperationDefinition')?.name?.value;
    const data = respond(source, (variables ?? {}) as Record<string, unknown>, operationName);
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
