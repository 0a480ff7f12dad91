import {
  DEFAULT_PLAN_SETTINGS,
  generationReport,
  planSettings,
  type GenerationReport,
  type Plan,
  type PlanEdge,
  type PlanNode,
  type PlanNodeDraft,
  type PlanSettings,
  type PlanSummary,
} from '../../../shared/domain/plan';
import { fromJson, toJson } from '../json-column';
import type { Db } from '../open';

interface RawPlan {
  id: string;
  memberId: string;
  name: string;
  isActive: number;
  targetRoleId: string | null;
  constraints: string;
  updatedAt: string;
  generatedAt: string | null;
  editedSinceGeneration: number;
  saveStamp: number;
  generationReport: string | null;
  nodeCount: number;
  courseCount: number;
}

const PLAN_COLUMNS = `p.id, p.member_id AS memberId, p.name, p.is_active AS isActive, p.target_role_id AS targetRoleId,
  p.constraints, p.updated_at AS updatedAt, p.generated_at AS generatedAt,
  p.edited_since_generation AS editedSinceGeneration, p.save_stamp AS saveStamp, p.generation_report AS generationReport,
  (SELECT COUNT(*) FROM plan_nodes n WHERE n.plan_id = p.id) AS nodeCount,
  (SELECT COUNT(*) FROM plan_nodes n WHERE n.plan_id = p.id AND n.kind = 'course') AS courseCount`;

const NODE_COLUMNS = `id, kind, skill_id AS skillId, course_id AS courseId, milestone_skill_id AS milestoneSkillId, label,
  x, y, status, target_level AS targetLevel, note, origin, start_date AS startDate, end_date AS endDate`;

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

function settingsOf(raw: string): PlanSettings {
  const parsed = planSettings.safeParse(fromJson(raw, {}));
  return parsed.success ? parsed.data : DEFAULT_PLAN_SETTINGS;
}

function reportOf(raw: string | null): GenerationReport | null {
  if (raw === null) return null;
  const parsed = generationReport.safeParse(fromJson(raw, null));
  return parsed.success ? parsed.data : null;
}

function summaryOf(r: RawPlan): PlanSummary {
  return {
    id: r.id,
    memberId: r.memberId,
    name: r.name,
    isActive: r.isActive === 1,
    targetRoleId: r.targetRoleId,
    updatedAt: r.updatedAt,
    generatedAt: r.generatedAt,
    nodeCount: r.nodeCount,
    courseCount: r.courseCount,
  };
}

export interface NewPlan {
  id: string;
  memberId: string;
  name: string;
  isActive: boolean;
  targetRoleId: string | null;
  settings: PlanSettings;
}

