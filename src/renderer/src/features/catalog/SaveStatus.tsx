import { useCallback, useState } from 'react';
import { write } from '../../data';

export interface SaveMessage {
  kind: 'error' | 'done';
  text: string;
}

/** The outcome of an immediate save: “Saved …” politely, a refusal as an alert. */
export function SaveStatus({ message }: { message: SaveMessage | null }) {
  return (
    <>
      <p className="form__status" role="status">
        {message?.kind === 'done' ? message.text : ''}
      </p>
      {message?.kind === 'error' && (
        <p className="form__error" role="alert">
          {message.text}
        </p>
      )}
    </>
  );
}

/** Saves one edit at once through the catalog store, and keeps what the user should read about it. */
export function useImmediateSave() {
  const change = write;
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const run = useCallback(
    async (save: (c: typeof change) => Promise<unknown>, done: string): Promise<boolean> => {
      setSaving(true);
      setMessage(null);
      try {
        await save(change);
        setMessage({ kind: 'done', text: done });
        return true;
      } catch (error) {
        setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
        return false;
      } finally {
        setSaving(false);
      }
    },
    [change],
  );
  return { saving, message, run };
}
