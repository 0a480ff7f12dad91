import { leaveAndDiscard, stay, useUnsaved } from '../unsaved';
import { ConfirmDialog } from './ConfirmDialog';

/** The app's question when a screen change or the desktop window's close would lose unsaved input. */
export function LeaveGuard() {
  const pending = useUnsaved((s) => s.pending);
  const sources = useUnsaved((s) => s.sources);
  const closing = pending?.kind === 'close';
  return (
    <ConfirmDialog
      open={pending !== null}
      onOpenChange={(open) => {
        if (!open) stay();
      }}
      title={closing ? 'Close without saving?' : 'Leave without saving?'}
      confirmLabel={closing ? 'Close and discard' : 'Leave and discard'}
      onConfirm={leaveAndDiscard}
      destructive
    >
      <p>These are not saved yet and would be lost:</p>
      <ul className="bullets">
        {Object.entries(sources).map(([id, s]) => (
          <li key={id}>{s.what}</li>
        ))}
      </ul>
      <p>Cancel to go back and save them.</p>
    </ConfirmDialog>
  );
}
