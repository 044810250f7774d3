import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import i18n from '../i18n';
import { mockClient, renderWithProviders } from '../test/render';
import { AppLayout } from './AppLayout';

/** Operations sent, by name, with their variables. */
let sent: [string | undefined, Record<string, unknown>][] = [];

/** The viewer (with the language saved in its profile), and what the API says it may do
 * across the network and with its organisation's webhooks. */
const viewer = (
  capabilities: { manageUsers: boolean; readAuditLog: boolean; manageEveryWebhook?: boolean; readEveryPlan?: boolean; readBenchmarkLevels?: boolean },
  language: string | null = 'EN', organisationWebhooks = false) =>
  mockClient((_query, variables, operation) => {
    sent.push([operation, variables]);
    if (operation === 'Navigation')
      return {
        viewerCapabilities: { __typename: 'NetworkCapabilities', manageEveryWebhook: false, readEveryPlan: false, readBenchmarkLevels: false, ...capabilities },
        viewer: { __typename: 'User', id: 'u1', organisation: { __typename: 'Organisation', id: 'o1', viewerCanManageWebhooks: organisationWebhooks } },
      };
    if (operation === 'UpdateViewerPreferences') {
      const input = variables.input as { language: string };
      return { updateViewerPreferences: { __typename: 'UpdateViewerPreferencesPayload', viewer: { __typename: 'User', id: 'u1', language: input.language }, userErrors: [] } };
    }
    return {
      viewer: {
        __typename: 'User',
        id: 'u1',
        displayName: 'Munich Partner',
        email: 'munich@partners.demo',
        globalRole: 'PARTNER',
        language,
        organisation: { __typename: 'Organisation', id: 'o1', name: 'City of Munich', shortName: 'Munich' },
      },
    };
  });

const saved = () => sent.filter(([operation]) => operation === 'UpdateViewerPreferences').map(([, variables]) => variables.input);

describe('AppLayout', () => {
  afterEach(async () => {
    sent = [];
    await i18n.changeLanguage('en');
  });

  it('shows the viewer and switches the navigation language, saving it in the profile', async () => {
    renderWithProviders(<AppLayout onSignedOut={() => undefined} />, {
      client: viewer({ manageUsers: false, readAuditLog: false }),
      route: '/organisations',
    });
    expect(await screen.findByTestId('viewer-name')).toHaveTextContent('Munich Partner · Munich');
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(nav).toHaveTextContent('Organisations');
    expect(nav).not.toHaveTextContent('Administration');

    expect(saved()).toEqual([]);
    await userEvent.selectOptions(screen.getAllByRole('combobox', { name: 'Language' })[0] as HTMLElement, 'de');
    expect(await screen.findByRole('navigation', { name: 'Hauptnavigation' })).toHaveTextContent('Organisationen');
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(saved()).toEqual([{ language: 'DE' }]);
  });

  it('adopts the language saved in the profile', async () => {
    renderWithProviders(<AppLayout onSignedOut={() => undefined} />, { client: viewer({ manageUsers: false, readAuditLog: false }, 'FR') });
    expect(await screen.findByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
    expect(saved()).toEqual([]);
  });

  it('saves the interface language when the profile has none', async () => {
    await i18n.changeLanguage('it');
    renderWithProviders(<AppLayout onSignedOut={() => undefined} />, { client: viewer({ manageUsers: false, readAuditLog: false }, null) });
    await screen.findByTestId('viewer-name');
    await vi.waitFor(() => expect(saved()).toEqual([{ language: 'IT' }]));
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

  it('offers the webhooks page only to viewers who may manage some webhooks', async () => {
    const { unmount } = renderWithProviders(<AppLayout onSignedOut={() => undefined} />, { client: viewer({ manageUsers: false, readAuditLog: false }) });
    expect(await screen.findByRole('link', { name: 'API tokens' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Webhooks' })).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<AppLayout onSignedOut={() => undefined} />, { client: viewer({ manageUsers: false, readAuditLog: false }, 'EN', true) });
    expect(await screen.findByRole('link', { name: 'Webhooks' })).toHaveAttribute('href', '/webhooks');
  });

  it('offers the network’s learning journeys only to whoever reads every plan and benchmark', async () => {
    const { unmount } = renderWithProviders(<AppLayout onSignedOut={() => undefined} />, {
      client: viewer({ manageUsers: false, readAuditLog: false, readEveryPlan: false, readBenchmarkLevels: true }),
    });
    expect(await screen.findByRole('link', { name: 'API tokens' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Learning journeys' })).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<AppLayout onSignedOut={() => undefined} />, {
      client: viewer({ manageUsers: true, readAuditLog: true, readEveryPlan: true, readBenchmarkLevels: true }),
    });
    expect(await screen.findByRole('link', { name: 'Learning journeys' })).toHaveAttribute('href', '/journeys');
  });

  it('offers the webhooks page to whoever manages every webhook', async () => {
    renderWithProviders(<AppLayout onSignedOut={() => undefined} />, { client: viewer({ manageUsers: true, readAuditLog: true, manageEveryWebhook: true }) });
    expect(await screen.findByRole('link', { name: 'Webhooks' })).toBeInTheDocument();
  });
});
