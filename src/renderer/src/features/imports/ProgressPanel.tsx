import { useEffect, useState } from 'react';
import { useImports } from '../../store/imports';

const SHOW_AFTER_MS = 1000;

/**
 * Work that runs longer than a second (a 10,000-row file, the whole NICE framework) is shown with what is
 * happening and for how long, so the app never looks frozen. The import itself is one transaction in the
 * main process, so the bar shows activity, not a share.
 */
export function ProgressPanel() {
  const progress = useImports((s) => s.progress);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!progress) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [progress]);
  if (!progress || now - progress.startedAt < SHOW_AFTER_MS) return null;
  const seconds = Math.floor((now - progress.startedAt) / 1000);
  return (
    <div className="progress-panel" role="status" aria-live="polite">
      <span className="progress-panel__label">{progress.label}…</span>
      <progress className="progress-panel__bar" aria-label={progress.label} />
      <span className="progress-panel__time">{seconds} s</span>
    </div>
  );
}
