import { describe, expect, it } from 'vitest';
import { dumpTables, readReference, referenceAvailable, useImportsApi } from '../imports/imports-api';

const SMALL = 'nice/nice_v2.1.0_fixture_small.json';
const LEDGER = ['schema_migrations'];

describe.skipIf(!referenceAvailable)('archiving roles and setting requirement levels in bulk', () => {
  const t = useImportsApi();
  const small = referenceAvailable ? readReference(SMALL) : '';
  /** Incident Response (PD-WRL-003) lists 5 knowledge and 5 skill statements in the small fixture; imported at level 2. */
  const importIncidentResponse = () => t.ok('nice.import', { content: small, roleIds: ['PD-WRL-003', 'DD-WRL-004'], level: 2 });
  const rows = (role: string) =>
    t.db
      .prepare('SELECT skill_id AS skill, level, importance FROM role_requirements WHERE role_id = ? ORDER BY skill_id')
      .all(role) as { skill: string; level: number; importance: number }[];
  const archivedFlag = (id: string) => (t.db.prepare('SELECT archived FROM roles WHERE id = ?').get(id) as { archived: number }).archived;

  it('archives a role nobody targets and brings it back; the flag is in the row, the version moves on', () => {
    importIncidentResponse();
    const role = t.ok('roles.get', { id: 'nice-PD-WRL-003' });
    expect(role.archived).toBe(false);
    const archived = t.ok('roles.setArchived', { id: role.id, archived: true, version: role.version });
    expect(archived.archived).toBe(true);
    expect(archived.version).toBe(role.version + 1);
    expect(archivedFlag(role.id)).toBe(1);
    // Listed with the flag (the screens hide it), and kept in the team's snapshot for the same reason.
    expect(t.ok('roles.list', {}).find((r) => r.id === role.id)?.archived).toBe(true);
    expect(t.ok('team.snapshot', {}).roles.find((r) => r.id === role.id)?.archived).toBe(true);
    // Archiving is not an edit of the content: a re-import may still update it.
    expect(t.count('SELECT user_modified AS n FROM roles WHERE id = ?', role.id)).toBe(0);

    const back = t.ok('roles.setArchived', { id: role.id, archived: false, version: archived.version });
    expect(back.archived).toBe(false);
    expect(archivedFlag(role.id)).toBe(0);
  });

  it('refuses to archive a role members target, naming them, and changes nothing', () => {
    const role = t.ok('roles.get', { id: 'mlsecops-engineer' });
    const before = dumpTables(t.db, LEDGER);
    const refusal = t.refused('roles.setArchived', { id: role.id, archived: true, version: role.version });
    expect(refusal.code).toBe('CONFLICT');
    // The demo team: Marcus Webb and Aisha Karim aim for MLSecOps Engineer.
    expect(refusal.message).toBe(
      '“MLSecOps Engineer” is the target role of 2 members (Aisha Karim, Marcus Webb), so it stays in view. Give them another target role first, then archive it.',
    );
    expect(dumpTables(t.db, LEDGER)).toEqual(before);
  });

  it('refuses a stale version as changed elsewhere', () => {
    importIncidentResponse();
    const role = t.ok('roles.get', { id: 'nice-PD-WRL-003' });
    t.ok('roles.setArchived', { id: role.id, archived: true, version: role.version });
    const stale = t.refused('roles.setArchived', { id: role.id, archived: false, version: role.version });
    expect(stale).toMatchObject({ code: 'CONFLICT', details: { changedElsewhere: true } });
    expect(archivedFlag(role.id)).toBe(1);
  });

  it('sets the level and importance of one statement type at once, and the profile before puts it back', () => {
    importIncidentResponse();
    const result = t.ok('roles.setRequirementLevels', {
      id: 'nice-PD-WRL-003',
      select: { by: 'statementType', statementType: 'knowledge' },
      level: 4,
      importance: 3,
    });
    expect(result.changed).toBe(5);
    const after = rows('nice-PD-WRL-003');
    expect(after).toHaveLength(10);
    // Knowledge statements are the nice-K… skills; the skill statements (nice-S…) keep the import's level 2, important.
    for (const q of after) {
      expect([q.skill, q.level, q.importance]).toEqual(q.skill.startsWith('nice-K') ? [q.skill, 4, 3] : [q.skill, 2, 2]);
    }
    expect(result.role.requirements.filter((q) => q.statementType === 'knowledge').every((q) => q.level === 4)).toBe(true);
    // The user changed the imported role: a re-import leaves it alone.
    expect(t.count('SELECT user_modified AS n FROM roles WHERE id = ?', 'nice-PD-WRL-003')).toBe(1);
    // The other imported role is untouched.
    expect(rows('nice-DD-WRL-004').every((q) => q.level === 2 && q.importance === 2)).toBe(true);

    t.ok('roles.setRequirements', { id: 'nice-PD-WRL-003', requirements: result.before });
    expect(rows('nice-PD-WRL-003').every((q) => q.level === 2 && q.importance === 2)).toBe(true);
  });

  it('sets the level of one skill category only, leaving importance as it was', () => {
    importIncidentResponse();
    const byCategory = t.db
      .prepare(
        `SELECT s.category_id AS category, COUNT(*) AS n FROM role_requirements q JOIN skills s ON s.id = q.skill_id
         WHERE q.role_id = 'nice-PD-WRL-003' GROUP BY s.category_id ORDER BY n DESC, category`,
      )
      .all() as { category: string; n: number }[];
    const { category, n } = byCategory[0]!;
    const result = t.ok('roles.setRequirementLevels', { id: 'nice-PD-WRL-003', select: { by: 'category', category }, level: 1 });
    expect(result.changed).toBe(n);
    const levelOne = t.count(
      `SELECT COUNT(*) AS n FROM role_requirements q JOIN skills s ON s.id = q.skill_id
       WHERE q.role_id = 'nice-PD-WRL-003' AND q.level = 1 AND q.importance = 2 AND s.category_id = ?`,
      category,
    );
    expect(levelOne).toBe(n);
    expect(t.count("SELECT COUNT(*) AS n FROM role_requirements WHERE role_id = 'nice-PD-WRL-003' AND level = 2")).toBe(10 - n);
    // The same change again changes nothing.
    expect(t.ok('roles.setRequirementLevels', { id: 'nice-PD-WRL-003', select: { by: 'category', category }, level: 1 }).changed).toBe(0);
  });

  it('refuses a bulk change that sets nothing, or an unknown statement type, changing nothing', () => {
    importIncidentResponse();
    const before = dumpTables(t.db, LEDGER);
    expect(t.refused('roles.setRequirementLevels', { id: 'nice-PD-WRL-003', select: { by: 'statementType', statementType: 'knowledge' } })).toMatchObject({
      code: 'INVALID_INPUT',
      details: { fields: [{ path: ['level'], message: 'Choose a level or an importance to set.' }] },
    });
    expect(
      t.refused('roles.setRequirementLevels', {
        id: 'nice-PD-WRL-003',
        select: { by: 'statementType', statementType: 'task' } as never,
        level: 3,
      }).code,
    ).toBe('INVALID_INPUT');
    expect(t.refused('roles.setRequirementLevels', { id: 'no-such-role', select: { by: 'category', category: 'x' }, level: 3 }).code).toBe('NOT_FOUND');
    expect(dumpTables(t.db, LEDGER)).toEqual(before);
  });

  it('carries the archive flag through a JSON backup and its restore', () => {
    importIncidentResponse();
    const role = t.ok('roles.get', { id: 'nice-PD-WRL-003' });
    t.ok('roles.setArchived', { id: role.id, archived: true, version: role.version });
    const backup = t.ok('backup.export', {});
    expect(JSON.parse(backup.content).tables.roles.columns).toContain('archived');
    const again = t.ok('roles.get', { id: role.id });
    t.ok('roles.setArchived', { id: role.id, archived: false, version: again.version });
    expect(archivedFlag(role.id)).toBe(0);
    t.ok('backup.restore', { content: backup.content });
    expect(archivedFlag(role.id)).toBe(1);
  });

  it('leaves archived roles out of what a CSV preview offers to map a role to; a file naming one exactly still finds it', () => {
    importIncidentResponse();
    const role = t.ok('roles.get', { id: 'nice-PD-WRL-003' });
    t.ok('roles.setArchived', { id: role.id, archived: true, version: role.version });
    const file = 'name,target_role\nRita Responder,Incident Respons\nSam Builder,Incident Response\n';
    const preview = t.ok('csv.preview', { entity: 'members', content: file });
    const unknown = preview.unknownValues.find((v) => v.value === 'Incident Respons')!;
    const offered = preview.entries.role!.map((e) => e.id);
    expect(offered).not.toContain('nice-PD-WRL-003');
    expect(offered).toContain('nice-DD-WRL-004');
    // Every role not archived: the 5 embedded and Secure Systems Development.
    expect(offered).toHaveLength(6);
    expect(unknown.suggestions.map((s) => s.id)).not.toContain('nice-PD-WRL-003');
    // The exact name is not an unknown value: it is the archived role.
    expect(preview.unknownValues.map((v) => v.value)).toEqual(['Incident Respons']);
  });
});

