import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { clearTokens, storeTokens } from '../auth/tokens';
import { mockClient, renderWithProviders } from '../test/render';
import { createPublicClient } from './client';
import { PublicHeader } from './PublicApp';
import { PublicPracticePage } from './PublicPracticePage';
import { PublicPracticesPage } from './PublicPracticesPage';
import { PublicationControl } from './PublicationControl';
import { PublicGoodPracticesQuery } from './queries';

const published = {
  __typename: 'PublicGoodPractice',
  id: 'gp-1',
  title: 'Phoenix Award',
  description: 'An award for migrant entrepreneurs.',
  source: 'Report',
  organisationName: 'City of Munich',
  thematicAreaTitle: 'City leadership',
  publishedAt: '2026-03-04T10:00:00Z',
};

function renderPractice(answer: typeof published | null) {
  const client = mockClient((_q, variables, operation) => (operation === 'PublicGoodPractice' && variables.id === 'gp-1' ? { publicGoodPractice: answer } : undefined));
  renderWithProviders(
    <Routes>
      <Route path="/public" element={<p>{/* the list */}</p>} />
      <Route path="/public/good-practices/:id" element={<PublicPracticePage />} />
    </Routes>,
    { client, route: '/public/good-practices/gp-1' },
  );
}

afterEach(() => {
  clearTokens();
  vi.unstubAllGlobals();
});

describe('public pages', () => {
  it('lists the published practices with city, theme, date and a link', async () => {
    const client = mockClient((_q, _v, operation) => (operation === 'PublicGoodPractices' ? { publicGoodPractices: [published] } : undefined));
    renderWithProviders(<PublicPracticesPage />, { client, route: '/public' });
    expect(screen.getByRole('heading', { level: 1, name: 'Lessons from the MEGA network' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: '1 published good practice' });
    const item = within(list).getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Phoenix Award' })).toHaveAttribute('href', '/public/good-practices/gp-1');
    expect(item).toHaveTextContent('City or organisation: City of Munich');
    expect(item).toHaveTextContent('Theme: City leadership');
    expect(item).toHaveTextContent('Published on Mar 4, 2026');
  });

  it('says so when nothing is published', async () => {
    const client = mockClient((_q, _v, operation) => (operation === 'PublicGoodPractices' ? { publicGoodPractices: [] } : undefined));
    renderWithProviders(<PublicPracticesPage />, { client, route: '/public' });
    expect(await screen.findByText('No good practice is published yet.')).toBeInTheDocument();
  });

  it('shows a published practice', async () => {
    renderPractice(published);
    const article = await screen.findByRole('article', { name: 'Phoenix Award' });
    expect(article).toHaveTextContent('An award for migrant entrepreneurs.');
    expect(article).toHaveTextContent('Source: Report');
    expect(within(article).getByRole('link', { name: 'All lessons from the MEGA network' })).toHaveAttribute('href', '/public');
  });

  it('says clearly when the practice is not (or no longer) published', async () => {
    renderPractice(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'This practice is not (or no longer) published' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the lessons that are published' })).toHaveAttribute('href', '/public');
  });

  it('offers signing in in the header, and the hub once signed in', () => {
    const { unmount } = renderWithProviders(<PublicHeader />);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
    unmount();
    storeTokens({ accessToken: 'secret', accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    renderWithProviders(<PublicHeader />);
    expect(screen.getByRole('link', { name: 'Open MEGA Hub' })).toHaveAttribute('href', '/dashboard');
  });

  it('asks the API anonymously, even when signed in', async () => {
    storeTokens({ accessToken: 'secret', accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ data: { publicGoodPractices: [] } }), { headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    const client = createPublicClient();
    const result = await client.query(PublicGoodPracticesQuery, {}, { url: 'http://localhost/graphql' }).toPromise();
    expect(result.data?.publicGoodPractices).toEqual([]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(JSON.stringify(init.headers ?? {})).not.toMatch(/authorization/i);
  });
});

describe('PublicationControl', () => {
  const practice = { __typename: 'GoodPractice' as const, id: 'gp-1', title: 'Phoenix Award', publishedAt: null as string | null, viewerCanPublish: true };

  it('publishes a practice for the coordinator and shows since when it is public', async () => {
    const sent: unknown[] = [];
    const client = mockClient((_q, variables, operation) => {
      if (operation !== 'PublishGoodPractice') return undefined;
      sent.push(variables);
      return { publishGoodPractice: { __typename: 'GoodPracticePayload', goodPractice: { ...practice, publishedAt: '2026-03-04T10:00:00Z' }, userErrors: [] } };
    });
    renderWithProviders(<PublicationControl practice={practice} />, { client });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Publish to the public pages: Phoenix Award' }));
    expect(sent).toEqual([{ input: { id: 'gp-1' } }]);
    expect(await screen.findByText('Public since Mar 4, 2026')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the public page: Phoenix Award' })).toHaveAttribute('href', '/public/good-practices/gp-1');
    expect(screen.getByRole('button', { name: 'Withdraw from the public pages: Phoenix Award' })).toBeInTheDocument();
  });

  it('withdraws only once confirmed, a refusal shown by its code', async () => {
    const confirm = vi.fn().mockReturnValue(false);
    window.confirm = confirm;
    const sent: unknown[] = [];
    const client = mockClient((_q, variables, operation) => {
      if (operation !== 'WithdrawGoodPractice') return undefined;
      sent.push(variables);
      return {
        withdrawGoodPractice: {
          __typename: 'GoodPracticePayload',
          goodPractice: null,
          userErrors: [{ __typename: 'UserError', field: ['input', 'id'], code: 'NOT_FOUND', message: 'Server text', params: [] }],
        },
      };
    });
    renderWithProviders(<PublicationControl practice={{ ...practice, publishedAt: '2026-03-04T10:00:00Z' }} />, { client });
    const user = userEvent.setup({ delay: null });
    const withdraw = screen.getByRole('button', { name: 'Withdraw from the public pages: Phoenix Award' });
    await user.click(withdraw);
    expect(confirm).toHaveBeenLastCalledWith('Withdraw “Phoenix Award” from the public pages? Its public page is gone at once.');
    expect(sent).toEqual([]);
    confirm.mockReturnValue(true);
    await user.click(withdraw);
    expect(sent).toEqual([{ input: { id: 'gp-1' } }]);
    const alert = await screen.findByTestId('practice-publication-problems');
    expect(alert).toHaveTextContent('Practice');
    expect(alert).not.toHaveTextContent('Server text');
    expect(screen.getByText('Public since Mar 4, 2026')).toBeInTheDocument();
  });

  it('shows only the badge to readers who may not publish, and nothing for a private practice', () => {
    const client = mockClient(() => undefined);
    const { unmount } = renderWithProviders(<PublicationControl practice={{ ...practice, viewerCanPublish: false, publishedAt: '2026-03-04T10:00:00Z' }} />, { client });
    expect(screen.getByText('Public since Mar 4, 2026')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    unmount();
    renderWithProviders(<PublicationControl practice={{ ...practice, viewerCanPublish: false }} />, { client });
    expect(screen.queryByTestId('practice-publication')).not.toBeInTheDocument();
  });
});
