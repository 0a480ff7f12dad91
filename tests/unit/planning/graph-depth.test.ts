import { describe, expect, it } from 'vitest';
import { findCycle } from '../../../src/shared/planning/graph';

// Generous timeouts: the work is linear, but shared CI machines can be slow.
describe('cycle checks on long chains', { timeout: 60_000 }, () => {
  const chain = (n: number) => Array.from({ length: n - 1 }, (_, i) => ({ from: `s${i}`, to: `s${i + 1}` }));

  it('walks a 200,000-skill prerequisite chain without a deep call stack', () => {
    expect(findCycle([], chain(200_000))).toBeNull();
  });

  it('finds the loop that closes a 200,000-skill chain, named end to end', () => {
    const cycle = findCycle([], [...chain(200_000), { from: 's199999', to: 's0' }]);
    expect(cycle).toHaveLength(200_001);
    expect(cycle!.slice(0, 2)).toEqual(['s0', 's1']);
    expect(cycle!.at(-1)).toBe('s0');
  });
});
