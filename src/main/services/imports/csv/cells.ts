import { IMPORTANCE_LABELS, PROFICIENCY_LABELS } from '../../../../shared/domain/proficiency';

/** Reading spreadsheet cells into the planner's values. Each returns the value, or a reason it cannot. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

/**
 * A number as spreadsheets write it: "12", "12.5", "1,234.5", or "12,5" (a decimal comma, common in
 * semicolon-separated files). Anything else is returned as text, so the schema says it is not a number.
 */
export function numberCell(text: string): number | string {
  const t = text.trim().replace(/\s/g, '');
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^-?\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  return text;
}

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

/** Finds a row by id, else by name without case; a name shared by several rows is ambiguous. */
export class NameIndex<T extends { id: string }> {
  private readonly byId = new Map<string, T>();
  private readonly byName = new Map<string, T[]>();

  constructor(
    rows: Iterable<T>,
    private readonly nameOf: (row: T) => string,
  ) {
    for (const r of rows) this.add(r);
  }

  add(row: T): void {
    this.byId.set(row.id, row);
    const key = this.nameOf(row).trim().toLowerCase();
    this.byName.set(key, [...(this.byName.get(key) ?? []), row]);
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** The row a cell names, or why it names none. */
  find(ref: string, what: string): CellResult<T> {
    const t = ref.trim();
    const hit = this.byId.get(t);
    if (hit) return ok(hit);
    const named = this.byName.get(t.toLowerCase()) ?? [];
    if (named.length === 1) return ok(named[0]!);
    if (named.length > 1) {
      return fail(`${named.length} ${what}s are named “${t}”; use the id (${named.map((n) => n.id).join(', ')}).`);
    }
    return fail(`Unknown ${what} “${t}”: no ${what} has this id or name.`);
  }

  /** The single row with this name, if exactly one has it. */
  uniqueByName(name: string): T | undefined {
    const named = this.byName.get(name.trim().toLowerCase()) ?? [];
    return named.length === 1 ? named[0] : undefined;
  }
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
