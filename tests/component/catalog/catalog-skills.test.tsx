import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAt, withCatalogScreens } from './support';

// The Catalog loads on demand (the Overview is the first screen): load its module before the tests render it.
beforeAll(() => import('../../../src/renderer/src/features/catalog/CatalogScreen'));

const t = withCatalogScreens();
// The prerequisite graph is loaded on demand (React.lazy); load its module once here.
beforeAll(() => import('../../../src/renderer/src/features/catalog/PrerequisiteGraph'));

const rows = (sql: string, ...params: unknown[]) => t.real.store.db.prepare(sql).all(...params);

async function openNewSkill() {
  const user = userEvent.setup({ delay: null });
  await openAt('#/catalog/skills', 'Catalog');
  await screen.findByText('73 of 73 skills');
  await user.click(screen.getByRole('button', { name: 'New skill' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'New skill' }) };
}

describe('the skills list', () => {
  it('filters by course coverage and category, and says how many are shown', async () => {
    const user = userEvent.setup({ delay: null });
    await openAt('#/catalog/skills', 'Catalog');
    await screen.findByText('73 of 73 skills');
    const untaught = rows('SELECT id FROM skills WHERE id NOT IN (SELECT skill_id FROM course_skills)').length;
    await user.selectOptions(screen.getByLabelText('Course coverage'), 'untaught');
    expect(screen.getByText(`${untaught} of 73 skills`)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Course coverage'), '');
    await screen.findByRole('option', { name: 'LLM & agent security' });
    await user.selectOptions(screen.getByLabelText('Category'), 'llm-agent-security');
    const llm = rows("SELECT id FROM skills WHERE category_id = 'llm-agent-security'").length;
    expect(screen.getByText(`${llm} of 73 skills`)).toBeTruthy();
    // One row per skill shown, each naming its category.
    const skillRows = within(screen.getByRole('table', { name: 'Skills' })).getAllByRole('row').slice(1);
    expect(skillRows).toHaveLength(llm);
    expect(skillRows.every((r) => r.textContent?.includes('LLM & agent security'))).toBe(true);
  });
});

describe('the skill form', () => {
  it('asks for a category before anything is sent, then shows the API’s refusal of a taken name at the name', async () => {
    const { user, dialog } = await openNewSkill();
    await user.type(within(dialog).getByLabelText('Name'), 'Prompt Injection Defence');
    await user.click(within(dialog).getByRole('button', { name: 'Create skill' }));
    expect(within(dialog).getByText('Pick a category for the skill.')).toBeTruthy();
    expect(t.real.calls).not.toContain('skills.create');

    await within(dialog).findByRole('option', { name: 'LLM & agent security' });
    await user.selectOptions(within(dialog).getByLabelText('Category'), 'llm-agent-security');
    await user.click(within(dialog).getByRole('button', { name: 'Create skill' }));
    const name = within(dialog).getByLabelText('Name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('A skill named “Prompt Injection Defence” already exists; give this one another name.')).toBeTruthy();
    expect(rows('SELECT id FROM skills')).toHaveLength(73);
  });

  it('creates a skill with a prerequisite and opens its page', async () => {
    const { user, dialog } = await openNewSkill();
    await user.type(within(dialog).getByLabelText('Name'), 'Model watermarking');
    await within(dialog).findByRole('option', { name: 'Adversarial machine learning' });
    await user.selectOptions(within(dialog).getByLabelText('Category'), 'Adversarial machine learning');
    await user.selectOptions(within(dialog).getByLabelText('Prerequisites: skill to add'), 'Machine learning fundamentals');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(within(dialog).getByText('Machine learning fundamentals')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Create skill' }));

    await screen.findByRole('heading', { level: 1, name: 'Model watermarking' });
    const requires = screen.getByRole('region', { name: 'Requires' });
    expect(within(requires).getByRole('link', { name: 'Machine learning fundamentals' })).toBeTruthy();
    const [skill] = rows("SELECT id, origin FROM skills WHERE name = 'Model watermarking'") as { id: string; origin: string }[];
    expect(skill?.origin).toBe('user');
    expect(window.location.hash).toBe(`#/catalog/skills/${skill!.id}`);
    expect(rows('SELECT requires_skill_id AS r, level FROM skill_prerequisites WHERE skill_id = ?', skill!.id)).toEqual([
      { r: 'ml-fundamentals', level: 2 },
    ]);
  });
});

describe('the skill page', () => {
  it('shows which roles require the skill and which courses teach it', async () => {
    await openAt('#/catalog/skills/prompt-injection-defence', 'Prompt injection defence');
    const roles = screen.getByRole('region', { name: 'Required by roles' });
    expect(within(roles).getByRole('link', { name: 'AI Security Engineer' })).toBeTruthy();
    const courses = screen.getByRole('region', { name: 'Taught by courses' });
    expect(within(courses).getByText('OWASP GenAI Security Project resources (LLM Top 10 2025, Agentic Top 10 2026, LLM Top 10 2026)')).toBeTruthy();
    expect(await screen.findByRole('group', { name: 'Prerequisite graph of Prompt injection defence' })).toBeTruthy();
  });

  it('refuses a prerequisite that would make a cycle, naming it, and keeps the prerequisites', async () => {
    const user = userEvent.setup({ delay: null });
    await openAt('#/catalog/skills/ml-fundamentals', 'Machine learning fundamentals');
    const before = rows('SELECT * FROM skill_prerequisites ORDER BY skill_id, requires_skill_id');
    const requires = screen.getByRole('region', { name: 'Requires' });
    await user.selectOptions(within(requires).getByLabelText('Prerequisite to add'), 'LLM and generative AI fundamentals');
    await user.click(within(requires).getByRole('button', { name: 'Add prerequisite' }));
    const alert = await within(requires).findByRole('alert');
    expect(alert.textContent).toBe(
      '“Machine learning fundamentals” cannot require “LLM and generative AI fundamentals”: that would make a cycle, ' +
        'LLM and generative AI fundamentals → Machine learning fundamentals → LLM and generative AI fundamentals. ' +
        'Remove one of those prerequisites first.',
    );
    expect(rows('SELECT * FROM skill_prerequisites ORDER BY skill_id, requires_skill_id')).toEqual(before);
  });

  it('says what uses a skill before deleting it, then removes it with its uses', async () => {
    const user = userEvent.setup({ delay: null });
    await openAt('#/catalog/skills/mcp-security', 'MCP and tool-integration security');
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete “MCP and tool-integration security”?' });
    const roles = (rows("SELECT r.name FROM role_requirements q JOIN roles r ON r.id = q.role_id WHERE q.skill_id = 'mcp-security'") as { name: string }[]).map((r) => r.name);
    expect(roles.length).toBeGreaterThan(0);
    await within(dialog).findByText('Required by roles');
    for (const role of roles) expect(dialog.textContent).toContain(role);
    await user.click(within(dialog).getByRole('button', { name: 'Delete skill and its uses' }));

    await screen.findByText('72 of 72 skills');
    expect(window.location.hash).toBe('#/catalog/skills');
    expect(rows("SELECT id FROM skills WHERE id = 'mcp-security'")).toEqual([]);
    expect(rows("SELECT role_id FROM role_requirements WHERE skill_id = 'mcp-security'")).toEqual([]);
  });
});
