import { Dialog } from 'radix-ui';
import { useEffect, useState } from 'react';
import { isTypingInto, SHORTCUTS } from './shortcuts';

/** The keyboard-shortcut sheet: `?` anywhere (outside a text field and a dialog) opens it, as does the sidebar's button. */
export function ShortcutSheet() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTypingInto(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="sidebar__help">
        Keyboard shortcuts <kbd>?</kbd>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide" aria-describedby={undefined}>
          <Dialog.Title className="dialog__title">Keyboard shortcuts</Dialog.Title>
          {SHORTCUTS.map((group) => (
            <section key={group.where} className="shortcuts" aria-label={group.where}>
              <h3 className="card__subhead">{group.where}</h3>
              <dl className="shortcuts__list">
                {group.shortcuts.map((s) => (
                  <div key={s.does} className="shortcuts__row">
                    <dt>
                      {s.keys.map((k, i) => (
                        <kbd key={i}>{k}</kbd>
                      ))}
                    </dt>
                    <dd>{s.does}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <div className="dialog__actions">
            <Dialog.Close className="button button--primary">Close</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
