import { niceCatalogRows, niceRoleId, niceSkillId, NICE_FRAMEWORK_CODE } from '../../../../shared/domain/nice-catalog';
import { compareNiceFrameworks } from '../../../../shared/domain/nice-diff';
import { niceFramework, NiceFileError, readNiceFramework, type NiceFramework } from '../../../../shared/domain/nice-framework';
import type { NiceImportReport, NiceInspection, NiceRoleStatus } from '../../../../shared/domain/nice-import';
import type { Importance, TargetLevel } from '../../../../shared/domain/proficiency';
import { role, skill, skillCategory } from '../../../../shared/domain/catalog';
import type { Db } from '../../../db/open';
import { DomainError } from '../../errors';
import { niceRows } from '../../../db/repositories/nice-rows';
import { surelyValidCategory, surelyValidRole, surelyValidSkill } from './nice-row-checks';

export interface NiceImportRequest {
  content: string;
  roleIds: string[];
  level: TargetLevel;
  importance: Importance;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Reads a NICE file into the framework, or refuses it with the reason: needs no store (the worker runs it). */
export function readNiceFile(content: string): NiceFramework {
  try {
    return readNiceFramework(content);
  } catch (error) {
    if (error instanceof NiceFileError) {
      throw new DomainError('INVALID_INPUT', error.message, { fields: [{ path: ['content'], message: error.message }] });
    }
    throw error;
  }
}

/**
 * Every row an import would write passes the same schemas as the catalog's forms and the API; the first that
 * does not refuses the whole import, named by its NICE id and field. A row the quick checks pass
 * (nice-row-checks.ts, the schemas' rules compiled) surely passes its schema, so only the others are parsed.
 */
function checkNiceRows(wanted: ReturnType<typeof niceCatalogRows>): void {
  type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  const refuse = (what: string, id: string, result: Result) => {
    const issue = result.error?.issues[0];
    if (!issue) return;
    const field = issue.path.map(String).join('.');
    const message = `The NICE file’s ${what} “${id}” cannot be imported: ${field ? `${field}: ` : ''}${issue.message} Nothing was imported.`;
    throw new DomainError('INVALID_INPUT', message, { fields: [{ path: ['content'], message }] });
  };
  for (const c of wanted.categories) if (!surelyValidCategory(c)) refuse('category', c.id, skillCategory.safeParse(c));
  for (const s of wanted.skills) if (!surelyValidSkill(s)) refuse('statement', s.refs[0]?.id ?? s.id, skill.safeParse({ ...s, prerequisites: [] }));
  for (const r of wanted.roles) if (!surelyValidRole(r)) refuse('work role', r.refs[0]?.id ?? r.id, role.safeParse(r));
}

/**
 * Imports NICE work roles as catalog roles whose requirements are their knowledge and skill statements.
 * Rows are keyed on NICE ids, so a re-import updates in place; rows the user edited or deleted are left alone.
 */
export function niceImportService(db: Db) {
  const rows = niceRows(db);

  function imported() {
    const latest = rows.latestImport(NICE_FRAMEWORK_CODE);
    if (!latest) return null;
    const snapshot = niceFramework.safeParse(latest.snapshot);
    return { version: latest.version, importedAt: latest.importedAt, framework: snapshot.success ? snapshot.data : null };
  }

  function roleStatus(workRoleId: string): NiceRoleStatus {
    const id = niceRoleId(workRoleId);
    const stored = rows.role(id);
    if (!stored) return rows.isDeleted('role', id) ? 'deleted' : 'new';
    return stored.origin !== 'nice' || stored.userModified ? 'edited' : 'imported';
  }

  /** Imports the picked roles of a framework already read from the request's file. */
  function importFramework(framework: NiceFramework, request: Omit<NiceImportRequest, 'content'>): NiceImportReport {
    const known = new Set(framework.roles.map((r) => r.id));
    const unknown = request.roleIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new DomainError(
        'INVALID_INPUT',
        `The file has no work role ${unknown.map((id) => `“${id}”`).join(', ')}. Pick roles from the list the file shows.`,
        { fields: [{ path: ['roleIds'], message: 'Unknown work role.' }] },
      );
    }
    const wanted = niceCatalogRows(framework, request.roleIds, request);
    checkNiceRows(wanted);
    return db.transaction(() => {
      const report: NiceImportReport = {
        version: framework.document.version,
        categories: { added: 0, updated: 0, unchanged: 0 },
        skills: { added: 0, updated: 0, unchanged: 0, keptEdited: 0, keptDeleted: 0 },
        roles: { added: 0, updated: 0, unchanged: 0, keptEdited: 0 },
        requirements: { added: 0, removed: 0 },
        addedRoles: [],
        updatedRoles: [],
        nothingChanged: false,
      };

      for (const c of wanted.categories) {
        const stored = rows.category(c.id);
        if (!stored) {
          const taken = rows.categoryNameTakenBy(c.name, c.id);
          if (taken) {
            throw new DomainError(
              'CONFLICT',
              `The skill category “${c.name}” already exists (id “${taken}”). Rename that category, then import again.`,
            );
          }
          rows.insertCategory(c);
          report.categories.added++;
        } else if (stored.name !== c.name || stored.description !== c.description || stored.position !== c.position) {
          rows.updateCategory(c);
          report.categories.updated++;
        } else report.categories.unchanged++;
      }

      // Read once for the whole import (each id comes once in `wanted`), not one query per row.
      const storedSkills = rows.skillsById();
      const deletedSkills = rows.deletedIds('skill');
      const storedRoles = rows.rolesById();
      const requirementSkills = rows.requirementSkillsByRole();
      const absent = new Set<string>();
      for (const s of wanted.skills) {
        const stored = storedSkills.get(s.id);
        if (!stored) {
          if (deletedSkills.has(s.id)) {
            absent.add(s.id);
            report.skills.keptDeleted++;
          } else {
            rows.insertSkill(s);
            report.skills.added++;
          }
        } else if (stored.origin !== 'nice' || stored.userModified) {
          report.skills.keptEdited++;
        } else if (
          stored.name !== s.name ||
          stored.category !== s.category ||
          stored.description !== s.description ||
          !sameJson(JSON.parse(stored.refs), s.refs)
        ) {
          rows.updateSkill(s);
          report.skills.updated++;
        } else report.skills.unchanged++;
      }

      for (const r of wanted.roles) {
        const stored = storedRoles.get(r.id);
        const desired = r.requirements.filter((q) => !absent.has(q.skill));
        if (!stored) {
          rows.insertRole(r);
          rows.undelete('role', r.id);
          for (const q of desired) rows.insertRequirement(r.id, q.skill, q.level, q.importance);
          report.requirements.added += desired.length;
          report.roles.added++;
          report.addedRoles.push(r.name);
          continue;
        }
        if (stored.origin !== 'nice' || stored.userModified) {
          report.roles.keptEdited++;
          continue;
        }
        let changed = false;
        if (
          stored.name !== r.name ||
          stored.summary !== r.summary ||
          !sameJson(stored.responsibilities, r.responsibilities) ||
          !sameJson(JSON.parse(stored.refs), r.refs)
        ) {
          rows.updateRole(r);
          changed = true;
        }
        // Requirements the framework no longer lists go; new ones come at the chosen level; the rest keep theirs.
        const current = new Set(requirementSkills.get(r.id) ?? []);
        const desiredIds = new Set(desired.map((q) => q.skill));
        for (const q of desired) {
          if (current.has(q.skill)) continue;
          rows.insertRequirement(r.id, q.skill, q.level, q.importance);
          report.requirements.added++;
          changed = true;
        }
        for (const skill of current) {
          if (desiredIds.has(skill) || !skill.startsWith(niceSkillId(''))) continue;
          rows.deleteRequirement(r.id, skill);
          report.requirements.removed++;
          changed = true;
        }
        if (changed) {
          report.roles.updated++;
          report.updatedRoles.push(r.name);
        } else report.roles.unchanged++;
      }

      report.nothingChanged =
        report.categories.added + report.categories.updated + report.skills.added + report.skills.updated +
          report.roles.added + report.roles.updated ===
        0;
      // The snapshot is compared as the JSON text it is stored as (no read back into objects and out again).
      const snapshot = JSON.stringify(framework);
      const sameVersion = rows.latestSnapshotText(NICE_FRAMEWORK_CODE) === snapshot;
      if (!report.nothingChanged || !sameVersion) {
        rows.recordImport(NICE_FRAMEWORK_CODE, framework.document.version, report, framework, snapshot);
      }
      return report;
    })();
  }

  return {
    inspect(content: string): NiceInspection {
      const framework = readNiceFile(content);
      const previous = imported();
      const counts = { knowledge: 0, skill: 0, task: 0 };
      for (const s of Object.values(framework.statements)) counts[s.kind]++;
      return {
        document: framework.document,
        categories: framework.categories.map((c) => ({
          ...c,
          roleCount: framework.roles.filter((r) => r.category === c.id).length,
        })),
        roles: framework.roles.map((r) => ({
          id: r.id,
          name: r.name,
          definition: r.definition,
          category: r.category,
          knowledge: r.knowledge.length,
          skills: r.skills.length,
          tasks: r.tasks.length,
          status: roleStatus(r.id),
        })),
        statementCounts: counts,
        imported: previous && { version: previous.version, importedAt: previous.importedAt },
        diff: previous?.framework ? compareNiceFrameworks(previous.framework, framework) : null,
      };
    },


    import(request: NiceImportRequest): NiceImportReport {
      return importFramework(readNiceFile(request.content), request);
    },
    importFramework,
  };
}
