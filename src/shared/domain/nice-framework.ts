import { z } from 'zod';
import { surelyCprtElements } from '../imports/cprt-envelope';

/**
 * The NIST NICE Framework Components as published in NIST's CPRT JSON export. Every version (v1.0.0 with 52
 * work roles, v2.x with 41) uses the same envelope, so the reader keys on `element_type` and the
 * container → member relationships, never on a version's particular ids.
 */
const cprtElement = z
  .object({
    element_type: z.string(),
    element_identifier: z.string().min(1),
    title: z.string().nullish(),
    text: z.string().nullish(),
  })
  .loose();

const cprtRelationship = z
  .object({ source_element_identifier: z.string(), dest_element_identifier: z.string() })
  .loose();

const cprtDocument = z
  .object({ doc_identifier: z.string(), name: z.string(), version: z.string().nullish(), website: z.string().nullish() })
  .loose();

export const cprtEnvelope = z
  .object({
    response: z
      .object({
        elements: z
          .object({
            documents: z.array(cprtDocument).min(1, 'The file names no framework document.'),
            elements: z.array(cprtElement),
            relationships: z.array(cprtRelationship),
          })
          .loose(),
      })
      .loose(),
  })
  .loose();

export const NICE_STATEMENT_KINDS = ['knowledge', 'skill', 'task'] as const;
export type NiceStatementKind = (typeof NICE_STATEMENT_KINDS)[number];

export const niceStatement = z.object({ id: z.string(), kind: z.enum(NICE_STATEMENT_KINDS), text: z.string() });
export type NiceStatement = z.infer<typeof niceStatement>;

export const niceCategory = z.object({ id: z.string(), name: z.string(), description: z.string() });
export type NiceCategory = z.infer<typeof niceCategory>;

export const niceRole = z.object({
  id: z.string(),
  name: z.string(),
  definition: z.string(),
  category: z.string(),
  knowledge: z.array(z.string()),
  skills: z.array(z.string()),
  tasks: z.array(z.string()),
});
export type NiceRole = z.infer<typeof niceRole>;

/** A framework version as the planner reads it: categories and roles in the framework's order. */
export const niceFramework = z.object({
  document: z.object({ id: z.string(), name: z.string(), version: z.string(), website: z.string() }),
  categories: z.array(niceCategory),
  roles: z.array(niceRole),
  statements: z.record(z.string(), niceStatement),
});
export type NiceFramework = z.infer<typeof niceFramework>;

/** The file could not be read as a NICE framework; the message says why, in the user's words. */
export class NiceFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NiceFileError';
  }
}

const normalizeType = (t: string) => t.trim().toLowerCase().replace(/[^a-z]+/g, '_');

/** Parses the text of a CPRT export into the planner's view of the framework. Throws NiceFileError. */
export function readNiceFramework(text: string): NiceFramework {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new NiceFileError('The file is not JSON. Pick the NICE Framework Components JSON exported from NIST CPRT.');
  }
  // A well-formed file is read as it is (cprt-envelope.ts); the schema parses any other and words the refusal.
  const quick = surelyCprtElements(json);
  const parsed = quick ? { success: true as const, data: { response: { elements: quick } } } : cprtEnvelope.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new NiceFileError(
      `This JSON is not a NICE Framework Components export (CPRT): ${where ? `“${where}” ` : ''}${parsed.error.issues[0]?.message ?? ''}. ` +
        'Pick the file downloaded from NIST CPRT (response → elements → documents, elements, relationships).',
    );
  }
  const { documents, elements, relationships } = parsed.data.response.elements;

  const byId = new Map<string, { type: string; title: string; text: string }>();
  for (const e of elements) {
    byId.set(e.element_identifier, { type: normalizeType(e.element_type), title: e.title?.trim() ?? '', text: e.text?.trim() ?? '' });
  }
  const members = new Map<string, string[]>();
  for (const r of relationships) {
    const list = members.get(r.source_element_identifier) ?? [];
    list.push(r.dest_element_identifier);
    members.set(r.source_element_identifier, list);
  }
  const ofType = (type: string) => [...byId].filter(([, e]) => e.type === type).map(([id, e]) => ({ id, ...e }));
  // Sort elements carry the framework's display order in their title ("00001.00003").
  const sortKey = (id: string) => {
    const sort = (members.get(id) ?? []).map((m) => byId.get(m)).find((m) => m?.type === 'sort');
    return sort?.title || id;
  };
  const byOrder = <T extends { id: string }>(list: T[]) =>
    list
      .map((item) => ({ item, key: sortKey(item.id) }))
      .sort((a, b) => a.key.localeCompare(b.key) || a.item.id.localeCompare(b.item.id))
      .map((x) => x.item);

  const categories = byOrder(ofType('category')).map((c) => ({
    id: c.id,
    name: titleCase(c.title || c.id),
    description: c.text,
  }));
  const categoryOfRole = new Map<string, string>();
  for (const c of categories) for (const m of members.get(c.id) ?? []) categoryOfRole.set(m, c.id);

  const statements: Record<string, NiceStatement> = {};
  for (const [id, e] of byId) {
    if ((NICE_STATEMENT_KINDS as readonly string[]).includes(e.type) && e.text) {
      statements[id] = { id, kind: e.type as NiceStatementKind, text: e.text };
    }
  }
  const roles = byOrder(ofType('work_role')).map((w) => {
    const linked = [...new Set(members.get(w.id) ?? [])].filter((m) => statements[m]);
    const of = (kind: NiceStatementKind) => linked.filter((m) => statements[m]!.kind === kind).sort();
    return {
      id: w.id,
      name: w.title || w.id,
      definition: w.text,
      category: categoryOfRole.get(w.id) ?? /^([A-Z]+)-/.exec(w.id)?.[1] ?? '',
      knowledge: of('knowledge'),
      skills: of('skill'),
      tasks: of('task'),
    };
  });
  if (roles.length === 0) {
    throw new NiceFileError('The file holds no work roles, so there is nothing to import. Is it the NICE Framework Components export?');
  }
  // A role whose category is not among the file's categories still needs one to be grouped under.
  for (const id of new Set(roles.map((r) => r.category))) {
    if (!categories.some((c) => c.id === id)) categories.push({ id, name: id || 'Uncategorised', description: '' });
  }
  const doc = documents[0]!;
  return {
    document: { id: doc.doc_identifier, name: doc.name, version: doc.version?.trim() || doc.doc_identifier, website: doc.website ?? '' },
    categories,
    roles,
    statements,
  };
}

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'to', 'a', 'an', 'or']);

/** "DESIGN and DEVELOPMENT" → "Design and Development". */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** "Knowledge of ingress filtering tools" → "Ingress filtering tools"; "Skill in coordinating …" → "Coordinating …". */
export function statementShortName(text: string): string {
  const short = text.replace(/^(knowledge of|skill in|skill to|ability to)\s+/i, '').replace(/\.$/, '').trim();
  return short ? short.charAt(0).toUpperCase() + short.slice(1) : text;
}
