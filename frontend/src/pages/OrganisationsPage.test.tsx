import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { OrganisationsPage } from './OrganisationsPage';

const ALL = Array.from({ length: 25 }, (_, i) => ({
  __typename: 'Organisation',
  id: `org-${i}`,
  name: `Organisation ${String(i).padStart(2, '0')}`,
  shortName: i === 0 ? 'O0' : null,
  kind: i === 0 ? 'MUNICIPALITY' : 'NGO',
  consortiumPartner: i === 0,
  territory: i === 0 ? { __typename: 'Territory', id: 't', name: 'Munich' } : null,
}));

/** Serves `organisations` like the API: offset cursors, `first` items per page. */
const client = mockClient((_query, variables) => {
  const first = Number(variables.first);
  const offset = variables.after ? Number(variables.after) + 1 : 0;
  const nodes = ALL.slice(offset, offset + first);
  return {
    viewerCapabilities: { __typename: 'NetworkCapabilities', manageOrganisations: false },
    organisations: {
      __typename: 'OrganisationConnection',
      totalCount: ALL.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: offset + first < ALL.length, endCursor: String(offset + nodes.length - 1) },
      nodes,
    },
  };
});

describe('OrganisationsPage', () => {
  it('renders a page of rows and pages forward and back', async () => {
    renderWithProviders(<OrganisationsPage />, { client });
    expect(await screen.findByText('Organisation 00')).toBeInTheDocument();
    expect(screen.getByText('Municipality')).toBeInTheDocument();
    expect(screen.getByText('25 in total')).toBeInTheDocument();
    expect(screen.queryByText('Organisation 20')).toBeNull();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Organisation 20')).toBeInTheDocument();
    expect(screen.queryByText('Organisation 00')).toBeNull();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByText('Organisation 00')).toBeInTheDocument();
  });
});
