import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, expect, it } from 'vitest';
import { createApi } from '../../src/main/api';
import { openPlannerStore } from '../../src/main/planner-store';
import type { PlanEdge, PlanNodeDraft } from '../../src/shared/domain/plan';
import { layoutPlan, NODE_SIZE } from '../../src/shared/planning/layout';
import { chromiumAvailable, launchChromium } from '../e2e/support/chromium';
import { startHost } from '../e2e/support/host';
import { tempDir } from '../support/temp-dir';
import { median, printTable, type ComparisonResult } from './support/compare';
import { FRAME_TRACE_CATEGORIES, frameWork, percentile } from './support/frame-work';
import { serveFolder } from './support/static-server';

/** BENCH_SIZES=1000 measures one size only. */
const SIZES = (process.env.BENCH_SIZES ?? '500,1000').split(',').map(Number);
/** BENCH_ROUNDS=2 for a quick look while working; the recorded table uses 5. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ZOOM = 0.3;
const results: ComparisonResult[] = [];
afterAll(() => printTable(results));

type Graph = ReturnType<typeof seedPlan>;

/** A plan of `count` nodes in the data file: courses, skills and milestones, laid out as the editor would. */
function seedPlan(file: string, size: number): { memberId: string; nodes: PlanNodeDraft[]; edges: PlanEdge[]; titles: Map<string, string> } {
  const store = openPlannerStore(file);
  const api = createApi({ db: store.db, file });
  const unwrap = <T,>(r: ReturnType<typeof api.call>) => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
  const courses = unwrap<{ id: string; title: string }[]>(api.call('courses.list', {}));
  const skills = unwrap<{ id: string; name: string }[]>(api.call('skills.list', {}));
  const member = unwrap<{ id: string }>(api.call('members.create', { name: `Bench Member ${size}`, targetRoleId: 'ai-security-engineer', weeklyHours: 8, startDate: '2027-01-04' }));
  const plan = unwrap<{ id: string }>(api.call('plans.create', { memberId: member.id, name: 'Big plan' }));
  const titles = new Map<string, string>();
  const nodes: PlanNodeDraft[] = Array.from({ length: size }, (_, i) => {
    const kind = i % 10 < 6 ? 'course' : i % 10 < 9 ? 'skill' : 'milestone';
    const course = courses[i % courses.length]!;
    const skill = skills[i % skills.length]!;
    const id = `node${size}-${i}`;
    titles.set(id, kind === 'course' ? course.title : kind === 'skill' ? skill.name : `Milestone ${i}`);
    return {
      id, kind, skillId: kind === 'skill' ? skill.id : null, courseId: kind === 'course' ? course.id : null, milestoneSkillId: null,
      label: kind === 'milestone' ? `Milestone ${i}` : '', x: 0, y: 0, status: 'planned', targetLevel: null, note: '', origin: 'manual',
    };
  });
  // size ÷ 25 steps deep, 25 wide: each node follows the one 25 before it, every fifth also its neighbour's.
  const edges: PlanEdge[] = nodes.slice(25).flatMap((n, i) => [
    { id: `edge${size}-${i}`, source: `node${size}-${i}`, target: n.id, kind: 'order' as const },
    ...(i % 5 === 0 && i % 25 !== 24 ? [{ id: `edge${size}-x${i}`, source: `node${size}-${i + 1}`, target: n.id, kind: 'order' as const }] : []),
  ]);
  const positions = layoutPlan(nodes, edges);
  for (const n of nodes) Object.assign(n, positions.get(n.id));
  unwrap(api.call('plans.save', { planId: plan.id, stamp: 1, upsertNodes: nodes, upsertEdges: edges }));
  store.db.close();
  return { memberId: member.id, nodes, edges, titles };
}

