import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationInput, OperationName, OperationOutput } from '../../../src/shared/api/contract';
import { createApi } from '../../../src/main/api';
import { openStore } from '../../../src/main/db/open';
import { updateFromEmbeddedCatalog } from '../../../src/main/services/catalog/catalog-update';
import { loadEmbeddedCatalog } from '../../../src/main/services/catalog/embedded';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
import { catalog2026112, createFileFrom2026112 } from '../../support/old-catalog';
import { tempDir } from '../../support/temp-dir';

/** Calls through the real API on an open file; a refusal fails the test with its message. */
function caller(db: Database.Database, file: string) {
  const api = createApi({ db, file }, { checkOutputs: true });
  return <N extends OperationName>(name: N, input: OperationInput<N>): OperationOutput<N> => {
    const result = api.call(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
    return result.value as OperationOutput<N>;
  };
}

const peek = <T>(file: string, sql: string, ...params: unknown[]): T[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
};
const ids = (items: { kind: string; id: string }[], kind: string) => items.filter((i) => i.kind === kind).map((i) => i.id);

let tmp: ReturnType<typeof tempDir>;
let file: string;
let opened: PlannerStore | undefined;
beforeEach(() => {
  tmp = tempDir();
  file = tmp.file('planner.sqlite');
  createFileFrom2026112(file);
});
afterEach(() => {
  if (opened?.db.open) opened.db.close();
  opened = undefined;
  tmp.cleanup();
});

/** What a user of 2026.11.2 did: edited AAISM, deleted "MLOps pipeline engineering", planned CompTIA SecAI+. */
function useThe2026112File(): { memberId: string; planId: string } {
  const store = openStore(file);
  try {
    const call = caller(store.db, file);
    const aaism = call('courses.get', { id: 'isaca-aaism' });
    call('courses.update', {
      id: aaism.id, title: 'AAISM (company voucher)', provider: aaism.provider, kind: aaism.kind, format: aaism.format,
      hours: 12, hoursNote: 'our own estimate', cost: 0, currency: null, url: aaism.url, level: aaism.level,
      teaches: aaism.teaches, requires: aaism.requires, version: aaism.version,
    });
    call('skills.delete', { id: 'mlops-pipelines', removeUses: true });
    const member = call('members.create', { name: 'Ana Ruiz', targetRoleId: 'ai-incident-response-specialist' });
    const plan = call('plans.create', { memberId: member.id, name: 'Main plan' });
    // A course step as the learning-path editor stores it.
    store.db
      .prepare("INSERT INTO plan_nodes (id, plan_id, kind, course_id, label) VALUES ('step-secai', ?, 'course', 'comptia-secai', '')")
      .run(plan.id);
    return { memberId: member.id, planId: plan.id };
  } finally {
    store.db.close();
  }
}

describe('opening a data file filled from catalog 2026.11.2', () => {
  it('starts at 2026.11.2, with the review\'s faults in place', () => {
    expect(peek<{ value: string }>(file, "SELECT value FROM settings WHERE key = 'catalog.version'")).toEqual([{ value: '"2026.11.2"' }]);
    expect(peek(file, "SELECT hours FROM courses WHERE id = 'comptia-secai'")).toEqual([{ hours: 1 }]);
  });

  it('adds new rows, updates unedited ones, and leaves the edited course and the deleted skill alone', () => {
    const { memberId, planId } = useThe2026112File();
    opened = openPlannerStore(file);
    const report = opened.catalogUpdate!;
    expect(report).not.toBeNull();
    expect([report.fromVersion, report.toVersion]).toEqual(['2026.11.2', '2026.12.1']);

    // Added: the ML-literacy skill and the courses for untaught skills, the former without the deleted skill.
    expect(ids(report.added, 'skill')).toEqual(['ai-ml-literacy']);
    expect(ids(report.added, 'course')).toEqual(expect.arrayContaining(['csa-ccsk', 'cncf-cks', 'owasp-genai-ir-guide', 'gcp-prod-ready-ai-sec']));
    expect(peek(file, "SELECT origin, user_modified AS edited FROM skills WHERE id = 'ai-ml-literacy'")).toEqual([{ origin: 'embedded', edited: 0 }]);
    expect(peek(file, "SELECT skill_id AS skill, level FROM course_skills WHERE course_id = 'gcp-prod-ready-ai-sec' ORDER BY skill_id")).not.toContainEqual(
      expect.objectContaining({ skill: 'mlops-pipelines' }),
    );

    // Updated: SecAI+ now counts 30 h of preparation, not its 1 h exam; the governance role asks ML literacy.
    expect(ids(report.updated, 'course')).toContain('comptia-secai');
    expect(peek(file, "SELECT hours, format FROM courses WHERE id = 'comptia-secai'")).toEqual([{ hours: 30, format: 'self-paced' }]);
    expect(ids(report.updated, 'role')).toContain('ai-governance-specialist');
    expect(peek(file, "SELECT skill_id AS skill, level FROM role_requirements WHERE role_id = 'ai-governance-specialist' AND skill_id IN ('ai-ml-literacy', 'ml-fundamentals')")).toEqual([
      { skill: 'ai-ml-literacy', level: 3 },
    ]);
    expect(peek(file, "SELECT requires_skill_id AS skill FROM skill_prerequisites WHERE skill_id = 'ai-threat-landscape'")).toEqual([{ skill: 'ai-ml-literacy' }]);

    // Kept because edited: the user's AAISM, and the rows the deletion changed (MLSecOps lost a requirement).
    expect(ids(report.keptEdited, 'course')).toContain('isaca-aaism');
    expect(report.keptEdited).toContainEqual({ kind: 'course', id: 'isaca-aaism', name: 'AAISM (company voucher)' });
    expect(ids(report.keptEdited, 'role')).toContain('mlsecops-engineer');
    expect(peek(file, "SELECT title, hours, cost, user_modified AS edited FROM courses WHERE id = 'isaca-aaism'")).toEqual([
      { title: 'AAISM (company voucher)', hours: 12, cost: 0, edited: 1 },
    ]);
    expect(peek(file, "SELECT level FROM role_requirements WHERE role_id = 'mlsecops-engineer' AND skill_id = 'devsecops-cicd'")).toEqual([{ level: 4 }]);

    // Kept deleted: the skill does not come back, nor do links to it.
    expect(report.keptDeleted).toEqual([{ kind: 'skill', id: 'mlops-pipelines', name: 'MLOps pipeline engineering' }]);
    expect(peek(file, "SELECT COUNT(*) AS n FROM skills WHERE id = 'mlops-pipelines'")).toEqual([{ n: 0 }]);
    expect(report.retired).toEqual([]);

    // The plan that schedules the changed course still opens, with the course's new hours.
    const call = caller(opened.db, file);
    const workspace = call('plans.workspace', { memberId, planId });
    expect(workspace.plan?.nodes.map((n) => [n.kind, n.courseId])).toEqual([['course', 'comptia-secai']]);
    expect(call('courses.get', { id: 'comptia-secai' }).hours).toBe(30);

    // The notice: shown until dismissed, once; the version is recorded and a restart changes nothing.
    expect(call('catalog.updateNotice', {})).toEqual(report);
    expect(call('catalog.dismissUpdateNotice', {})).toEqual({ dismissed: true });
    expect(call('catalog.updateNotice', {})).toBeNull();
    expect(call('catalog.summary', {}).catalogVersion).toBe('2026.12.1');
    opened.db.close();
    opened = openPlannerStore(file);
    expect(opened.catalogUpdate).toBeNull();
    expect(caller(opened.db, file)('catalog.updateNotice', {})).toBeNull();
  });

  it('counts rows the same way an independent count of the two catalogs does', () => {
    opened = openPlannerStore(file);
    const report = opened.catalogUpdate!;
    const before = catalog2026112();
    const after = loadEmbeddedCatalog();
    const oldCourses = new Set(before.courses.map((c) => c.id));
    const oldSkills = new Set(before.skills.map((s) => s.id));
    expect(ids(report.added, 'course').sort()).toEqual(after.courses.map((c) => c.id).filter((id) => !oldCourses.has(id)).sort());
    expect(ids(report.added, 'skill')).toEqual(after.skills.map((s) => s.id).filter((id) => !oldSkills.has(id)));
    // Nothing edited or deleted in this file, so nothing is kept back.
    expect([report.keptEdited, report.keptDeleted, report.retired]).toEqual([[], [], []]);
    expect(peek(file, 'SELECT COUNT(*) AS n FROM courses')).toEqual([{ n: after.courses.length }]);
    expect(peek(file, 'SELECT COUNT(*) AS n FROM skills')).toEqual([{ n: after.skills.length }]);
  });

  it('keeps a course the new catalog dropped, marks it retired, and the plan using it still opens', () => {
    const { memberId, planId } = useThe2026112File();
    const store = openStore(file);
    opened = { ...store, seed: { seeded: false, catalogVersion: '2026.11.2' }, catalogUpdate: null };
    const next = loadEmbeddedCatalog();
    const withoutSecai = { ...next, courses: next.courses.filter((c) => c.id !== 'comptia-secai') };
    const report = updateFromEmbeddedCatalog(store.db, withoutSecai)!;
    expect(report.retired).toEqual([{ kind: 'course', id: 'comptia-secai', name: 'CompTIA SecAI+ (CY0-001)' }]);
    expect(peek(file, "SELECT hours FROM courses WHERE id = 'comptia-secai'")).toEqual([{ hours: 1 }]);
    const workspace = caller(store.db, file)('plans.workspace', { memberId, planId });
    expect(workspace.plan?.nodes.map((n) => n.courseId)).toEqual(['comptia-secai']);
  });

  it('leaves a file whose catalog rows carry no catalog version (written by a tool, not by a release) alone', () => {
    const store = openStore(file);
    store.db.prepare("DELETE FROM settings WHERE key = 'catalog.version'").run();
    store.db.close();
    opened = openPlannerStore(file);
    expect(opened.catalogUpdate).toBeNull();
    expect(peek(file, "SELECT COUNT(*) AS n FROM courses WHERE id = 'csa-ccsk'")).toEqual([{ n: 0 }]);
  });

  it('leaves the file exactly as it was when the update fails part-way', () => {
    const next = loadEmbeddedCatalog();
    // A skill in a category no catalog has: the store refuses it after many rows were already written.
    const broken = { ...next, skills: [...next.skills, { ...next.skills[0]!, id: 'orphan-skill', category: 'no-such-category' }] };
    const before = peek(file, 'SELECT (SELECT COUNT(*) FROM courses) AS courses, (SELECT COUNT(*) FROM skills) AS skills');
    const store = openStore(file);
    try {
      expect(() => updateFromEmbeddedCatalog(store.db, broken)).toThrow();
    } finally {
      store.db.close();
    }
    expect(peek(file, 'SELECT (SELECT COUNT(*) FROM courses) AS courses, (SELECT COUNT(*) FROM skills) AS skills')).toEqual(before);
    expect(peek(file, "SELECT value FROM settings WHERE key IN ('catalog.version', 'catalog.updateNotice')")).toEqual([{ value: '"2026.11.2"' }]);
  });
});
