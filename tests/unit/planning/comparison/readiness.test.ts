import { describe, expect, it } from 'vitest';
import { biggestGaps } from '../../../../src/shared/planning/gaps';
import { readinessBand, readinessPercent, roleFit } from '../../../../src/shared/planning/readiness';
import { categoryProfile } from '../../../../src/shared/planning/category-profile';
import { DEFAULT_THRESHOLDS, levels, M1, M2, nameOf, R, role } from './fixtures';

describe('readiness (importance-weighted share of required levels met, with partial credit)', () => {
  it('gives partial credit per requirement and weighs it by importance (worked example M1)', () => {
    const fit = roleFit(R.requirements, M1);
    expect(fit.readiness).toBeCloseTo(3.5 / 6, 12);
    expect(readinessPercent(fit.readiness!)).toBe(58);
    expect(fit.levelsShort).toBe(5);
    expect(fit.metCount).toBe(1);
    expect(fit.requirements).toEqual([
      { skillId: 'a', required: 4, importance: 3, level: 2, gap: 2, met: false, stale: false, credit: 0.5 },
      { skillId: 'b', required: 2, importance: 2, level: 3, gap: 0, met: true, stale: false, credit: 1 },
      { skillId: 'c', required: 3, importance: 1, level: null, gap: 3, met: false, stale: false, credit: 0 },
    ]);
  });

  it('counts a stale rating, and says it is stale (worked example M2)', () => {
    const fit = roleFit(R.requirements, M2);
    expect(fit.readiness).toBeCloseTo(5 / 6, 12);
    expect(readinessPercent(fit.readiness!)).toBe(83);
    expect(fit.requirements[0]).toMatchObject({ skillId: 'a', level: 4, met: true, stale: true });
  });

  it('treats a member with no ratings at all as 0 %, every requirement a full gap', () => {
    const fit = roleFit(R.requirements, new Map());
    expect(fit.readiness).toBe(0);
    expect(fit.levelsShort).toBe(4 + 2 + 3);
  });

  it('gives nothing extra for exceeding a requirement', () => {
    expect(roleFit(R.requirements, levels({ a: 5, b: 5, c: 0 })).readiness).toBeCloseTo(5 / 6, 12);
  });

  it('has no readiness for a role without requirements', () => {
    const fit = roleFit([], M1);
    expect(fit).toEqual({ readiness: null, requirements: [], metCount: 0, levelsShort: 0 });
    expect(readinessBand(fit.readiness, DEFAULT_THRESHOLDS)).toBe('unmeasured');
  });

  it('bands readiness at the thresholds, exactly at the boundary included, despite float noise', () => {
    // Ten useful skills at level 1, nine rated: 9/10 = 0.9, exactly the default “ready” threshold.
    const ten = role('t', 'Ten', Array.from({ length: 10 }, (_, i) => [`s${i}`, 1, 1] as [string, number, number]));
    const nine = levels(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`s${i}`, 1])));
    const fit = roleFit(ten.requirements, nine);
    expect(readinessBand(fit.readiness, DEFAULT_THRESHOLDS)).toBe('ready');
    expect(readinessPercent(fit.readiness!)).toBe(90);
    expect(readinessBand(0.8999999999999999, DEFAULT_THRESHOLDS)).toBe('ready');
    expect(readinessBand(0.7, DEFAULT_THRESHOLDS)).toBe('nearly-ready');
    expect(readinessBand(0.6999, DEFAULT_THRESHOLDS)).toBe('not-ready');
    expect(readinessBand(0.85, { readyAt: 0.8, nearlyReadyAt: 0.5 })).toBe('ready');
  });

  it('shows readiness rounded down, so 89.9 % never reads as a ready 90 %', () => {
    expect(readinessPercent(0.899)).toBe(89);
    expect(readinessPercent(1)).toBe(100);
    expect(readinessPercent(0)).toBe(0);
  });
});

describe('biggest gaps', () => {
  it('orders by levels short × importance, then importance, then skill name; met skills are no gaps', () => {
    expect(biggestGaps(roleFit(R.requirements, M1), nameOf).map((g) => g.skillId)).toEqual(['a', 'c']);
    // All three two levels short: weights 6 (a), 4 (b), 2 (c).
    const fit = roleFit(R.requirements, levels({ a: 2, b: 0, c: 1 }));
    expect(biggestGaps(fit, nameOf).map((g) => [g.skillId, g.gap])).toEqual([['a', 2], ['b', 2], ['c', 2]]);
    expect(biggestGaps(fit, nameOf, 2)).toHaveLength(2);
  });

  it('breaks equal weights by importance, then by name', () => {
    // x: 3 short × useful = 3; y: 1 short × critical = 3 → y first (more important). p and q tie fully → by name.
    const r = role('r', 'R', [['x', 3, 1], ['y', 1, 3], ['q', 2, 2], ['p', 2, 2]]);
    const fit = roleFit(r.requirements, new Map());
    expect(biggestGaps(fit, (id) => id).map((g) => g.skillId)).toEqual(['p', 'q', 'y', 'x']);
  });
});

describe('category profile (radar)', () => {
  it('averages required and current levels per category, in category order, skipping categories without requirements', () => {
    const categoryOf = (id: string) => ({ a: 'k1', b: 'k1', c: 'k2', d: 'k3' })[id];
    const categories = [
      { id: 'k2', name: 'Cloud' },
      { id: 'k3', name: 'Detection' },
      { id: 'k1', name: 'Offence' },
    ];
    expect(categoryProfile(roleFit(R.requirements, M1), categoryOf, categories)).toEqual([
      { categoryId: 'k2', categoryName: 'Cloud', skills: 1, required: 3, current: 0 },
      { categoryId: 'k1', categoryName: 'Offence', skills: 2, required: 3, current: 2.5 },
    ]);
  });
});
