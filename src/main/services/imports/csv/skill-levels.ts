import type { SkillAtLevel } from '../../../../shared/domain/catalog';
import type { TargetLevel } from '../../../../shared/domain/proficiency';
import { leveledItem, levelCell, listCell } from './cells';
import type { CsvRow, ReadContext } from './entity-importer';

/**
 * Reads a “skill:level; skill; …” list against the catalog: each skill by id or name as the user chose for
 * unknown ones, a missing level taken from `defaultLevel` (the preview's choice). Every item's problem is
 * reported; undefined if any.
 */
export function readSkillLevels(row: CsvRow, key: string, ctx: ReadContext, defaultLevel: TargetLevel): SkillAtLevel[] | undefined {
  const out: SkillAtLevel[] = [];
  let failed = false;
  for (const item of listCell(row.text(key))) {
    const parts = leveledItem(item) ?? { ref: item, level: null };
    const skill = ctx.values.entry(row, key, 'skill', parts.ref);
    const level = parts.level === null ? defaultLevel : row.value(key, levelCell(parts.level, 1));
    if (!skill || level === undefined) failed = true;
    else if (out.some((s) => s.skill === skill.id)) {
      row.problem(key, `The skill “${parts.ref}” is listed twice.`);
      failed = true;
    } else out.push({ skill: skill.id, level: level as TargetLevel });
  }
  return failed ? undefined : out;
}

/** The level of a skill written without one: the chosen level, or by the course's level when “course”. */
export function defaultLevel(ctx: ReadContext, courseLevel: 'beginner' | 'intermediate' | 'advanced' | undefined, entry: boolean): TargetLevel {
  const chosen = ctx.options.skillLevel;
  const teaches = chosen === 'course' ? ({ beginner: 2, intermediate: 3, advanced: 4 } as const)[courseLevel ?? 'intermediate'] : chosen;
  // A course cannot demand on entry the level it teaches: an entry level without one is one below.
  return (entry && chosen === 'course' ? Math.max(1, teaches - 1) : teaches) as TargetLevel;
}
