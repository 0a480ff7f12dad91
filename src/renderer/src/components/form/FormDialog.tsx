import { Dialog } from 'radix-ui';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../ConfirmDialog';
import { DialogDirtyReport } from './dialog-dirty';

/**
 * A dialog holding one form (Radix: focus trap, Escape closes, focus returns). The form is mounted each time the
 * dialog opens, so it starts from the data as it is then. While its form is edited, Escape, Cancel or a click
 * outside ask first ("Discard your changes?"); Keep editing leaves everything as typed.
 */
export function FormDialog({
  open,
  onOpenChange,
  title,
  description,
  descriptionClassName = 'dialog__body',
  wide = true,
  onOpenAutoFocus,
  onCloseAutoFocus,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** A line under the title, read as the dialog's description. */
  description?: ReactNode;
  descriptionClassName?: string;
  wide?: boolean;
  /** Where the focus starts (by default the first field). */
  onOpenAutoFocus?: (event: Event) => void;
  /** Where the focus goes when the dialog closes (by default back to what opened it). */
  onCloseAutoFocus?: (event: Event) => void;
  children: ReactNode;
}) {
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);

  const requestOpenChange = (next: boolean) => {
    if (!next && dirty) setAsking(true);
    else onOpenChange(next);
  };

  return (
    <>
      <Dialog.Root open={open} onOpenChange={requestOpenChange}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content
            className={wide ? 'dialog dialog--wide' : 'dialog'}
            onOpenAutoFocus={onOpenAutoFocus}
            onCloseAutoFocus={onCloseAutoFocus} {...(description ? {} : { 'aria-describedby': undefined })}>
            <Dialog.Title className="dialog__title">{title}</Dialog.Title>
            {description && <Dialog.Description className={descriptionClassName}>{description}</Dialog.Description>}
            <DialogDirtyReport.Provider value={setDirty}>{children}</DialogDirtyReport.Provider>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      <ConfirmDialog
        open={asking}
        onOpenChange={setAsking}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        destructive
        onConfirm={() => {
          setAsking(false);
          setDirty(false);
          onOpenChange(false);
        }}
      >
        <p>What you entered in “{title}” is not saved and would be lost. Cancel to keep editing.</p>
      </ConfirmDialog>
    </>
  );
}
