import { describe, expect, it } from 'vitest';
import { openingView } from '../../../src/renderer/src/features/paths/opening-view';

describe('the full graph opening view, worked out before React Flow draws', () => {
  it('opens a plan too big to read whole at its top-left corner at 30 %, 24 px in', () => {
    // 4,900 × 2,950 px of positions (+ one node) in a 600 px pane: fitting it would need about 12 %.
    const view = openingView(
      [
        { x: 100, y: 50 },
        { x: 5000, y: 3000 },
        { x: 2500, y: 400 },
      ],
      { width: 600, height: 600 },
    );
    expect(view).toEqual({ viewport: { x: 24 - 100 * 0.3, y: 24 - 50 * 0.3, zoom: 0.3 }, fits: false });
  });

  it('centres a small plan at no more than 100 %, to be fitted exactly once its nodes are measured', () => {
    // Two nodes side by side: 340 + 260 = 600 px wide, 130 px high, in a 1,000 × 500 pane.
    const view = openingView(
      [
        { x: 0, y: 0 },
        { x: 340, y: 0 },
      ],
      { width: 1000, height: 500 },
    );
    expect(view).toEqual({ viewport: { x: 200, y: 185, zoom: 1 }, fits: true });
  });

  it('leaves an empty plan, or a pane with no size yet, at the default view', () => {
    expect(openingView([], { width: 800, height: 600 })).toEqual({ viewport: { x: 0, y: 0, zoom: 1 }, fits: false });
    expect(openingView([{ x: 5, y: 5 }], { width: 0, height: 0 })).toEqual({ viewport: { x: 0, y: 0, zoom: 1 }, fits: false });
  });
});
