import { createContext, useContext, useEffect } from 'react';

/** A form dialog listens here for whether its form holds edits, so Escape, Cancel or a click outside ask first. */
export const DialogDirtyReport = createContext<((dirty: boolean) => void) | null>(null);

/** Tells the enclosing form dialog (if any) whether the form is edited; on unmount, that it no longer is. */
export function useReportDirtyToDialog(dirty: boolean): void {
  const report = useContext(DialogDirtyReport);
  useEffect(() => {
    report?.(dirty);
  }, [report, dirty]);
  useEffect(() => () => report?.(false), [report]);
}
