import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { matchesSearch } from '../../../../shared/domain/search';
import { EmptyState } from '../EmptyState';
import { SearchField } from '../SearchField';
import { rememberSort, rememberedSort, sortRows, type SortValue, type TableSort } from './sorting';
import { useVirtualRows } from './useVirtualRows';
import './table.css';

export interface Column<T> {
  id: string;
  header: ReactNode;
  /** The header in words, when `header` is not plain text (for the sort button's name). */
  headerText?: string;
  cell: (row: T) => ReactNode;
  /** What the column sorts by; a column without one cannot be sorted (an actions column). */
  sortValue?: (row: T) => SortValue;
  /** Which way the column sorts when first chosen: 'desc' where the biggest matter most (gaps, hours). */
  firstDirection?: TableSort['direction'];
  numeric?: boolean;
  /** A fixed width ('18%', '120px'), so columns do not shift as rows scroll in and out. */
  width?: string;
  /** The cell is the row's header (its name): a `th scope="row"`. */
  rowHeader?: boolean;
  className?: string;
}

export interface DataTableProps<T> {
  /** Names the list where its sort is remembered ("members", "courses"). */
  listId: string;
  /** The table's accessible name. */
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  defaultSort: TableSort;
  /** Searching in the list itself: the field's label and each row's searchable text. */
  search?: { label: string; text: (row: T) => (string | null | undefined)[] };
  /** What the toolbar says of the rows shown and all rows ("3 of 12 members"). */
  count?: (shown: number, total: number) => ReactNode;
  /** More in the toolbar, after the search and the count. */
  toolbar?: ReactNode;
  /** Enter on a focused row (and a double click) opens it. */
  onOpenRow?: (row: T) => void;
  /** Shown when the search leaves no row. */
  noMatch?: ReactNode;
  /** Extra attributes for a row (data-* for tests and styles). */
  rowProps?: (row: T) => Record<string, string | undefined>;
  /** Rows are about this tall, for windowing long lists. */
  rowHeight?: number;
  busy?: boolean;
  className?: string;
}

/**
 * The app's one table: sort by any column (header buttons, `aria-sort`, the choice remembered per list across
 * reloads), search, arrow keys between rows (Home/End, Enter opens), and windowing beyond a few hundred rows.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { listId, label, rows, columns, rowKey, defaultSort, search, count, toolbar, onOpenRow, noMatch, rowProps, rowHeight = 48, busy, className } = props;
  const [sort, setSort] = useState<TableSort>(() => rememberedSort(listId, columns.filter((c) => c.sortValue).map((c) => c.id)) ?? defaultSort);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);

  const shown = useMemo(() => {
    const found = search && query ? rows.filter((r) => matchesSearch(query, ...search.text(r).map((t) => t ?? ''))) : rows;
    const column = columns.find((c) => c.id === sort.column);
    return sortRows(found, column?.sortValue, sort.direction);
  }, [rows, search, query, columns, sort]);
  const { setAnchor, rows: windowed, before, after, measureElement, scrollToIndex } = useVirtualRows(shown.length, rowHeight);
  const activeIndex = Math.min(active, Math.max(shown.length - 1, 0));

  function sortBy(column: string) {
    const first = columns.find((c) => c.id === column)?.firstDirection ?? 'asc';
    const next: TableSort = sort.column === column ? { column, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: first };
    setSort(next);
    rememberSort(listId, next);
  }

  function focusRow(index: number) {
    const target = Math.max(0, Math.min(index, shown.length - 1));
    setActive(target);
    scrollToIndex?.(target);
    // The row may only be drawn after the scroll: look for it on the next frame too.
    const focus = () => body.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`)?.focus();
    focus();
    requestAnimationFrame(focus);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const row = (event.target as HTMLElement).closest('tr');
    if (!row || row.parentElement !== body.current || event.target !== row) return;
    const index = Number(row.dataset.index);
    const page = 10;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: shown.length - 1, PageDown: index + page, PageUp: index - page };
    if (event.key in moves) {
      event.preventDefault();
      focusRow(moves[event.key]!);
    } else if (event.key === 'Enter' && onOpenRow) {
      event.preventDefault();
      onOpenRow(shown[index]!);
    }
  }

  const renderRow = (row: T, index: number) => (
    <tr
      key={rowKey(row)}
      data-index={index}
      ref={measureElement}
      tabIndex={index === activeIndex ? 0 : -1}
      onFocus={() => setActive(index)}
      onDoubleClick={onOpenRow && (() => onOpenRow(row))}
      {...rowProps?.(row)}
    >
      {columns.map((c) => {
        const classes = [c.numeric ? 'table__num' : '', c.className ?? ''].join(' ').trim() || undefined;
        return c.rowHeader ? (
          <th key={c.id} scope="row" className={classes}>
            {c.cell(row)}
          </th>
        ) : (
          <td key={c.id} className={classes}>
            {c.cell(row)}
          </td>
        );
      })}
    </tr>
  );

  return (
    <div className="data-table">
      {(search || count || toolbar) && (
        <div className="toolbar toolbar--wrap">
          {search && <SearchField label={search.label} value={query} onChange={setQuery} />}
          {count && (
            <span className="toolbar__count" aria-live="polite">
              {count(shown.length, rows.length)}
            </span>
          )}
          {toolbar}
        </div>
      )}
      {shown.length === 0 && rows.length > 0 ? (
        (noMatch ?? <EmptyState title="Nothing matches">Try other words, or clear the search.</EmptyState>)
      ) : (
        <table className={`table table--fixed data-table__table ${className ?? ''}`.trim()} ref={setAnchor} aria-label={label} aria-busy={busy || undefined}>
          <colgroup>
            {columns.map((c) => (
              <col key={c.id} style={c.width ? { width: c.width } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {columns.map((c) => {
                const sorted = sort.column === c.id;
                return (
                  <th
                    key={c.id}
                    scope="col"
                    className={c.numeric ? 'table__num' : undefined}
                    aria-sort={c.sortValue ? (sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none') : undefined}
                  >
                    {c.sortValue ? (
                      <button type="button" className="data-table__sort" onClick={() => sortBy(c.id)}>
                        {c.header}
                        <span className="data-table__arrow" aria-hidden="true">
                          {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody ref={body} onKeyDown={onKeyDown}>
            {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
            {windowed ? windowed.map((v) => renderRow(shown[v.index]!, v.index)) : shown.map(renderRow)}
            {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
          </tbody>
        </table>
      )}
    </div>
  );
}
