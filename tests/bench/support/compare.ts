import { performance } from 'node:perf_hooks';

/** One side of a comparison: `prepare` is untimed and returns the timed work for one round. */
export interface Side {
  label: string;
  prepare: () => () => void;
}

export interface Comparison {
  name: string;
  baseline: Side;
  subject: Side;
  rounds?: number;
}

export interface ComparisonResult {
  name: string;
  baseline: string;
  subject: string;
  baselineMs: number;
  subjectMs: number;
  /** subject ÷ baseline: 1.0 means as fast as the baseline, 2.0 twice as slow. */
  ratio: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Times the subject against a baseline doing the same work in the same run, rounds interleaved so machine
 * noise hits both alike. The figure is the ratio of medians, never an absolute time.
 */
export function compare({ name, baseline, subject, rounds = 7 }: Comparison): ComparisonResult {
  const times = { baseline: [] as number[], subject: [] as number[] };
  // One untimed warm-up of each side.
  baseline.prepare()();
  subject.prepare()();
  for (let i = 0; i < rounds; i++) {
    for (const [key, side] of [['baseline', baseline], ['subject', subject]] as const) {
      const work = side.prepare();
      const start = performance.now();
      work();
      times[key].push(performance.now() - start);
    }
  }
  const baselineMs = median(times.baseline);
  const subjectMs = median(times.subject);
  return { name, baseline: baseline.label, subject: subject.label, baselineMs, subjectMs, ratio: subjectMs / baselineMs };
}

export function printTable(results: ComparisonResult[]): void {
  const rows = results.map((r) => ({
    benchmark: r.name,
    baseline: r.baseline,
    'baseline ms (median)': r.baselineMs.toFixed(2),
    subject: r.subject,
    'subject ms (median)': r.subjectMs.toFixed(2),
    'ratio (subject ÷ baseline)': r.ratio.toFixed(2),
  }));
  console.table(rows);
}

/** One side of an asynchronous comparison: `prepare` is untimed; `run` does the timed work and returns its time in ms. */
export interface AsyncSide {
  label: string;
  prepare: () => Promise<void>;
  /** Measures itself (e.g. inside a browser, from the action to the painted frame) and returns milliseconds. */
  run: () => Promise<number>;
}

/** As compare(), for work that is asynchronous or timed elsewhere (a browser): interleaved rounds, ratio of medians. */
export async function compareAsync({
  name,
  baseline,
  subject,
  rounds = 7,
}: {
  name: string;
  baseline: AsyncSide;
  subject: AsyncSide;
  rounds?: number;
}): Promise<ComparisonResult> {
  const times = { baseline: [] as number[], subject: [] as number[] };
  for (const side of [baseline, subject]) {
    await side.prepare();
    await side.run();
  }
  for (let i = 0; i < rounds; i++) {
    for (const [key, side] of [['baseline', baseline], ['subject', subject]] as const) {
      await side.prepare();
      times[key].push(await side.run());
    }
  }
  const baselineMs = median(times.baseline);
  const subjectMs = median(times.subject);
  return { name, baseline: baseline.label, subject: subject.label, baselineMs, subjectMs, ratio: subjectMs / baselineMs };
}
