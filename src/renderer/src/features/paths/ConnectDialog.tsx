import { Dialog } from 'radix-ui';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchesSearch } from '../../../../shared/domain/search';
import { usePaths } from '../../store/paths';
import { connectSteps, stepName } from './connect-steps';
import { usePlanFacts } from './plan-facts';

/**
 * "Connect to…" from a node's menu: the plan's other steps in a searchable list; ↑/↓ choose, Enter connects
 * (the chosen step comes after this one, or before it with "comes before" picked), Escape closes.
 */
export function ConnectDialog({ sourceId, onClose }: { sourceId: string; onClose: () => void }) {
  const facts = usePlanFacts();
  const [search, setSearch] = useState('');
  const [direction, setDirection] = useState<'after' | 'before'>('after');
  const [active, setActive] = useState(0);
  const listId = useId();
  const searchId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const steps = useMemo(() => {
    const kindName = { skill: 'Skill', course: 'Course', milestone: 'Milestone' } as const;
    return usePaths
      .getState()
      .nodes.filter((n) => n.id !== sourceId)
      .map((n) => ({ id: n.id, name: stepName(facts, n.id), kind: kindName[n.data.kind] }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }, [facts, sourceId]);
  const shown = steps.filter((s) => matchesSearch(search, s.name, s.kind));
  const current = Math.min(active, Math.max(0, shown.length - 1));
  const sourceName = stepName(facts, sourceId);

  const choose = (id: string) => {
    const ok = direction === 'after' ? connectSteps(facts, sourceId, id) : connectSteps(facts, id, sourceId);
    if (ok) onClose();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(0, Math.min(shown.length - 1, current + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter' && shown[current]) {
      e.preventDefault();
      choose(shown[current].id);
    }
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog connect-dialog"
          aria-describedby={undefined}
          onOpenAutoFocus={(e) => {
            // Typing finds a step at once.
            e.preventDefault();
            searchRef.current?.focus();
          }}
        >
          <Dialog.Title className="dialog__title">Connect “{sourceName}”</Dialog.Title>
          <div className="dialog__body">
            <fieldset className="connect-dialog__direction">
              <legend className="visually-hidden">Order</legend>
              <label>
                <input type="radio" name={`${listId}-dir`} checked={direction === 'after'} onChange={() => setDirection('after')} /> The chosen step comes
                after it
              </label>
              <label>
                <input type="radio" name={`${listId}-dir`} checked={direction === 'before'} onChange={() => setDirection('before')} /> The chosen step comes
                before it
              </label>
            </fieldset>
            <label htmlFor={searchId} className="field__label">
              Find a step
            </label>
            <input
              id={searchId}
              className="input"
              type="search"
              role="combobox"
              aria-expanded="true"
              aria-controls={listId}
              aria-activedescendant={shown[current] ? `${listId}-${shown[current].id}` : undefined}
              value={search}
              ref={searchRef}
              onChange={(e) => {
                setSearch(e.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
            />
            <ul id={listId} role="listbox" aria-label="Steps of the plan" className="connect-dialog__list">
              {shown.map((s, i) => (
                <li
                  key={s.id}
                  id={`${listId}-${s.id}`}
                  role="option"
                  aria-selected={i === current}
                  className={`connect-dialog__option${i === current ? ' connect-dialog__option--active' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(s.id)}
                >
                  <span>{s.name}</span> <span className="connect-dialog__kind">{s.kind}</span>
                </li>
              ))}
              {shown.length === 0 && <li className="connect-dialog__empty">No step matches “{search}”.</li>}
            </ul>
          </div>
          <div className="dialog__actions">
            <Dialog.Close className="button">Cancel</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
