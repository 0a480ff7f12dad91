import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/src/App';
import { setTransport } from '../../../src/renderer/src/api';
import { createApi } from '../../../src/main/api';
import { openStore } from '../../../src/main/db/open';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
import { useNotices } from '../../../src/renderer/src/store/notices';
import { createFileFrom2026112 } from '../../support/old-catalog';
import { tempDir } from '../../support/temp-dir';

// The Catalog loads on demand (the Overview is the first screen): load its module before the tests render it.
beforeAll(() => import('../../../src/renderer/src/features/catalog/CatalogScreen'));

let tmp: ReturnType<typeof tempDir>;
let store: PlannerStore;

/** Opens the file as the app does at start (updating its catalog) and points the renderer at it. */
function startApp(file: string) {
  store = openPlannerStore(file);
  const api = createApi({ db: store.db, file }, { checkOutputs: true });
  setTransport(async (name, input) => api.call(name, input));
}

beforeEach(() => {
  tmp = tempDir();
  const file = tmp.file('planner.sqlite');
  createFileFrom2026112(file);
  // The user had edited one course under 2026.11.2.
  const old = openStore(file);
  old.db.prepare("UPDATE courses SET title = 'SecAI+ (team voucher)', user_modified = 1 WHERE id = 'comptia-secai'").run();
  old.db.close();
  useNotices.setState({ notices: [] });
  startApp(file);
});
afterEach(() => {
  setTransport(undefined);
  if (store.db.open) store.db.close();
  tmp.cleanup();
});

describe('the catalog update notice', () => {
  it('says once what the update added, updated and kept as the user edited it', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/catalog';
    const { unmount } = render(<App />);
    const notice = await screen.findByRole('region', { name: 'The catalog was updated to 2026.12.1 (from 2026.11.2)' });
    // 16 new courses and the new ML-literacy skill; the edited SecAI+ is kept.
    expect(within(notice).getByText(/^17 added · \d+ updated · 1 kept as you edited them$/)).toBeTruthy();

    await user.click(within(notice).getByText('Show what changed'));
    const kept = within(notice).getByText('Kept as you edited them').nextElementSibling!;
    expect(kept.textContent).toBe('1 course: SecAI+ (team voucher)');
    expect(within(notice).getByText('Added').nextElementSibling!.textContent).toMatch(
      /^16 courses: .*OWASP GenAI Incident Response Guide 1\.0.*; 1 skill: AI and ML literacy \(conceptual\)$/,
    );

    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /The catalog was updated/ })).toBeNull());
    unmount();

    // Next start: the file is at 2026.12.1 and the notice was seen, so nothing shows.
    const file = store.file;
    store.db.close();
    startApp(file);
    render(<App />);
    await screen.findByRole('region', { name: 'Roles' });
    expect(screen.queryByRole('region', { name: /The catalog was updated/ })).toBeNull();
  }, 30_000);
});
