/** Field messages keyed by their path, e.g. "hours" or "teaches.2.skill". */
export type FieldErrors = Record<string, string>;

const keyOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Field problems (zod issues or the API's) keyed by path; the first message for a field is the one to act on. */
export function collectFieldErrors(problems: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const p of problems) errors[keyOf(p.path)] ??= p.message;
  return errors;
}

/** The first message for a field or anything inside it ("responsibilities" covers "responsibilities.3"). */
export function errorWithin(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const key = Object.keys(errors).find((k) => k.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}
