import { describe, expect, it } from 'vitest';
import { loadEmbeddedCatalog } from '../../../src/main/services/catalog/embedded';
import { loadDemoTeam } from '../../../src/main/services/team/demo-team';
import { DEFAULT_SETTINGS } from '../../../src/shared/domain/settings';
import { readinessBand, roleFit } from '../../../src/shared/planning/readiness';

const catalog = loadEmbeddedCatalog();
const team = loadDemoTeam();
const skills = new Set(catalog.skills.map((s) => s.id));
const roles = new Map(catalog.roles.map((r) => [r.id, r]));

describe('the embedded demo team', () => {
  it('has 6 to 8 members with unique ids, targeting each of the five roles', () => {
    expect(team.members.length).toBeGreaterThanOrEqual(6);
    expect(team.members.length).toBeLessThanOrEqual(8);
    expect(new Set(team.members.map((m) => m.id)).size).toBe(team.members.length);
    expect(new Set(team.members.map((m) => m.targetRoleId))).toEqual(new Set(roles.keys()));
  });

  it('refers only to skills and roles of the embedded catalog', () => {
    for (const m of team.members) {
      for (const id of [m.currentRoleId, m.targetRoleId]) if (id !== null) expect(roles.has(id), `${m.name}: role ${id}`).toBe(true);
      for (const [skill] of m.ratings) expect(skills.has(skill), `${m.name}: skill ${skill}`).toBe(true);
    }
  });

  it('is varied: ready, nearly ready and not-ready members; validated and self ratings; some stale', () => {
    const bands = team.members.map((m) => {
      const levels = new Map(m.ratings.map(([skill, level]) => [skill, { level, stale: false }]));
      const fit = roleFit(roles.get(m.targetRoleId!)!.requirements, levels);
      return readinessBand(fit.readiness, DEFAULT_SETTINGS);
    });
    expect(new Set(bands)).toEqual(new Set(['ready', 'nearly-ready', 'not-ready']));
    const sources = new Set(team.members.flatMap((m) => m.ratings.map((r) => r[2])));
    expect(sources).toEqual(new Set(['self', 'manager', 'assessment', 'course']));
    expect(team.members.some((m) => m.ratings.some((r) => r[3] > DEFAULT_SETTINGS.staleAfterMonths))).toBe(true);
  });
});

