import type { Course, Role, Skill, SkillAtLevel } from '../../../shared/domain/catalog';
import {
  catalogUpdateReport,
  compareCatalogVersions,
  type CatalogUpdateItem,
  type CatalogUpdateReport,
} from '../../../shared/domain/catalog-update';
import { cycleIfAdded, type Edge } from '../../../shared/planning/graph';
import { catalogChangesRepository, type CatalogKind } from '../../db/repositories/catalog-changes';
import { categoriesRepository } from '../../db/repositories/categories';
import { coursesRepository } from '../../db/repositories/courses';
import { rolesRepository } from '../../db/repositories/roles';
import { settingsRepository } from '../../db/repositories/settings';
import { skillsRepository } from '../../db/repositories/skills';
import type { Db } from '../../db/open';
import { loadEmbeddedCatalog, type EmbeddedCatalog } from './embedded';
import { CATALOG_VERSION_KEY } from './seed';

/** Settings key of the last update's report and whether the user has dismissed it. */
export const CATALOG_UPDATE_NOTICE_KEY = 'catalog.updateNotice';

/** A row as the catalog and the store can both state it, links sorted, so "changed" is a plain comparison. */
const byId = (a: SkillAtLevel, b: SkillAtLevel) => (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0);
const sortedLinks = <T extends SkillAtLevel>(links: readonly T[]) => [...links].sort(byId);
const comparableSkill = (s: Skill) =>
  JSON.stringify([s.name, s.category, s.description, s.refs, sortedLinks(s.prerequisites)]);
const comparableRole = (r: Role) =>
  JSON.stringify([
    r.name,
    r.summary,
    r.responsibilities,
    r.employers,
    r.refs,
    sortedLinks(r.requirements.map(({ skill, level, importance }) => ({ skill, level, importance }))),
  ]);
const comparableCourse = (c: Course) =>
  JSON.stringify([
    c.title, c.provider, c.kind, c.format, c.hours, c.hoursNote, c.cost, c.currency, c.url, c.level,
    sortedLinks(c.teaches), sortedLinks(c.requires),
  ]);

function emptyReport(fromVersion: string | null, toVersion: string, appliedAt: string): CatalogUpdateReport {
  return { fromVersion, toVersion, appliedAt, added: [], updated: [], keptEdited: [], keptDeleted: [], retired: [] };
}

/**
 * Brings a data file filled from an older embedded catalog up to the shipped one, in one transaction:
 * new rows are added; embedded rows the user neither edited nor deleted are updated; edited, deleted, user and
 * imported rows stay as they are; rows the new catalog dropped are kept (plans and ratings may use them) and
 * listed as retired. Links to skills the user deleted are left out, and a prerequisite that would close a
 * cycle with the user's own edits is skipped. Returns null when the file already has this version or a newer
 * one, or records no catalog version at all.
 */
