import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleIfAdded, describeCycle, findCycle, topologicalOrder, type Edge } from '../../../src/shared/planning/graph';

const chain: Edge[] = [
  { from: 'A', to: 'B' },
  { from: 'B', to: 'C' },
];

describe('cycleIfAdded', () => {
  it('names the cycle an edge would close', () => {
    expect(cycleIfAdded(chain, 'C', 'A')).toEqual(['C', 'A', 'B', 'C']);
    expect(describeCycle(cycleIfAdded(chain, 'C', 'A')!)).toBe('C → A → B → C');
  });
  it('accepts an edge that keeps the graph acyclic', () => {
    expect(cycleIfAdded(chain, 'A', 'C')).toBeNull();
    expect(cycleIfAdded([], 'A', 'B')).toBeNull();
  });
  it('refuses a self-edge', () => {
    expect(cycleIfAdded(chain, 'B', 'B')).toEqual(['B', 'B']);
  });
});

describe('findCycle and topologicalOrder', () => {
  it('finds a cycle, or orders the nodes so every edge points forward', () => {
    expect(findCycle(['A', 'B', 'C'], [...chain, { from: 'C', to: 'A' }])).toEqual(['A', 'B', 'C', 'A']);
    expect(findCycle(['A', 'B', 'C'], chain)).toBeNull();
    expect(topologicalOrder(['C', 'B', 'A'], chain)).toEqual(['A', 'B', 'C']);
    expect(() => topologicalOrder(['A', 'B'], [{ from: 'A', to: 'B' }, { from: 'B', to: 'A' }])).toThrow(/cycle/);
  });

  it('on random DAGs: order respects every edge, and any back edge is reported as a real cycle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }), (n, pairs) => {
        const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
        // Edges from lower to higher index only: a DAG by construction.
        const edges = pairs
          .map(([a, b]) => [a % n, b % n] as const)
          .filter(([a, b]) => a < b)
          .map(([a, b]) => ({ from: `n${a}`, to: `n${b}` }));
        expect(findCycle(nodes, edges)).toBeNull();
        const order = topologicalOrder(nodes, edges);
        for (const e of edges) expect(order.indexOf(e.from)).toBeLessThan(order.indexOf(e.to));
        for (const e of edges) {
          const cycle = cycleIfAdded(edges, e.to, e.from);
          expect(cycle).not.toBeNull();
          const closed = [...edges, { from: e.to, to: e.from }];
          for (let i = 0; i + 1 < cycle!.length; i++) {
            expect(closed.some((x) => x.from === cycle![i] && x.to === cycle![i + 1])).toBe(true);
          }
        }
      }),
    );
  });
});
