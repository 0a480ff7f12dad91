import { describe, expect, it } from 'vitest';
import type { Rating } from '../../../src/shared/domain/team';
import { effectiveLevels, staleBefore } from '../../../src/shared/planning/effective-level';

let nextId = 1;
const r = (skillId: string, level: Rating['level'], source: Rating['source'], ratedOn: string): Rating => ({
  id: nextId++,
  memberId: 'm1',
  skillId,
  level,
  source,
  ratedOn,
  evidence: '',
});

describe('effective level', () => {
  it('takes the newest validated rating over any self rating, even a newer one', () => {
    const levels = effectiveLevels(
      [r('llm', 2, 'manager', '2026-01-10'), r('llm', 4, 'self', '2026-06-01'), r('llm', 3, 'assessment', '2026-03-01')],
      '2026-11-25',
      18,
    );
    expect(levels.get('llm')).toMatchObject({ level: 3, source: 'assessment', ratedOn: '2026-03-01', stale: false });
  });

  it('falls back to the newest self rating when nothing was validated', () => {
    const levels = effectiveLevels([r('ml', 1, 'self', '2025-01-01'), r('ml', 2, 'self', '2026-02-01')], '2026-11-25', 18);
    expect(levels.get('ml')).toMatchObject({ level: 2, source: 'self' });
  });

  it('breaks a same-day tie by the order the ratings were recorded', () => {
    const levels = effectiveLevels([r('x', 2, 'manager', '2026-05-05'), r('x', 4, 'course', '2026-05-05')], '2026-11-25', 18);
    expect(levels.get('x')?.level).toBe(4);
  });

  it('marks ratings older than the setting as stale, and keeps them counting', () => {
    expect(staleBefore('2026-11-25', 18)).toBe('2025-05-25');
    const levels = effectiveLevels([r('old', 3, 'manager', '2025-05-24'), r('edge', 3, 'manager', '2025-05-25')], '2026-11-25', 18);
    expect(levels.get('old')).toMatchObject({ level: 3, stale: true });
    expect(levels.get('edge')).toMatchObject({ stale: false });
  });

  it('has no entry for a skill never rated', () => {
    expect(effectiveLevels([], '2026-11-25', 18).size).toBe(0);
  });
});
