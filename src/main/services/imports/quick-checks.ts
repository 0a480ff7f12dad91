import { hasVisibleCharacter, isWellFormedText } from '../../../shared/domain/text';

/**
 * The text rules of the catalog's schemas (ids, names, free text: src/shared/domain/ids.ts and text.ts) as
 * plain checks, for imports that check thousands of rows. Each gives the value the schema would store, or
 * null when it is not sure the schema would accept it: the caller then runs the schema, so every message a
 * user sees is still the schema's. Held to the schemas by tests/unit/imports/quick-checks.test.ts.
 */

/** Not sure: the schema decides. */
export const UNSURE = null;

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** `entityId`: trimmed, 1–120 characters of letters, digits, dot, dash, colon and underscore. */
export function quickId(value: unknown): string | null {
  if (typeof value !== 'string') return UNSURE;
  const t = value.trim();
  return t.length >= 1 && t.length <= 120 && ID.test(t) ? t : UNSURE;
}

/** `requiredName(field, max)`: trimmed, 1–max characters, well formed, something visible. */
export function quickName(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return UNSURE;
  const t = value.trim();
  if (t.length < 1 || t.length > max) return UNSURE;
  // Printable ASCII, trimmed and not empty, is well formed and shows a character; other text asks the same rules.
  return PRINTABLE_ASCII.test(t) || (isWellFormedText(t) && hasVisibleCharacter(t)) ? t : UNSURE;
}

/** `optionalText(field, max)`: trimmed, at most max characters, well formed; '' when left out. */
export function quickText(value: unknown, max: number): string | null {
  if (value === undefined) return '';
  if (typeof value !== 'string') return UNSURE;
  const t = value.trim();
  return t.length <= max && (PRINTABLE_ASCII.test(t) || isWellFormedText(t)) ? t : UNSURE;
}

/** A whole number from min to max. */
export const quickWhole = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** A finite number from min to max. */
export const quickNumber = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/** `frameworkRef` list (at most 50): framework 1–40 and id 1–60 characters once trimmed. */
export function quickRefs(value: unknown): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value) || value.length > 50) return false;
  for (const ref of value as unknown[]) {
    if (ref === null || typeof ref !== 'object') return false;
    const { framework, id } = ref as Record<string, unknown>;
    if (typeof framework !== 'string' || typeof id !== 'string') return false;
    const f = framework.trim().length;
    const i = id.trim().length;
    if (f < 1 || f > 40 || i < 1 || i > 60) return false;
  }
  return true;
}
