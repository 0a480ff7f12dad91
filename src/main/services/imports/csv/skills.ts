import { frameworkRef, skill, type FrameworkRef, type Skill, type SkillAtLevel } from '../../../../shared/domain/catalog';
import type { TargetLevel } from '../../../../shared/domain/proficiency';
import { findCycle } from '../../../../shared/planning/graph';
import type { Db } from '../../../db/open';
import { catalogChangesRepository } from '../../../db/repositories/catalog-changes';
import { categoriesRepository } from '../../../db/repositories/categories';
import { importRowsRepository } from '../../../db/repositories/import-rows';
import { skillsRepository } from '../../../db/repositories/skills';
import { matchKey } from '../../../../shared/imports/value-matching';
import { leveledItem, levelCell, listCell, slugId } from './cells';
import { sameRecord, writeRecords, type CsvRow, type EntityImporter, type ReadContext } from './entity-importer';
import { defaultLevel } from './skill-levels';

interface SkillPlan {
  skill: Skill;
  stored: Skill | undefined;
  /** A category this row needs created (its name), when the file names one the catalog lacks. */
  newCategory: string | null;
  replacePrerequisites: boolean;
  /** Prerequisites on skills defined by other rows of the file (checked once every row is read). */
  fileRefs: { id: string; row: number }[];
}

