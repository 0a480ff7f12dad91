import './compare.css';
import { BAND_LABELS, readinessBand, type ReadinessThresholds } from '../../../../shared/planning/readiness';
import { percent } from './format';

/** “58% · Not ready”, coloured by band (ready, nearly ready, not ready). */
export function ReadinessBadge({ readiness, thresholds, compact }: { readiness: number | null; thresholds: ReadinessThresholds; compact?: boolean }) {
  const band = readinessBand(readiness, thresholds);
  return (
    <span className={`readiness readiness--${band}`}>
      <span className="readiness__value">{percent(readiness)}</span>
      {!compact && <span className="readiness__band">{BAND_LABELS[band]}</span>}
    </span>
  );
}
