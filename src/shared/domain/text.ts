import { z } from 'zod';

/**
 * Text every way in shares (forms, API, CSV cells, NICE statements, restored backups): no lone UTF-16
 * surrogates (they cannot be stored as UTF-8 and would come back as U+FFFD), and a name must show something:
 * a name made only of spaces, zero-width or bidi-control characters looks empty on every screen.
 */
const LONE_SURROGATE = /\p{Cs}/u;
/** A character that draws something: not white space, not a format or control character, not a lone mark. */
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Cc}\p{Cs}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/u;

export const LONE_SURROGATE_MESSAGE = 'contains a broken character (a lone UTF-16 surrogate); retype it or save the file as UTF-8.';

/** True when the text holds no lone surrogate (every character can be written as UTF-8). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** True when the text has at least one character that shows on screen. */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}

/** A required single-line name: trimmed, not empty, bounded, with a visible character. */
export function requiredName(field: string, max = 200) {
  return z
    .string({ error: `${field} is required.` })
    .trim()
    .min(1, `${field} is required.`)
    .max(max, `${field} is at most ${max} characters.`)
    .refine(isWellFormedText, `${field} ${LONE_SURROGATE_MESSAGE}`)
    .refine((t) => t === '' || hasVisibleCharacter(t), `${field} needs a visible character (it holds only invisible or direction-control characters).`);
}

/** Free text that may be empty. */
export function optionalText(field: string, max = 5000) {
  return z
    .string()
    .trim()
    .max(max, `${field} is at most ${max} characters.`)
    .refine(isWellFormedText, `${field} ${LONE_SURROGATE_MESSAGE}`)
    .default('');
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is written YYYY-MM-DD.')
  .refine(isRealDate, 'That date does not exist.');

/** True for a YYYY-MM-DD that names a day on the calendar (not 2027-02-30). */
export function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
