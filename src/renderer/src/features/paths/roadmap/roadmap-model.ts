import { useMemo } from 'react';
import type { RoadmapCatalog, RoadmapInput } from '../../../../../shared/roadmap';
import { usePaths, type PathsCatalog } from '../../../store/paths';
import type { PlanFacts } from '../plan-facts';

function catalogOf(catalog: PathsCatalog): RoadmapCatalog {
  return {
    skills: new Map(catalog.skills.map((s) => [s.id, { name: s.name, category: s.category }])),
    categories: new Map(catalog.categories.map((c) => [c.id, c.name])),
    courses: new Map(catalog.courses.map((c) => [c.id, { title: c.title, teaches: c.teaches }])),
  };
}

/**
 * What the roadmap of the plan being edited is laid out from: new when the graph's content changes (facts follow
 * `structure`) or a step is placed by hand, not when a node of the full graph moves. Null while not `wanted`.
 */
export function useRoadmapInput(facts: PlanFacts, wanted = true): RoadmapInput | null {
  const catalog = usePaths((s) => s.catalog);
  const workspace = usePaths((s) => s.workspace);
  const pins = usePaths((s) => s.roadmapPins);
  const roadmapCatalog = useMemo(() => (catalog && wanted ? catalogOf(catalog) : null), [catalog, wanted]);
  // A new schedule comes with every change of the graph's content (see plan-facts.ts).
  const { schedule, current } = facts;
  return useMemo(() => {
    if (!roadmapCatalog || !workspace) return null;
    const nodes = usePaths.getState().nodes.map((n) => ({ id: n.id, ...n.data }));
    return {
      nodes,
      edges: usePaths.getState().edges,
      dates: schedule.dates,
      startDate: workspace.member.startDate ?? workspace.today,
      current,
      catalog: roadmapCatalog,
      pinned: new Map(Object.entries(pins)),
      blackouts: workspace.blackouts,
    };
  }, [schedule, current, roadmapCatalog, workspace, pins]);
}
