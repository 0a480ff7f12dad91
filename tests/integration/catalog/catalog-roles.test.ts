import { describe, expect, it } from 'vitest';
import { insertMember, insertPlan, useCatalogApi } from './catalog-api';

const t = useCatalogApi();

const requirementRows = (role: string) =>
  t.peek<{ skill: string; level: number; importance: number }>(
    'SELECT skill_id AS skill, level, importance FROM role_requirements WHERE role_id = ? ORDER BY skill_id',
    role,
  );

describe('roles', () => {
  it('finds roles by search text', () => {
    expect(t.ok('roles.list', { search: 'incident response specialist' }).map((r) => r.name)).toEqual([
      'AI Incident Response Specialist',
    ]);
  });

  it('creates a role with a requirement profile, as the user’s own', () => {
    const role = t.ok('roles.create', {
      name: 'AI Red Team Lead',
      summary: 'Leads adversarial testing of AI systems.',
      responsibilities: ['Plan red-team exercises'],
      requirements: [
        { skill: 'ai-red-teaming', level: 4, importance: 3 },
        { skill: 'prompt-injection-defence', level: 3, importance: 2 },
      ],
    });
    expect(role.requirements.map((q) => q.skillName)).toEqual(['AI red teaming', 'Prompt injection defence']);
    expect(t.peek('SELECT name, origin, user_modified FROM roles WHERE id = ?', role.id)).toEqual([
      { name: 'AI Red Team Lead', origin: 'user', user_modified: 0 },
    ]);
    expect(requirementRows(role.id)).toEqual([
      { skill: 'ai-red-teaming', level: 4, importance: 3 },
      { skill: 'prompt-injection-defence', level: 3, importance: 2 },
    ]);
  });

  it('refuses a second role of the same name and a requirement on a skill that does not exist', () => {
    expect(t.refused('roles.create', { name: 'mlsecops engineer' }).details?.fields).toEqual([
      { path: ['name'], message: 'A role named “mlsecops engineer” already exists; give this one another name.' },
    ]);
    expect(
      t.refused('roles.create', { name: 'New', requirements: [{ skill: 'gone', level: 2, importance: 1 }] }).details?.fields,
    ).toEqual([{ path: ['requirements', 0, 'skill'], message: 'There is no skill “gone” (it may have been deleted); pick a skill from the catalog.' }]);
    expect(t.peek('SELECT COUNT(*) AS n FROM roles')).toEqual([{ n: 5 }]);
  });

  it('renames an embedded role and records the edit; another role’s name is refused', () => {
    const role = t.ok('roles.get', { id: 'mlsecops-engineer' });
    const { id, summary, responsibilities, employers, refs, version } = role;
    const renamed = t.ok('roles.update', { id, version, name: 'ML Security Operations Engineer', summary, responsibilities, employers, refs });
    expect(renamed.userModified).toBe(true);
    expect(t.peek('SELECT name, user_modified FROM roles WHERE id = ?', id)).toEqual([
      { name: 'ML Security Operations Engineer', user_modified: 1 },
    ]);
    const taken = t.refused('roles.update', { id, version: renamed.version, name: 'AI Security Engineer', summary, responsibilities, employers, refs });
    expect(taken).toMatchObject({ code: 'CONFLICT', details: { fields: [{ path: ['name'] }] } });
  });

  it('edits the requirement profile: add a skill, change level and importance, remove one', () => {
    const role = t.ok('roles.get', { id: 'ai-governance-specialist' });
    const [first, , ...rest] = role.requirements.map(({ skill, level, importance }) => ({ skill, level, importance }));
    const next = [{ ...first!, level: 5, importance: 1 }, ...rest, { skill: 'mcp-security', level: 2, importance: 2 }];
    const saved = t.ok('roles.setRequirements', { id: role.id, requirements: next });
    expect(saved.requirements).toHaveLength(role.requirements.length);
    expect(requirementRows(role.id)).toEqual([...next].sort((a, b) => a.skill.localeCompare(b.skill)));
    expect(t.peek('SELECT user_modified FROM roles WHERE id = ?', role.id)).toEqual([{ user_modified: 1 }]);
  });

  it('refuses a level or importance out of range, and a skill listed twice, with the field named', () => {
    const bad = t.refused('roles.setRequirements', {
      id: 'ai-security-engineer',
      requirements: [
        { skill: 'mcp-security', level: 6, importance: 2 },
        { skill: 'rag-security', level: 2, importance: 0 },
        { skill: 'mcp-security', level: 2, importance: 2 },
      ],
    });
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.details?.fields).toEqual([
      { path: ['requirements', 0, 'level'], message: 'Level must be at most 5 (Expert).' },
      { path: ['requirements', 1, 'importance'], message: 'Importance must be 1 (useful), 2 (important) or 3 (critical).' },
      { path: ['requirements', 2, 'skill'], message: 'This skill is already in the requirement profile.' },
    ]);
    expect(t.peek('SELECT user_modified FROM roles WHERE id = ?', 'ai-security-engineer')).toEqual([{ user_modified: 0 }]);
  });

  it('duplicates a role with its profile as a starting point, under a free name', () => {
    const source = t.ok('roles.get', { id: 'ai-security-engineer' });
    const copy = t.ok('roles.duplicate', { id: source.id });
    expect(copy.name).toBe('Copy of AI Security Engineer');
    expect(copy.origin).toBe('user');
    expect(copy.requirements).toEqual(source.requirements);
    expect(copy.responsibilities).toEqual(source.responsibilities);
    expect(t.ok('roles.duplicate', { id: source.id }).name).toBe('Copy of AI Security Engineer (2)');
    expect(t.ok('roles.duplicate', { id: source.id, name: 'Senior AI Security Engineer' }).name).toBe('Senior AI Security Engineer');
    expect(requirementRows(copy.id)).toEqual(requirementRows(source.id));
  });
});