export function skillsImporter(db: Db, ctx: ReadContext): EntityImporter<SkillPlan> {
  const { lookups } = ctx;
  const skills = skillsRepository(db);
  const categories = categoriesRepository(db);
  const changes = catalogChangesRepository(db);
  const stored = new Map<string, Skill>(
    skills.list().map(({ id, name, category, description, refs, prerequisites }) => [id, { id, name, category, description, refs, prerequisites }]),
  );
  // The id each row will write, decided before reading so rows can name each other as prerequisites.
  const rowIds = new Map<number, string>();
  const fileSkills = new Map<string, { id: string; row: number }>();
  const fileIds = new Set<string>();

  const maxPosition = importRowsRepository(db).maxCategoryPosition();

  function readPrerequisites(row: CsvRow, selfId: string, plan: Pick<SkillPlan, 'fileRefs'>): SkillAtLevel[] | undefined {
    const out: SkillAtLevel[] = [];
    let failed = false;
    for (const item of listCell(row.text('prerequisites'))) {
      // Without a level: the level chosen in the preview (Basic when it follows a course's level).
      const parts = leveledItem(item) ?? { ref: item, level: null };
      const level = parts.level === null ? defaultLevel(ctx, 'beginner', false) : row.value('prerequisites', levelCell(parts.level, 1));
      const inFile = fileSkills.get(matchKey(parts.ref)) ?? fileSkills.get(`id:${parts.ref}`);
      const known = inFile ? undefined : ctx.values.entry(row, 'prerequisites', 'skill', parts.ref);
      if (level === undefined || (!inFile && !known)) {
        failed = true;
        continue;
      }
      const id = inFile?.id ?? known!.id;
      if (id === selfId) {
        row.problem('prerequisites', 'A skill cannot be its own prerequisite.');
        failed = true;
      } else if (out.some((p) => p.skill === id)) {
        row.problem('prerequisites', `The prerequisite “${parts.ref}” is listed twice.`);
        failed = true;
      } else {
        out.push({ skill: id, level: level as TargetLevel });
        if (inFile && inFile.row !== row.row) plan.fileRefs.push(inFile);
      }
    }
    return failed ? undefined : out;
  }

  function readRefs(row: CsvRow): FrameworkRef[] | undefined {
    const refs: FrameworkRef[] = [];
    for (const item of listCell(row.text('refs'))) {
      const at = item.indexOf(':');
      const parsed = frameworkRef.safeParse({ framework: item.slice(0, at), id: item.slice(at + 1) });
      if (at <= 0 || !parsed.success) {
        row.problem('refs', `“${item}” is not a framework reference: write framework:id, e.g. “NICE:K0018”.`);
        return undefined;
      }
      refs.push(parsed.data);
    }
    return refs;
  }

  return {
    scan(row) {
      const given = row.text('id');
      const name = row.text('name');
      const id =
        given ||
        lookups.skills.uniqueByName(name)?.id ||
        slugId(name || 'skill', (candidate) => stored.has(candidate) || fileIds.has(candidate));
      rowIds.set(row.row, id);
      fileIds.add(id);
      const entry = { id, row: row.row };
      if (name && !fileSkills.has(matchKey(name))) fileSkills.set(matchKey(name), entry);
      if (!fileSkills.has(`id:${id}`)) fileSkills.set(`id:${id}`, entry);
    },
    read(row) {
      if (!row.validId()) return null;
      const id = rowIds.get(row.row)!;
      const existing = stored.get(id);
      const plan: SkillPlan = { skill: undefined as unknown as Skill, stored: existing, newCategory: null, replacePrerequisites: false, fileRefs: [] };
      const candidate: Record<string, unknown> = {
        ...(existing ?? { id, description: '', refs: [], prerequisites: [] }),
      };
      if (row.mapped('name')) candidate.name = row.text('name');
      if (row.mapped('description')) candidate.description = row.text('description');
      if (row.has('category')) {
        const found = lookups.categories.find(row.text('category'), 'category');
        if (found.ok) candidate.category = found.value.id;
        else {
          plan.newCategory = row.text('category');
          candidate.category = `new-category:${row.text('category').toLowerCase()}`;
        }
      } else if (row.mapped('category') || !existing) row.problem('category', 'Category is required.');
      // A list that cannot be read counts as empty here, so the row's other rules are still checked.
      if (row.mapped('refs')) candidate.refs = readRefs(row) ?? [];
      if (row.mapped('prerequisites')) {
        candidate.prerequisites = readPrerequisites(row, id, plan) ?? [];
        plan.replacePrerequisites = true;
      }
      const parsed = skill.safeParse({ ...candidate, category: plan.newCategory || !candidate.category ? 'pending' : candidate.category });
      if (!parsed.success) row.schemaProblems(parsed.error);
      if (!parsed.success || row.problemCount > 0) return null;
      plan.skill = { ...parsed.data, category: candidate.category as string };
      return plan;
    },
    key: (p) => p.skill.id,
    describe: (p) => `skill “${p.skill.name}”`,
    isNew: (p) => !p.stored,
    crossCheck(plans) {
      const dropped = new Set<SkillPlan>();
      const byId = new Map(plans.map((p) => [p.plan.skill.id, p]));
      // A row whose prerequisite is another row with a problem cannot be imported either; repeat until stable.
      for (let changed = true; changed; ) {
        changed = false;
        for (const { plan, row } of plans) {
          if (dropped.has(plan)) continue;
          const missing = plan.fileRefs.find((ref) => !byId.has(ref.id) || dropped.has(byId.get(ref.id)!.plan));
          if (missing) {
            row.problem('prerequisites', `The prerequisite “${missing.id}” is defined on row ${missing.row}, which cannot be imported.`);
            dropped.add(plan);
            changed = true;
          }
        }
        const kept = plans.filter((p) => !dropped.has(p.plan));
        const replaced = new Set(kept.filter((p) => p.plan.replacePrerequisites).map((p) => p.plan.skill.id));
        const edges = [
          ...[...stored.values()].filter((s) => !replaced.has(s.id)).flatMap((s) => s.prerequisites.map((p) => ({ from: p.skill, to: s.id }))),
          ...kept.filter((p) => p.plan.replacePrerequisites).flatMap((p) => p.plan.skill.prerequisites.map((q) => ({ from: q.skill, to: p.plan.skill.id }))),
        ];
        const found = findCycle([], edges);
        if (found) {
          // Told from the cycle's first row in the file, as the user reads it.
          const loop = found.slice(0, -1);
          const rowOf = (id: string) => byId.get(id)?.row.row ?? Number.MAX_SAFE_INTEGER;
          const start = loop.reduce((best, id, i) => (rowOf(id) < rowOf(loop[best]!) ? i : best), 0);
          const cycle = [...loop.slice(start), ...loop.slice(0, start), loop[start]!];
          const names = cycle.map((id) => byId.get(id)?.plan.skill.name ?? stored.get(id)?.name ?? id);
          for (const p of kept.filter((k) => cycle.includes(k.plan.skill.id) && k.plan.replacePrerequisites)) {
            p.row.problem('prerequisites', `These prerequisites would make a cycle: ${names.join(' → ')}.`);
            dropped.add(p.plan);
          }
          changed = true;
        }
      }
      return dropped;
    },
    notes(plans) {
      const created = [...new Map(plans.filter((p) => p.newCategory).map((p) => [p.newCategory!.toLowerCase(), p.newCategory!])).values()];
      return created.length ? [`Creates ${created.length === 1 ? 'a category' : `${created.length} categories`}: ${created.join(', ')}.`] : [];
    },
    write(plans) {
      const categoryIds = new Map<string, string>();
      let position = maxPosition;
      for (const p of plans) {
        if (!p.newCategory || categoryIds.has(p.newCategory.toLowerCase())) continue;
        const id = slugId(p.newCategory, (c) => lookups.categories.get(c) !== undefined || [...categoryIds.values()].includes(c));
        categories.insert({ id, name: p.newCategory, description: '' }, ++position);
        categoryIds.set(p.newCategory.toLowerCase(), id);
      }
      const written = plans.map((p) => ({
        ...p,
        skill: { ...p.skill, category: p.newCategory ? categoryIds.get(p.newCategory.toLowerCase())! : p.skill.category },
      }));
      const tally = writeRecords(
        written,
        (p) => p.skill,
        (p, isNew) => {
          if (isNew) skills.insert(p.skill, 'user');
          else {
            skills.update(p.skill);
            changes.edited('skill', [p.skill.id]);
          }
        },
      );
      // Prerequisites after every skill exists, since rows may point at skills further down the file.
      for (const p of written) {
        if (!p.replacePrerequisites || (p.stored && sameRecord(p.stored.prerequisites, p.skill.prerequisites))) continue;
        skills.replacePrerequisites(p.skill);
      }
      return tally;
    },
  };
}
