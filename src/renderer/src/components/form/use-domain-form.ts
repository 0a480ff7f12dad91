import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { z } from 'zod';
import type { FieldProblem } from '../../../../shared/api/errors';
import { ApiFailure } from '../../api';
import { useUnsavedChanges } from '../../unsaved';
import { useReportDirtyToDialog } from './dialog-dirty';
import { collectFieldErrors, errorWithin, type FieldErrors } from './field-errors';

export const FIELDS_NEED_ATTENTION = 'Some fields need attention; see the messages beside them.';

/** How one save goes: what the API will receive, the schema it checks it with, and the call itself. */
export interface Submission<S extends z.ZodType, T> {
  /** The API's own input schema (from src/shared), checked first so its message shows at the field at once. */
  schema: S;
  /** The input as the API receives it, made from the form's values. */
  input: unknown;
  /** Problems the schema cannot see (e.g. a line the form could not read), as the API would name them. */
  precheck?: () => FieldProblem[];
  /** Sends the checked input; a refusal (ApiFailure) is shown at its fields. */
  send: (input: z.output<S>) => Promise<T>;
  /** After a save: the form is no longer edited by then (so closing or moving on does not ask). */
  done: (saved: T) => void;
}

/** The form-wide message for a refusal: what the API said, or, for a changed-elsewhere refusal, what to do here. */
function formMessageOf(error: unknown, fields: FieldProblem[]): string | null {
  const failure = error instanceof ApiFailure ? error.error : null;
  const message = error instanceof Error ? error.message : String(error);
  if (failure?.details?.changedElsewhere) {
    return `${message.replace(/ Reload to see.*$/, '')} Close this form and open it again to see the current details.`;
  }
  if (fields.length === 0) return message;
  // Field messages speak for themselves; a refusal that says more than its fields is shown for the form too.
  const saysMore = failure?.code !== 'INVALID_INPUT' && !fields.some((f) => f.message === message);
  return saysMore ? message : FIELDS_NEED_ATTENTION;
}

/**
 * The one submit flow for every form. It keeps the values as typed; checks them with the same zod schema the API
 * uses and shows the domain's message at the field; sends; maps the API's field problems back onto the fields
 * (a refusal without fields becomes the form's own message); is busy while sending (a second submit is ignored).
 * While the values differ from what was loaded (or last saved) the form is edited: it is registered as unsaved
 * input (`what`), so leaving the screen, reloading or closing the window asks first, and a form dialog asks
 * before Escape or Cancel throws the edits away.
 */
export function useDomainForm<V>(initial: V | (() => V), what: string) {
  const [values, setValues] = useState<V>(initial);
  const [baseline, setBaseline] = useState(() => JSON.stringify(values));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const sending = useRef(false);
  // After a refused submit the focus goes to the first field that needs attention, once it is marked.
  const focusAfterRender = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    const form = focusAfterRender.current;
    if (!form) return;
    focusAfterRender.current = null;
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });

  const dirty = JSON.stringify(values) !== baseline;
  const discard = useCallback(() => setValues(JSON.parse(baseline) as V), [baseline]);
  useUnsavedChanges(dirty ? what : null, discard);
  useReportDirtyToDialog(dirty);

  /** Starts the form afresh from `next` (e.g. after adding a row, for the next one): not edited. */
  const reset = useCallback((next: V) => {
    setValues(next);
    setBaseline(JSON.stringify(next));
    setErrors({});
    setFormError(null);
  }, []);

  const set = useCallback(<K extends keyof V>(key: K) => (value: V[K]) => setValues((v) => ({ ...v, [key]: value })), []);

  const showProblems = useCallback((error: unknown, form: HTMLFormElement | null) => {
    const fields = error instanceof ApiFailure ? (error.error.details?.fields ?? []) : [];
    setErrors(collectFieldErrors(fields));
    setFormError(formMessageOf(error, fields));
    focusAfterRender.current = form;
  }, []);

  const submit = useCallback(
    async <S extends z.ZodType, T>(event: FormEvent<HTMLFormElement> | null, { schema, input, precheck, send, done }: Submission<S, T>) => {
      event?.preventDefault();
      if (sending.current) return;
      const form = event?.currentTarget ?? null;
      const sentValues = JSON.stringify(values);
      setErrors({});
      setFormError(null);
      const early = precheck?.() ?? [];
      if (early.length > 0) {
        setErrors(collectFieldErrors(early));
        setFormError(FIELDS_NEED_ATTENTION);
        focusAfterRender.current = form;
        return;
      }
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        setErrors(collectFieldErrors(parsed.error.issues));
        setFormError(FIELDS_NEED_ATTENTION);
        focusAfterRender.current = form;
        return;
      }
      sending.current = true;
      setSaving(true);
      try {
        const saved = await send(parsed.data as z.output<S>);
        // Saved: the form is no longer edited before anyone closes it or moves on (the unsaved-input check runs
        // synchronously on a route change).
        flushSync(() => {
          setBaseline(sentValues);
          setSaving(false);
        });
        done(saved);
      } catch (error) {
        setSaving(false);
        showProblems(error, form);
      } finally {
        sending.current = false;
      }
    },
    [values, showProblems],
  );

  const errorFor = useCallback((field: string) => errorWithin(errors, field), [errors]);

  return useMemo(
    () => ({ values, setValues, set, reset, dirty, errors, errorFor, formError, saving, submit, discard }),
    [values, set, reset, dirty, errors, errorFor, formError, saving, submit, discard],
  );
}

export type DomainForm<V> = ReturnType<typeof useDomainForm<V>>;
