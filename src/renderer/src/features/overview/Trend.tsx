import type { ReadinessPoint } from '../../../../shared/overview/overview';
import { dateText, percent } from './format';

const WIDTH = 120;
const HEIGHT = 28;

/** A small line of readiness over the last months (0 % at the bottom, 100 % at the top), described in words too. */
export function Trend({ points }: { points: readonly ReadinessPoint[] }) {
  const step = WIDTH / Math.max(1, points.length - 1);
  const xy = points.map((p, i) => `${(i * step).toFixed(1)},${(HEIGHT - 2 - (p.readiness ?? 0) * (HEIGHT - 4)).toFixed(1)}`);
  const words = points.map((p) => `${dateText(p.on)}: ${percent(p.readiness)}`).join('; ');
  return (
    <svg className="trend" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Readiness over time: ${words}`}>
      <title>{words}</title>
      <line x1="0" x2={WIDTH} y1={HEIGHT - 2} y2={HEIGHT - 2} className="trend__axis" />
      <polyline points={xy.join(' ')} className="trend__line" fill="none" />
      {xy.length > 0 && <circle cx={xy[xy.length - 1]!.split(',')[0]} cy={xy[xy.length - 1]!.split(',')[1]} r="2.5" className="trend__dot" />}
    </svg>
  );
}
