import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import i18n from '../i18n';
import { mockClient, renderWithProviders } from '../test/render';
import { AppLayout } from './AppLayout';

/** The viewer, and what the API says it may do across the network. */
const viewer = (capabilities: { manageUsers: boolean; readAuditLog: boolean }) =>
  mockClient((_query, _variables, operation) =>
    operation === 'Navigation'
      ? { viewerCapabilities: { __typename: 'NetworkCapabilities', ...capabilities } }
      : {
          viewer: {
            __typename: 'User',
            id: 'u1',
            displayName: 'Munich Partner',
            email: 'munich@partners.demo',
            globalRole: 'PARTNER',
            organisation: { __typename: 'Organisation', id: 'o1', name: 'City of Munich', shortName: 'Munich' },
          },
        },
  );

describe('AppLayout', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows the viewer and switches the navigation language', async () => {
    renderWithProviders(<AppLayout onSignedOut={() => undefined} />, {
      client: viewer({ manageUsers: false, readAuditLog: false }),
      route: '/organisations',
    });
    expect(await screen.findByTestId('viewer-name')).toHaveTextContent('Munich Partner · Munich');
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(nav).toHaveTextContent('Organisations');
    expect(nav).not.toHaveTextContent('Administration');

    await userEvent.click(screen.getAllByLabelText('Language')[0] as HTMLElement);
    await userEvent.click(await screen.findByRole('option', { name: 'Deutsch' }));
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toHaveTextContent('Organisationen');
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('offers the administration pages the API says the viewer may use', async () => {
    renderWithProviders(<AppLayout onSignedOut={() => undefined} />, { client: viewer({ manageUsers: true, readAuditLog: true }) });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(nav).toHaveTextContent('Administration');
    expect(screen.getByRole('link', { name: 'Users' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Audit log' })).toBeInTheDocument();
  });

  it('offers only the administration pages the viewer may use', async () => {
    renderWithProviders(<AppLayout onSignedOut={() => undefined} />, { client: viewer({ manageUsers: false, readAuditLog: true }) });
    expect(await screen.findByRole('link', { name: 'Audit log' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
  });
});
