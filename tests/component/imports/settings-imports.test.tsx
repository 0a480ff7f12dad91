import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../../../src/renderer/src/api';
import { createApi } from '../../../src/main/api';
import { SettingsScreen } from '../../../src/renderer/src/features/settings/SettingsScreen';
import { useImports } from '../../../src/renderer/src/store/imports';
import { useNotices } from '../../../src/renderer/src/store/notices';
import { useRealApi } from '../../support/real-api';
import { referenceAvailable, referencePath } from '../../support/reference-data';

const SMALL_NICE = referencePath('nice/nice_v2.1.0_fixture_small.json');
const smallNiceAvailable = referenceAvailable('Settings: NICE import from the list', 'nice/nice_v2.1.0_fixture_small.json');

let real: ReturnType<typeof useRealApi>;
const initial = useImports.getState();
beforeEach(() => {
  real = useRealApi();
  useImports.setState({ csv: initial.csv, nice: initial.nice, progress: null });
  useNotices.setState({ notices: [] });
});
afterEach(() => real.close());

const count = (sql: string) => (real.store.db.prepare(sql).get() as { n: number }).n;

// Imports run as jobs (started, then polled): on a busy two-core machine a flow takes several seconds.
describe('Settings → Import, Export, Backups against the real API', { timeout: 30_000 }, () => {
  it('previews a CSV of courses with its problems, imports the valid rows, and says what it did', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/settings/import/csv';
    render(<SettingsScreen />);
    const csv = 'title,provider,hours,url\nGood course,Acme,3,https://acme.example/good\nBad course,Acme,-1,https://acme.example/bad\n';
    await user.upload(screen.getByLabelText('Choose a CSV file…'), new File([csv], 'courses.csv', { type: 'text/csv' }));
    const problems = await screen.findByRole('region', { name: '1 problem' });
    expect(within(problems).getByRole('cell', { name: 'Hours cannot be negative.' })).toBeTruthy();
    expect(screen.getByText(/1 row can be imported: 1 new, 0 matching/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Import the 1 valid row' }));
    const result = await screen.findByText(/Imported courses:/);
    expect(result.closest('[role=status]')!.textContent).toContain('1 added, 0 updated, 0 already up to date; 1 row with problems left out.');
    expect(count("SELECT COUNT(*) AS n FROM courses WHERE title = 'Good course'")).toBe(1);
    expect(count("SELECT COUNT(*) AS n FROM courses WHERE title = 'Bad course'")).toBe(0);
  });

  it('says beside the picker why a file is not a NICE export', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/settings/import/nice';
    render(<SettingsScreen />);
    await user.upload(screen.getByLabelText('Choose the NICE JSON file…'), new File(['{"not":"nice"}'], 'other.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^other\.json: This JSON is not a NICE Framework Components export/);
  });

  it.skipIf(!smallNiceAvailable)('imports a NICE work role picked from the list', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/settings/import/nice';
    render(<SettingsScreen />);
    const file = new File([readFileSync(SMALL_NICE, 'utf8')], 'nice_small.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Choose the NICE JSON file…'), file);
    await user.click(await screen.findByRole('checkbox', { name: /^Incident Response PD-WRL-003/ }));
    expect(screen.getByText('1 of 3 selected')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import 1 work role' }));
    const report = await screen.findByText(/Imported NICE 2\.1\.0:/, undefined, { timeout: 10_000 });
    expect(report.closest('[role=status]')!.textContent).toContain('roles 1 added');
    expect(count("SELECT COUNT(*) AS n FROM role_requirements WHERE role_id = 'nice-PD-WRL-003' AND level = 3")).toBe(10);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /^Incident Response PD-WRL-003.*Imported$/ })).toBeTruthy());
  });

  it('makes a copy of the data file on request and lists it', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/settings/backups';
    render(<SettingsScreen />);
    expect(await screen.findByRole('heading', { name: 'No copies yet' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText(/^Copied the data file to planner-manual-/)).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Made by hand' })).toBeTruthy();
  });

  it('shows what is running, and for how long, once work takes over a second', async () => {
    // The clock and the panel's ticking are fake, and the real API answers only when the test lets it: the
    // 1.2 s of “slow machine” pass in no time, the same way every run.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      const user = userEvent.setup();
      const api = createApi({ db: real.store.db, file: real.store.file }, { importWorker: 'inline' });
      let release!: () => void;
      const answer = new Promise<void>((done) => (release = done));
      const asked: string[] = [];
      setTransport(async (name, input) => {
        asked.push(name);
        await answer;
        return api.call(name, input);
      });
      window.location.hash = '#/settings/import/csv';
      render(<SettingsScreen />);
      await user.upload(screen.getByLabelText('Choose a CSV file…'), new File(['title\nA\n'], 'slow.csv', { type: 'text/csv' }));
      await vi.waitFor(() => expect(asked).toContain('jobs.start'));
      await act(() => vi.advanceTimersByTimeAsync(900));
      expect(screen.queryByRole('progressbar')).toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(300));
      const progress = screen.getByRole('progressbar', { name: 'Checking slow.csv' });
      expect(progress.closest('[role=status]')!.textContent).toMatch(/Checking slow\.csv…1 s/);
      await act(async () => release());
      await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
      expect(screen.getByText(/slow\.csv/)).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
