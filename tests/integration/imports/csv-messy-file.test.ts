import { describe, expect, it } from 'vitest';
import { dumpTables, useImportsApi } from './imports-api';

const BOM = '\uFEFF';

// A course list as a spreadsheet in a decimal-comma country saves it: a BOM, semicolons, a decimal comma and a
// dot for thousands, accents, a separator inside quotes, skills written as people write them, and bad rows.
const MESSY = BOM + [
  'Course name;Vendor;Duration (hours);Price;Currency;Link;Difficulty;Skills taught',
  "Défense contre l’injection;École Numérique;20,5;1.250;EUR;https://ecole.example/injection;beginner;prompt-injection",
  '"Red teaming; the hard parts";sans institute;12;;;https://red.example/hard;advanced;"AI red teaming:4; Threat Modeling"',
  'Agent forensics;Forensik GmbH;8;300;;https://forensik.example/agents;intermediate;Agent forensics',
  'Bad hours;Acme;-3;;;https://acme.example/bad;;prompt-injection',
  'Script link;Acme;2;;;javascript:alert(1);;',
  "Défense contre l’injection;École Numérique;20,5;1.250;EUR;https://ecole.example/injection;beginner;prompt-injection",
  'Typo skill;Acme;4;;;https://acme.example/typo;;Secure codng:2',
].join('\r\n');

const problemsOf = (p: { problems: { row: number; column: string; message: string }[] }) => p.problems.map((x) => `${x.row} ${x.column}: ${x.message}`);

