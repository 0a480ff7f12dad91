import { Popover } from 'radix-ui';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchesSearch } from '../../../../shared/domain/search';
import type { TeamModel } from './team-model';

const SHOWN = 12;

/** “Add a skill”: search the whole catalog for a skill not on the sheet yet, and put it on the sheet. */
export function AddSkillPicker({ model, exclude, onPick }: { model: TeamModel; exclude: readonly string[]; onPick: (skillId: string) => void }) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [highlight, setHighlight] = useState(0);
  const picked = useRef(false);
  const listId = useId();
  const inputId = useId();
  const matches = useMemo(() => {
    const taken = new Set(exclude);
    return model.snapshot.skills.filter(
      (s) => !taken.has(s.id) && matchesSearch(search, s.name, model.categoryName(s.category)),
    );
  }, [model, exclude, search]);
  const shown = matches.slice(0, SHOWN);
  const current = Math.min(highlight, Math.max(shown.length - 1, 0));

  function pick(skillId: string) {
    picked.current = true;
    setOpen(false);
    setSearch('');
    setHighlight(0);
    onPick(skillId);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') setHighlight(Math.min(current + 1, shown.length - 1));
    else if (event.key === 'ArrowUp') setHighlight(Math.max(current - 1, 0));
    else if (event.key === 'Enter' && shown[current]) pick(shown[current].id);
    else return;
    event.preventDefault();
  }

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button type="button" className="button sheet__add">
          + Add a skill to the sheet
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="picker"
          align="start"
          sideOffset={6}
          aria-label="Add a skill"
          onCloseAutoFocus={(event) => {
            // After a pick the focus goes to the new row on the sheet, not back to this button.
            if (picked.current) event.preventDefault();
            picked.current = false;
          }}
        >
          <label htmlFor={inputId} className="field__label">
            Find a skill
          </label>
          <input
            id={inputId}
            className="input picker__input"
            role="combobox"
            aria-expanded="true"
            aria-controls={listId}
            aria-activedescendant={shown[current] ? `${listId}-${shown[current].id}` : undefined}
            autoComplete="off"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setHighlight(0);
            }}
            onKeyDown={onKeyDown}
            placeholder="Type a skill or category"
          />
          <ul id={listId} role="listbox" className="picker__list" aria-label="Matching skills">
            {shown.map((s, i) => (
              <li
                key={s.id}
                id={`${listId}-${s.id}`}
                role="option"
                aria-selected={i === current}
                className={i === current ? 'picker__option picker__option--active' : 'picker__option'}
                onMouseEnter={() => setHighlight(i)}
                onClick={() => pick(s.id)}
              >
                <span>{s.name}</span>
                <span className="table__secondary">{model.categoryName(s.category)}</span>
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p className="picker__empty">No skill left that matches: every match is on the sheet already, or try other words.</p>}
          {matches.length > SHOWN && <p className="picker__more">{matches.length - SHOWN} more: type more of the name.</p>}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
