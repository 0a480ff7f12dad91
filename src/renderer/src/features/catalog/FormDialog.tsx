import { Dialog } from 'radix-ui';
import type { ReactNode } from 'react';

/**
 * A dialog holding one form (Radix: focus trap, Escape closes, focus returns). The form is mounted each time
 * the dialog opens, so it starts from the data as it is then.
 */
export function FormDialog({
  open,
  onOpenChange,
  title,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children: ReactNode;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide" aria-describedby={undefined}>
          <Dialog.Title className="dialog__title">{title}</Dialog.Title>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The end of a dialog's form: the form-wide message, Cancel, and the submit button. */
export function FormFooter({ formError, saving, submitLabel }: { formError: string | null; saving: boolean; submitLabel: string }) {
  return (
    <>
      {formError && (
        <p className="form__error" role="alert">
          {formError}
        </p>
      )}
      <div className="dialog__actions">
        <Dialog.Close className="button">Cancel</Dialog.Close>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
      </div>
    </>
  );
}
