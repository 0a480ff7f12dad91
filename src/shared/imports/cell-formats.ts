import { isValid, parse } from 'date-fns';

/**
 * Numbers and dates as spreadsheets in different countries write them. A file uses one convention for all its
 * numbers (decimal comma or point) and one order for its dates (day/month or month/day): detected from the
 * file's own cells, shown in the preview, and changed there when the guess is wrong. Pure.
 */

export const DECIMAL_MARKS = [',', '.'] as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[number];

export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export const DECIMAL_LABELS: Record<DecimalMark, string> = {
  ',': 'decimal comma (1.234,5 or 1 234,5)',
  '.': 'decimal point (1,234.5 or 1 234.5)',
};

export const DATE_ORDER_LABELS: Record<DateOrder, string> = {
  dmy: 'day first (31/12/2026)',
  mdy: 'month first (12/31/2026)',
};

/**
 * A number written with this decimal mark, with or without thousands separators (the other mark, a space, or
 * an apostrophe). Text that is not such a number is returned as it is, so the schema says it is not a number.
 */
export function readNumber(text: string, decimal: DecimalMark): number | string {
  // Digits only, as most cells are: the same number either way, without the steps below.
  if (DIGITS.test(text)) return Number(text);
  const t = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  const { thousands, plain, grouped } = NUMBER_SHAPES[decimal];
  if (!plain.test(t) && !grouped.test(t)) return text;
  return Number(t.split(thousands).join('').replace(decimal, '.'));
}

const DIGITS = /^\d+$/;

/** Per decimal mark: the thousands separator, and a plain or grouped number's shape (compiled once, not per cell). */
const NUMBER_SHAPES: Record<DecimalMark, { thousands: string; plain: RegExp; grouped: RegExp }> = {
  ',': { thousands: '.', plain: /^[-+]?\d+(,\d+)?$/, grouped: /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/ },
  '.': { thousands: ',', plain: /^[-+]?\d+(\.\d+)?$/, grouped: /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/ },
};

/**
 * The decimal mark a file's number cells use: a comma when some cell can only be read with one ("20,5",
 * "1.234,5"), a point when some can only be read with a point ("20.5", "1,234.5"); else the separator's custom
 * (semicolon-separated files come from decimal-comma countries), else a point.
 */
export function detectDecimalMark(cells: Iterable<string>, delimiter: string): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const cell of cells) {
    // Only a cell with a comma or a point can tell (most hold whole numbers): the shapes below are not tried on the rest.
    if (!cell.includes(',') && !cell.includes('.')) continue;
    const t = cell.trim().replace(/[\s\u00a0\u202f']/g, '');
    if (/^[-+]?\d+,\d{1,2}$/.test(t) || /^[-+]?\d+,\d{4,}$/.test(t) || /^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(t) || /^[-+]?\d{1,3}(\.\d{3}){2,}$/.test(t)) comma++;
    else if (/^[-+]?\d+\.\d{1,2}$/.test(t) || /^[-+]?\d+\.\d{4,}$/.test(t) || /^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(t) || /^[-+]?\d{1,3}(,\d{3}){2,}$/.test(t)) point++;
  }
  if (comma !== point) return comma > point ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}

export type DateReading = { ok: true; iso: string } | { ok: false; ambiguous: boolean; message: string };

const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;
const WORDED_FORMATS = ['d MMMM yyyy', 'd MMM yyyy', 'MMMM d, yyyy', 'MMM d, yyyy', 'MMMM d yyyy', 'MMM d yyyy', 'd-MMM-yyyy', 'd MMM. yyyy'];

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

const EXPECTED = 'Write dates as YYYY-MM-DD (2026-03-31), 31/03/2026, 03/31/2026 or 31 March 2026';

/**
 * A date cell as YYYY-MM-DD: ISO (2026-03-31, 2026/3/31), numeric day and month in either order (31/03/2026,
 * 3.31.26) read by `order` when both could be a month, or with the month's name (31 March 2026, Mar 31, 2026).
 */
export function readDate(text: string, order: DateOrder | null): DateReading {
  const t = text.trim();
  const numeric = NUMERIC_DATE.exec(t);
  if (numeric) {
    const [, a, b, c] = numeric as unknown as [string, string, string, string];
    if (a.length === 4) {
      const value = iso(Number(a), Number(b), Number(c));
      // The API's own words for a day not on the calendar.
      return value ? { ok: true, iso: value } : { ok: false, ambiguous: false, message: 'That date does not exist.' };
    }
    if (c.length !== 4 && c.length !== 2) return { ok: false, ambiguous: false, message: `“${t}” is not a date. ${EXPECTED}.` };
    const year = fullYear(c);
    const [first, second] = [Number(a), Number(b)];
    const asDmy = iso(year, second, first);
    const asMdy = iso(year, first, second);
    if (asDmy && asMdy && asDmy !== asMdy && !order) {
      return { ok: false, ambiguous: true, message: `“${t}” could be day/month or month/day: choose the file’s date order above the rows.` };
    }
    const value = order === 'mdy' ? (asMdy ?? (order ? null : asDmy)) : order === 'dmy' ? asDmy : (asDmy ?? asMdy);
    const read = order ? `read ${DATE_ORDER_LABELS[order]}` : 'read either way';
    return value ? { ok: true, iso: value } : { ok: false, ambiguous: false, message: `That date does not exist: “${t}”, ${read}.` };
  }
  for (const format of WORDED_FORMATS) {
    const date = parse(t, format, new Date(2000, 0, 1));
    if (isValid(date)) {
      const value = iso(date.getFullYear(), date.getMonth() + 1, date.getDate());
      if (value) return { ok: true, iso: value };
    }
  }
  return { ok: false, ambiguous: false, message: `“${t}” is not a date. ${EXPECTED}.` };
}

/**
 * The date order a file's cells show: day first when some date's first number is above 12, month first when
 * its second is; null when none tells (or they disagree), and the preview asks.
 */
export function detectDateOrder(cells: Iterable<string>): DateOrder | null {
  let dmy = 0;
  let mdy = 0;
  for (const cell of cells) {
    const m = NUMERIC_DATE.exec(cell.trim());
    if (!m || m[1]!.length === 4) continue;
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) dmy++;
    else if (Number(m[2]) > 12 && Number(m[1]) <= 12) mdy++;
  }
  if (dmy > 0 && mdy === 0) return 'dmy';
  if (mdy > 0 && dmy === 0) return 'mdy';
  return null;
}

/** Whether a date cell can be read only once the date order is known (03/04/2026). */
export function needsDateOrder(cell: string): boolean {
  const r = readDate(cell, null);
  return !r.ok && r.ambiguous;
}
