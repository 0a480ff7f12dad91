import { describe, expect, it } from 'vitest';
import { CSV_ENTITIES } from '../../../src/shared/domain/csv-import';
import { dumpTables, useImportsApi } from './imports-api';

const problemsOf = (preview: { problems: { row: number; column: string; message: string }[] }) =>
  preview.problems.map((p) => `${p.row} ${p.column}: ${p.message}`);

describe('CSV import of skills, requirements, members and ratings', () => {
  const t = useImportsApi();

  it('skills: creates a new category, resolves prerequisites defined further down, and refuses a cycle', () => {
    const file = [
      'name,category,description,prerequisites',
      'Prompt fuzzing,LLM & agent security,Fuzz prompts at scale,Fuzzing harnesses:2; python-for-ml:3',
      'Fuzzing harnesses,Offensive tooling,Write harnesses,',
      'Loop A,Offensive tooling,,Loop B:2',
      'Loop B,Offensive tooling,,Loop A:2',
      'Needs a ghost,Offensive tooling,,No such skill:2',
      'Self-made,Offensive tooling,,Self-made:1',
    ].join('\n');
    const preview = t.ok('csv.preview', { entity: 'skills', content: file });
    expect(problemsOf(preview)).toEqual([
      '4 prerequisites: These prerequisites would make a cycle: Loop A → Loop B → Loop A.',
      '5 prerequisites: These prerequisites would make a cycle: Loop A → Loop B → Loop A.',
      '6 prerequisites: Unknown skill “No such skill”: no skill has this id or name.',
      '7 prerequisites: A skill cannot be its own prerequisite.',
    ]);
    expect(preview.notes).toEqual(['Creates a category: Offensive tooling.']);
    const result = t.ok('csv.import', { entity: 'skills', content: file, mapping: preview.mapping });
    expect(result).toMatchObject({ added: 2, skipped: 4 });
    const skills = t.ok('skills.list', {});
    const fuzzing = skills.find((s) => s.name === 'Prompt fuzzing')!;
    expect(fuzzing.id).toBe('prompt-fuzzing');
    expect(fuzzing.prerequisites).toEqual([
      { skill: 'fuzzing-harnesses', level: 2 },
      { skill: 'python-for-ml', level: 3 },
    ]);
    expect(skills.find((s) => s.id === 'fuzzing-harnesses')!.categoryName).toBe('Offensive tooling');
  });

  it('role requirements: by role and skill name or id, levels by number or name, importance by word', () => {
    const file = [
      'role;skill;level;importance',
      'AI Security Engineer;python-for-ml;Expert;critical',
      'mlsecops-engineer;Machine learning fundamentals;2;',
      'Chief Wizard;python-for-ml;3;2',
      'AI Security Engineer;ml-fundamentals;0;2',
      'AI Security Engineer;ml-fundamentals;3;vital',
    ].join('\r\n');
    const preview = t.ok('csv.preview', { entity: 'requirements', content: file });
    expect(problemsOf(preview)).toEqual([
      '4 role: Unknown role “Chief Wizard”: no role has this id or name.',
      expect.stringMatching(/^5 level: Level must be 1 to 5/),
      expect.stringMatching(/^6 importance: Importance must be 1 \(useful\), 2 \(important\) or 3 \(critical\)/),
    ]);
    t.ok('csv.import', { entity: 'requirements', content: file, mapping: preview.mapping });
    const role = t.ok('roles.get', { id: 'ai-security-engineer' });
    expect(role.requirements.find((r) => r.skill === 'python-for-ml')).toMatchObject({ skill: 'python-for-ml', level: 5, importance: 3 });
    expect(t.count("SELECT user_modified AS n FROM roles WHERE id = 'ai-security-engineer'")).toBe(1);
  });

  it('members: adds and updates by id or unique name, with role names, and reports bad values', () => {
    t.db.prepare('DELETE FROM members').run();
    t.ok('members.create', { name: 'Ada Lovelace', title: 'Engineer' });
    const file = [
      'name,title,target_role,weekly_hours,start_date',
      'Ada Lovelace,Staff engineer,AI Security Engineer,6,2026-01-05',
      'Grace Hopper,Lead,MLSecOps Engineer,4,',
      'Alan Turing,,Time Traveller,4,',
      'Joan Clarke,,,-2,',
      'Katherine Johnson,,,3,2026-02-30',
    ].join('\n');
    const preview = t.ok('csv.preview', { entity: 'members', content: file });
    expect(problemsOf(preview)).toEqual([
      '4 target_role: Unknown role “Time Traveller”: no role has this id or name.',
      '5 weekly_hours: Weekly learning hours cannot be negative.',
      '6 start_date: That date does not exist.',
    ]);
    expect([preview.toAdd, preview.toUpdate]).toEqual([1, 1]);
    expect(t.ok('csv.import', { entity: 'members', content: file, mapping: preview.mapping })).toMatchObject({ added: 1, updated: 1, skipped: 3 });
    const members = t.ok('members.list', {});
    expect(members.map((m) => m.name)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(members[0]).toMatchObject({ title: 'Staff engineer', targetRoleId: 'ai-security-engineer', weeklyHours: 6, startDate: '2026-01-05' });
  });

  it('ratings: join the history once; unknown members, bad levels, sources and dates are reported', () => {
    t.db.prepare('DELETE FROM members').run();
    t.ok('members.create', { name: 'Ada Lovelace' });
    const file = [
      'member,skill,level,source,rated_on,evidence',
      'Ada Lovelace,python-for-ml,Advanced,manager,2026-01-10,Code review',
      'Ada Lovelace,ml-fundamentals,3,,2026-01-10,',
      'Nobody,python-for-ml,3,self,2026-01-10,',
      'Ada Lovelace,python-for-ml,7,self,2026-01-10,',
      'Ada Lovelace,python-for-ml,2,guess,2026-01-10,',
      'Ada Lovelace,python-for-ml,2,self,10/01/2026,',
      'Ada Lovelace,python-for-ml,4,manager,2026-01-10,Same day again',
    ].join('\n');
    const preview = t.ok('csv.preview', { entity: 'ratings', content: file });
    expect(problemsOf(preview)).toEqual([
      '4 member: Unknown member “Nobody”: no member has this id or name.',
      expect.stringMatching(/^5 level: Level must be 0 to 5/),
      '6 source: Source must be self, manager, assessment or course; got “guess”.',
      // Both 10 January and 1 October: the file's other dates are ISO, so nothing tells which.
      '7 rated_on: “10/01/2026” could be day/month or month/day: choose the file’s date order above the rows.',
      expect.stringMatching(/^8 rated_on: Duplicate: row 2 already has a manager rating of Ada Lovelace/),
    ]);
    expect(t.ok('csv.import', { entity: 'ratings', content: file, mapping: preview.mapping })).toMatchObject({ added: 2, skipped: 5 });
    expect(t.count("SELECT COUNT(*) AS n FROM ratings WHERE source = 'self' AND skill_id = 'ml-fundamentals'")).toBe(1);
    const again = t.ok('csv.import', { entity: 'ratings', content: file, mapping: preview.mapping });
    expect(again).toMatchObject({ added: 0, unchanged: 2 });
    expect(t.count('SELECT COUNT(*) AS n FROM ratings')).toBe(2);
  });

  it('exports every entity as CSV that imports back unchanged', () => {
    t.ok('csv.import', {
      entity: 'ratings',
      content: 'member,skill,level,rated_on\nNot there,python-for-ml,1,2026-01-01\n' + memberRatings(t.ok('members.list', {})),
      mapping: { member: 0, skill: 1, level: 2, rated_on: 3, source: null, evidence: null },
    });
    const before = dumpTables(t.db);
    for (const entity of CSV_ENTITIES) {
      const file = t.ok('csv.export', { entity });
      expect(file.fileName).toMatch(new RegExp(`^${entity}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      expect(file.content.startsWith('\uFEFF')).toBe(true);
      const preview = t.ok('csv.preview', { entity, content: file.content });
      expect({ entity, problems: preview.problems }).toEqual({ entity, problems: [] });
      expect(preview.validRows).toBe(file.rows);
      const result = t.ok('csv.import', { entity, content: file.content, mapping: preview.mapping });
      expect({ entity, added: result.added, updated: result.updated }).toEqual({ entity, added: 0, updated: 0 });
    }
    expect(dumpTables(t.db, ['settings'])).toEqual(Object.fromEntries(Object.entries(before).filter(([k]) => k !== 'settings')));
  });

  it('guards exported text against spreadsheet formulas and reads it back as written', () => {
    t.db.prepare('DELETE FROM members').run();
    t.ok('members.create', { name: '=HYPERLINK("http://evil")', notes: '-3 is a note' });
    const file = t.ok('csv.export', { entity: 'members' });
    expect(file.content).toContain(`"'=HYPERLINK(""http://evil"")"`);
    t.db.prepare('DELETE FROM members').run();
    const preview = t.ok('csv.preview', { entity: 'members', content: file.content });
    t.ok('csv.import', { entity: 'members', content: file.content, mapping: preview.mapping });
    expect(t.ok('members.list', {}).map((m) => [m.name, m.notes])).toEqual([['=HYPERLINK("http://evil")', '-3 is a note']]);
  });
});

function memberRatings(members: { name: string }[]): string {
  return members.map((m, i) => `${m.name},ml-fundamentals,${(i % 5) + 1},2026-01-0${(i % 9) + 1}`).join('\n');
}
