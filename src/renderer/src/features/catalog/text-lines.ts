import type { FieldProblem } from '../../../../shared/api/errors';

/** Non-empty lines of a text area, trimmed. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The first framework-anchor line that is not “CODE ID”, as a problem of the `refs` field (none if all read). */
export function refLineProblems(badLines: readonly number[]): FieldProblem[] {
  if (badLines.length === 0) return [];
  const message = `Line ${badLines[0]} is not “framework code, space, item id” (e.g. OWASP-LLM-2025 LLM01:2025).`;
  return [{ path: ['refs'], message }];
}
