import { AlertDialog } from 'radix-ui';
import type { ReactNode } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** What will happen, in the user's words; name what is affected. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /** A destructive action gets a red button; Cancel keeps the focus by default either way. */
  destructive?: boolean;
  /** While the user still has to choose something in the dialog (e.g. where to move members), confirm waits. */
  confirmDisabled?: boolean;
}

/** Asks before anything that destroys or replaces data (Radix AlertDialog: focus trap, Escape cancels). */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  children,
  confirmLabel,
  onConfirm,
  destructive,
  confirmDisabled,
}: ConfirmDialogProps) {
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog__title">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="dialog__body">{children}</div>
          </AlertDialog.Description>
          <div className="dialog__actions">
            <AlertDialog.Cancel className="button">Cancel</AlertDialog.Cancel>
            <AlertDialog.Action
              className={destructive ? 'button button--danger' : 'button button--primary'}
              onClick={onConfirm}
              disabled={confirmDisabled}
            >
              {confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
