import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCatalogApi } from './catalog-api';

const t = useCatalogApi();
const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../resources/catalog/manifest.json'), 'utf8')) as {
  catalogVersion: string;
};

describe('the catalog version and the user’s changes', () => {
  it('stores the version of the embedded catalog a new file was filled from', () => {
    expect(t.peek('SELECT value FROM settings WHERE key = ?', 'catalog.version')).toEqual([
      { value: JSON.stringify(manifest.catalogVersion) },
    ]);
    expect(t.ok('catalog.summary', {})).toEqual({
      catalogVersion: manifest.catalogVersion,
      counts: { categories: 8, skills: 73, roles: 5, courses: expect.any(Number) },
      changes: { edited: 0, added: 0, deleted: 0 },
    });
  });

  it('counts edited, added and deleted rows, and every change survives closing and reopening the file', () => {
    const skill = t.ok('skills.create', {
      name: 'Model watermarking',
      category: 'adversarial-ml',
      prerequisites: [{ skill: 'ml-fundamentals', level: 2 }],
    });
    const course = t.ok('courses.create', {
      title: 'Watermarking lab',
      provider: 'Acme Academy',
      kind: 'lab',
      format: 'self-paced',
      hours: 3,
      cost: 0,
      currency: null,
      url: 'https://academy.example.org/wm',
      level: 'beginner',
      teaches: [{ skill: skill.id, level: 2 }],
    });
    const role = t.ok('roles.get', { id: 'ai-security-engineer' });
    const requirements = role.requirements.map(({ skill: s, level, importance }) => ({ skill: s, level, importance }));
    t.ok('roles.setRequirements', { id: role.id, requirements: [...requirements, { skill: skill.id, level: 3, importance: 2 }] });
    t.ok('courses.delete', { id: 'google-saif' });

    const summary = t.ok('catalog.summary', {});
    expect(summary.changes).toEqual({ edited: 1, added: 2, deleted: 1 });

    t.reopen();
    expect(t.ok('catalog.summary', {})).toEqual(summary);
    const page = t.ok('skills.get', { id: skill.id });
    expect(page.requires.map((r) => r.name)).toEqual(['Machine learning fundamentals']);
    expect(page.taughtBy.map((c) => c.id)).toEqual([course.id]);
    expect(page.roles).toEqual([{ id: 'ai-security-engineer', name: 'AI Security Engineer', level: 3, importance: 2 }]);
    // The deleted embedded course is not brought back by the first-run fill.
    expect(t.refused('courses.get', { id: 'google-saif' }).code).toBe('NOT_FOUND');
  });

  it('keeps the user’s own rows unmarked: user_modified is for embedded and imported rows', () => {
    const role = t.ok('roles.create', { name: 'Prompt Engineer' });
    const { id, summary, responsibilities, employers, refs, version } = role;
    const renamed = t.ok('roles.update', { id, version, summary, responsibilities, employers, refs, name: 'Prompt Security Engineer' });
    expect(renamed.userModified).toBe(false);
    expect(t.peek('SELECT origin, user_modified FROM roles WHERE id = ?', role.id)).toEqual([{ origin: 'user', user_modified: 0 }]);
  });
});
