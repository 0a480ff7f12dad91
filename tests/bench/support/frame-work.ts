/**
 * Main-thread work per frame from a Chromium trace (browser.startTracing with the devtools.timeline categories).
 * A frame's work is the time the renderer's main thread spent in tasks that started between its BeginMainThreadFrame
 * and the next one: input handling, script, style, layout and paint. Unlike the interval between frames, this is
 * not bound below by the 16.7 ms display frame, so it tells a light frame from a heavy one.
 */
export const FRAME_TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'toplevel'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export function frameWork(trace: Buffer): number[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // The page's main thread is the renderer main thread that began frames.
  const frameCount = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name === 'BeginMainThreadFrame' && mains.has(key)) frameCount.set(key, (frameCount.get(key) ?? 0) + 1);
  }
  const main = [...frameCount].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error('The trace has no frames on a renderer main thread.');
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main);
  const starts = onMain.filter((e) => e.name === 'BeginMainThreadFrame').map((e) => e.ts).sort((a, b) => a - b);
  // Top-level tasks only (a task inside another is already counted in it).
  const tasks = onMain.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')).sort((a, b) => a.ts - b.ts);
  const work = new Array<number>(Math.max(0, starts.length - 1)).fill(0);
  let f = 0;
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue; // nested
    end = t.ts + (t.dur ?? 0);
    while (f < starts.length - 1 && t.ts >= starts[f + 1]!) f++;
    if (t.ts >= starts[0]! && f < work.length) work[f]! += (t.dur ?? 0) / 1000;
  }
  return work;
}

export const percentile = (values: readonly number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((values.length - 1) * p))]!;
