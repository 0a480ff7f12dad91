import { role as roleSchema, skill as skillSchema } from '../../../../shared/domain/catalog';
import { newId } from '../../../../shared/domain/ids';
import { memberDraft } from '../../../../shared/domain/team';
import {
  VALUE_KIND_LABELS,
  valueChoiceKey,
  type CatalogEntries,
  type UnknownValue,
  type ValueChoices,
  type ValueKind,
} from '../../../../shared/imports/csv-choices';
import { EntryIndex, matchKey } from '../../../../shared/imports/value-matching';
import { PREVIEW_PROBLEMS } from '../../../../shared/domain/csv-import';
import { slugId, unknownMessage } from './cells';
import type { CsvRow } from './entity-importer';
import type { Lookups, Named } from './lookups';

/** A catalog or team entry an import creates because the user chose “create” for a value the file names. */
export interface Creation {
  kind: 'skill' | 'role' | 'member';
  id: string;
  name: string;
}

/** How close a different provider's name must be to be offered as “did you mean”. */
const PROVIDER_SUGGESTION = 0.7;

/** What the preview offers to map a value to: not archived roles (a file naming one exactly still finds it). */
const offered = (entry: Named | undefined) => entry !== undefined && !entry.archived;

/**
 * Looks up the skills, roles, members and providers a file names, as the user chose for the ones the catalog
 * does not know: taken as an existing entry, created as written, or the row left out. Unknown values without
 * a choice are collected once each, with their closest entries, for the preview to ask about.
 */
export class ValueResolver {
  readonly creations: Creation[] = [];
  private readonly unknown = new Map<string, UnknownValue>();
  /** Entries created for a value, by the value's choice key. */
  private readonly created = new Map<string, Named>();
  private providers = new EntryIndex<Named>();
  private readonly indexes: Record<Creation['kind'], Lookups['skills']>;

  constructor(
    lookups: Lookups,
    private readonly choices: ValueChoices,
  ) {
    this.indexes = { skill: lookups.skills, role: lookups.roles, member: lookups.members };
  }

  /** The providers the catalog's courses name, as it spells them. */
  knowProviders(names: Iterable<string>): void {
    this.providers = new EntryIndex([...new Set(names)].map((p) => ({ id: p, name: p })));
  }

  /**
   * The entry a cell names, or undefined with the reason reported on the row (unknown, ambiguous, or left out
   * as chosen).
   */
  entry(row: CsvRow, field: string, kind: Creation['kind'], written: string): Named | undefined {
    const index = this.indexes[kind];
    const what = VALUE_KIND_LABELS[kind];
    const t = written.trim();
    const key = valueChoiceKey(kind, t);
    const created = this.created.get(key);
    const hit = created ? { found: created } : index.lookup(t);
    if ('found' in hit && !created) return hit.found;
    if ('ambiguous' in hit) {
      row.problem(field, `${hit.ambiguous.length} ${what}s are named “${t}”; use the id (${hit.ambiguous.map((n) => n.id).join(', ')}).`);
      return undefined;
    }
    // Unknown to the catalog: listed once for the preview to ask about (or to change the choice made).
    const noted = this.note(key, kind, t, row.column(field), () => index.suggest(t, 5).filter((s) => offered(index.get(s.id))), true);
    if (created) return created;
    const choice = this.choices[key];
    if (choice?.action === 'map') {
      const mapped = index.get(choice.id);
      if (mapped && !this.isCreation(kind, mapped.id)) return mapped;
      row.problem(field, notInCatalog(what, t, choice.id));
      return undefined;
    }
    if (choice?.action === 'skip') {
      row.problem(field, `Left out, as chosen for the ${what} “${t}”.`);
      return undefined;
    }
    if (choice?.action === 'create') {
      const made = this.create(kind, t);
      if (typeof made !== 'string') {
        this.created.set(key, made);
        return made;
      }
      row.problem(field, `The ${what} “${t}” cannot be created: ${made}`);
      return undefined;
    }
    row.problem(field, unknownMessage(what, t, (noted?.suggestions ?? []).slice(0, 3)));
    return undefined;
  }

