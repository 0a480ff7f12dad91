import { IMPORTANCE_LABELS, PROFICIENCY_LABELS } from '../../../../shared/domain/proficiency';
import { EntryIndex, orList, type EntryLookup, type Suggestion } from '../../../../shared/imports/value-matching';

/** Reading spreadsheet cells into the planner's values. Each returns the value, or a reason it cannot. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

/** A proficiency level: a digit, or its name (None, Awareness, Basic, Intermediate, Advanced, Expert). */
export function levelCell(text: string, min: 0 | 1): CellResult<number> {
  const t = text.trim();
  const byName = PROFICIENCY_LABELS.findIndex((l) => l.toLowerCase() === t.toLowerCase());
  const value = byName >= 0 ? byName : /^\d+(\.0+)?$/.test(t) ? Number(t) : NaN;
  if (Number.isInteger(value) && value >= min && value <= 5) return ok(value);
  const names = PROFICIENCY_LABELS.slice(min).join(', ');
  return fail(`Level must be ${min} to 5 or a level name (${names}); got “${t}”.`);
}

/** Importance: 1–3 or useful / important / critical. */
export function importanceCell(text: string): CellResult<number> {
  const t = text.trim().toLowerCase();
  const byName = Object.entries(IMPORTANCE_LABELS).find(([, l]) => l.toLowerCase() === t)?.[0];
  const value = byName ? Number(byName) : /^[123]$/.test(t) ? Number(t) : NaN;
  return Number.isNaN(value) ? fail(`Importance must be 1 (useful), 2 (important) or 3 (critical); got “${text.trim()}”.`) : ok(value);
}

/** A word from a fixed list, compared without case; spaces and underscores read as dashes ("self paced"). */
export function choiceCell<T extends string>(text: string, choices: readonly T[], what: string): CellResult<T> {
  // Written exactly as the list has it (as the planner's own export writes it): nothing to normalise.
  if ((choices as readonly string[]).includes(text)) return ok(text as T);
  const t = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const found = choices.find((c) => c === t);
  return found ? ok(found) : fail(`${what} must be ${listWords(choices)}; got “${text.trim()}”.`);
}

function listWords(words: readonly string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
}

/** Splits a list cell: items separated by ";", "|" or new lines. */
export function listCell(text: string): string[] {
  return text
    .split(/[;|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "Threat modelling:3" → { ref: "Threat modelling", level: "3" }; the level is after the last ":" or "=". */
export function leveledItem(item: string): { ref: string; level: string } | null {
  const match = /^(.*?)\s*[:=@]\s*([^:=@]+)$/.exec(item);
  return match && match[1] ? { ref: match[1].trim(), level: match[2]!.trim() } : null;
}

/**
 * Finds a row by id, else by id or name without case, accents or punctuation; a name shared by several rows is
 * ambiguous, and an unknown one is answered with the closest rows (“did you mean …?”).
 */
export class NameIndex<T extends { id: string; name: string }> {
  private readonly index = new EntryIndex<T>();

  constructor(rows: Iterable<T>) {
    for (const r of rows) this.add(r);
  }

  add(row: T): void {
    this.index.add(row);
  }

  get(id: string): T | undefined {
    return this.index.get(id);
  }

  entries(): IterableIterator<T> {
    return this.index.entries();
  }

  list(): T[] {
    return [...this.index.entries()];
  }

  lookup(written: string): EntryLookup<T> {
    return this.index.lookup(written);
  }

  suggest(written: string, limit?: number): Suggestion[] {
    return this.index.suggest(written, limit);
  }

  /** The row a cell names, or why it names none. */
  find(ref: string, what: string): CellResult<T> {
    const t = ref.trim();
    const hit = this.index.lookup(t);
    if ('found' in hit) return ok(hit.found);
    if ('ambiguous' in hit) {
      return fail(`${hit.ambiguous.length} ${what}s are named “${t}”; use the id (${hit.ambiguous.map((n) => n.id).join(', ')}).`);
    }
    return fail(unknownMessage(what, t, this.suggest(t)));
  }

  /** The single row with this name, if exactly one has it. */
  uniqueByName(name: string): T | undefined {
    const hit = this.index.lookup(name);
    return 'found' in hit ? hit.found : undefined;
  }
}

/** “Unknown skill “x”: did you mean “A” or “B”?” */
export function unknownMessage(what: string, written: string, suggestions: readonly { name: string }[]): string {
  const base = `Unknown ${what} “${written}”`;
  return suggestions.length ? `${base}: did you mean ${orList(suggestions.map((s) => s.name))}?` : `${base}: no ${what} has this id or name.`;
}

/** A readable id from a name: "Prompt injection defence" → "prompt-injection-defence". */
export function slugId(name: string, taken: (id: string) => boolean): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'item';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
