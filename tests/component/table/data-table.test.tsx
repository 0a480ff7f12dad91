import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DataTable, type Column } from '../../../src/renderer/src/components/table/DataTable';

interface Person {
  id: string;
  name: string;
  hours: number | null;
  team: string;
}

// Worked by hand: by name Ana, bo, Cy, Dee (case ignored); by hours 2, 10, 30, then Cy (none) last either way.
const PEOPLE: Person[] = [
  { id: 'p1', name: 'Dee', hours: 10, team: 'Red' },
  { id: 'p2', name: 'Ana', hours: 30, team: 'Blue' },
  { id: 'p3', name: 'Cy', hours: null, team: 'Red' },
  { id: 'p4', name: 'bo', hours: 2, team: 'Blue' },
];

const COLUMNS: Column<Person>[] = [
  { id: 'name', header: 'Name', rowHeader: true, sortValue: (p) => p.name, cell: (p) => p.name },
  { id: 'hours', header: 'Hours', numeric: true, sortValue: (p) => p.hours, cell: (p) => p.hours ?? '—' },
  { id: 'team', header: 'Team', cell: (p) => p.team },
];

function People({ onOpen = () => {} }: { onOpen?: (p: Person) => void }) {
  return (
    <DataTable
      listId="people-test"
      label="People"
      rows={PEOPLE}
      columns={COLUMNS}
      rowKey={(p) => p.id}
      defaultSort={{ column: 'name', direction: 'asc' }}
      search={{ label: 'Search people', text: (p) => [p.name, p.team] }}
      count={(shown, total) => `${shown} of ${total} people`}
      onOpenRow={onOpen}
    />
  );
}

const names = () =>
  within(screen.getByRole('table', { name: 'People' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelector('th')!.textContent);
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });

beforeEach(() => window.localStorage.clear());

describe('the one table', () => {
  it('sorts a column marked biggest-first from the biggest when first chosen, then the other way', async () => {
    const user = userEvent.setup();
    const columns = COLUMNS.map((c) => (c.id === 'hours' ? { ...c, firstDirection: 'desc' as const } : c));
    render(<DataTable listId="people-first" label="People" rows={PEOPLE} columns={columns} rowKey={(p) => p.id} defaultSort={{ column: 'name', direction: 'asc' }} />);
    await user.click(within(header('Hours')).getByRole('button'));
    expect(names()).toEqual(['Ana', 'Dee', 'bo', 'Cy']);
    expect(header('Hours').getAttribute('aria-sort')).toBe('descending');
    await user.click(within(header('Hours')).getByRole('button'));
    expect(names()).toEqual(['bo', 'Dee', 'Ana', 'Cy']);
  });

  it('sorts by a column and back, says so with aria-sort, and puts empty cells last', async () => {
    const user = userEvent.setup();
    render(<People />);
    expect(names()).toEqual(['Ana', 'bo', 'Cy', 'Dee']);
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Hours').getAttribute('aria-sort')).toBe('none');
    // A column without a sort value is not sortable: no button, no aria-sort.
    expect(header('Team').getAttribute('aria-sort')).toBeNull();
    expect(within(header('Team')).queryByRole('button')).toBeNull();

    await user.click(within(header('Hours')).getByRole('button'));
    expect(names()).toEqual(['bo', 'Dee', 'Ana', 'Cy']);
    expect(header('Hours').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Name').getAttribute('aria-sort')).toBe('none');
    await user.click(within(header('Hours')).getByRole('button'));
    expect(names()).toEqual(['Ana', 'Dee', 'bo', 'Cy']);
    expect(header('Hours').getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts from the keyboard and remembers the sort for the list when shown again', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<People />);
    within(header('Name')).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(names()).toEqual(['Dee', 'Cy', 'bo', 'Ana']);
    unmount();
    render(<People />);
    expect(names()).toEqual(['Dee', 'Cy', 'bo', 'Ana']);
    expect(header('Name').getAttribute('aria-sort')).toBe('descending');
  });

  it('searches, counting what is shown', async () => {
    const user = userEvent.setup();
    render(<People />);
    expect(screen.getByText('4 of 4 people')).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'blue');
    expect(names()).toEqual(['Ana', 'bo']);
    expect(screen.getByText('2 of 4 people')).toBeTruthy();
    await user.clear(screen.getByRole('searchbox', { name: 'Search people' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'nobody');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Nothing matches')).toBeTruthy();
  });

  it('moves between rows with the arrow keys, Home and End, and opens one with Enter', async () => {
    const user = userEvent.setup();
    const open = vi.fn();
    render(<People onOpen={open} />);
    const rows = () => within(screen.getByRole('table', { name: 'People' })).getAllByRole('row').slice(1);
    // One row in the tab order at a time.
    expect(rows().map((r) => r.tabIndex)).toEqual([0, -1, -1, -1]);
    rows()[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.querySelector('th')?.textContent).toBe('Cy');
    await user.keyboard('{End}');
    expect(document.activeElement?.querySelector('th')?.textContent).toBe('Dee');
    await user.keyboard('{ArrowDown}{Home}{ArrowUp}');
    expect(document.activeElement?.querySelector('th')?.textContent).toBe('Ana');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(open).toHaveBeenCalledWith(PEOPLE[3]);
    expect(rows().map((r) => r.tabIndex)).toEqual([-1, 0, -1, -1]);
  });
});
