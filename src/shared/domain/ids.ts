import { z } from 'zod';

/** Ids are text: catalog rows keep stable slugs (`prompt-injection-defence`), new rows get a random one. */
export const entityId = z
  .string()
  .trim()
  .min(1, 'An id is required.')
  .max(120, 'An id is at most 120 characters.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'An id may hold letters, digits, dot, dash, colon and underscore.');

export function newId(prefix: string): string {
  return `${prefix}-${globalThis.crypto.randomUUID()}`;
}

/** A record's version: moved on by every change, sent back with a whole-record edit (stale → “changed elsewhere”). */
export const recordVersion = z.number({ error: 'The version of the record you edited is missing; reload and try again.' }).int().min(1);
