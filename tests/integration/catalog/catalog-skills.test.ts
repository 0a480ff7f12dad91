import { describe, expect, it } from 'vitest';
import { insertMember, insertPlan, useCatalogApi } from './catalog-api';

const t = useCatalogApi();

const newSkill = (name: string, prerequisites: { skill: string; level: number }[] = []) =>
  t.ok('skills.create', { name, category: 'adversarial-ml', description: `About ${name}.`, prerequisites });

const prerequisiteRows = (skill: string) =>
  t.peek<{ requires: string; level: number }>(
    'SELECT requires_skill_id AS requires, level FROM skill_prerequisites WHERE skill_id = ? ORDER BY requires',
    skill,
  );

describe('listing skills', () => {
  it('lists every skill by category, with the roles that require it and how many courses teach it', () => {
    const skills = t.ok('skills.list', {});
    expect(skills).toHaveLength(73);
    const categories = t.ok('categories.list', {}).map((c) => c.id);
    const order = skills.map((s) => categories.indexOf(s.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const promptInjection = skills.find((s) => s.id === 'prompt-injection-defence')!;
    expect(promptInjection.requiredBy).toContain('ai-security-engineer');
    expect(promptInjection.taughtBy).toBeGreaterThan(0);
  });

  it('narrows by category, by role, by coverage and by search text, all together', () => {
    const llm = t.ok('skills.list', { category: 'llm-agent-security' });
    expect(llm.length).toBeGreaterThan(0);
    expect(llm.every((s) => s.categoryName === 'LLM & agent security')).toBe(true);

    const governance = t.ok('skills.list', { role: 'ai-governance-specialist' });
    const profile = t.ok('roles.get', { id: 'ai-governance-specialist' }).requirements.map((q) => q.skill);
    expect(governance.map((s) => s.id).sort()).toEqual([...profile].sort());

    const untaught = t.ok('skills.list', { coverage: 'untaught' });
    expect(untaught.every((s) => s.taughtBy === 0)).toBe(true);
    expect(untaught.length + t.ok('skills.list', { coverage: 'taught' }).length).toBe(73);

    expect(t.ok('skills.list', { search: 'prompt injection', category: 'llm-agent-security' }).map((s) => s.name)).toEqual([
      'Prompt injection defence',
    ]);
  });
});

describe('creating and editing skills', () => {
  it('creates a skill with a prerequisite, stored as the user’s own', () => {
    const skill = newSkill('Model watermarking', [{ skill: 'ml-fundamentals', level: 2 }]);
    expect(skill.requires).toEqual([{ skill: 'ml-fundamentals', name: 'Machine learning fundamentals', level: 2 }]);
    expect(t.peek('SELECT name, category_id, origin, user_modified FROM skills WHERE id = ?', skill.id)).toEqual([
      { name: 'Model watermarking', category_id: 'adversarial-ml', origin: 'user', user_modified: 0 },
    ]);
    expect(prerequisiteRows(skill.id)).toEqual([{ requires: 'ml-fundamentals', level: 2 }]);
  });

  it('refuses a second skill of the same name, an unknown category and an empty name, at their fields', () => {
    expect(t.refused('skills.create', { name: 'prompt INJECTION defence', category: 'adversarial-ml' })).toMatchObject({
      code: 'CONFLICT',
      details: { fields: [{ path: ['name'], message: 'A skill named “prompt INJECTION defence” already exists; give this one another name.' }] },
    });
    expect(t.refused('skills.create', { name: 'Quantum ML', category: 'no-such-category' }).details?.fields).toEqual([
      { path: ['category'], message: 'There is no skill category “no-such-category”; pick one from the list.' },
    ]);
    expect(t.refused('skills.create', { name: '  ', category: 'adversarial-ml' }).details?.fields).toEqual([
      { path: ['name'], message: 'Skill name is required.' },
    ]);
    expect(t.peek('SELECT COUNT(*) AS n FROM skills')).toEqual([{ n: 73 }]);
  });

  it('refuses a prerequisite that does not exist, or twice the same one', () => {
    expect(t.refused('skills.create', { name: 'X', category: 'adversarial-ml', prerequisites: [{ skill: 'nope', level: 2 }] }).details?.fields).toEqual([
      { path: ['prerequisites', 0, 'skill'], message: 'There is no skill “nope” (it may have been deleted); pick a skill from the catalog.' },
    ]);
    const twice = [
      { skill: 'ml-fundamentals', level: 2 },
      { skill: 'ml-fundamentals', level: 3 },
    ];
    expect(t.refused('skills.create', { name: 'X', category: 'adversarial-ml', prerequisites: twice }).details?.fields).toEqual([
      { path: ['prerequisites', 1, 'skill'], message: 'This skill is already in the prerequisites.' },
    ]);
  });

  it('renames an embedded skill and records that the user changed it; an unchanged save records nothing', () => {
    const before = t.ok('skills.get', { id: 'rag-security' });
    const { id, name, category, description, refs } = before;
    const same = t.ok('skills.update', { id, version: before.version, name, category, description, refs });
    expect(t.peek('SELECT user_modified FROM skills WHERE id = ?', id)).toEqual([{ user_modified: 0 }]);
    const after = t.ok('skills.update', { id, version: same.version, name: 'RAG and vector store security', category, description, refs });
    expect(after.userModified).toBe(true);
    expect(t.peek('SELECT name, user_modified FROM skills WHERE id = ?', id)).toEqual([
      { name: 'RAG and vector store security', user_modified: 1 },
    ]);
  });
});

describe('prerequisites', () => {
  it('replaces a skill’s prerequisites in one step and marks the embedded skill as edited', () => {
    const page = t.ok('skills.setPrerequisites', {
      id: 'rag-security',
      prerequisites: [
        { skill: 'llm-fundamentals', level: 3 },
        { skill: 'data-protection-encryption', level: 2 },
      ],
    });
    expect(page.requires.map((r) => [r.skill, r.level])).toEqual([
      ['data-protection-encryption', 2],
      ['llm-fundamentals', 3],
    ]);
    expect(prerequisiteRows('rag-security')).toEqual([
      { requires: 'data-protection-encryption', level: 2 },
      { requires: 'llm-fundamentals', level: 3 },
    ]);
    expect(t.peek('SELECT user_modified FROM skills WHERE id = ?', 'rag-security')).toEqual([{ user_modified: 1 }]);
  });

  it('refuses a prerequisite that closes a loop, naming the loop, and changes nothing', () => {
    const watermarking = newSkill('Model watermarking', [{ skill: 'ml-fundamentals', level: 2 }]);
    const before = prerequisiteRows('ml-fundamentals');
    const error = t.refused('skills.setPrerequisites', {
      id: 'ml-fundamentals',
      prerequisites: [...before.map((p) => ({ skill: p.requires, level: p.level })), { skill: watermarking.id, level: 1 }],
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      '“Machine learning fundamentals” cannot require “Model watermarking”: that would make a cycle, ' +
        'Model watermarking → Machine learning fundamentals → Model watermarking. Remove one of those prerequisites first.',
    );
    expect(error.details?.fields?.[0]?.path).toEqual(['prerequisites', before.length, 'skill']);
    expect(prerequisiteRows('ml-fundamentals')).toEqual(before);
    expect(t.peek('SELECT user_modified FROM skills WHERE id = ?', 'ml-fundamentals')).toEqual([{ user_modified: 0 }]);
  });

  it('names every skill of a longer loop, A → B → C → A', () => {
    const a = newSkill('Alpha');
    const b = newSkill('Beta', [{ skill: a.id, level: 1 }]);
    const c = newSkill('Gamma', [{ skill: b.id, level: 1 }]);
    const error = t.refused('skills.setPrerequisites', { id: a.id, prerequisites: [{ skill: c.id, level: 2 }] });
    expect(error.message).toContain('that would make a cycle, Gamma → Alpha → Beta → Gamma.');
    expect(error.details?.cycle).toEqual([c.id, a.id, b.id, c.id]);
  });

  it('refuses a skill requiring itself', () => {
    expect(t.refused('skills.setPrerequisites', { id: 'rag-security', prerequisites: [{ skill: 'rag-security', level: 2 }] }).message).toBe(
      '“RAG, vector and embedding security” cannot require itself.',
    );
  });
});

describe('the skill page', () => {
  it('shows the roles requiring the skill, the courses teaching it, what it requires and unlocks, and its graph', () => {
    const page = t.ok('skills.get', { id: 'llm-fundamentals' });
    expect(page.roles.map((r) => r.name)).toContain('AI Security Engineer');
    expect(page.taughtBy.length).toBeGreaterThan(0);
    expect(page.unlocks.map((u) => u.skill)).toContain('prompt-injection-defence');
    const nodeIds = page.graph.nodes.map((n) => n.id);
    expect(nodeIds[0]).toBe('llm-fundamentals');
    for (const r of page.requires) expect(nodeIds).toContain(r.skill);
    for (const u of page.unlocks) expect(nodeIds).toContain(u.skill);
    expect(page.graph.links).toContainEqual({ skill: 'prompt-injection-defence', requires: 'llm-fundamentals', level: expect.any(Number) });
  });

  it('says a skill that does not exist is not found', () => {
    expect(t.refused('skills.get', { id: 'gone' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('deleting skills', () => {
  it('deletes an unused skill of the user’s own without asking, and leaves no trace', () => {
    const skill = newSkill('Scratch');
    expect(t.ok('skills.delete', { id: skill.id })).toMatchObject({ deleted: skill.id });
    expect(t.peek('SELECT COUNT(*) AS n FROM skills WHERE id = ?', skill.id)).toEqual([{ n: 0 }]);
    expect(t.peek('SELECT COUNT(*) AS n FROM catalog_deletions')).toEqual([{ n: 0 }]);
  });

  it('says what uses a skill and deletes nothing until the user confirms', () => {
    insertMember(t.db, { id: 'm1', name: 'Dana Okafor' });
    insertPlan(t.db, { id: 'p1', member: 'm1', skill: 'llm-fundamentals' });
    t.db.prepare("INSERT INTO ratings (member_id, skill_id, level, source, rated_on) VALUES ('m1', 'llm-fundamentals', 2, 'self', '2026-10-01')").run();
    const usage = t.ok('skills.usage', { id: 'llm-fundamentals' });
    expect(usage.plans).toEqual([{ id: 'p1', name: 'Main plan', memberName: 'Dana Okafor' }]);
    expect(usage.ratings).toBe(1);

    const error = t.refused('skills.delete', { id: 'llm-fundamentals' });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(
      /^“LLM and generative AI fundamentals” is used by \d+ roles, \d+ courses, \d+ other skills, 1 learning plan and 1 rating\. Confirm to delete it together with those uses\.$/,
    );
    expect(t.peek('SELECT COUNT(*) AS n FROM skills WHERE id = ?', 'llm-fundamentals')).toEqual([{ n: 1 }]);
  });

  it('on confirmation removes the skill with all its uses, records the changed rows and the deletion', () => {
    insertMember(t.db, { id: 'm1', name: 'Dana Okafor' });
    insertPlan(t.db, { id: 'p1', member: 'm1', skill: 'llm-fundamentals' });
    const usage = t.ok('skills.usage', { id: 'llm-fundamentals' });
    const result = t.ok('skills.delete', { id: 'llm-fundamentals', removeUses: true });
    expect(result.removed).toEqual(usage);
    for (const table of ['role_requirements', 'course_skills', 'course_requirements', 'plan_nodes']) {
      expect(t.peek(`SELECT COUNT(*) AS n FROM ${table} WHERE skill_id = ?`, 'llm-fundamentals'), table).toEqual([{ n: 0 }]);
    }
    expect(t.peek('SELECT COUNT(*) AS n FROM skill_prerequisites WHERE requires_skill_id = ?', 'llm-fundamentals')).toEqual([{ n: 0 }]);
    const roleIds = usage.roles.map((r) => r.id);
    expect(t.peek<{ id: string }>(`SELECT id FROM roles WHERE user_modified = 1 ORDER BY id`).map((r) => r.id)).toEqual([...roleIds].sort());
    expect(t.peek('SELECT kind, id, origin, name FROM catalog_deletions')).toEqual([
      { kind: 'skill', id: 'llm-fundamentals', origin: 'embedded', name: 'LLM and generative AI fundamentals' },
    ]);
  });

  it('is all or nothing: when the store refuses the deletion, the uses and records stay as they were', () => {
    t.db.exec('CREATE TABLE blocker (skill_id TEXT REFERENCES skills(id))');
    t.db.prepare("INSERT INTO blocker VALUES ('llm-fundamentals')").run();
    const requirements = t.peek('SELECT COUNT(*) AS n FROM role_requirements');
    expect(t.refused('skills.delete', { id: 'llm-fundamentals', removeUses: true }).code).toBe('STORE_ERROR');
    expect(t.peek('SELECT COUNT(*) AS n FROM role_requirements')).toEqual(requirements);
    expect(t.peek('SELECT COUNT(*) AS n FROM roles WHERE user_modified = 1')).toEqual([{ n: 0 }]);
    expect(t.peek('SELECT COUNT(*) AS n FROM catalog_deletions')).toEqual([{ n: 0 }]);
  });
});
