import { describe, expect, it } from 'vitest';
import { dumpTables, useImportsApi } from './imports-api';

const BOM = '\uFEFF';
const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

describe('CSV import of courses', () => {
  const t = useImportsApi();

  // UTF-8 with a BOM, semicolons, CRLF, a quoted field holding the delimiter, a line break and doubled quotes,
  // a decimal comma, and an empty line.
  const clean = BOM + crlf([
    'Title;Provider;Hours;Cost;Currency;URL;Kind;Format;Level;Teaches',
    '"Red teaming LLMs; a field guide";Acme Academy;12,5;450;usd;https://acme.example/red-team;course;live online;Advanced;prompt-injection-defence:3',
    '"Model cards, ""honestly""";Beta Labs;3;;;https://beta.example/cards;reading;self-paced;beginner;',
    '',
    '"Agent security lab\nwith MCP";Gamma;8;0;EUR;https://gamma.example/lab;lab;in-person;intermediate;python-for-ml:2; ml-fundamentals:2',
  ]);

  it('previews a clean file: mapping from the headers, the first rows, no problems', () => {
    const preview = t.ok('csv.preview', { entity: 'courses', content: clean });
    expect(preview.delimiter).toBe(';');
    expect(preview.mappingSource).toBe('guessed');
    expect(preview.mapping).toMatchObject({ title: 0, provider: 1, hours: 2, cost: 3, currency: 4, url: 5, kind: 6, teaches: 9, id: null });
    expect(preview.rowCount).toBe(3);
    expect(preview.sampleRows[0]![0]).toBe('Red teaming LLMs; a field guide');
    expect(preview.sampleRows[1]![0]).toBe('Model cards, "honestly"');
    expect(preview.problems).toEqual([]);
    expect([preview.validRows, preview.toAdd, preview.toUpdate]).toEqual([3, 3, 0]);
  });

  it('imports it, finds the courses in the catalog, remembers the mapping, and a re-import changes nothing', () => {
    const before = t.ok('courses.list', {}).length;
    const preview = t.ok('csv.preview', { entity: 'courses', content: clean });
    const result = t.ok('csv.import', { entity: 'courses', content: clean, mapping: preview.mapping });
    expect(result).toMatchObject({ added: 3, updated: 0, unchanged: 0, skipped: 0 });
    const courses = t.ok('courses.list', {});
    expect(courses).toHaveLength(before + 3);
    const redTeam = courses.find((c) => c.title === 'Red teaming LLMs; a field guide')!;
    expect(redTeam).toMatchObject({ provider: 'Acme Academy', hours: 12.5, cost: 450, currency: 'USD', format: 'live-online', level: 'advanced', origin: 'user' });
    expect(redTeam.teaches).toEqual([{ skill: 'prompt-injection-defence', level: 3 }]);
    expect(courses.find((c) => c.provider === 'Gamma')!.title).toBe('Agent security lab\nwith MCP');

    const again = t.ok('csv.preview', { entity: 'courses', content: clean });
    expect(again.mappingSource).toBe('remembered');
    expect([again.toAdd, again.toUpdate]).toEqual([0, 3]);
    const tables = dumpTables(t.db);
    expect(t.ok('csv.import', { entity: 'courses', content: clean, mapping: again.mapping })).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(dumpTables(t.db)).toEqual(tables);
  });

  it('lists every row-level problem by row, column and reason, then imports only the valid rows', () => {
    const file = crlf([
      'id,title,provider,hours,url,kind,cost,currency,teaches',
      'c-ok-1,Threat modelling for ML,Acme,6,https://acme.example/tm,course,,,threat-modelling:3',
      'c-neg,Negative hours,Acme,-4,https://acme.example/neg,course,,,',
      'c-url,Bad address,Acme,2,ftp//nowhere,course,,,',
      'c-ok-1,Same id again,Acme,2,https://acme.example/dup,course,,,',
      'c-skill,Unknown skill,Acme,2,https://acme.example/sk,course,,,quantum-basket-weaving:2',
      'c-kind,Bad kind,Acme,2,https://acme.example/kind,webinar,,,',
      'c-cost,Bad cost,Acme,2,https://acme.example/cost,course,cheap,USD,',
      'c-cur,Bad currency,Acme,2,https://acme.example/cur,course,10,dollars,',
      ',,Acme,2,https://acme.example/notitle,course,,,',
      'c-lvl,Bad teach level,Acme,2,https://acme.example/lvl,course,,,python-for-ml:9',
      'c-hrs,Hours as words,Acme,a lot,https://acme.example/hrs,course,,,',
      'c-ok-2,Second good one,Beta,1.5,https://beta.example/ok,lab,0,EUR,',
    ]);
    const preview = t.ok('csv.preview', { entity: 'courses', content: file });
    expect(preview.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'hours'],
      [4, 'url'],
      [5, 'id'],
      [6, 'teaches'],
      [7, 'kind'],
      [8, 'cost'],
      [9, 'currency'],
      [10, 'title'],
      [11, 'teaches'],
      [12, 'hours'],
    ]);
    const reason = (row: number) => preview.problems.find((p) => p.row === row)!.message;
    expect(reason(3)).toBe('Hours cannot be negative.');
    expect(reason(4)).toMatch(/URL must/);
    expect(reason(5)).toBe('Duplicate: row 2 already has course “Same id again”.');
    expect(reason(6)).toMatch(/Unknown skill “quantum-basket-weaving”/);
    expect(reason(7)).toMatch(/Kind must be course, certification, lab or reading; got “webinar”/);
    expect(reason(8)).toBe('Cost must be a number.');
    expect(reason(9)).toMatch(/three-letter code/);
    expect(reason(10)).toBe('Title is required.');
    expect(reason(11)).toMatch(/Level must be 1 to 5/);
    expect(reason(12)).toBe('Hours must be a number.');
    expect([preview.validRows, preview.rowCount]).toEqual([2, 12]);

    const before = t.count('SELECT COUNT(*) AS n FROM courses');
    const result = t.ok('csv.import', { entity: 'courses', content: file, mapping: preview.mapping });
    expect(result).toMatchObject({ added: 2, skipped: 10 });
    expect(t.count('SELECT COUNT(*) AS n FROM courses')).toBe(before + 2);
    expect(t.count("SELECT COUNT(*) AS n FROM courses WHERE id IN ('c-ok-1', 'c-ok-2')")).toBe(2);
    expect(t.count("SELECT COUNT(*) AS n FROM course_skills WHERE course_id = 'c-ok-1' AND skill_id = 'threat-modelling'")).toBe(1);
  });

  it('refuses a priced course without its currency, naming the row and column', () => {
    const file = crlf([
      'id,title,provider,hours,url,kind,cost,currency',
      'c-nocur,Priced without currency,Acme,2,https://acme.example/nocur,course,450,',
      'c-free,Free without currency,Acme,2,https://acme.example/free,course,0,',
    ]);
    const preview = t.ok('csv.preview', { entity: 'courses', content: file });
    expect(preview.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, 'currency', 'Pick the currency of the cost.'],
    ]);
    expect(preview.validRows).toBe(1);
  });

  it('says which required column is missing, and refuses to import a file with no valid row', () => {
    const file = 'name,provider\nA course,Acme\n';
    const preview = t.ok('csv.preview', { entity: 'courses', content: file });
    expect(preview.problems.map((p) => `${p.row} ${p.column}: ${p.message}`)).toEqual([
      '1 Hours: No column is mapped to “Hours”, which every row needs. Pick its column in the mapping.',
      '1 URL: No column is mapped to “URL”, which every row needs. Pick its column in the mapping.',
    ]);
    const before = dumpTables(t.db);
    const refused = t.refused('csv.import', { entity: 'courses', content: file, mapping: preview.mapping });
    expect(refused.message).toMatch(/No row of this file can be imported/);
    expect(dumpTables(t.db)).toEqual(before);
  });

  it('uses the mapping the user picked for unknown headers, and remembers it for that layout', () => {
    const file = 'Kurs,Anbieter,Stunden,Adresse\nKI-Sicherheit,Delta,4,https://delta.example/ki\n';
    const guessed = t.ok('csv.preview', { entity: 'courses', content: file });
    expect(guessed.validRows).toBe(0);
    const mapping = { ...guessed.mapping, title: 0, provider: 1, hours: 2, url: 3 };
    expect(t.ok('csv.preview', { entity: 'courses', content: file, mapping }).problems).toEqual([]);
    t.ok('csv.import', { entity: 'courses', content: file, mapping });
    const next = t.ok('csv.preview', { entity: 'courses', content: 'Kurs,Anbieter,Stunden,Adresse\nZweiter,Delta,2,https://delta.example/2\n' });
    expect(next.mappingSource).toBe('remembered');
    expect(next.mapping).toMatchObject({ title: 0, provider: 1, hours: 2, url: 3 });
  });
});
