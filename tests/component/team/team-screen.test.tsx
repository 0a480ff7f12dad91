import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format } from 'date-fns';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/src/App';
import { useRealApi } from '../../support/real-api';
import { resetTeamStores, stubPointerApis } from './support';

// The Team screen is loaded on demand (React.lazy); load its module once here so the waits are about the screen.
beforeAll(() => import('../../../src/renderer/src/features/team/TeamScreen'));

let real: ReturnType<typeof useRealApi>;
beforeEach(() => {
  stubPointerApis();
  resetTeamStores();
  real = useRealApi();
});
afterEach(() => real.close());

const rows = (sql: string) => real.store.db.prepare(sql).all();

async function openTeam(empty = false) {
  window.location.hash = '#/team';
  render(<App />);
  // The first read of the team in a file waits for a cold start of the real API on a busy machine.
  return empty
    ? screen.findByRole('heading', { name: 'No one on the team yet' }, { timeout: 5000 })
    : screen.findByRole('region', { name: 'Members' }, { timeout: 5000 });
}

describe('the Team area', () => {
  it('shows the demo team and removes it in one action, after asking', async () => {
    const user = userEvent.setup();
    const members = await openTeam();
    expect(within(members).getByText(/7 demo members/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove demo team' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove the demo team?' });
    expect(within(dialog).getByText(/Priya Raman/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Remove demo team' }));
    await screen.findByRole('heading', { name: 'No one on the team yet' });
    expect(rows('SELECT id FROM members')).toEqual([]);
    expect(rows('SELECT id FROM ratings')).toEqual([]);
  });

  it('adds a member with a target role, refuses bad input field by field, edits, searches and deletes after asking', async () => {
    const user = userEvent.setup();
    real.store.db.prepare('DELETE FROM members').run();
    await openTeam(true);
    await user.click(screen.getAllByRole('button', { name: 'Add member' })[0]!);
    let dialog = await screen.findByRole('dialog', { name: 'Add a team member' });
    await user.type(within(dialog).getByLabelText('Name'), 'Dana Okafor');
    await user.clear(within(dialog).getByLabelText('Weekly learning hours'));
    await user.type(within(dialog).getByLabelText('Weekly learning hours'), '100');
    await user.click(within(dialog).getByRole('button', { name: 'Add member' }));
    expect(await within(dialog).findByText('Weekly learning hours are at most 80.')).toBeTruthy();
    expect(rows('SELECT id FROM members')).toEqual([]);

    await user.clear(within(dialog).getByLabelText('Weekly learning hours'));
    await user.type(within(dialog).getByLabelText('Weekly learning hours'), '6');
    await user.click(within(dialog).getByRole('combobox', { name: 'Target role' }));
    await user.click(await screen.findByRole('option', { name: 'AI Incident Response Specialist' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add member' }));
    // Saving opens the new member's page.
    await screen.findByRole('heading', { level: 1, name: 'Dana Okafor' });
    expect(rows('SELECT name, target_role_id AS target, weekly_hours AS hours FROM members')).toEqual([
      { name: 'Dana Okafor', target: 'ai-incident-response-specialist', hours: 6 },
    ]);

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    dialog = await screen.findByRole('dialog', { name: 'Edit Dana Okafor' });
    await user.type(within(dialog).getByLabelText('Title'), 'SOC analyst');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(rows('SELECT title FROM members')).toEqual([{ title: 'SOC analyst' }]));

    await user.click(screen.getByRole('link', { name: '← Team' }));
    await screen.findByRole('region', { name: 'Members' });
    await user.type(screen.getByRole('searchbox', { name: 'Search members' }), 'soc');
    expect(screen.getByText('1 of 1 member')).toBeTruthy();
    await user.clear(screen.getByRole('searchbox', { name: 'Search members' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search members' }), 'nobody');
    expect(screen.getByRole('heading', { name: 'No member matches' })).toBeTruthy();
    await user.clear(screen.getByRole('searchbox', { name: 'Search members' }));

    await user.click(screen.getByRole('button', { name: 'Delete Dana Okafor' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Dana Okafor?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(rows('SELECT name FROM members')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete Dana Okafor' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete member' }));
    await screen.findByRole('heading', { name: 'No one on the team yet' });
    expect(rows('SELECT name FROM members')).toEqual([]);
  });

  it('rates by keyboard on the skill sheet, saves in one go, and the readiness follows at once', async () => {
    const user = userEvent.setup();
    real.store.db.prepare('DELETE FROM members').run();
    // A role of three skills, so the numbers can be worked out by hand.
    real.store.db.exec(`
      INSERT INTO roles (id, name, origin) VALUES ('tiny', 'Tiny role', 'user');
      INSERT INTO role_requirements (role_id, skill_id, level, importance) VALUES
        ('tiny', 'secure-coding', 4, 3), ('tiny', 'threat-modelling', 2, 2), ('tiny', 'api-security', 2, 1);
      INSERT INTO members (id, name, target_role_id) VALUES ('member-lee', 'Lee', 'tiny');`);
    window.location.hash = '#/team/member/member-lee';
    render(<App />);
    const sheet = await screen.findByRole('grid', { name: 'Skills of Lee' });
    const readiness = screen.getByTestId('sheet-readiness');
    expect(readiness.textContent).toBe('Readiness for Tiny role: 0%');

    const cells = within(sheet).getAllByRole('gridcell', { name: /new level/ });
    // The target role's skills first, critical before important before useful.
    expect(cells.map((c) => c.textContent!.split(':')[0])).toEqual(['Secure coding', 'Threat modelling', 'Web and API security']);
    cells[0]!.focus();
    await user.keyboard('2'); // secure coding: 2, and on to the next skill
    await user.keyboard('{ArrowDown}{ArrowUp}3'); // down and back up; threat modelling: 3
    await user.keyboard('{ArrowRight}'); // web and API security, never rated: → raises it to 0
    // secure coding 2/4 × 3 = 1.5, threat modelling 1 × 2 = 2, api security 0/2 × 1 = 0 → 3.5 / 6 = 58%
    expect(readiness.textContent).toBe('Readiness for Tiny role: 0% → 58% with the unsaved levels');
    expect(screen.getByRole('status').textContent).toBe('3 unsaved levels.');

    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(readiness.textContent).toBe('Readiness for Tiny role: 58%'));
    const today = format(new Date(), 'yyyy-MM-dd');
    expect(rows('SELECT skill_id AS skill, level, source, rated_on AS day FROM ratings ORDER BY skill_id')).toEqual([
      { skill: 'api-security', level: 0, source: 'manager', day: today },
      { skill: 'secure-coding', level: 2, source: 'manager', day: today },
      { skill: 'threat-modelling', level: 3, source: 'manager', day: today },
    ]);
    expect(screen.getByRole('status').textContent).toBe('Saved 3 ratings for Lee.');
  });
});
