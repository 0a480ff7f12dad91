import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesOf, dynamicImports, RENDERER, startScripts, staticImports } from './support/built-modules';

/** The most JavaScript the app may load before its first screen (bytes, as built: minified, not compressed). */
const START_BUDGET = 700_000;

const ASSETS = resolve(RENDERER, 'assets');

/** Everything reachable from the start files through import() and then their own imports: loaded on demand. */
function onDemandScripts(start: string[]): Set<string> {
  const reached = new Set<string>();
  const queue = start.flatMap((file) => dynamicImports(file).map((spec) => resolve(dirname(file), spec)));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reached.has(file) || start.includes(file)) continue;
    reached.add(file);
    for (const spec of [...staticImports(file), ...dynamicImports(file)]) queue.push(resolve(dirname(file), spec));
  }
  return reached;
}

const containing = (files: Iterable<string>, text: string) => [...files].filter((f) => readFileSync(f, 'utf8').includes(text)).map((f) => basename(f));

describe('the JavaScript the app loads at start (out/renderer, after `electron-vite build`)', () => {
  it('is built', () => {
    expect(existsSync(resolve(RENDERER, 'index.html')), 'run `npx electron-vite build` first').toBe(true);
  });

  const start = existsSync(resolve(RENDERER, 'index.html')) ? startScripts() : [];
  const allScripts = existsSync(ASSETS) ? readdirSync(ASSETS).filter((f) => f.endsWith('.js')).map((f) => resolve(ASSETS, f)) : [];

  it(`stays within ${START_BUDGET / 1000} kB`, () => {
    const bytes = bytesOf(start);
    console.log(`Start JavaScript: ${bytes} bytes in ${start.length} files (${start.map((f) => basename(f)).join(', ')})`);
    expect(start.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(START_BUDGET);
  });

  // Each split-off part is recognised by a string only it contains. The string must be in the build (so the
  // check can fail), in files the start files reach through import(), and in none of the start files.
  const parts = [
    { part: 'the charting library (recharts, Compare’s radar)', marker: 'recharts-wrapper' },
    { part: 'the print views (PDF export)', marker: 'data-print-ready' },
    { part: 'the graph library (React Flow: learning paths, a skill’s prerequisites)', marker: 'react-flow__pane' },
  ];
  const onDemand = start.length > 0 ? onDemandScripts(start) : new Set<string>();
  for (const { part, marker } of parts) {
    it(`leaves out ${part}, which loads when first used`, () => {
      const everywhere = containing(allScripts, marker);
      expect(everywhere.length, `"${marker}" should be somewhere in the build`).toBeGreaterThan(0);
      expect(containing(start, marker)).toEqual([]);
      expect(containing(onDemand, marker)).toEqual(everywhere);
    });
  }
});
