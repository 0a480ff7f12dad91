import { useEffect, useState } from 'react';
import { useImports } from '../../store/imports';

const SHOW_AFTER_MS = 1000;

/**
 * Work that runs longer than a second (a 10,000-row file, the whole NICE framework) is shown with what is
 * happening and for how long, so the app never looks frozen. Imports and restores run as jobs that report how
 * much is done: the bar then shows that share and what the worker is doing.
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
      <span className="progress-panel__label">
        {progress.label}…{progress.stage ? <span className="progress-panel__stage"> {progress.stage}</span> : null}
      </span>
      {progress.percent === undefined ? (
        <progress className="progress-panel__bar" aria-label={progress.label} />
      ) : (
        <progress className="progress-panel__bar" aria-label={progress.label} max={100} value={progress.percent} />
      )}
      <span className="progress-panel__time">
        {progress.percent === undefined ? '' : `${Math.floor(progress.percent)} % · `}
        {seconds} s
      </span>
    </div>
  );
}
