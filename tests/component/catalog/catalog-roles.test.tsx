import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openAt, withCatalogScreens } from './support';

const t = withCatalogScreens();

const rows = (sql: string, ...params: unknown[]) => t.real.store.db.prepare(sql).all(...params);

describe('roles', () => {
  it('asks for a name, then creates a role and opens its page', async () => {
    const user = userEvent.setup({ delay: null });
    await openAt('#/catalog/roles', 'Catalog');
    await screen.findByText('5 of 5 roles');
    await user.click(screen.getByRole('button', { name: 'New role' }));
    const dialog = await screen.findByRole('dialog', { name: 'New role' });
    await user.click(within(dialog).getByRole('button', { name: 'Create role' }));
    expect(within(dialog).getByText('Role name is required.')).toBeTruthy();
    expect(t.real.calls).not.toContain('roles.create');

    await user.type(within(dialog).getByLabelText('Name'), 'AI Red Team Lead');
    await user.type(within(dialog).getByLabelText('Responsibilities'), 'Plan red-team exercises{Enter}Report findings');
    await user.click(within(dialog).getByRole('button', { name: 'Create role' }));
    await screen.findByRole('heading', { level: 1, name: 'AI Red Team Lead' });
    expect(screen.getByText('No skills required yet')).toBeTruthy();
    expect(rows("SELECT responsibilities, origin FROM roles WHERE name = 'AI Red Team Lead'")).toEqual([
      { responsibilities: JSON.stringify(['Plan red-team exercises', 'Report findings']), origin: 'user' },
    ]);
  });

  it('edits the requirement profile: adds a skill, changes its importance, removes it — each saved at once', async () => {
    const user = userEvent.setup({ delay: null });
    await openAt('#/catalog/roles/ai-governance-specialist', 'AI Governance Specialist');
    const profile = screen.getByRole('region', { name: 'Requirement profile' });
    const requirement = () =>
      rows("SELECT level, importance FROM role_requirements WHERE role_id = 'ai-governance-specialist' AND skill_id = 'mcp-security'");

    await within(profile).findByRole('option', { name: 'MCP and tool-integration security' });
    await user.selectOptions(within(profile).getByLabelText('Skill to add'), 'mcp-security');
    await user.selectOptions(within(profile).getByLabelText('Required level of the skill to add'), '2');
    await user.selectOptions(within(profile).getByLabelText('Importance of the skill to add'), '1');
    await user.click(within(profile).getByRole('button', { name: 'Add to profile' }));
    await within(profile).findByText('Added MCP and tool-integration security.');
    expect(within(profile).getByRole('link', { name: 'MCP and tool-integration security' })).toBeTruthy();
    expect(requirement()).toEqual([{ level: 2, importance: 1 }]);

    await user.selectOptions(within(profile).getByLabelText('Importance of MCP and tool-integration security'), '3');
    await waitFor(() => expect(requirement()).toEqual([{ level: 2, importance: 3 }]));
    expect(rows("SELECT user_modified FROM roles WHERE id = 'ai-governance-specialist'")).toEqual([{ user_modified: 1 }]);

    await user.click(within(profile).getByRole('button', { name: 'Remove MCP and tool-integration security from the profile' }));
    await within(profile).findByText('Removed MCP and tool-integration security.');
    expect(requirement()).toEqual([]);
    expect(within(profile).queryByRole('link', { name: 'MCP and tool-integration security' })).toBeNull();
  });

  it('duplicates a role from its card’s menu as a starting point', async () => {
    const user = userEvent.setup({ delay: null });
    await openAt('#/catalog/roles', 'Catalog');
    await user.click(await screen.findByRole('button', { name: 'Actions for AI Security Engineer' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Duplicate' }));
    await screen.findByRole('heading', { level: 1, name: 'Copy of AI Security Engineer' });
    const [copy] = rows("SELECT id FROM roles WHERE name = 'Copy of AI Security Engineer'") as { id: string }[];
    expect(rows('SELECT COUNT(*) AS n FROM role_requirements WHERE role_id = ?', copy!.id)).toEqual(
      rows("SELECT COUNT(*) AS n FROM role_requirements WHERE role_id = 'ai-security-engineer'"),
    );
  });

  it('will not delete a role members aim for until they are given another role, then moves them and deletes', async () => {
    const user = userEvent.setup({ delay: null });
    const members = (rows("SELECT name FROM members WHERE target_role_id = 'mlsecops-engineer' ORDER BY name") as { name: string }[]).map((m) => m.name);
    expect(members.length).toBeGreaterThan(0);
    await openAt('#/catalog/roles/mlsecops-engineer', 'MLSecOps Engineer');
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete “MLSecOps Engineer”?' });
    await within(dialog).findByText(new RegExp(`aim for this role: ${members.join(', ')}`));
    const confirm = within(dialog).getByRole('button', { name: 'Move members and delete' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);

    await user.selectOptions(within(dialog).getByLabelText('Their new target role'), 'ai-security-engineer');
    expect((confirm as HTMLButtonElement).disabled).toBe(false);
    await user.click(confirm);
    await screen.findByText('4 of 4 roles');
    expect(window.location.hash).toBe('#/catalog/roles');
    expect(rows("SELECT id FROM roles WHERE id = 'mlsecops-engineer'")).toEqual([]);
    expect(rows("SELECT name FROM members WHERE target_role_id = 'ai-security-engineer' AND name IN (" + members.map(() => '?').join(',') + ')', ...members)).toHaveLength(members.length);
  });
});