describe('deleting roles', () => {
  it('deletes a role nobody aims for, remembering that an embedded role was deleted', () => {
    expect(t.ok('roles.delete', { id: 'mlsecops-engineer' })).toEqual({ deleted: 'mlsecops-engineer', reassigned: 0 });
    expect(t.peek('SELECT COUNT(*) AS n FROM roles WHERE id = ?', 'mlsecops-engineer')).toEqual([{ n: 0 }]);
    expect(t.peek('SELECT COUNT(*) AS n FROM role_requirements WHERE role_id = ?', 'mlsecops-engineer')).toEqual([{ n: 0 }]);
    expect(t.peek('SELECT kind, id, origin FROM catalog_deletions')).toEqual([{ kind: 'role', id: 'mlsecops-engineer', origin: 'embedded' }]);
  });

  it('refuses while members target the role, naming them, and changes nothing', () => {
    insertMember(t.db, { id: 'm1', name: 'Dana Okafor', target: 'mlsecops-engineer' });
    insertMember(t.db, { id: 'm2', name: 'Lee Chen', target: 'mlsecops-engineer' });
    expect(t.ok('roles.usage', { id: 'mlsecops-engineer' }).targetOf.map((m) => m.name)).toEqual(['Dana Okafor', 'Lee Chen']);
    const error = t.refused('roles.delete', { id: 'mlsecops-engineer' });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      '“MLSecOps Engineer” is the target role of 2 members (Dana Okafor, Lee Chen). Choose another role for them in the same step, then delete.',
    );
    expect(t.peek('SELECT COUNT(*) AS n FROM roles WHERE id = ?', 'mlsecops-engineer')).toEqual([{ n: 1 }]);
  });

  it('moves the members and their plans to another role and deletes, in one step', () => {
    insertMember(t.db, { id: 'm1', name: 'Dana Okafor', target: 'mlsecops-engineer', current: 'mlsecops-engineer' });
    insertMember(t.db, { id: 'm2', name: 'Lee Chen', target: 'ai-security-engineer' });
    insertPlan(t.db, { id: 'p1', member: 'm1', targetRole: 'mlsecops-engineer' });
    expect(t.ok('roles.delete', { id: 'mlsecops-engineer', reassignTo: 'ai-security-engineer' })).toEqual({
      deleted: 'mlsecops-engineer',
      reassigned: 1,
    });
    expect(t.peek('SELECT id, target_role_id, current_role_id FROM members ORDER BY id')).toEqual([
      { id: 'm1', target_role_id: 'ai-security-engineer', current_role_id: null },
      { id: 'm2', target_role_id: 'ai-security-engineer', current_role_id: null },
    ]);
    expect(t.peek('SELECT target_role_id FROM plans')).toEqual([{ target_role_id: 'ai-security-engineer' }]);
  });

  it('refuses to move members to the role being deleted or to a role that does not exist', () => {
    insertMember(t.db, { id: 'm1', name: 'Dana Okafor', target: 'mlsecops-engineer' });
    expect(t.refused('roles.delete', { id: 'mlsecops-engineer', reassignTo: 'mlsecops-engineer' }).details?.fields?.[0]?.path).toEqual([
      'reassignTo',
    ]);
    expect(t.refused('roles.delete', { id: 'mlsecops-engineer', reassignTo: 'nope' }).message).toBe(
      'There is no role “nope” to move the members to; pick another role.',
    );
    expect(t.peek('SELECT target_role_id FROM members')).toEqual([{ target_role_id: 'mlsecops-engineer' }]);
  });
});
