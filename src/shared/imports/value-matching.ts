/**
 * Matching the values people write in a spreadsheet (“prompt-injection”, “Threat Modeling”, “SANS”) to the
 * catalog's entries (“Prompt injection defence”, “Threat modelling”, “SANS Institute”): an exact match that
 * ignores case, accents and punctuation, and for the rest a similarity that reads words, prefixes and typos,
 * so an unknown value can be answered with the closest entries (“did you mean …?”). Pure: no store, no I/O.
 */

export interface CatalogEntry {
  id: string;
  name: string;
}

export interface Suggestion extends CatalogEntry {
  /** 0 (nothing alike) to 1 (the same once case and punctuation are set aside). */
  score: number;
}

// eslint-disable-next-line no-control-regex -- plain ASCII is every code below 128, control characters included
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_DIACRITICS = /[\^`]/g;
const ASCII_PUNCTUATION = /[^a-z0-9]+/g;

/** A value as compared: no case, accents or punctuation; words separated by one space. "Prompt-Injection!" → "prompt injection". */
export function matchKey(text: string): string {
  // A file names the same provider or skill on thousands of rows: each short value's key is made once.
  if (text.length > 200) return makeMatchKey(text);
  const known = MATCH_KEYS.get(text);
  if (known !== undefined) return known;
  const key = makeMatchKey(text);
  if (MATCH_KEYS.size >= MATCH_KEYS_KEPT) MATCH_KEYS.clear();
  MATCH_KEYS.set(text, key);
  return key;
}

const MATCH_KEYS = new Map<string, string>();
const MATCH_KEYS_KEPT = 10_000;

function makeMatchKey(text: string): string {
  // Plain ASCII (nearly every cell) needs no Unicode decomposition: the same key by cheaper steps. Its only
  // diacritics are ^ and `, dropped as the decomposition would; letters and digits are a-z and 0-9.
  if (ASCII.test(text)) return text.replace(ASCII_DIACRITICS, '').toLowerCase().replace(ASCII_PUNCTUATION, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function words(key: string): string[] {
  return key ? key.split(' ') : [];
}

/** Edit distance (insert, delete, substitute, swap two neighbours), stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How alike two words are: 1 the same, 0.9 one a prefix of the other (3+ letters), else by typos, 0 when unlike. */
function wordLikeness(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return 0.9;
  // A typo or a spelling variant: defence/defense, modeling/modelling. Short words must match exactly.
  if (short.length < 4) return 0;
  const allowed = long.length <= 6 ? 1 : 2;
  const distance = editDistance(a, b, allowed);
  return distance <= allowed ? 1 - distance / long.length : 0;
}

/**
 * How alike a written value is to an entry's name or id, 0 to 1. Each written word takes its best match among
 * the entry's words; the score weighs how much of the value was found (most) and how much of the entry it
 * covers, so “prompt injection” is closest to “Prompt injection defence” and not to “Prompt engineering”.
 * Words run together (“promptinjection”) and initials (“llm” for “large language model”) are read too.
 */
export function similarity(value: string, entry: string): number {
  const a = matchKey(value);
  const b = matchKey(entry);
  if (!a || !b) return 0;
  if (a === b) return 1;
  const aw = words(a);
  const bw = words(b);
  const used = new Set<number>();
  let found = 0;
  for (const w of aw) {
    let best = 0;
    let at = -1;
    for (const [j, v] of bw.entries()) {
      if (used.has(j)) continue;
      const s = wordLikeness(w, v);
      if (s > best) [best, at] = [s, j];
    }
    if (at >= 0) used.add(at);
    found += best;
  }
  const byWords = (0.75 * found) / aw.length + (0.25 * found) / bw.length;
  const joinedA = aw.join('');
  const joinedB = bw.join('');
  let byLetters = 0;
  if (joinedA.length >= 4 && joinedB.startsWith(joinedA)) byLetters = 0.75 + (0.2 * joinedA.length) / joinedB.length;
  else if (joinedA === joinedB) byLetters = 0.98;
  const initials = bw.length >= 2 && aw.length === 1 && aw[0] === bw.map((w) => w[0]).join('') ? 0.8 : 0;
  return Math.min(0.99, Math.max(byWords, byLetters, initials));
}

/** The least score a suggestion needs: below it, entries are too unlike to be offered. */
export const SUGGESTION_THRESHOLD = 0.5;

/**
 * The entries closest to a written value, best first (by name or id, whichever is closer), at most `limit`,
 * none below SUGGESTION_THRESHOLD. Ties go by name.
 */
export function suggestEntries(value: string, entries: Iterable<CatalogEntry>, limit = 3): Suggestion[] {
  const scored: Suggestion[] = [];
  for (const e of entries) {
    const score = Math.max(similarity(value, e.name), similarity(value, e.id));
    if (score >= SUGGESTION_THRESHOLD) scored.push({ id: e.id, name: e.name, score: Math.round(score * 1000) / 1000 });
  }
  return scored.sort((x, y) => y.score - x.score || x.name.localeCompare(y.name)).slice(0, limit);
}

export type EntryLookup<T extends CatalogEntry> = { found: T } | { ambiguous: T[] } | { unknown: true };

/**
 * Entries found by what a file writes for them: the exact id first, then the id or name with case, accents and
 * punctuation set aside (“prompt_injection_defence”, “PROMPT INJECTION DEFENCE”). A key shared by several
 * entries is ambiguous.
 */
export class EntryIndex<T extends CatalogEntry> {
  private readonly byId = new Map<string, T>();
  private readonly byKey = new Map<string, T[]>();

  constructor(entries: Iterable<T> = []) {
    for (const e of entries) this.add(e);
  }

  add(entry: T): void {
    this.byId.set(entry.id, entry);
    const keys = new Set([matchKey(entry.name), matchKey(entry.id)]);
    for (const key of keys) if (key) this.byKey.set(key, [...(this.byKey.get(key) ?? []), entry]);
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  entries(): IterableIterator<T> {
    return this.byId.values();
  }

  lookup(written: string): EntryLookup<T> {
    const t = written.trim();
    const exact = this.byId.get(t);
    if (exact) return { found: exact };
    const named = [...new Set(this.byKey.get(matchKey(t)) ?? [])];
    if (named.length === 1) return { found: named[0]! };
    if (named.length > 1) return { ambiguous: named };
    return { unknown: true };
  }

  suggest(written: string, limit = 3): Suggestion[] {
    return suggestEntries(written, this.byId.values(), limit);
  }
}

/**
 * The entries whose name or id holds every word of a search, case, accents and punctuation set aside
 * (“injection” and “PROMPT-inj” both find “Prompt injection defence”); all of them for an empty search.
 */
export function searchEntries<T extends CatalogEntry>(entries: readonly T[], search: string): T[] {
  const wanted = words(matchKey(search));
  if (wanted.length === 0) return [...entries];
  return entries.filter((e) => {
    const text = `${matchKey(e.name)} ${matchKey(e.id)}`;
    return wanted.every((w) => text.includes(w));
  });
}

/** “A”, “A or B”, “A, B or C”: suggestions as a sentence names them. */
export function orList(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
}
