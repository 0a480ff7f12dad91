import { z } from 'zod';

/** A required single-line name: trimmed, not empty, bounded. */
export function requiredName(field: string, max = 200) {
  return z
    .string({ error: `${field} is required.` })
    .trim()
    .min(1, `${field} is required.`)
    .max(max, `${field} is at most ${max} characters.`);
}

/** Free text that may be empty. */
export function optionalText(field: string, max = 5000) {
  return z.string().trim().max(max, `${field} is at most ${max} characters.`).default('');
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