describe('a messy courses CSV, met halfway', () => {
  const t = useImportsApi();

  it('lists every problem of every row at once, each unknown value once with the closest catalog entries', () => {
    const preview = t.ok('csv.preview', { entity: 'courses', content: MESSY });
    expect(preview.mapping).toMatchObject({ title: 0, provider: 1, hours: 2, cost: 3, currency: 4, url: 5, level: 6, teaches: 7 });
    expect(preview.options).toMatchObject({ decimal: ',', currency: null, skillLevel: 'course' });
    expect(problemsOf(preview)).toEqual([
      '2 Skills taught: Unknown skill “prompt-injection”: did you mean “Prompt injection defence”?',
      '3 Skills taught: Unknown skill “Threat Modeling”: did you mean “Threat modelling” or “AI and ML threat modelling”?',
      expect.stringMatching(/^4 Skills taught: Unknown skill “Agent forensics”/),
      '4 Currency: Pick the currency of the cost.',
      // Two problems of one row, both listed.
      '5 Skills taught: Unknown skill “prompt-injection”: did you mean “Prompt injection defence”?',
      '5 Duration (hours): Hours cannot be negative.',
      '6 Link: URL must start with http:// or https://.',
      '7 Skills taught: Unknown skill “prompt-injection”: did you mean “Prompt injection defence”?',
      '8 Skills taught: Unknown skill “Secure codng”: did you mean “Secure coding”?',
    ]);
    expect(preview.unknownValues.map((v) => [v.kind, v.value, v.rows, v.suggestions[0]?.name])).toEqual([
      ['skill', 'prompt-injection', 3, 'Prompt injection defence'],
      ['skill', 'Agent forensics', 1, 'AI system forensics'],
      ['skill', 'Secure codng', 1, 'Secure coding'],
      ['skill', 'Threat Modeling', 1, 'Threat modelling'],
    ]);
    expect(preview.validRows).toBe(0);
  });

  it('imports with one suggestion taken, one value created, one left out, a level and currency by default', () => {
    const first = t.ok('csv.preview', { entity: 'courses', content: MESSY });
    const key = (value: string) => first.unknownValues.find((v) => v.value === value)!.key;
    const choices = {
      options: { currency: 'EUR' },
      values: {
        [key('prompt-injection')]: { action: 'map' as const, id: 'prompt-injection-defence' },
        [key('Threat Modeling')]: { action: 'map' as const, id: 'threat-modelling' },
        [key('Agent forensics')]: { action: 'create' as const },
        [key('Secure codng')]: { action: 'skip' as const },
      },
    };
    const preview = t.ok('csv.preview', { entity: 'courses', content: MESSY, mapping: first.mapping, choices });
    expect(problemsOf(preview)).toEqual([
      '5 Duration (hours): Hours cannot be negative.',
      '6 Link: URL must start with http:// or https://.',
      '7 Course name: Duplicate: row 2 already has course “Défense contre l’injection”.',
      '8 Skills taught: Left out, as chosen for the skill “Secure codng”.',
    ]);
    // The values stay listed, with the choice made, so it can be changed.
    expect(preview.unknownValues.find((v) => v.value === 'Agent forensics')?.choice).toEqual({ action: 'create' });
    expect(preview.notes).toContain('Creates the skill “Agent forensics” in the category “AI/ML foundations”.');
    expect([preview.validRows, preview.toAdd]).toEqual([3, 3]);

    const result = t.ok('csv.import', { entity: 'courses', content: MESSY, mapping: preview.mapping, choices });
    expect(result).toMatchObject({ added: 3, skipped: 4 });
    const courses = t.ok('courses.list', {});
    const defence = courses.find((c) => c.title === 'Défense contre l’injection')!;
    // Beginner course, skill without a level: Basic (2). 20,5 h; 1.250 is one thousand two hundred and fifty.
    expect(defence).toMatchObject({ provider: 'École Numérique', hours: 20.5, cost: 1250, currency: 'EUR', level: 'beginner' });
    expect(defence.teaches).toEqual([{ skill: 'prompt-injection-defence', level: 2 }]);
    const red = courses.find((c) => c.title === 'Red teaming; the hard parts')!;
    // The provider as the catalog spells it; an advanced course teaches an unlevelled skill at Advanced (4).
    expect(red.provider).toBe('SANS Institute');
    expect([...red.teaches].sort((a, b) => a.skill.localeCompare(b.skill))).toEqual([
      { skill: 'ai-red-teaming', level: 4 },
      { skill: 'threat-modelling', level: 4 },
    ]);
    const agents = courses.find((c) => c.title === 'Agent forensics')!;
    expect(agents).toMatchObject({ cost: 300, currency: 'EUR' });
    expect(agents.teaches).toEqual([{ skill: 'agent-forensics', level: 3 }]);
    const created = t.db.prepare("SELECT name, category_id AS category, origin FROM skills WHERE id = 'agent-forensics'").get();
    expect(created).toEqual({ name: 'Agent forensics', category: 'ai-ml-foundations', origin: 'user' });
    expect(t.count("SELECT COUNT(*) AS n FROM courses WHERE title IN ('Bad hours', 'Script link', 'Typo skill')")).toBe(0);

    // The same layout again: the mapping and the choices are remembered, and nothing is left to ask.
    const again = t.ok('csv.preview', { entity: 'courses', content: MESSY });
    expect(again.mappingSource).toBe('remembered');
    expect(again.options.currency).toBe('EUR');
    expect(again.values).toEqual(choices.values);
    expect(again.unknownValues.filter((v) => v.choice === null)).toEqual([]);
  });

  it('reads a skill written by name in any case or punctuation, and asks nothing', () => {
    const file = 'title,provider,hours,url,teaches\nLab,Acme,2,https://acme.example/lab,"PROMPT INJECTION DEFENCE:3; threat_modelling"\n';
    const preview = t.ok('csv.preview', { entity: 'courses', content: file });
    expect(preview.problems).toEqual([]);
    expect(preview.unknownValues).toEqual([]);
    t.ok('csv.import', { entity: 'courses', content: file, mapping: preview.mapping });
    const lab = t.ok('courses.list', {}).find((c) => c.title === 'Lab')!;
    expect(lab.teaches).toEqual([
      { skill: 'prompt-injection-defence', level: 3 },
      { skill: 'threat-modelling', level: 3 },
    ]);
  });

  it('takes the level chosen for skills without one; a file whose only row names an unreadable skill is refused, the store unchanged', () => {
    const file = 'title,provider,hours,url,level,teaches\nLab,Acme,2,https://acme.example/lab,advanced,threat modelling\n';
    const preview = t.ok('csv.preview', { entity: 'courses', content: file, choices: { options: { skillLevel: 5 }, values: {} } });
    t.ok('csv.import', { entity: 'courses', content: file, mapping: preview.mapping, choices: { options: { skillLevel: 5 }, values: {} } });
    expect(t.ok('courses.list', {}).find((c) => c.title === 'Lab')!.teaches).toEqual([{ skill: 'threat-modelling', level: 5 }]);

    const tables = dumpTables(t.db);
    const bad = 'title,provider,hours,url,teaches\nOther,Acme,2,https://acme.example/o,"\u200b"\n';
    const badPreview = t.ok('csv.preview', { entity: 'courses', content: bad });
    expect(badPreview.validRows).toBe(0);
    expect(t.refused('csv.import', { entity: 'courses', content: bad, mapping: badPreview.mapping }).code).toBe('INVALID_INPUT');
    expect(dumpTables(t.db)).toEqual(tables);
  });

  it('dates: asks the order when day and month could be either, reads by the order chosen, and remembers it', () => {
    t.ok('members.create', { name: 'Zoë Ångström' });
    const file = 'member;skill;level;rated_on\nzoe angstrom;threat modelling;3;10/01/2026\nZOË ÅNGSTRÖM;Secure coding;2;3 Feb 2026\n';
    const asked = t.ok('csv.preview', { entity: 'ratings', content: file });
    expect(asked.options.dateOrder).toBeNull();
    expect(problemsOf(asked)).toEqual(['2 rated_on: “10/01/2026” could be day/month or month/day: choose the file’s date order above the rows.']);
    const choices = { options: { dateOrder: 'dmy' as const }, values: {} };
    const preview = t.ok('csv.preview', { entity: 'ratings', content: file, choices });
    expect(preview.problems).toEqual([]);
    t.ok('csv.import', { entity: 'ratings', content: file, mapping: preview.mapping, choices });
    const rows = t.db
      .prepare("SELECT r.skill_id AS skill, r.level, r.rated_on AS ratedOn FROM ratings r JOIN members m ON m.id = r.member_id WHERE m.name = 'Zoë Ångström' ORDER BY r.rated_on")
      .all();
    expect(rows).toEqual([
      { skill: 'threat-modelling', level: 3, ratedOn: '2026-01-10' },
      { skill: 'secure-coding', level: 2, ratedOn: '2026-02-03' },
    ]);
    expect(t.ok('csv.preview', { entity: 'ratings', content: file }).options.dateOrder).toBe('dmy');
  });

  it('members: weekly hours with a decimal comma, a role created as written, a close role suggested', () => {
    const file = 'name;target role;weekly hours\nAnna;AI security engineer;2,5\nBen;MLSecOps engineers;3\nCleo;Quantum auditor;1\n';
    const first = t.ok('csv.preview', { entity: 'members', content: file });
    expect(first.options.decimal).toBe(',');
    expect(first.unknownValues.map((v) => [v.value, v.suggestions[0]?.name ?? null])).toEqual([
      ['MLSecOps engineers', 'MLSecOps Engineer'],
      ['Quantum auditor', null],
    ]);
    const key = (value: string) => first.unknownValues.find((v) => v.value === value)!.key;
    const choices = {
      options: {},
      values: { [key('MLSecOps engineers')]: { action: 'map' as const, id: first.unknownValues[0]!.suggestions[0]!.id }, [key('Quantum auditor')]: { action: 'create' as const } },
    };
    const preview = t.ok('csv.preview', { entity: 'members', content: file, mapping: first.mapping, choices });
    expect(preview.problems).toEqual([]);
    expect(preview.notes).toContain('Creates the role “Quantum auditor”.');
    t.ok('csv.import', { entity: 'members', content: file, mapping: preview.mapping, choices });
    const members = t.db
      .prepare("SELECT m.name, m.weekly_hours AS hours, r.name AS target FROM members m JOIN roles r ON r.id = m.target_role_id WHERE m.name IN ('Anna', 'Ben', 'Cleo') ORDER BY m.name")
      .all();
    expect(members).toEqual([
      { name: 'Anna', hours: 2.5, target: 'AI Security Engineer' },
      { name: 'Ben', hours: 3, target: 'MLSecOps Engineer' },
      { name: 'Cleo', hours: 1, target: 'Quantum auditor' },
    ]);
  });
});
