/**
 * The part of the prerequisite graph around one skill: everything it needs (transitively, the road to it) and
 * what it unlocks (to a given depth, directly by default), nearest first, so a small read-only graph can show
 * a skill in context.
 */
export interface PrerequisiteLink {
  /** The skill that has the prerequisite. */
  skill: string;
  /** The skill it requires. */
  requires: string;
  level: number;
}

export interface Neighbourhood {
  /** Skill ids: the skill itself first, then requirements and unlocks by distance. */
  nodes: string[];
  /** Links among those nodes only. */
  links: PrerequisiteLink[];
  /** True when the walk stopped at the size limit, so the picture leaves some skills out. */
  truncated: boolean;
}

function walk(
  start: string,
  next: Map<string, string[]>,
  { limit, depth }: { limit: number; depth: number },
  seen: Set<string>,
): { found: string[]; full: boolean } {
  const found: string[] = [];
  const queue: [string, number][] = [[start, 0]];
  for (let i = 0; i < queue.length; i++) {
    const [node, d] = queue[i]!;
    const further = next.get(node) ?? [];
    if (d >= depth) continue;
    for (const n of further) {
      if (seen.has(n)) continue;
      if (found.length >= limit) return { found, full: false };
      seen.add(n);
      found.push(n);
      queue.push([n, d + 1]);
    }
  }
  return { found, full: true };
}

export function skillNeighbourhood(
  skill: string,
  links: readonly PrerequisiteLink[],
  { limit = 40, unlockDepth = 1 }: { limit?: number; unlockDepth?: number } = {},
): Neighbourhood {
  const needs = new Map<string, string[]>();
  const unlocks = new Map<string, string[]>();
  for (const l of links) {
    needs.set(l.skill, [...(needs.get(l.skill) ?? []), l.requires]);
    unlocks.set(l.requires, [...(unlocks.get(l.requires) ?? []), l.skill]);
  }
  const seen = new Set([skill]);
  const up = walk(skill, needs, { limit, depth: Infinity }, seen);
  const down = walk(skill, unlocks, { limit, depth: unlockDepth }, seen);
  const nodes = [skill, ...up.found, ...down.found];
  const inGraph = new Set(nodes);
  return {
    nodes,
    links: links.filter((l) => inGraph.has(l.skill) && inGraph.has(l.requires)),
    truncated: !up.full || !down.full,
  };
}
