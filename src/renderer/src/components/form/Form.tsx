import './form.css';
import { Dialog } from 'radix-ui';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { ErrorNotice } from '../ErrorBanner';

/**
 * The form element every form uses: the browser's own checks are off (the domain's messages show at the fields
 * instead), Enter in a field submits, and Ctrl+Enter (⌘+Enter) submits from a text area too.
 */
export function Form({
  onSubmit,
  saving,
  className,
  label,
  labelledBy,
  children,
}: {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  className?: string;
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };
  return (
    <form
      className={className ? `form ${className}` : 'form'}
      noValidate
      aria-label={label}
      aria-labelledby={labelledBy}
      aria-busy={saving || undefined}
      onSubmit={onSubmit}
      onKeyDown={submitOnCtrlEnter}
    >
      {children}
    </form>
  );
}

/** The form-wide message (a refusal no field owns), in the app's one error style. */
export function FormProblem({ message }: { message: string | null }) {
  return message ? <ErrorNotice className="form__problem">{message}</ErrorNotice> : null;
}

/**
 * The end of a form: its form-wide message, Cancel (in a dialog; it asks first if the form is edited), and the
 * submit button, disabled while sending.
 */
export function FormActions({
  formError,
  saving,
  submitLabel,
  savingLabel = 'Saving…',
  inDialog = true,
  disabled = false,
  children,
}: {
  formError: string | null;
  saving: boolean;
  submitLabel: string;
  savingLabel?: string;
  inDialog?: boolean;
  /** Nothing to send yet (e.g. an unchanged page form). */
  disabled?: boolean;
  /** Beside the buttons: a status line, a secondary action. */
  children?: ReactNode;
}) {
  return (
    <>
      <FormProblem message={formError} />
      <div className={inDialog ? 'dialog__actions' : 'form__actions'}>
        {inDialog && children}
        {inDialog && (
          <Dialog.Close type="button" className="button">
            Cancel
          </Dialog.Close>
        )}
        <button type="submit" className="button button--primary" disabled={saving || disabled}>
          {saving ? savingLabel : submitLabel}
        </button>
        {!inDialog && children}
      </div>
    </>
  );
}
