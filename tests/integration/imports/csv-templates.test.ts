import { describe, expect, it } from 'vitest';
import { CSV_ENTITIES, CSV_FIELDS } from '../../../src/shared/domain/csv-import';
import { parseCsvText } from '../../../src/shared/domain/csv-text';
import { csvTemplate } from '../../../src/shared/imports/csv-templates';
import { useImportsApi } from './imports-api';

describe('CSV templates', () => {
  const t = useImportsApi();

  it('each has the header row of its fields and one example row', () => {
    for (const entity of CSV_ENTITIES) {
      const parsed = parseCsvText(csvTemplate(entity));
      expect(parsed.headers).toEqual(CSV_FIELDS[entity].map((f) => f.key));
      expect(parsed.rows).toHaveLength(1);
    }
  });

  it('each example row imports as it is, members before their ratings', () => {
    for (const entity of ['skills', 'courses', 'requirements', 'members', 'ratings'] as const) {
      const content = csvTemplate(entity);
      const preview = t.ok('csv.preview', { entity, content });
      expect([entity, preview.problems]).toEqual([entity, []]);
      const result = t.ok('csv.import', { entity, content, mapping: preview.mapping });
      // The example requirement may be one the embedded role has already: then it is updated.
      expect([entity, result.added + result.updated + result.unchanged, result.skipped]).toEqual([entity, 1, 0]);
    }
    const course = t.ok('courses.list', {}).find((c) => c.title === 'Prompt injection in practice')!;
    expect(course).toMatchObject({ hours: 6.5, cost: 250, currency: 'USD' });
    expect(course.teaches).toEqual(
      expect.arrayContaining([
        { skill: 'prompt-injection-defence', level: 3 },
        { skill: 'llm-guardrails', level: 2 },
      ]),
    );
    expect(course.teaches).toHaveLength(2);
    expect(t.count("SELECT COUNT(*) AS n FROM ratings r JOIN members m ON m.id = r.member_id WHERE m.name = 'Ada Lovelace' AND r.skill_id = 'threat-modelling' AND r.level = 3")).toBe(1);
  });
});