  /** The provider as the catalog spells it when the file writes a known one another way; else as written. */
  provider(row: CsvRow, field: string, written: string): string | undefined {
    const key = valueChoiceKey('provider', written);
    const choice = this.choices[key];
    const hit = this.providers.lookup(written);
    if ('found' in hit) return hit.found.name;
    // A new provider is no problem; one close to a known provider is listed, in case it is that one.
    const close = () => this.providers.suggest(written, 5).filter((s) => s.score >= PROVIDER_SUGGESTION);
    const noted = this.note(key, 'provider', written, row.column(field), close, false, (n) => n.suggestions.length > 0);
    if (!noted) return written;
    if (choice?.action === 'skip') {
      row.problem(field, `Left out, as chosen for the provider “${written.trim()}”.`);
      return undefined;
    }
    if (choice?.action !== 'map') return written;
    const mapped = this.providers.get(choice.id.trim());
    if (mapped) return mapped.name;
    row.problem(field, notInCatalog('provider', written.trim(), choice.id));
    return undefined;
  }

  /** Every entry of each kind an unknown value is of (not those this file creates), by name. */
  entriesOfUnknownKinds(): CatalogEntries {
    const entries: CatalogEntries = {};
    for (const kind of new Set(this.unknownValues().map((v) => v.kind))) {
      const all = kind === 'provider' ? [...this.providers.entries()] : [...this.indexes[kind].entries()].filter((e) => offered(e) && !this.isCreation(kind, e.id));
      entries[kind] = all.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    }
    return entries;
  }

  private isCreation(kind: ValueKind, id: string): boolean {
    return this.creations.some((c) => c.kind === kind && c.id === id);
  }

  /** Each distinct unknown value once, with the choice made for it; most rows first. */
  unknownValues(): UnknownValue[] {
    return [...this.unknown.values()].filter((v) => v.rows > 0).sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value)).slice(0, PREVIEW_PROBLEMS);
  }

  /**
   * Counts a row of an unknown value; the first time, its closest entries are looked for (once per value, not
   * per row) and `keep` decides whether it is listed at all. Returns the listed value, or null.
   */
  private note(
    key: string,
    kind: ValueKind,
    written: string,
    column: string,
    suggestions: () => UnknownValue['suggestions'],
    blocking: boolean,
    keep: (value: UnknownValue) => boolean = () => true,
  ): UnknownValue | null {
    if (!matchKey(written)) return null;
    const seen = this.unknown.get(key);
    if (seen) {
      if (seen.rows > 0) seen.rows++;
      return seen.rows > 0 ? seen : null;
    }
    const value = { key, kind, value: written.trim(), column, rows: 1, suggestions: suggestions(), blocking, choice: this.choices[key] ?? null };
    // A value not listed is remembered with no rows, so it is not looked at again.
    this.unknown.set(key, keep(value) ? value : { ...value, rows: 0 });
    return keep(value) ? value : null;
  }

  /** A new entry named as the file writes it, checked by the same rules as the API's; or why it cannot be. */
  private create(kind: Creation['kind'], name: string): Named | string {
    const index = this.indexes[kind];
    const id = kind === 'member' ? newId('member') : slugId(name, (c) => index.get(c) !== undefined);
    const checked =
      kind === 'skill'
        ? skillSchema.safeParse({ id, name, category: 'pending', description: '' })
        : kind === 'role'
          ? roleSchema.safeParse({ id, name, summary: '' })
          : memberDraft.safeParse({ name });
    if (!checked.success) return checked.error.issues[0]?.message ?? 'not a valid name.';
    const entry = { id, name };
    index.add(entry);
    this.creations.push({ kind, ...entry });
    return entry;
  }
}

/** Why a value mapped to an id the catalog does not have (any more) is not taken. */
function notInCatalog(what: string, written: string, id: string): string {
  return `The ${what} “${written}” is mapped to “${id.trim()}”, which is not a ${what} in the catalog; choose another entry for it.`;
}

/** “Creates 2 skills: A, B.” per kind, for the preview and the result. */
export function creationNotes(creations: readonly Creation[], categoryName: string | null): string[] {
  const notes: string[] = [];
  for (const kind of ['skill', 'role', 'member'] as const) {
    const names = creations.filter((c) => c.kind === kind).map((c) => c.name);
    if (names.length === 0) continue;
    const what = names.length === 1 ? `the ${kind}` : `${names.length} ${kind}s`;
    const where = kind === 'skill' && categoryName ? ` in the category “${categoryName}”` : '';
    notes.push(`Creates ${what} ${names.map((n) => `“${n}”`).join(', ')}${where}.`);
  }
  return notes;
}