export function updateFromEmbeddedCatalog(
  db: Db,
  catalog: EmbeddedCatalog = loadEmbeddedCatalog(),
  now: Date = new Date(),
): CatalogUpdateReport | null {
  const settings = settingsRepository(db);
  const fromVersion = (settings.get(CATALOG_VERSION_KEY) as string | undefined) ?? null;
  const toVersion = catalog.manifest.catalogVersion;
  // No version: the rows were not loaded from an embedded catalog (written by hand or a tool), so leave them.
  if (fromVersion === null || compareCatalogVersions(fromVersion, toVersion) >= 0) return null;

  const categories = categoriesRepository(db);
  const skills = skillsRepository(db);
  const roles = rolesRepository(db);
  const courses = coursesRepository(db);
  const changes = catalogChangesRepository(db);

  return db.transaction(() => {
    const report = emptyReport(fromVersion, toVersion, now.toISOString());
    const note = (list: CatalogUpdateItem[], kind: CatalogUpdateItem['kind'], id: string, name: string) =>
      list.push({ kind, id, name });
    const deleted = Object.fromEntries(
      (['skill', 'role', 'course'] as CatalogKind[]).map((k) => [k, changes.deletedIds(k)]),
    ) as Record<CatalogKind, Set<string>>;

    // Categories cannot be edited by the user: add new ones, refresh names and descriptions.
    const storedCategories = new Map(categories.list().map((c) => [c.id, c]));
    catalog.categories.forEach((c, position) => {
      const stored = storedCategories.get(c.id);
      if (!stored) {
        categories.insert(c, position);
        note(report.added, 'category', c.id, c.name);
      } else if (stored.name !== c.name || stored.description !== c.description) {
        categories.update(c, position);
        note(report.updated, 'category', c.id, c.name);
      }
    });

    /**
     * One kind of row: add it unless the user deleted it; update it when it differs and is an untouched
     * embedded row; otherwise note that the user's version was kept.
     */
    function reconcile<T extends { id: string }>(
      kind: CatalogKind,
      rows: readonly T[],
      step: {
        stored: (id: string) => { name: string; origin: string; userModified: boolean; comparable: string } | undefined;
        wanted: (row: T) => T;
        comparable: (row: T) => string;
        name: (row: T) => string;
        insert: (row: T) => void;
        update: (row: T) => void;
      },
    ) {
      for (const row of rows) {
        const stored = step.stored(row.id);
        const wanted = step.wanted(row);
        if (!stored) {
          if (deleted[kind].has(row.id)) note(report.keptDeleted, kind, row.id, step.name(row));
          else {
            step.insert(wanted);
            note(report.added, kind, row.id, step.name(row));
          }
        } else if (stored.comparable !== step.comparable(wanted)) {
          if (stored.origin !== 'embedded' || stored.userModified) note(report.keptEdited, kind, row.id, stored.name);
          else {
            step.update(wanted);
            note(report.updated, kind, row.id, step.name(row));
          }
        }
      }
    }

    // Skills first (links of roles and courses point at them), prerequisites once every skill is in place.
    const catalogSkillIds = new Set(catalog.skills.map((s) => s.id));
    const willExist = (id: string) => skills.exists(id) || (catalogSkillIds.has(id) && !deleted.skill.has(id));
    const present = <T extends SkillAtLevel>(links: readonly T[]) => links.filter((l) => willExist(l.skill));
    const prerequisitesToWrite: Skill[] = [];
    reconcile('skill', catalog.skills, {
      stored: (id) => {
        const s = skills.get(id);
        return s && { ...s, comparable: comparableSkill(s) };
      },
      wanted: (s) => ({ ...s, prerequisites: present(s.prerequisites) }),
      comparable: comparableSkill,
      name: (s) => s.name,
      insert: (s) => {
        skills.insert(s, 'embedded');
        prerequisitesToWrite.push(s);
      },
      update: (s) => {
        skills.update(s);
        prerequisitesToWrite.push(s);
      },
    });
    const edges: Edge[] = skills.links().map((l) => ({ from: l.requires, to: l.skill }));
    for (const s of prerequisitesToWrite) {
      const others = edges.filter((e) => e.to !== s.id);
      const kept = s.prerequisites.filter((p) => {
        if (cycleIfAdded(others, p.skill, s.id)) return false;
        others.push({ from: p.skill, to: s.id });
        return true;
      });
      edges.splice(0, edges.length, ...others);
      skills.replacePrerequisites({ id: s.id, prerequisites: kept });
    }

    reconcile('role', catalog.roles, {
      stored: (id) => {
        const r = roles.get(id);
        return r && { ...r, comparable: comparableRole(r) };
      },
      wanted: (r) => ({ ...r, requirements: present(r.requirements) }),
      comparable: comparableRole,
      name: (r) => r.name,
      insert: (r) => roles.insert(r, 'embedded'),
      update: (r) => {
        roles.update(r);
        roles.replaceRequirements(r.id, r.requirements);
      },
    });

    reconcile('course', catalog.courses, {
      stored: (id) => {
        const c = courses.get(id);
        return c && { ...c, name: c.title, comparable: comparableCourse(c) };
      },
      wanted: (c) => ({ ...c, teaches: present(c.teaches), requires: present(c.requires) }),
      comparable: comparableCourse,
      name: (c) => c.title,
      insert: (c) => courses.insert(c, 'embedded'),
      update: (c) => courses.update(c),
    });

    // Rows the new catalog dropped stay, so plans, ratings and requirements that use them keep working.
    const inCatalog = {
      skill: catalogSkillIds,
      role: new Set(catalog.roles.map((r) => r.id)),
      course: new Set(catalog.courses.map((c) => c.id)),
    };
    for (const s of skills.list()) if (s.origin === 'embedded' && !inCatalog.skill.has(s.id)) note(report.retired, 'skill', s.id, s.name);
    for (const r of roles.list()) if (r.origin === 'embedded' && !inCatalog.role.has(r.id)) note(report.retired, 'role', r.id, r.name);
    for (const c of courses.list()) if (c.origin === 'embedded' && !inCatalog.course.has(c.id)) note(report.retired, 'course', c.id, c.title);

    settings.put(CATALOG_VERSION_KEY, toVersion);
    settings.put(CATALOG_UPDATE_NOTICE_KEY, { report, dismissed: false });
    return report;
  })();
}

/** The last catalog update as a notice the app shows once: read it until the user dismisses it. */
export function catalogUpdateNotice(db: Db) {
  const settings = settingsRepository(db);
  function stored(): { report: CatalogUpdateReport; dismissed: boolean } | null {
    const value = settings.get(CATALOG_UPDATE_NOTICE_KEY) as { report?: unknown; dismissed?: unknown } | undefined;
    const report = catalogUpdateReport.safeParse(value?.report);
    return report.success ? { report: report.data, dismissed: value?.dismissed === true } : null;
  }
  return {
    /** The report of the last update, or null when there was none or it was dismissed. */
    current(): CatalogUpdateReport | null {
      const notice = stored();
      return notice && !notice.dismissed ? notice.report : null;
    },
    /** Marks the notice as seen; it stays in the file for reference. */
    dismiss(): { dismissed: boolean } {
      return db.transaction(() => {
        const notice = stored();
        if (!notice || notice.dismissed) return { dismissed: false };
        settings.put(CATALOG_UPDATE_NOTICE_KEY, { ...notice, dismissed: true });
        return { dismissed: true };
      })();
    },
  };
}
