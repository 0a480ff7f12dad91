import type { ReactNode } from 'react';

export type Direction = 'asc' | 'desc';

/** A column header that sorts its table: a button, with aria-sort on the header cell. */
export function SortHeader({
  children,
  active,
  direction,
  onSort,
  numeric,
}: {
  children: ReactNode;
  active: boolean;
  direction: Direction;
  onSort: () => void;
  numeric?: boolean;
}) {
  return (
    <th scope="col" className={numeric ? 'table__num' : undefined} aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={onSort}>
        {children}
        <span className="sort-button__mark" aria-hidden="true">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** Sort state for a table: clicking the active column flips it, another column starts at its natural direction. */
export function nextSort<K extends string>(current: { key: K; direction: Direction }, key: K, natural: Direction) {
  return current.key === key
    ? { key, direction: current.direction === 'asc' ? ('desc' as const) : ('asc' as const) }
    : { key, direction: natural };
}
