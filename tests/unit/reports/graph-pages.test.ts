import { describe, expect, it } from 'vitest';
import { paginateGraph, type GraphBox } from '../../../src/shared/reports/graph-pages';
import { pdfFileName } from '../../../src/shared/domain/print';
import { contentBox, paperFor } from '../../../src/shared/reports/paper';

const box = (x: number, y: number): GraphBox => ({ x, y, width: 200, height: 100 });

describe('paginateGraph', () => {
  it('prints a small graph on one page, never enlarged', () => {
    const p = paginateGraph([box(0, 0), box(300, 0)], { width: 1000, height: 600 }, { minScale: 0.75 });
    expect(p.pages).toHaveLength(1);
    expect(p.scale).toBe(1);
    expect(p.pages[0]!.viewBox).toEqual({ x: -16, y: -16, width: 532, height: 132 });
  });

  it('shrinks a graph to fit one page while the labels stay at the minimum scale or above', () => {
    // 1,216 units wide into 1,000: scale 0.822 ≥ 0.75.
    const p = paginateGraph([box(0, 0), box(1000, 0)], { width: 1000, height: 600 }, { minScale: 0.75 });
    expect(p.pages).toHaveLength(1);
    expect(p.scale).toBeCloseTo(1000 / 1232, 5);
  });

  it('splits a wide graph into overlapping tiles at the minimum scale, leaving out empty tiles', () => {
    const boxes = [box(0, 0), box(1400, 0), box(2800, 0)];
    const p = paginateGraph(boxes, { width: 1000, height: 600 }, { minScale: 0.75, overlap: 260 });
    expect(p.scale).toBe(0.75);
    expect(p.columns).toBe(3);
    expect(p.rows).toBe(1);
    // Every node lies whole inside some page.
    for (const b of boxes) {
      expect(
        p.pages.some(({ viewBox: v }) => b.x >= v.x && b.x + b.width <= v.x + v.width && b.y >= v.y && b.y + b.height <= v.y + v.height),
      ).toBe(true);
    }
    for (const page of p.pages) expect(page.viewBox.width).toBeCloseTo(1000 / 0.75, 5);
  });
});

describe('paper', () => {
  it('follows the setting, else the locale', () => {
    expect(paperFor('A4', 'en-US')).toBe('A4');
    expect(paperFor(null, 'en-US')).toBe('Letter');
    expect(paperFor(null, 'en-GB')).toBe('A4');
    expect(paperFor(null, 'de')).toBe('A4');
  });
  it('gives the printable area in CSS pixels', () => {
    const a4 = contentBox('A4', 'portrait');
    expect(a4.width).toBeCloseTo(((210 - 28) * 96) / 25.4, 3);
    expect(contentBox('A4', 'landscape').width).toBeCloseTo(((297 - 28) * 96) / 25.4, 3);
  });
});

describe('pdfFileName', () => {
  it('names the file after the member and the day, without characters file systems refuse', () => {
    expect(pdfFileName('member', 'Dana <Okafor>: "lead"', '2026-11-25')).toBe('Learning plan – Dana Okafor lead – 2026-11-25.pdf');
    expect(pdfFileName('team', '', '2026-11-25')).toBe('Team report – all roles – 2026-11-25.pdf');
  });
});
