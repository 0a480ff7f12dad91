import { lazy, type ComponentProps } from 'react';
import { LoadBoundary } from '../../components/LoadBoundary';

// The charting library is the largest part of the renderer; it is fetched the first time a radar is drawn.
const Radar = lazy(() => import('./ReadinessRadar').then((m) => ({ default: m.ReadinessRadar })));

/** `ReadinessRadar`, loaded on first use. */
export function ReadinessRadar(props: ComponentProps<typeof Radar>) {
  return (
    <LoadBoundary what="the chart">
      <Radar {...props} />
    </LoadBoundary>
  );
}
