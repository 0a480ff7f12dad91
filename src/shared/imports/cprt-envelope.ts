/**
 * The CPRT envelope's rules (nice-framework.ts `cprtEnvelope`) as plain checks over a parsed NICE file: true only
 * when the schema surely accepts it. The schema copies each of the file's thousands of elements on the way
 * (a loose object keeps every key), a quarter of a NICE import; a file these checks pass is read as it is,
 * any other is parsed by the schema, which words the refusal. Pure; held to the schema by
 * tests/unit/imports/quick-checks.test.ts.
 */

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);
const nullishText = (value: unknown) => value === undefined || value === null || typeof value === 'string';

function allAre(list: unknown, check: (item: Fields) => boolean): boolean {
  if (!Array.isArray(list)) return false;
  for (const item of list as unknown[]) if (!isObject(item) || !check(item)) return false;
  return true;
}

export interface CprtElements {
  documents: { doc_identifier: string; name: string; version?: string | null; website?: string | null }[];
  elements: { element_type: string; element_identifier: string; title?: string | null; text?: string | null }[];
  relationships: { source_element_identifier: string; dest_element_identifier: string }[];
}

/** The file's documents, elements and relationships when the envelope surely passes the schema; else null. */
export function surelyCprtElements(json: unknown): CprtElements | null {
  if (!isObject(json) || !isObject(json.response) || !isObject(json.response.elements)) return null;
  const { documents, elements, relationships } = json.response.elements;
  const fine =
    Array.isArray(documents) &&
    documents.length >= 1 &&
    allAre(documents, (d) => typeof d.doc_identifier === 'string' && typeof d.name === 'string' && nullishText(d.version) && nullishText(d.website)) &&
    allAre(
      elements,
      (e) => typeof e.element_type === 'string' && typeof e.element_identifier === 'string' && e.element_identifier.length >= 1 && nullishText(e.title) && nullishText(e.text),
    ) &&
    allAre(relationships, (r) => typeof r.source_element_identifier === 'string' && typeof r.dest_element_identifier === 'string');
  return fine ? ({ documents, elements, relationships } as CprtElements) : null;
}
