import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import i18n from '../i18n';
import { mockClient, renderWithProviders } from '../test/render';
import { AppLayout } from './AppLayout';

const viewer = (globalRole: string) =>
  mockClient(() => ({
    viewer: {
      __typename: 'User',
      id: 'u1',
      displayName: 'Munich Partner',
      email: 'munich@partners.demo',
      globalRole,
      organisation: { __typename: 'Organisation', id: 'o1', name: 'City of Munich', shortName: 'Munich' },
    },
  }));

describe('AppLayout', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows the viewer and switches the navigation language', async () => {
    renderWithProviders(<AppLayout onSignedOut={() => undefined} />, { client: viewer('PARTNER'), route: '/organisations' });
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

  it('offers administration to the coordinator only', async () => {
    renderWithProviders(<AppLayout onSignedOut={() => undefined} />, { client: viewer('COORDINATOR') });
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toHaveTextContent('Administration');
  });
});
