import { describe, expect, it } from 'vitest';
import { dumpTables, useImportsApi } from './imports-api';

// One course whose skill the catalog does not know, and whose closest entries are all about prompt injection.
const FILE = ['title,provider,hours,url,level,teaches', 'Injection basics,Acme,4,https://acme.example/inj,beginner,prompt-injection:3'].join('\n');

describe('an unknown value mapped to any catalog entry, not only the closest', () => {
  const t = useImportsApi();

  it('lists every skill for the picker, and imports the row with an entry that is not a suggestion', () => {
    const first = t.ok('csv.preview', { entity: 'courses', content: FILE });
    const value = first.unknownValues.find((v) => v.value === 'prompt-injection')!;
    const skills = t.ok('skills.list', {});
    // Every skill of the catalog is offered, by name (the screen's picker searches these).
    expect(first.entries.skill?.map((e) => e.id).sort()).toEqual(skills.map((s) => s.id).sort());
    expect(first.entries.role).toBeUndefined();
    expect(value.suggestions.map((s) => s.id)).not.toContain('threat-modelling');

    const choices = { options: {}, values: { [value.key]: { action: 'map' as const, id: 'threat-modelling' } } };
    const chosen = t.ok('csv.preview', { entity: 'courses', content: FILE, choices });
    expect(chosen.problems).toEqual([]);
    expect(chosen.validRows).toBe(1);
    const result = t.ok('csv.import', { entity: 'courses', content: FILE, mapping: chosen.mapping, choices });
    expect(result.added).toBe(1);
    const course = t.ok('courses.list', {}).find((c) => c.title === 'Injection basics')!;
    expect(course.teaches).toEqual([{ skill: 'threat-modelling', level: 3 }]);
    // Remembered with the layout: the same file previewed again reads the same choice.
    const again = t.ok('csv.preview', { entity: 'courses', content: FILE });
    expect(again.values[value.key]).toEqual({ action: 'map', id: 'threat-modelling' });
  });

  it('refuses a mapping to a skill or provider that does not exist, naming the value; the store unchanged', () => {
    const first = t.ok('csv.preview', { entity: 'courses', content: FILE });
    const key = first.unknownValues.find((v) => v.value === 'prompt-injection')!.key;
    const before = dumpTables(t.db);
    const choices = { options: {}, values: { [key]: { action: 'map' as const, id: 'no-such-skill' } } };
    const preview = t.ok('csv.preview', { entity: 'courses', content: FILE, choices });
    expect(preview.problems.map((p) => `${p.row} ${p.column}: ${p.message}`)).toEqual([
      '2 teaches: The skill “prompt-injection” is mapped to “no-such-skill”, which is not a skill in the catalog; choose another entry for it.',
    ]);
    expect(preview.validRows).toBe(0);
    const refusal = t.refused('csv.import', { entity: 'courses', content: FILE, mapping: preview.mapping, choices });
    expect(refusal.message).toBe('No row of this file can be imported (1 problem). Fix the file or the mapping, then preview again.');
    expect(dumpTables(t.db)).toEqual(before);

    const providerFile = ['title,provider,hours,url,level', 'Red team,sans institut,4,https://red.example/x,beginner'].join('\n');
    const p1 = t.ok('csv.preview', { entity: 'courses', content: providerFile });
    const provider = p1.unknownValues.find((v) => v.kind === 'provider')!;
    const p2 = t.ok('csv.preview', { entity: 'courses', content: providerFile, choices: { options: {}, values: { [provider.key]: { action: 'map', id: 'Nobody Ltd' } } } });
    expect(p2.problems.map((p) => p.message)).toEqual([
      'The provider “sans institut” is mapped to “Nobody Ltd”, which is not a provider in the catalog; choose another entry for it.',
    ]);
  });
});
