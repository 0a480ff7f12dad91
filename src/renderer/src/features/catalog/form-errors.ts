import { useCallback, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { ApiFailure } from '../../api';

/** Field problems keyed by their path, e.g. "hours" or "teaches.2.skill". */
export type FieldErrors = Record<string, string>;

const keyOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

function collect(problems: { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  // The first message for a field is the one to act on.
  for (const p of problems) errors[keyOf(p.path)] ??= p.message;
  return errors;
}

/**
 * A form's field-level messages: from the same zod schema the API uses (checked first, for comfort) and from
 * the API's refusal (the guard). A refusal without fields becomes the form's own message.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const clear = useCallback(() => {
    setErrors({});
    setFormError(null);
  }, []);

  /** Checks values with a schema; shows the problems and returns null, or returns the parsed value. */
  const check = useCallback(<S extends z.ZodType>(schema: S, values: unknown): z.output<S> | null => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return parsed.data;
    setErrors(collect(parsed.error.issues));
    setFormError('Some fields need attention; see the messages beside them.');
    return null;
  }, []);

  /** Shows an API failure: its field problems beside the fields, otherwise its message for the whole form. */
  const showFailure = useCallback((error: unknown) => {
    const failure = error instanceof ApiFailure ? error.error : null;
    const fields = failure?.details?.fields ?? [];
    const message = error instanceof Error ? error.message : String(error);
    setErrors(collect(fields));
    // Field messages speak for themselves; a refusal that says more than its fields is shown for the form too.
    const saysMore = failure?.code !== 'INVALID_INPUT' && !fields.some((f) => f.message === message);
    setFormError(fields.length === 0 || saysMore ? message : null);
  }, []);

  return { errors, formError, clear, check, showFailure };
}

/** The first message for a field or anything inside it ("responsibilities" covers "responsibilities.3"). */
export function errorWithin(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const key = Object.keys(errors).find((k) => k.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}

/** Non-empty lines of a text area, trimmed. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A framework-anchor line that is not “CODE ID”, as a field problem of `refs`. */
export function refLineProblem(line: number): ApiFailure {
  const message = `Line ${line} is not “framework code, space, item id” (e.g. OWASP-LLM-2025 LLM01:2025).`;
  return new ApiFailure({ code: 'INVALID_INPUT', message, details: { fields: [{ path: ['refs'], message }] } });
}

/** After a refused submit, moves the focus to the first field that needs attention (once it is marked). */
export function focusFirstProblem(form: HTMLFormElement): void {
  setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

/**
 * Submits a dialog's form: an optional first check of what the schema cannot see, then the API's own schema
 * (for comfort), then the API itself (the guard); a refusal is shown beside its fields, with the focus there.
 */
export function useFormSubmit() {
  const fields = useFieldErrors();
  const { clear, check, showFailure } = fields;
  const [saving, setSaving] = useState(false);

  const submit = useCallback(
    async <S extends z.ZodType, T>(
      event: FormEvent<HTMLFormElement>,
      { schema, values, precheck }: { schema: S; values: unknown; precheck?: () => ApiFailure | null },
      send: (input: z.output<S>) => Promise<T>,
      done: (saved: T) => void,
    ) => {
      event.preventDefault();
      const form = event.currentTarget;
      clear();
      const early = precheck?.();
      if (early) {
        showFailure(early);
        return focusFirstProblem(form);
      }
      const input = check(schema, values);
      if (!input) return focusFirstProblem(form);
      setSaving(true);
      try {
        done(await send(input));
      } catch (error) {
        showFailure(error);
        focusFirstProblem(form);
      } finally {
        setSaving(false);
      }
    },
    [clear, check, showFailure],
  );

  return { ...fields, saving, submit };
}
