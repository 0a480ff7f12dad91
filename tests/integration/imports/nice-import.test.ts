import { describe, expect, it } from 'vitest';
import { dumpTables, readReference, referenceAvailable, useImportsApi } from './imports-api';

const FULL = 'nice/cprt_SP_800_181_2_1_0.json';
const SMALL = 'nice/nice_v2.1.0_fixture_small.json';

describe.skipIf(!referenceAvailable)('NICE Framework import', () => {
  const t = useImportsApi();
  const full = referenceAvailable ? readReference(FULL) : '';
  const small = referenceAvailable ? readReference(SMALL) : '';
  const niceCount = (table: string) => t.count(`SELECT COUNT(*) AS n FROM ${table} WHERE origin = 'nice'`);

  it('reads the whole v2.1.0 file: 41 work roles in 5 categories, with the statement counts NIST publishes', () => {
    const inspection = t.ok('nice.inspect', { content: full });
    expect(inspection.document.version).toBe('2.1.0');
    expect(inspection.roles).toHaveLength(41);
    expect(inspection.categories.map((c) => c.name)).toEqual([
      'Oversight and Governance',
      'Design and Development',
      'Implementation and Operation',
      'Protection and Defense',
      'Investigation',
    ]);
    expect(inspection.categories.reduce((n, c) => n + c.roleCount, 0)).toBe(41);
    expect(inspection.statementCounts).toEqual({ knowledge: 662, skill: 540, task: 946 });
    const sum = (key: 'knowledge' | 'skills' | 'tasks') => inspection.roles.reduce((n, r) => n + r[key], 0);
    expect([sum('knowledge'), sum('skills'), sum('tasks')]).toEqual([2857, 1048, 1429]);
    expect(inspection.roles.every((r) => r.status === 'new')).toBe(true);
    expect(inspection.imported).toBeNull();
    expect(inspection.diff).toBeNull();
  });

  it('imports all 41 roles: statements become skills keyed by NICE id, tasks responsibilities, categories skill categories', () => {
    const roleIds = t.ok('nice.inspect', { content: full }).roles.map((r) => r.id);
    const report = t.ok('nice.import', { content: full, roleIds, level: 3, importance: 2 });

    // 564 knowledge and 446 skill statements are listed by at least one work role (the README's 662 − 98, 540 − 94).
    expect(report.roles).toEqual({ added: 41, updated: 0, unchanged: 0, keptEdited: 0 });
    expect(report.skills).toEqual({ added: 1010, updated: 0, unchanged: 0, keptEdited: 0, keptDeleted: 0 });
    expect(report.categories).toEqual({ added: 5, updated: 0, unchanged: 0 });
    expect(report.requirements).toEqual({ added: 2857 + 1048, removed: 0 });
    expect(niceCount('roles')).toBe(41);
    expect(niceCount('skills')).toBe(1010);
    expect(t.count("SELECT COUNT(*) AS n FROM skills WHERE origin = 'nice' AND id LIKE 'nice-K%'")).toBe(564);
    expect(t.count("SELECT COUNT(*) AS n FROM role_requirements WHERE role_id LIKE 'nice-%' AND level = 3 AND importance = 2")).toBe(3905);
    expect(t.count("SELECT COALESCE(SUM(json_array_length(responsibilities)), 0) AS n FROM roles WHERE origin = 'nice'")).toBe(1429);
    expect(t.count("SELECT COUNT(*) AS n FROM skill_categories WHERE id LIKE 'nice-%'")).toBe(5);

    const role = t.ok('roles.get', { id: 'nice-DD-WRL-004' });
    expect(role.name).toBe('Secure Systems Development');
    expect(role.refs).toEqual([{ framework: 'NICE', id: 'DD-WRL-004' }]);
    const skills = t.ok('skills.list', {});
    const k0018 = skills.find((s) => s.id === 'nice-K0018')!;
    expect(k0018.description).toMatch(/^Knowledge of /);
    expect(k0018.name).toBe(k0018.description.replace(/^Knowledge of /, '').replace(/^./, (c) => c.toUpperCase()));
    expect(k0018.refs).toEqual([{ framework: 'NICE', id: 'K0018' }]);
    expect(k0018.categoryName).toMatch(/^NICE: /);
    // The two statements that read the same carry their ids, so they stay tellable apart.
    const twins = skills.filter((s) => s.origin === 'nice' && /^Change management processes/.test(s.name));
    expect(twins.map((s) => s.name).sort()).toEqual(twins.map((s) => `Change management processes (${s.refs[0]!.id})`).sort());
    expect(twins).toHaveLength(2);
  });

  it('re-importing the same file changes nothing, and says so', () => {
    const roleIds = t.ok('nice.inspect', { content: full }).roles.map((r) => r.id);
    t.ok('nice.import', { content: full, roleIds, level: 2, importance: 2 });
    const before = dumpTables(t.db);
    const again = t.ok('nice.import', { content: full, roleIds, level: 4, importance: 3 });
    expect(again.nothingChanged).toBe(true);
    expect(again.roles).toEqual({ added: 0, updated: 0, unchanged: 41, keptEdited: 0 });
    expect(again.skills.unchanged).toBe(1010);
    expect(again.requirements).toEqual({ added: 0, removed: 0 });
    expect(dumpTables(t.db)).toEqual(before);
    expect(t.ok('nice.inspect', { content: full }).roles.every((r) => r.status === 'imported')).toBe(true);
  });

  it('imports a selection from the small fixture at the chosen level', () => {
    const inspection = t.ok('nice.inspect', { content: small });
    expect(inspection.roles.map((r) => r.id)).toEqual(['DD-WRL-004', 'DD-WRL-005', 'PD-WRL-003']);
    expect(inspection.roles.map((r) => [r.knowledge, r.skills, r.tasks])).toEqual([[5, 5, 5], [5, 5, 5], [5, 5, 5]]);
    const report = t.ok('nice.import', { content: small, roleIds: ['DD-WRL-004', 'PD-WRL-003'], level: 2 });
    expect(report.addedRoles.sort()).toEqual(['Incident Response', 'Secure Systems Development']);
    expect(niceCount('roles')).toBe(2);
    expect(t.count("SELECT COUNT(*) AS n FROM role_requirements WHERE role_id = 'nice-PD-WRL-003' AND level = 2")).toBe(10);
    expect(t.ok('roles.get', { id: 'nice-PD-WRL-003' }).responsibilities).toHaveLength(5);
    // Adding the third role later reuses the statements the first two share with it.
    const third = t.ok('nice.import', { content: small, roleIds: ['DD-WRL-005'], level: 2 });
    expect(third.roles.added).toBe(1);
    expect(niceCount('skills')).toBe(23);
    expect(third.skills.added + third.skills.unchanged).toBe(10);
  });

  it('compares a newer version with the imported one, then applies it, leaving what the user edited', () => {
    t.ok('nice.import', { content: small, roleIds: ['DD-WRL-004', 'DD-WRL-005', 'PD-WRL-003'], level: 2 });
    const file = JSON.parse(small);
    const e = file.response.elements;
    e.documents[0].version = '2.2.0';
    const statement = e.elements.find((x: { element_identifier: string }) => x.element_identifier === 'K0018');
    const reworded = `${statement.text} and their limits`;
    statement.text = reworded;
    e.elements.find((x: { element_identifier: string }) => x.element_identifier === 'DD-WRL-004').title = 'Secure Systems Engineering';
    // PD-WRL-003 leaves the framework; a new role arrives with a new statement; DD-WRL-005 loses S0543.
    e.elements = e.elements.filter((x: { element_identifier: string }) => x.element_identifier !== 'PD-WRL-003');
    e.relationships = e.relationships.filter(
      (r: { source_element_identifier: string; dest_element_identifier: string }) =>
        r.source_element_identifier !== 'PD-WRL-003' && r.dest_element_identifier !== 'PD-WRL-003' &&
        !(r.source_element_identifier === 'DD-WRL-005' && r.dest_element_identifier === 'S0543'),
    );
    e.elements.push(
      { element_type: 'work_role', element_identifier: 'DD-WRL-099', title: 'AI Model Assurance', text: 'Assures models.', doc_identifier: 'X' },
      { element_type: 'knowledge', element_identifier: 'K9001', title: '', text: 'Knowledge of model cards', doc_identifier: 'X' },
    );
    const link = (source: string, dest: string) => ({ source_element_identifier: source, dest_element_identifier: dest });
    e.relationships.push(link('DD', 'DD-WRL-099'), link('DD-WRL-099', 'K9001'), link('DD-WRL-099', 'K0018'));
    const newer = JSON.stringify(file);

    const { diff, imported } = t.ok('nice.inspect', { content: newer });
    expect(imported?.version).toBe('2.1.0');
    expect(diff).toMatchObject({ fromVersion: '2.1.0', toVersion: '2.2.0' });
    expect(diff!.rolesAdded).toEqual([{ id: 'DD-WRL-099', name: 'AI Model Assurance' }]);
    expect(diff!.rolesRemoved).toEqual([{ id: 'PD-WRL-003', name: 'Incident Response' }]);
    expect(diff!.rolesChanged.map((c) => [c.id, c.renamedFrom, c.statementsRemoved])).toEqual([
      ['DD-WRL-004', 'Secure Systems Development', []],
      ['DD-WRL-005', null, ['S0543']],
    ]);
    expect(diff!.statementsAdded.map((s) => s.id)).toEqual(['K9001']);
    expect(diff!.statementsReworded).toEqual([{ id: 'K0018', kind: 'knowledge', before: statement.text.replace(' and their limits', ''), after: reworded }]);

    // The user renamed one statement skill: the update leaves it as they wrote it.
    t.db.prepare("UPDATE skills SET name = 'Our wording', user_modified = 1 WHERE id = 'nice-K0055'").run();
    const report = t.ok('nice.import', { content: newer, roleIds: ['DD-WRL-004', 'DD-WRL-005', 'DD-WRL-099'], level: 3 });
    expect(report.version).toBe('2.2.0');
    expect(report.roles).toMatchObject({ added: 1, updated: 2 });
    expect(report.requirements).toEqual({ added: 2, removed: 1 });
    expect(report.skills.keptEdited).toBe(1);
    expect(t.ok('skills.list', {}).find((s) => s.id === 'nice-K0018')!.description).toBe(reworded);
    expect(t.ok('roles.get', { id: 'nice-DD-WRL-004' }).name).toBe('Secure Systems Engineering');
    expect(t.count("SELECT COUNT(*) AS n FROM role_requirements WHERE role_id = 'nice-DD-WRL-005' AND skill_id = 'nice-S0543'")).toBe(0);
    expect(t.count("SELECT level AS n FROM role_requirements WHERE role_id = 'nice-DD-WRL-099' AND skill_id = 'nice-K9001'")).toBe(3);
    expect(t.db.prepare("SELECT name FROM skills WHERE id = 'nice-K0055'").get()).toEqual({ name: 'Our wording' });
    // After applying, the newer version is the one compared against.
    expect(t.ok('nice.inspect', { content: newer }).diff).toMatchObject({ fromVersion: '2.2.0', rolesAdded: [], statementsReworded: [] });
  });

  it('refuses files that are not the NICE export, and unknown roles, changing nothing', () => {
    const before = dumpTables(t.db);
    expect(t.refused('nice.inspect', { content: '{"hello": 1' }).message).toMatch(/not JSON/);
    const foreign = t.refused('nice.inspect', { content: JSON.stringify({ response: { elements: { documents: [] } } }) });
    expect(foreign.code).toBe('INVALID_INPUT');
    expect(foreign.message).toMatch(/not a NICE Framework Components export/);
    expect(t.refused('nice.import', { content: small, roleIds: ['XX-WRL-999'], level: 2 }).message).toMatch(/no work role “XX-WRL-999”/);
    expect(dumpTables(t.db)).toEqual(before);
  });
});
