/**
 * Directed-graph checks shared by the skill prerequisite graph and the learning-path graph.
 * An edge `{ from, to }` reads "from must come before to" (a prerequisite points from the required skill
 * to the skill that needs it, an ordering edge from the earlier step to the later one).
 */
export interface Edge {
  from: string;
  to: string;
}

function successors(edges: readonly Edge[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const list = next.get(e.from);
    if (list) list.push(e.to);
    else next.set(e.from, [e.to]);
  }
  return next;
}

/**
 * The cycle that adding `from → to` would close, as the path `[from, to, …, from]`, or null when the edge
 * keeps the graph acyclic. A self-edge is the cycle `[from, from]`.
 */
export function cycleIfAdded(edges: readonly Edge[], from: string, to: string): string[] | null {
  if (from === to) return [from, from];
  const next = successors(edges);
  // Breadth-first from `to`: if `from` is reachable, the new edge closes a loop through that path.
  const cameFrom = new Map<string, string>([[to, to]]);
  const queue = [to];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    if (node === from) {
      const path = [from];
      for (let n = from; n !== to; n = cameFrom.get(n)!) path.unshift(cameFrom.get(n)!);
      return [from, ...path];
    }
    for (const n of next.get(node) ?? []) {
      if (!cameFrom.has(n)) {
        cameFrom.set(n, node);
        queue.push(n);
      }
    }
  }
  return null;
}

/** Some cycle in the graph as `[a, b, …, a]`, or null when it is acyclic. */
export function findCycle(nodes: readonly string[], edges: readonly Edge[]): string[] | null {
  const next = successors(edges);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  function visit(node: string): string[] | null {
    state.set(node, 'open');
    stack.push(node);
    for (const n of next.get(node) ?? []) {
      if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
      if (!state.has(n)) {
        const found = visit(n);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  }
  const all = new Set([...nodes, ...edges.flatMap((e) => [e.from, e.to])]);
  for (const node of all) {
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Nodes in an order where every edge's `from` comes before its `to` (Kahn's algorithm; ties keep the
 * input order, so the result is stable). Throws when the graph has a cycle.
 */
export function topologicalOrder(nodes: readonly string[], edges: readonly Edge[]): string[] {
  const indegree = new Map(nodes.map((n) => [n, 0]));
  for (const e of edges) {
    if (indegree.has(e.from) && indegree.has(e.to)) indegree.set(e.to, indegree.get(e.to)! + 1);
  }
  const next = successors(edges.filter((e) => indegree.has(e.from) && indegree.has(e.to)));
  const ready = nodes.filter((n) => indegree.get(n) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    const node = ready.shift()!;
    order.push(node);
    for (const n of next.get(node) ?? []) {
      const d = indegree.get(n)! - 1;
      indegree.set(n, d);
      if (d === 0) ready.push(n);
    }
  }
  if (order.length !== nodes.length) throw new Error('The graph has a cycle; it has no topological order.');
  return order;
}

/** A cycle as people read it: “Prompt injection defence → LLM fundamentals → Prompt injection defence”. */
export function describeCycle(cycle: readonly string[], nameOf: (id: string) => string = (id) => id): string {
  return cycle.map(nameOf).join(' → ');
}