/** Plans with their nodes and edges: one graph per plan, one active plan per member. */
export function plansRepository(db: Db) {
  const forMember = db.prepare(`SELECT ${PLAN_COLUMNS} FROM plans p WHERE p.member_id = ? ORDER BY p.is_active DESC, p.name COLLATE NOCASE, p.id`);
  const active = db.prepare(`SELECT ${PLAN_COLUMNS} FROM plans p WHERE p.is_active = 1`);
  const get = db.prepare(`SELECT ${PLAN_COLUMNS} FROM plans p WHERE p.id = ?`);
  const nodes = db.prepare(`SELECT ${NODE_COLUMNS} FROM plan_nodes WHERE plan_id = ? ORDER BY rowid`);
  const edges = db.prepare(`SELECT id, source_node_id AS source, target_node_id AS target, kind FROM plan_edges WHERE plan_id = ? ORDER BY rowid`);
  const insert = db.prepare(`INSERT INTO plans (id, member_id, name, is_active, target_role_id, constraints)
    VALUES (@id, @memberId, @name, @isActive, @targetRoleId, @constraints)`);
  const deactivate = db.prepare('UPDATE plans SET is_active = 0 WHERE member_id = ? AND is_active = 1');
  const activate = db.prepare('UPDATE plans SET is_active = 1 WHERE id = ?');
  const rename = db.prepare(`UPDATE plans SET name = ?, updated_at = ${NOW} WHERE id = ?`);
  const setSettings = db.prepare(`UPDATE plans SET constraints = ?, updated_at = ${NOW} WHERE id = ?`);
  const remove = db.prepare('DELETE FROM plans WHERE id = ?');
  const markSaved = db.prepare(`UPDATE plans SET save_stamp = ?, edited_since_generation = 1, updated_at = ${NOW} WHERE id = ?`);
  const markGenerated = db.prepare(`UPDATE plans SET generated_at = ${NOW}, updated_at = ${NOW}, edited_since_generation = 0,
    generation_report = ?, constraints = ?, target_role_id = ? WHERE id = ?`);
  const nodePlan = db.prepare('SELECT plan_id AS planId FROM plan_nodes WHERE id = ?');
  const edgePlan = db.prepare('SELECT plan_id AS planId FROM plan_edges WHERE id = ?');
  const upsertNode = db.prepare(`INSERT INTO plan_nodes
    (id, plan_id, kind, skill_id, course_id, milestone_skill_id, label, x, y, status, target_level, note, origin)
    VALUES (@id, @planId, @kind, @skillId, @courseId, @milestoneSkillId, @label, @x, @y, @status, @targetLevel, @note, @origin)
    ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, skill_id = excluded.skill_id, course_id = excluded.course_id,
      milestone_skill_id = excluded.milestone_skill_id, label = excluded.label, x = excluded.x, y = excluded.y,
      status = excluded.status, target_level = excluded.target_level, note = excluded.note, origin = excluded.origin
    WHERE plan_nodes.plan_id = excluded.plan_id`);
  const deleteNode = db.prepare('DELETE FROM plan_nodes WHERE id = ? AND plan_id = ?');
  const deleteAllNodes = db.prepare('DELETE FROM plan_nodes WHERE plan_id = ?');
  const upsertEdge = db.prepare(`INSERT INTO plan_edges (id, plan_id, source_node_id, target_node_id, kind)
    VALUES (@id, @planId, @source, @target, @kind)
    ON CONFLICT(id) DO UPDATE SET source_node_id = excluded.source_node_id, target_node_id = excluded.target_node_id,
      kind = excluded.kind WHERE plan_edges.plan_id = excluded.plan_id`);
  const deleteEdge = db.prepare('DELETE FROM plan_edges WHERE id = ? AND plan_id = ?');
  const setDates = db.prepare('UPDATE plan_nodes SET start_date = ?, end_date = ? WHERE id = ?');

  function plan(raw: RawPlan): Plan {
    return {
      ...summaryOf(raw),
      settings: settingsOf(raw.constraints),
      nodes: nodes.all(raw.id) as PlanNode[],
      edges: edges.all(raw.id) as PlanEdge[],
      editedSinceGeneration: raw.editedSinceGeneration === 1,
      saveStamp: raw.saveStamp,
      generation: reportOf(raw.generationReport),
    };
  }

  return {
    summaries: (memberId: string) => (forMember.all(memberId) as RawPlan[]).map(summaryOf),
    /** Every member's active plan, as summaries. */
    activeSummaries: () => (active.all() as RawPlan[]).map(summaryOf),
    get(id: string): Plan | undefined {
      const raw = get.get(id) as RawPlan | undefined;
      return raw && plan(raw);
    },
    activeFor(memberId: string): Plan | undefined {
      const raw = (forMember.all(memberId) as RawPlan[]).find((p) => p.isActive === 1);
      return raw && plan(raw);
    },
    insert(p: NewPlan) {
      insert.run({ ...p, isActive: p.isActive ? 1 : 0, constraints: toJson(p.settings) });
    },
    /** Makes one plan the member's active one (the others stop being active first: one active per member). */
    activate(memberId: string, planId: string) {
      deactivate.run(memberId);
      activate.run(planId);
    },
    rename: (id: string, name: string) => rename.run(name, id),
    setSettings: (id: string, settings: PlanSettings) => setSettings.run(toJson(settings), id),
    delete: (id: string) => remove.run(id).changes,
    markSaved: (id: string, stamp: number) => markSaved.run(stamp, id),
    markGenerated(id: string, report: GenerationReport, settings: PlanSettings, targetRoleId: string | null) {
      markGenerated.run(toJson(report), toJson(settings), targetRoleId, id);
    },
    /** The plan a node or an edge belongs to, if it exists. */
    planOfNode: (id: string) => (nodePlan.get(id) as { planId: string } | undefined)?.planId,
    planOfEdge: (id: string) => (edgePlan.get(id) as { planId: string } | undefined)?.planId,
    upsertNode: (planId: string, n: PlanNodeDraft) => upsertNode.run({ ...n, planId }).changes,
    deleteNode: (planId: string, id: string) => deleteNode.run(id, planId).changes,
    deleteAllNodes: (planId: string) => deleteAllNodes.run(planId).changes,
    upsertEdge: (planId: string, e: PlanEdge) => upsertEdge.run({ ...e, planId }).changes,
    deleteEdge: (planId: string, id: string) => deleteEdge.run(id, planId).changes,
    setDates: (nodeId: string, start: string | null, end: string | null) => setDates.run(start, end, nodeId),
  };
}
