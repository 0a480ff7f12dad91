import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/renderer/src/App';
import { setTransport } from '../../src/renderer/src/api';
import { useNotices } from '../../src/renderer/src/store/notices';
import { useRealApi } from '../support/real-api';

// Team is loaded on demand (React.lazy); load its module once here so the waits below are about the screen.
beforeAll(() => import('../../src/renderer/src/features/team/TeamScreen'));

let real: ReturnType<typeof useRealApi>;
beforeEach(() => {
  // These tests start in the Catalog (the app's first screen is the Overview, tested in tests/e2e/overview.test.ts).
  window.location.hash = '#/catalog';
  real = useRealApi();
  useNotices.setState({ notices: [] });
});
afterEach(() => real.close());

describe('the app frame', () => {
  it('opens the Catalog with the roles from the data file', async () => {
    render(<App />);
    // The Catalog is loaded on demand (lazy): give its module time to arrive.
    const roles = await screen.findByRole('region', { name: 'Roles' }, { timeout: 10_000 });
    const table = await within(roles).findByRole('table', { name: 'Roles' });
    // One row per role, named by the role (a row header), after the column headers' row.
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(5));
    expect(within(table).getByRole('link', { name: 'MLSecOps Engineer' })).toBeTruthy();
  });

  it('marks the current area in the navigation and follows a click', async () => {
    const user = userEvent.setup();
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Areas' });
    expect(within(nav).getByRole('link', { name: 'Catalog' }).getAttribute('aria-current')).toBe('page');
    await user.click(within(nav).getByRole('link', { name: 'Team' }));
    await screen.findByRole('heading', { level: 1, name: 'Team' });
    expect(within(nav).getByRole('link', { name: 'Team' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('region', { name: 'Members' })).toBeTruthy();
  });

  it('shows an API failure in the error banner, and dismisses it', async () => {
    const user = userEvent.setup();
    setTransport(async () => ({ ok: false, error: { code: 'STORE_ERROR', message: 'The data file is locked.' } }));
    render(<App />);
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Loading roles failed. The data file is locked.');
    // The roles list also reads who targets each role: that read failed too, on its own line.
    await waitFor(() => expect(banner.textContent).toContain('Loading members failed. The data file is locked.'));
    for (const dismiss of within(banner).getAllByRole('button', { name: 'Dismiss' })) await user.click(dismiss);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
