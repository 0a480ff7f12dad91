import Papa from 'papaparse';

/**
 * CSV text in and out, the same for every file the planner reads or writes: UTF-8 with or without a BOM,
 * comma or semicolon (or tab) separated, quoted fields, CRLF or LF.
 */
export interface ParsedCsv {
  delimiter: string;
  headers: string[];
  /** Data records with their row number as a spreadsheet shows it (the header is row 1). Empty rows are left out. */
  rows: { row: number; cells: string[] }[];
  /** Problems of the file's structure (an unclosed quote), by row. */
  problems: { row: number; message: string }[];
}

const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The separator that splits the first rows into the same number of fields, preferring more fields. (Papa's own
 * guess is thrown off by blank lines and by separators inside quoted fields.)
 */
function detectDelimiter(text: string, newline: LineEnding): string {
  let best = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    const sample = Papa.parse<string[]>(text, { delimiter, newline, preview: 20, skipEmptyLines: 'greedy' }).data;
    const width = sample[0]?.length ?? 0;
    if (width < 2) continue;
    const score = (sample.filter((r) => r.length === width).length / sample.length) * 1000 + width;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

const [QUOTE, CR, LF] = [34, 13, 10];

type LineEnding = '\n' | '\r\n' | '\r';

/**
 * The line ending Papa would guess for this text, worked out once. Papa guesses on every call (the four
 * delimiter samples and the parse) by deleting every quoted field from the first megabyte with a regular
 * expression, a tenth of a 10,000-row import; this walks the same megabyte once with the same rule: text
 * between a quote and the next quote does not count, a quote without a partner does.
 */
export function guessLineEnding(text: string): LineEnding {
  const input = text.length > 1024 * 1024 ? text.slice(0, 1024 * 1024) : text;
  let crs = 0;
  let crlfs = 0;
  let firstCr = -1;
  let firstLf = -1;
  // Positions as in the text with the quoted parts taken out (what Papa splits).
  let kept = 0;
  let previousKept = -1;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === QUOTE) {
      const close = input.indexOf('"', i + 1);
      if (close >= 0) {
        i = close;
        continue;
      }
    }
    if (c === CR) {
      crs++;
      if (firstCr < 0) firstCr = kept;
    } else if (c === LF) {
      if (firstLf < 0) firstLf = kept;
      if (previousKept === CR) crlfs++;
    }
    previousKept = c;
    kept++;
  }
  const nAppearsFirst = firstLf >= 0 && firstLf < (firstCr < 0 ? kept : firstCr);
  if (crs === 0 || nAppearsFirst) return '\n';
  return crlfs >= (crs + 1) / 2 ? '\r\n' : '\r';
}

/** What the planner's own export guarded against spreadsheet formulas is read back as written. */
function unguarded(cell: string): string {
  return isGuarded(cell) ? cell.replace(FORMULA_GUARD, '') : cell;
}

const isGuarded = (cell: string) => cell.charCodeAt(0) === 39 && FORMULA_GUARD.test(cell);

export function parseCsvText(text: string): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const newline = guessLineEnding(body);
  const result = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body, newline), newline, skipEmptyLines: false });
  const records = result.data;
  const headerIndex = records.findIndex((r) => !isEmptyRecord(r));
  const headers = headerIndex >= 0 ? records[headerIndex]!.map((h) => h.trim()) : [];
  const rows: ParsedCsv['rows'] = [];
  for (let i = headerIndex + 1; i < records.length && headerIndex >= 0; i++) {
    const record = records[i]!;
    if (!isEmptyRecord(record)) rows.push({ row: i + 1, cells: record.some(isGuarded) ? record.map(unguarded) : record });
  }
  const problems = result.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: structureMessage(e) }));
  return { delimiter: result.meta.delimiter || ',', headers, rows, problems };
}

function isEmptyRecord(record: string[]): boolean {
  return record.every((c) => c.trim() === '');
}

function structureMessage(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'A quoted field is not closed: a quote mark (") is missing.';
    case 'InvalidQuotes':
      return 'A quote mark (") inside a field is not doubled ("").';
    case 'TooFewFields':
    case 'TooManyFields':
      return `The row has a different number of fields than the header (${error.message}).`;
    default:
      return error.message;
  }
}

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Writes a table as CSV text that spreadsheets open cleanly: a UTF-8 BOM (so Excel reads accents), CRLF line
 * ends, quotes where needed, and text that would run as a formula (=, +, -, @) prefixed with an apostrophe.
 * Used for every CSV export: catalog entities, team data, heatmaps and gap tables.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const body = Papa.unparse(
    { fields: [...headers], data: rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c))) },
    { newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${body}\r\n`;
}

/** A file name safe on every system, e.g. `courses-2026-03-01.csv`. */
export function csvFileName(what: string, date = new Date()): string {
  const stamp = date.toISOString().slice(0, 10);
  return `${what.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${stamp}.csv`;
}
