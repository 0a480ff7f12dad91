import { quickId, quickName, quickRefs, quickText, quickWhole, UNSURE } from '../quick-checks';

/**
 * The catalog schemas' rules for the rows a NICE import writes (skillCategory, skill, role in
 * src/shared/domain/catalog.ts), as plain checks: true only when the schema surely accepts the row. A NICE
 * import checks some 2,000 statement skills and 4,000 requirements; zod parsing each took a fifth of the import.
 * A row these are not sure of is parsed by the schema, which words the refusal.
 */

export function surelyValidCategory(c: { id: unknown; name: unknown; description: unknown }): boolean {
  return quickId(c.id) !== UNSURE && quickName(c.name, 120) !== UNSURE && quickText(c.description, 1000) !== UNSURE;
}

export function surelyValidSkill(s: { id: unknown; name: unknown; category: unknown; description: unknown; refs: unknown }): boolean {
  return (
    quickId(s.id) !== UNSURE &&
    quickName(s.name, 200) !== UNSURE &&
    quickId(s.category) !== UNSURE &&
    quickText(s.description, 5000) !== UNSURE &&
    quickRefs(s.refs)
  );
}

/** Each item a name of at most `max` characters, at most `most` items; none is fine. */
function names(value: unknown, max: number, most: number): boolean {
  if (value === undefined) return true;
  return Array.isArray(value) && value.length <= most && value.every((v) => quickName(v, max) !== UNSURE);
}

function requirements(value: unknown): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value) || value.length > 500) return false;
  for (const q of value as unknown[]) {
    if (q === null || typeof q !== 'object') return false;
    const { skill, level, importance } = q as Record<string, unknown>;
    if (quickId(skill) === UNSURE || !quickWhole(level, 1, 5) || !quickWhole(importance, 1, 3)) return false;
  }
  return true;
}

export function surelyValidRole(r: {
  id: unknown;
  name: unknown;
  summary: unknown;
  responsibilities: unknown;
  employers: unknown;
  refs: unknown;
  requirements: unknown;
}): boolean {
  return (
    quickId(r.id) !== UNSURE &&
    quickName(r.name, 200) !== UNSURE &&
    quickText(r.summary, 2000) !== UNSURE &&
    names(r.responsibilities, 1000, 200) &&
    names(r.employers, 200, 50) &&
    quickRefs(r.refs) &&
    requirements(r.requirements)
  );
}
