import type { Column } from '../../components/table/DataTable';
import { DropdownMenu } from 'radix-ui';

export interface MenuAction {
  label: string;
  onSelect: () => void;
  destructive?: boolean;
}

/** A “⋯” menu of actions on one row or card (Radix: arrow keys, Escape, focus return). */
export function ActionsMenu({ label, actions }: { label: string; actions: MenuAction[] }) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="button button--icon" aria-label={label}>
        <span aria-hidden="true">⋯</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          {actions.map((a) => (
            <DropdownMenu.Item
              key={a.label}
              className={a.destructive ? 'menu__item menu__item--danger' : 'menu__item'}
              onSelect={a.onSelect}
            >
              {a.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/** A catalog table's last column: each row's actions in a menu named after the row. */
export function actionsColumn<T>(name: (row: T) => string, actions: (row: T) => MenuAction[]): Column<T> {
  return {
    id: 'actions',
    header: <span className="visually-hidden">Actions</span>,
    headerText: 'Actions',
    width: '52px',
    className: 'table__actions',
    cell: (row) => <ActionsMenu label={`Actions for ${name(row)}`} actions={actions(row)} />,
  };
}
