/** How one list is sorted: by which column, which way. */
export interface TableSort {
  column: string;
  direction: 'asc' | 'desc';
}

export type SortValue = string | number | null | undefined;

const STORAGE_PREFIX = 'planner.sort.';

/** The sort the user last chose for this list (kept across reloads), if it names a column the list still has. */
export function rememberedSort(listId: string, columns: readonly string[]): TableSort | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_PREFIX + listId);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<TableSort>;
    if (typeof parsed.column !== 'string' || !columns.includes(parsed.column)) return null;
    return { column: parsed.column, direction: parsed.direction === 'desc' ? 'desc' : 'asc' };
  } catch {
    return null;
  }
}

export function rememberSort(listId: string, sort: TableSort): void {
  try {
    window.localStorage.setItem(STORAGE_PREFIX + listId, JSON.stringify(sort));
  } catch {
    // Storage refused (a locked-down browser): the sort lasts for this page only.
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Compares two cell values: numbers by size, text as people read it; empty cells last whichever the direction. */
export function compareValues(a: SortValue, b: SortValue, direction: TableSort['direction']): number {
  const emptyA = a === null || a === undefined || a === '';
  const emptyB = b === null || b === undefined || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return direction === 'asc' ? order : -order;
}

/** The rows in the sort's order; equal rows keep their given order. */
export function sortRows<T>(rows: readonly T[], value: ((row: T) => SortValue) | undefined, direction: TableSort['direction']): T[] {
  if (!value) return [...rows];
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((x, y) => compareValues(x.key, y.key, direction) || x.index - y.index)
    .map((x) => x.row);
}
