import type { RoleRequirement } from '../../../../src/shared/domain/catalog';
import type { ProficiencyLevel } from '../../../../src/shared/domain/proficiency';
import type { KnownLevel } from '../../../../src/shared/planning/readiness';
import type { RoleProfile } from '../../../../src/shared/planning/role-fit';

/** Levels written compactly: { a: 2, d: '5 stale' }. */
export function levels(spec: Record<string, number | `${number} stale`>): Map<string, KnownLevel> {
  return new Map(
    Object.entries(spec).map(([skill, v]) => {
      const stale = typeof v === 'string';
      return [skill, { level: Number.parseInt(String(v), 10) as ProficiencyLevel, stale }];
    }),
  );
}

export function role(id: string, name: string, requirements: [skill: string, level: number, importance: number][]): RoleProfile {
  return {
    id,
    name,
    requirements: requirements.map(([skill, level, importance]) => ({ skill, level, importance }) as RoleRequirement),
  };
}

/**
 * The worked example used across these tests. Role R: a at 4 (critical), b at 2 (important), c at 3 (useful).
 * Σ importance = 6.
 *   M1: a 2, b 3, c never rated, d 5 (stale)
 *       a: 2/4 × 3 = 1.5 · b: 1 × 2 = 2 · c: 0 × 1 = 0   → 3.5 / 6 = 0.5833 (58 %); short 2 + 0 + 3 = 5
 *   M2: a 4 (stale), b 1, c 3
 *       a: 1 × 3 = 3 · b: 1/2 × 2 = 1 · c: 1 × 1 = 1     → 5 / 6 = 0.8333 (83 %); short 0 + 1 + 0 = 1
 */
export const R = role('r', 'Red teamer', [
  ['a', 4, 3],
  ['b', 2, 2],
  ['c', 3, 1],
]);
export const M1 = levels({ a: 2, b: 3, d: '5 stale' });
export const M2 = levels({ a: '4 stale', b: 1, c: 3 });
export const names: Record<string, string> = { a: 'Attack trees', b: 'Basics', c: 'Cloud', d: 'Detection', m1: 'Mia', m2: 'Ned', m3: 'Ola' };
export const nameOf = (id: string) => names[id] ?? id;
export const DEFAULT_THRESHOLDS = { readyAt: 0.9, nearlyReadyAt: 0.7 };