/** Builds the bare React Flow page and serves it with each plan's graph (graph-500.json …) on 127.0.0.1. */
async function bareFlowPage(dir: string, graphs: Graph[]): Promise<{ url: string; server: Server }> {
  const out = join(dir, 'bare');
  await build({ root: resolve(__dirname, 'bare-flow'), base: './', plugins: [react()], logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  for (const graph of graphs) {
    writeFileSync(
      join(out, `graph-${graph.nodes.length}.json`),
      JSON.stringify({
        nodes: graph.nodes.map((n) => ({ id: n.id, position: { x: n.x, y: n.y }, data: { label: graph.titles.get(n.id) }, style: { width: NODE_SIZE[n.kind].width } })),
        edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
        viewport: openingViewport(graph),
      }),
    );
  }
  return serveFolder(out);
}

/** The editor's opening view of a plan too big to fit: its top-left corner at 30 %. */
function openingViewport(graph: Graph) {
  const minX = Math.min(...graph.nodes.map((n) => n.x));
  const minY = Math.min(...graph.nodes.map((n) => n.y));
  return { x: 24 - minX * ZOOM, y: 24 - minY * ZOOM, zoom: ZOOM };
}

/** How many nodes have their top-left corner inside the pane at the opening view: every page must show at least these. */
function surelyVisible(graph: Graph, pane: { width: number; height: number }): number {
  const v = openingViewport(graph);
  return graph.nodes.filter((n) => {
    const x = n.x * v.zoom + v.x;
    const y = n.y * v.zoom + v.y;
    return x >= 0 && y >= 0 && x < pane.width && y < pane.height;
  }).length;
}

/**
 * Milliseconds from navigation start until the nodes in view are on screen, measured (React Flow shows a node
 * once it knows its size) and a frame has been drawn. A page that renders only what is in view is done then too.
 */
async function firstRender(page: Page, url: string, visible: number): Promise<number> {
  await page.goto(url);
  return page.evaluate(
    (count) =>
      new Promise<number>((done, fail) => {
        const gaveUp = performance.now() + 120_000;
        const check = () => {
          if (performance.now() > gaveUp) return fail(new Error(`Fewer than ${count} nodes were shown within two minutes.`));
          const shown = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter((el) => el.style.visibility !== 'hidden');
          if (shown.length >= count) requestAnimationFrame(() => done(performance.now()));
          else requestAnimationFrame(check);
        };
        check();
      }),
    visible,
  );
}

/** The renderer's JavaScript heap after a full garbage collection, in MB. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** Main-thread work per frame (ms, from a Chromium trace) while a node in view is dragged 240 px in 60 pointer moves. */
async function dragWork(page: Page): Promise<number[]> {
  const start = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    for (const el of document.querySelectorAll('.react-flow__node')) {
      const b = el.getBoundingClientRect();
      if (b.left > pane.left + 20 && b.top > pane.top + 20 && b.right + 260 < pane.right && b.bottom + 140 < pane.bottom) {
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    }
    throw new Error('No node is fully visible to drag.');
  });
  const browser = page.context().browser()!;
  await page.mouse.move(start.x, start.y);
  await browser.startTracing(page, { categories: FRAME_TRACE_CATEGORIES });
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(start.x + i * 4, start.y + i * 2);
  await page.mouse.up();
  await page.waitForTimeout(100);
  return frameWork(await browser.stopTracing());
}

interface Measured {
  render: number;
  p95: number;
  p99: number;
  heap: number;
}

it.skipIf(!chromiumAvailable)('500- and 1,000-node plans in Chromium: first render, main-thread work per drag frame and heap, against bare React Flow', async () => {
  const root = resolve(__dirname, '../..');
  if (!existsSync(join(root, 'out/main/browser-host.js'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  const tmp = tempDir('planner-bench-');
  const graphs = SIZES.map((n) => seedPlan(tmp.file('planner.sqlite'), n));
  const bare = await bareFlowPage(tmp.dir, graphs);
  const host = await startHost(tmp.file('planner.sqlite'));
  const chromium = await launchChromium();
  // The full skill-level graph, as the bare React Flow page draws it (the editor opens on the roadmap by default).
  const fresh = async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 960 } });
    await page.addInitScript(() => localStorage.setItem('planner.pathView', 'graph'));
    return page;
  };
  try {
    // The bare page gets a pane of the editor canvas's size, so both have the same area to fill.
    const probe = await fresh();
    await probe.goto(`${host.url}#/paths/${graphs[0]!.memberId}`);
    await probe.waitForSelector('.react-flow__node');
    const pane = await probe.evaluate(() => {
      const b = document.querySelector('.react-flow')!.getBoundingClientRect();
      return { width: Math.round(b.width), height: Math.round(b.height) };
    });
    await probe.close();

    for (const graph of graphs) {
      const count = graph.nodes.length;
      const visible = surelyVisible(graph, pane);
      const sides = {
        baseline: { label: `bare React Flow, same ${count} nodes, same pane`, url: `${bare.url}?graph=graph-${count}.json&w=${pane.width}&h=${pane.height}` },
        subject: { label: 'plan editor (data from the API)', url: `${host.url}#/paths/${graph.memberId}` },
      };
      const runs = { baseline: [] as Measured[], subject: [] as Measured[] };
      // One untimed warm-up of each, then rounds interleaved so machine noise hits both alike.
      for (let round = 0; round <= ROUNDS; round++) {
        for (const key of ['baseline', 'subject'] as const) {
          const page = await fresh();
          try {
            const render = await firstRender(page, sides[key].url, visible);
            await page.waitForTimeout(300);
            const heap = await heapAfterGc(page);
            const work = await dragWork(page);
            const measured = { render, heap, p95: percentile(work, 0.95), p99: percentile(work, 0.99) };
            console.error(`${count} nodes, round ${round}, ${key}: ${JSON.stringify(measured)} over ${work.length} frames`);
            if (round > 0) runs[key].push(measured);
          } finally {
            await page.close();
          }
        }
      }
      const row = (name: string, metric: keyof Measured): ComparisonResult => {
        const baselineMs = median(runs.baseline.map((m) => m[metric]));
        const subjectMs = median(runs.subject.map((m) => m[metric]));
        return { name, baseline: sides.baseline.label, subject: sides.subject.label, baselineMs, subjectMs, ratio: subjectMs / baselineMs };
      };
      results.push(
        row(`first render, ${count}-node plan (ms)`, 'render'),
        row(`drag, ${count} nodes: main-thread work per frame, 95th percentile (ms)`, 'p95'),
        row(`drag, ${count} nodes: main-thread work per frame, 99th percentile (ms)`, 'p99'),
        row(`renderer heap after GC, ${count}-node plan (MB, not ms)`, 'heap'),
      );
    }
  } finally {
    await chromium.close();
    await host.stop();
    bare.server.close();
    tmp.cleanup();
  }
  expect(results).toHaveLength(SIZES.length * 4);
}, 1_800_000);
