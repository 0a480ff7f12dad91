import type { PlanNodeDraft } from '../domain/plan';
import { cycleIfAdded } from './graph';
import { layoutPlan } from './layout';
import type { GraphEdge, PlanGraph } from './path-graph';

/** What a node stands for, so a regenerated node can be matched with the one already on the canvas. */
function identity(n: PlanNodeDraft): string | null {
  if (n.kind === 'course') return `course:${n.courseId}`;
  if (n.kind === 'skill') return `skill:${n.skillId}`;
  return n.milestoneSkillId ? `milestone:${n.milestoneSkillId}:${n.targetLevel}` : null;
}

const hasProgress = (n: PlanNodeDraft) => n.status === 'in_progress' || n.status === 'done';

/**
 * Regenerating while keeping the manager's work: nodes placed by hand and nodes with progress (in progress,
 * done) stay with their edges; a generated node that stands for the same course, skill or milestone as one
 * on the canvas takes that node's place (its id, position, status and note); other generated nodes from
 * before are replaced. New nodes get positions from a layout of the merged graph; kept ones do not move.
 */
export function mergeGeneratedGraph(existing: PlanGraph, generated: PlanGraph): PlanGraph {
  const byIdentity = new Map<string, PlanNodeDraft>();
  for (const n of existing.nodes) {
    const key = identity(n);
    if (key && !byIdentity.has(key)) byIdentity.set(key, n);
  }
  const rename = new Map<string, string>();
  const nodes: PlanNodeDraft[] = [];
  const used = new Set<string>();
  const fresh = new Set<string>();
  for (const g of generated.nodes) {
    const key = identity(g);
    const match = key ? byIdentity.get(key) : undefined;
    if (match && !used.has(match.id)) {
      used.add(match.id);
      rename.set(g.id, match.id);
      nodes.push({
        ...g,
        id: match.id,
        x: match.x,
        y: match.y,
        status: match.status,
        note: match.note || g.note,
        label: match.origin === 'manual' ? match.label : g.label,
        origin: match.origin,
      });
    } else {
      fresh.add(g.id);
      nodes.push(g);
    }
  }
  for (const n of existing.nodes) {
    if (!used.has(n.id) && (n.origin === 'manual' || hasProgress(n))) {
      used.add(n.id);
      nodes.push(n);
    }
  }

  const edges: GraphEdge[] = [];
  const add = (e: GraphEdge) => {
    if (!used.has(e.source) && !fresh.has(e.source)) return;
    if (!used.has(e.target) && !fresh.has(e.target)) return;
    if (edges.some((x) => x.source === e.source && x.target === e.target)) return;
    if (cycleIfAdded(edges.map((x) => ({ from: x.source, to: x.target })), e.source, e.target)) return;
    edges.push(e);
  };
  for (const e of existing.edges) add(e);
  for (const e of generated.edges) add({ ...e, source: rename.get(e.source) ?? e.source, target: rename.get(e.target) ?? e.target });

  if (fresh.size > 0) {
    const positions = layoutPlan(nodes, edges);
    const kept = nodes.filter((n) => !fresh.has(n.id));
    // Place the new part below what is kept, so nothing lands on top of the manager's nodes.
    const keptBottom = kept.length ? Math.max(...kept.map((n) => n.y)) + 160 : 0;
    const newTop = Math.min(...nodes.filter((n) => fresh.has(n.id)).map((n) => positions.get(n.id)!.y));
    for (const n of nodes) {
      if (!fresh.has(n.id)) continue;
      const p = positions.get(n.id)!;
      n.x = p.x;
      n.y = kept.length ? p.y - newTop + keptBottom : p.y;
    }
  }
  return { nodes, edges };
}
