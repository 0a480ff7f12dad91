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

/**
 * Some cycle in the graph as `[a, b, …, a]`, or null when it is acyclic. Depth-first with an explicit stack, so
 * a chain of 150,000 prerequisites needs no deeper call stack than a chain of two.
 */
export function findCycle(nodes: readonly string[], edges: readonly Edge[]): string[] | null {
  const next = successors(edges);
  const state = new Map<string, 'open' | 'done'>();
  const all = new Set(nodes);
  for (const e of edges) all.add(e.from).add(e.to);
  for (const root of all) {
    if (state.has(root)) continue;
    // The open path, each node with the index of the next successor to look at.
    const path: string[] = [root];
    const cursor: number[] = [0];
    state.set(root, 'open');
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top]!;
      const outs = next.get(node) ?? [];
      const i = cursor[top]!;
      if (i >= outs.length) {
        state.set(node, 'done');
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[top] = i + 1;
      const n = outs[i]!;
      if (state.get(n) === 'open') return [...path.slice(path.indexOf(n)), n];
      if (!state.has(n)) {
        state.set(n, 'open');
        path.push(n);
        cursor.push(0);
      }
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
