import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { ROADMAP_GEOMETRY as G } from './geometry';
import type { RoadmapBand, RoadmapColumn, RoadmapGranularity } from './types';

/** Plans spanning at most this many calendar months get a column per month; longer ones a column per quarter. */
export const MONTHS_FOR_MONTH_COLUMNS = 12;
export const UNSCHEDULED_COLUMN = 'unscheduled';

const monthsBetween = (first: string, last: string) =>
  (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;

export function chooseGranularity(first: string, last: string, wanted: RoadmapGranularity | 'auto' = 'auto'): RoadmapGranularity {
  if (wanted !== 'auto') return wanted;
  return monthsBetween(first, last) <= MONTHS_FOR_MONTH_COLUMNS ? 'month' : 'quarter';
}

/** The column a day falls in: '2027-03' or '2027-Q1'. */
export function columnKeyOf(day: string, granularity: RoadmapGranularity): string {
  if (granularity === 'month') return day.slice(0, 7);
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

function columnStart(day: string, granularity: RoadmapGranularity): Date {
  const month = Number(day.slice(5, 7));
  const first = granularity === 'month' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  return parseISO(`${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`);
}

const ymd = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * Columns from the one holding `first` to the one holding `last`, each `G.columnWidth` wide after the lane
 * labels; `unscheduled` adds a last 'Not scheduled' column.
 */
export function timeColumns(first: string, last: string, granularity: RoadmapGranularity, unscheduled: boolean): RoadmapColumn[] {
  const columns: RoadmapColumn[] = [];
  const step = granularity === 'month' ? 1 : 3;
  const lastKey = columnKeyOf(last, granularity);
  for (let start = columnStart(first, granularity); ; start = addMonths(start, step)) {
    const key = columnKeyOf(ymd(start), granularity);
    const end = addMonths(start, step);
    end.setDate(0); // the last day of the previous month
    const label = granularity === 'month' ? format(start, 'MMM yyyy') : `Q${key.slice(6)} ${key.slice(0, 4)}`;
    const range = granularity === 'month' ? label : `${format(start, 'MMM')}–${format(end, 'MMM yyyy')}`;
    columns.push({ key, label, range, start: ymd(start), end: ymd(end), x: G.laneLabelWidth + columns.length * G.columnWidth, width: G.columnWidth, nodeIds: [] });
    if (key === lastKey || columns.length > 400) break;
  }
  if (unscheduled) {
    columns.push({
      key: UNSCHEDULED_COLUMN,
      label: 'Not scheduled',
      range: 'Not scheduled',
      start: null,
      end: null,
      x: G.laneLabelWidth + columns.length * G.columnWidth,
      width: G.columnWidth,
      nodeIds: [],
    });
  }
  return columns;
}

/** Where a day falls along the dated columns (its morning), or null outside them. */
export function xOfDay(columns: readonly RoadmapColumn[], day: string): number | null {
  const column = columns.find((c) => c.start !== null && c.start <= day && day <= c.end!);
  if (!column) return null;
  const days = differenceInCalendarDays(parseISO(column.end!), parseISO(column.start!)) + 1;
  return column.x + (column.width * differenceInCalendarDays(parseISO(day), parseISO(column.start!))) / days;
}

/** Blackout periods as bands over the dated columns, clipped to them; periods outside are left out. */
export function blackoutBands(columns: readonly RoadmapColumn[], blackouts: readonly { startsOn: string; endsOn: string; label: string }[]): RoadmapBand[] {
  const dated = columns.filter((c) => c.start !== null);
  if (dated.length === 0) return [];
  const first = dated[0]!.start!;
  const last = dated.at(-1)!.end!;
  const bands: RoadmapBand[] = [];
  for (const b of [...blackouts].sort((a, c) => a.startsOn.localeCompare(c.startsOn) || a.endsOn.localeCompare(c.endsOn))) {
    if (b.endsOn < first || b.startsOn > last) continue;
    const from = xOfDay(dated, b.startsOn < first ? first : b.startsOn)!;
    const endDay = b.endsOn > last ? last : b.endsOn;
    const dayAfter = ymd(addDays(parseISO(endDay), 1));
    const to = dayAfter > last ? dated.at(-1)!.x + dated.at(-1)!.width : xOfDay(dated, dayAfter)!;
    bands.push({ startsOn: b.startsOn, endsOn: b.endsOn, label: b.label, x: Math.round(from), width: Math.max(2, Math.round(to - from)) });
  }
  return bands;
}
