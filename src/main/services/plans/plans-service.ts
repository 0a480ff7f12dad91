import type { z } from 'zod';
import type { pathWorkspace, planChanges } from '../../../shared/api/operations/plans';
import { newId } from '../../../shared/domain/ids';
import { DEFAULT_PLAN_SETTINGS, type Blackout, type Plan, type PlanNode } from '../../../shared/domain/plan';
import { describeCycle, findCycle } from '../../../shared/planning/graph';
import type { Db } from '../../db/open';
import { DomainError, notFound } from '../errors';
import { localToday } from '../team/clock';
import { planningFacts } from './planning-facts';

type Changes = z.output<typeof planChanges>;

/** How a node is named in messages: its skill, course or milestone label. */
export function nodeNamer(facts: ReturnType<typeof planningFacts>, nodes: readonly PlanNode[]) {
  const skills = new Map(facts.catalog.skills().map((s) => [s.id, s.name]));
  const courses = new Map(facts.catalog.courses().map((c) => [c.id, c.title]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return (id: string) => {
    const n = byId.get(id);
    if (!n) return id;
    if (n.kind === 'skill') return skills.get(n.skillId!) ?? n.skillId!;
    if (n.kind === 'course') return courses.get(n.courseId!) ?? n.courseId!;
    return n.label || 'Milestone';
  };
}

export function plansService(db: Db, today: () => string = localToday) {
  const facts = planningFacts(db, today);
  const { plans, catalog } = facts;

  function planOf(planId: string): Plan {
    const plan = plans.get(planId);
    if (!plan) throw notFound('Plan', planId);
    return plan;
  }

  function checkNameFree(memberId: string, name: string, exceptPlanId?: string) {
    const taken = plans.summaries(memberId).find((p) => p.id !== exceptPlanId && p.name.toLowerCase() === name.toLowerCase());
    if (taken) {
      throw new DomainError('CONFLICT', `${facts.member(memberId).name} already has a plan named “${taken.name}”; pick another name.`, {
        fields: [{ path: ['name'], message: 'That name is taken.' }],
      });
    }
  }

  return {
    workspace(memberId: string, planId: string | null): z.input<typeof pathWorkspace> {
      return db.transaction(() => {
        const member = facts.member(memberId);
        const targetRole = member.targetRoleId ? (catalog.role(member.targetRoleId) ?? null) : null;
        const plan = planId ? planOf(planId) : (plans.activeFor(memberId) ?? null);
        if (plan && plan.memberId !== memberId) throw notFound('Plan', planId!);
        return {
          today: today(),
          member,
          targetRole,
          levels: [...facts.levels(memberId).values()].map(({ skillId, level, source, ratedOn, stale }) => ({ skillId, level, source, ratedOn, stale })),
          blackouts: facts.blackouts.forMember(memberId),
          plans: plans.summaries(memberId),
          plan,
          milestoneHoursPerLevel: facts.settings.get().milestoneHoursPerLevel,
          teammates: facts.teammates().map((t) => ({
            memberId: t.memberId,
            name: t.name,
            levels: [...t.levels].map(([skillId, level]) => ({ skillId, level })),
          })),
        };
      })();
    },

    /** Applies a save's changes in one transaction; a loop or a foreign id refuses the whole save. */
    save(changes: Changes) {
      return db.transaction(() => {
        const before = planOf(changes.planId);
        if (changes.stamp < before.saveStamp) {
          return { applied: false, saveStamp: before.saveStamp, updatedAt: before.updatedAt };
        }
        const { planId } = changes;
        const foreign = (owner: string | undefined) => owner !== undefined && owner !== planId;
        for (const id of changes.deleteEdgeIds) plans.deleteEdge(planId, id);
        for (const id of changes.deleteNodeIds) plans.deleteNode(planId, id);
        changes.upsertNodes.forEach((n, i) => {
          if (foreign(plans.planOfNode(n.id))) {
            throw new DomainError('CONFLICT', `The step “${n.id}” belongs to another plan; reload this plan and try again.`);
          }
          const skill = n.skillId ?? n.milestoneSkillId;
          if (skill && !catalog.skillExists(skill)) {
            throw new DomainError('INVALID_INPUT', `The skill “${skill}” is no longer in the catalog; remove its step from the plan.`, {
              fields: [{ path: ['upsertNodes', i, n.skillId ? 'skillId' : 'milestoneSkillId'], message: 'Unknown skill.' }],
            });
          }
          if (n.courseId && !catalog.courseExists(n.courseId)) {
            throw new DomainError('INVALID_INPUT', `The course “${n.courseId}” is no longer in the catalog; remove its step from the plan.`, {
              fields: [{ path: ['upsertNodes', i, 'courseId'], message: 'Unknown course.' }],
            });
          }
          plans.upsertNode(planId, n);
        });
        changes.upsertEdges.forEach((e, i) => {
          if (foreign(plans.planOfEdge(e.id))) {
            throw new DomainError('CONFLICT', `The edge “${e.id}” belongs to another plan; reload this plan and try again.`);
          }
          for (const end of ['source', 'target'] as const) {
            if (plans.planOfNode(e[end]) !== planId) {
              throw new DomainError('INVALID_INPUT', 'An edge joins a step that is not in this plan; reload the plan and try again.', {
                fields: [{ path: ['upsertEdges', i, end], message: 'Not a step of this plan.' }],
              });
            }
          }
          plans.upsertEdge(planId, e);
        });
        const after = planOf(planId);
        const cycle = findCycle(
          after.nodes.map((n) => n.id),
          after.edges.map((e) => ({ from: e.source, to: e.target })),
        );
        if (cycle) {
          throw new DomainError(
            'INVALID_INPUT',
            `These steps would form a loop: ${describeCycle(cycle, nodeNamer(facts, after.nodes))}. Remove one of its edges; nothing was saved.`,
          );
        }
        if (changes.roadmapPins) plans.setSettings(planId, { ...after.settings, roadmapPins: changes.roadmapPins });
        plans.markSaved(planId, changes.stamp);
        facts.storeSchedule(planId);
        const saved = planOf(planId);
        return { applied: true, saveStamp: saved.saveStamp, updatedAt: saved.updatedAt };
      })();
    },

    create(memberId: string, name: string, copyFromPlanId: string | null): Plan {
      return db.transaction(() => {
        const member = facts.member(memberId);
        checkNameFree(memberId, name);
        const source = copyFromPlanId ? planOf(copyFromPlanId) : null;
        if (source && source.memberId !== memberId) {
          throw new DomainError('INVALID_INPUT', `The plan to copy belongs to another member; copy one of ${member.name}’s plans.`, {
            fields: [{ path: ['copyFromPlanId'], message: 'Not this member’s plan.' }],
          });
        }
        const id = newId('plan');
        const isActive = plans.summaries(memberId).every((p) => !p.isActive);
        plans.insert({
          id,
          memberId,
          name,
          isActive,
          targetRoleId: source?.targetRoleId ?? member.targetRoleId,
          settings: source?.settings ?? DEFAULT_PLAN_SETTINGS,
        });
        if (source) {
          const ids = new Map(source.nodes.map((n) => [n.id, newId('node')]));
          for (const { startDate: _s, endDate: _e, ...n } of source.nodes) plans.upsertNode(id, { ...n, id: ids.get(n.id)! });
          for (const e of source.edges) plans.upsertEdge(id, { ...e, id: newId('edge'), source: ids.get(e.source)!, target: ids.get(e.target)! });
          facts.storeSchedule(id);
        }
        return planOf(id);
      })();
    },

    update(planId: string, patch: { name?: string; maxParallel?: number }) {
      return db.transaction(() => {
        const plan = planOf(planId);
        if (patch.name !== undefined) {
          checkNameFree(plan.memberId, patch.name, planId);
          plans.rename(planId, patch.name);
        }
        if (patch.maxParallel !== undefined) {
          plans.setSettings(planId, { ...plan.settings, maxParallel: patch.maxParallel });
          facts.storeSchedule(planId);
        }
        const { nodes: _n, edges: _e, settings, ...rest } = planOf(planId);
        return {
          ...rest,
          maxParallel: settings.maxParallel,
          nodeCount: plan.nodes.length,
          courseCount: plan.nodes.filter((n) => n.kind === 'course').length,
        };
      })();
    },

    activate(planId: string) {
      return db.transaction(() => {
        const plan = planOf(planId);
        plans.activate(plan.memberId, planId);
        return plans.summaries(plan.memberId);
      })();
    },

    delete(planId: string) {
      return db.transaction(() => {
        const plan = planOf(planId);
        plans.delete(planId);
        const rest = plans.summaries(plan.memberId);
        let activePlanId = rest.find((p) => p.isActive)?.id ?? null;
        if (!activePlanId && rest.length > 0) {
          activePlanId = [...rest].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]!.id;
          plans.activate(plan.memberId, activePlanId);
        }
        return { deletedName: plan.name, activePlanId };
      })();
    },

    saveBlackouts(memberId: string, periods: readonly Omit<Blackout, 'id'>[]): Blackout[] {
      return db.transaction(() => {
        facts.member(memberId);
        facts.blackouts.replace(memberId, periods.map((p) => ({ ...p, id: newId('blackout') })));
        for (const p of plans.summaries(memberId)) facts.storeSchedule(p.id);
        return facts.blackouts.forMember(memberId);
      })();
    },
  };
}
