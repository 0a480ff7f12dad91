import type { ApiErrorCode } from '../../../shared/api/errors';
import { DomainError } from '../errors';

/** A refusal tied to one field of the input, so the form can show the message beside that field. */
export function fieldRefusal(path: (string | number)[], message: string, code: ApiErrorCode = 'INVALID_INPUT'): DomainError {
  return new DomainError(code, message, { fields: [{ path, message }] });
}

/** Refuses links to skills that do not exist, naming the first one, at its place in the list. */
export function checkSkillsExist(
  list: readonly { skill: string }[],
  field: string,
  exists: (id: string) => boolean,
): void {
  list.forEach((item, i) => {
    if (!exists(item.skill)) {
      throw fieldRefusal(
        [field, i, 'skill'],
        `There is no skill “${item.skill}” (it may have been deleted); pick a skill from the catalog.`,
      );
    }
  });
}

/** “2 roles, 3 courses and 1 plan”: the non-zero parts of a count, as a reader says them. */
export function describeCounts(parts: [number, string, string][]): string {
  const words = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
