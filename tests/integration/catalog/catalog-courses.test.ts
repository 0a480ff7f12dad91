import { describe, expect, it } from 'vitest';
import type { CourseDraft } from '../../../src/shared/domain/catalog-edits';
import { insertMember, insertPlan, useCatalogApi } from './catalog-api';

const t = useCatalogApi();

const lab: CourseDraft = {
  title: 'Watermarking lab',
  provider: 'Acme Academy',
  kind: 'lab',
  format: 'live-online',
  hours: 6,
  cost: 250,
  currency: 'EUR',
  url: 'https://academy.example.org/watermarking',
  level: 'intermediate',
  teaches: [{ skill: 'adversarial-robustness', level: 3 }],
  requires: [{ skill: 'ml-fundamentals', level: 2 }],
};

const courseCount = () => t.peek<{ n: number }>('SELECT COUNT(*) AS n FROM courses')[0]!.n;

describe('creating and editing courses', () => {
  it('creates a course with the skills it teaches and its entry requirements', () => {
    const course = t.ok('courses.create', lab);
    expect(course).toMatchObject({ title: 'Watermarking lab', origin: 'user', userModified: false, plans: 0 });
    expect(t.peek('SELECT skill_id, level FROM course_skills WHERE course_id = ?', course.id)).toEqual([
      { skill_id: 'adversarial-robustness', level: 3 },
    ]);
    expect(t.peek('SELECT skill_id, level FROM course_requirements WHERE course_id = ?', course.id)).toEqual([
      { skill_id: 'ml-fundamentals', level: 2 },
    ]);
  });

  it('refuses negative hours and cost and a URL that is not http(s), each at its field, writing nothing', () => {
    const before = courseCount();
    const error = t.refused('courses.create', { ...lab, hours: -1, cost: -5, url: 'ftp://files.example.org/lab' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details?.fields).toEqual([
      { path: ['hours'], message: 'Hours cannot be negative.' },
      { path: ['cost'], message: 'Cost cannot be negative.' },
      { path: ['url'], message: 'URL must start with http:// or https://.' },
    ]);
    expect(t.refused('courses.create', { ...lab, url: 'not a web address' }).details?.fields).toEqual([
      { path: ['url'], message: 'URL must be a web address.' },
      { path: ['url'], message: 'URL must start with http:// or https://.' },
    ]);
    expect(t.refused('courses.create', { ...lab, hours: 'six' }).details?.fields).toEqual([
      { path: ['hours'], message: 'Hours must be a number.' },
    ]);
    expect(courseCount()).toBe(before);
  });

  it('asks for the currency of a priced course, and an entry level below what the course teaches', () => {
    expect(t.refused('courses.create', { ...lab, currency: null }).details?.fields).toEqual([
      { path: ['currency'], message: 'Pick the currency of the cost.' },
    ]);
    const error = t.refused('courses.create', { ...lab, requires: [{ skill: 'adversarial-robustness', level: 3 }] });
    expect(error.details?.fields).toEqual([
      { path: ['requires', 0, 'level'], message: 'The entry level must be below the level the course brings this skill to (3).' },
    ]);
  });

  it('refuses unknown skills and the same title twice from one provider', () => {
    expect(t.refused('courses.create', { ...lab, teaches: [{ skill: 'gone', level: 2 }] }).details?.fields?.[0]?.path).toEqual([
      'teaches',
      0,
      'skill',
    ]);
    t.ok('courses.create', lab);
    expect(t.refused('courses.create', { ...lab, title: 'WATERMARKING LAB' })).toMatchObject({
      code: 'CONFLICT',
      details: { fields: [{ path: ['title'] }] },
    });
    expect(t.ok('courses.create', { ...lab, provider: 'Other School' }).provider).toBe('Other School');
  });

  it('edits an embedded course, replacing what it teaches, and records the edit', () => {
    const course = t.ok('courses.get', { id: 'owasp-genai' });
    const { origin: _o, userModified: _m, plans: _p, ...fields } = course;
    const saved = t.ok('courses.update', { ...fields, hours: 5, teaches: [{ skill: 'prompt-injection-defence', level: 3 }] });
    expect(saved).toMatchObject({ hours: 5, userModified: true, teaches: [{ skill: 'prompt-injection-defence', level: 3 }] });
    expect(t.peek('SELECT hours, user_modified FROM courses WHERE id = ?', 'owasp-genai')).toEqual([{ hours: 5, user_modified: 1 }]);
    expect(t.peek('SELECT skill_id FROM course_skills WHERE course_id = ?', 'owasp-genai')).toEqual([{ skill_id: 'prompt-injection-defence' }]);
  });

  it('deletes a course with the plan steps that schedule it, and remembers the embedded course was deleted', () => {
    insertMember(t.db, { id: 'm1', name: 'Dana Okafor' });
    insertPlan(t.db, { id: 'p1', member: 'm1', course: 'mitre-atlas' });
    expect(t.ok('courses.get', { id: 'mitre-atlas' }).plans).toBe(1);
    expect(t.ok('courses.delete', { id: 'mitre-atlas' })).toEqual({ deleted: 'mitre-atlas', removedPlanSteps: 1 });
    expect(t.peek('SELECT COUNT(*) AS n FROM plan_nodes WHERE course_id = ?', 'mitre-atlas')).toEqual([{ n: 0 }]);
    expect(t.peek('SELECT kind, id, name FROM catalog_deletions')).toEqual([
      { kind: 'course', id: 'mitre-atlas', name: expect.stringContaining('ATLAS') },
    ]);
  });
});

describe('filtering courses', () => {
  const ids = (input: Parameters<typeof t.ok<'courses.list'>>[1]) => t.ok('courses.list', input).map((c) => c.id);

  it('narrows by provider, kind, format, level and skill taught', () => {
    const all = t.ok('courses.list', {});
    expect(all.length).toBe(courseCount());
    for (const [key, value] of [
      ['provider', 'OWASP Foundation'],
      ['kind', 'reading'],
      ['format', 'self-paced'],
      ['level', 'advanced'],
    ] as const) {
      const shown = t.ok('courses.list', { [key]: value });
      expect(shown.length, key).toBeGreaterThan(0);
      expect(shown.length, key).toBeLessThan(all.length);
      expect(shown.every((c) => c[key] === value), key).toBe(true);
    }
    const teaching = t.ok('courses.list', { skill: 'penetration-testing' });
    expect(teaching.map((c) => c.id)).toContain('owasp-wstg');
    expect(teaching.every((c) => c.teaches.some((s) => s.skill === 'penetration-testing'))).toBe(true);
  });

  it('narrows by a cost range, leaving out courses whose price is not published', () => {
    const free = t.ok('courses.list', { costMax: 0 });
    expect(free.length).toBeGreaterThanOrEqual(5);
    expect(free.every((c) => c.cost === 0)).toBe(true);
    const priced = t.ok('courses.list', { costMin: 100, costMax: 2000 });
    expect(priced.every((c) => c.cost !== null && c.cost >= 100 && c.cost <= 2000)).toBe(true);
    expect(t.refused('courses.list', { costMin: 500, costMax: 100 }).details?.fields).toEqual([
      { path: ['costMax'], message: 'The highest cost must not be below the lowest.' },
    ]);
  });

  it('combines a search text with filters', () => {
    expect(ids({ search: 'api security', kind: 'reading' })).toEqual(['owasp-api-security-top10']);
    expect(ids({ search: 'api security', kind: 'lab' })).toEqual([]);
  });

  it('offers the providers, currencies and cost range to filter by', () => {
    const facets = t.ok('courses.facets', {});
    expect(facets.total).toBe(courseCount());
    expect(facets.providers.find((p) => p.name === 'OWASP Foundation')!.count).toBe(ids({ provider: 'OWASP Foundation' }).length);
    expect(facets.currencies).toEqual(['USD']);
    expect(facets.maxCost).toBeGreaterThan(0);
  });
});
