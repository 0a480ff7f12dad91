/** What the heatmap's colours and marks mean. */
export function HeatmapLegend({ targetMode }: { targetMode: boolean }) {
  return (
    <div className="heat-legend" aria-label="Heatmap legend" role="group">
      <span className="heat-legend__item">
        <span className="heat heat--met heat-legend__swatch" aria-hidden="true" /> Required level met
      </span>
      <span className="heat-legend__item">
        <span className="heat heat--g1 heat-legend__swatch" aria-hidden="true" /> 1 level short
      </span>
      <span className="heat-legend__item">
        <span className="heat heat--g2 heat-legend__swatch" aria-hidden="true" /> 2 levels short
      </span>
      <span className="heat-legend__item">
        <span className="heat heat--g3 heat-legend__swatch" aria-hidden="true" /> 3 or more short
      </span>
      <span className="heat-legend__item">
        <span className="heat heat--na heat-legend__swatch" aria-hidden="true" /> Not required{targetMode ? ' by their target role' : ''}
      </span>
      <span className="heat-legend__item">
        <span className="heat heat--g3 heat-legend__swatch" aria-hidden="true">–</span> Not rated (counts as 0)
      </span>
      <span className="heat-legend__item">
        <span className="heat heat--met heat--stale heat-legend__swatch" aria-hidden="true" /> Stale rating
      </span>
      <span className="heat-legend__note">
        Numbers are effective levels (0–5).{' '}
        {targetMode ? 'Each member is measured against their own target role.' : 'Everyone is measured against the chosen role.'}{' '}
        Totals count levels short.
      </span>
    </div>
  );
}
