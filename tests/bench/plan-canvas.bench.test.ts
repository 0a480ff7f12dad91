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
import { compareAsync, printTable, type AsyncSide, type ComparisonResult } from './support/compare';
import { serveFolder } from './support/static-server';

const NODES = 500;
const ROUNDS = 5;
const results: ComparisonResult[] = [];
afterAll(() => printTable(results));

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)]!;

/** A 500-node plan in the data file: courses, skills and milestones, laid out as the editor would. */
function seedPlan(file: string): { memberId: string; nodes: PlanNodeDraft[]; edges: PlanEdge[]; titles: Map<string, string> } {
  const store = openPlannerStore(file);
  const api = createApi({ db: store.db, file });
  const unwrap = <T,>(r: ReturnType<typeof api.call>) => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
  const courses = unwrap<{ id: string; title: string }[]>(api.call('courses.list', {}));
  const skills = unwrap<{ id: string; name: string }[]>(api.call('skills.list', {}));
  const member = unwrap<{ id: string }>(api.call('members.create', { name: 'Bench Member', targetRoleId: 'ai-security-engineer', weeklyHours: 8, startDate: '2027-01-04' }));
  const plan = unwrap<{ id: string }>(api.call('plans.create', { memberId: member.id, name: 'Big plan' }));
  const titles = new Map<string, string>();
  const nodes: PlanNodeDraft[] = Array.from({ length: NODES }, (_, i) => {
    const kind = i % 10 < 6 ? 'course' : i % 10 < 9 ? 'skill' : 'milestone';
    const course = courses[i % courses.length]!;
    const skill = skills[i % skills.length]!;
    const id = `node-${i}`;
    titles.set(id, kind === 'course' ? course.title : kind === 'skill' ? skill.name : `Milestone ${i}`);
    return {
      id, kind, skillId: kind === 'skill' ? skill.id : null, courseId: kind === 'course' ? course.id : null, milestoneSkillId: null,
      label: kind === 'milestone' ? `Milestone ${i}` : '', x: 0, y: 0, status: 'planned', targetLevel: null, note: '', origin: 'manual',
    };
  });
  // 20 steps deep, 25 wide: each node follows the one 25 before it, every fifth also its neighbour's.
  const edges: PlanEdge[] = nodes.slice(25).flatMap((n, i) => [
    { id: `edge-${i}`, source: `node-${i}`, target: n.id, kind: 'order' as const },
    ...(i % 5 === 0 && i % 25 !== 24 ? [{ id: `edge-x${i}`, source: `node-${i + 1}`, target: n.id, kind: 'order' as const }] : []),
  ]);
  const positions = layoutPlan(nodes, edges);
  for (const n of nodes) Object.assign(n, positions.get(n.id));
  unwrap(api.call('plans.save', { planId: plan.id, stamp: 1, upsertNodes: nodes, upsertEdges: edges }));
  store.db.close();
  return { memberId: member.id, nodes, edges, titles };
}

/** Builds the bare React Flow page and serves it with the same graph on 127.0.0.1. */
async function bareFlowPage(dir: string, graph: ReturnType<typeof seedPlan>): Promise<{ url: string; server: Server }> {
  const out = join(dir, 'bare');
  await build({ root: resolve(__dirname, 'bare-flow'), base: './', plugins: [react()], logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  const minX = Math.min(...graph.nodes.map((n) => n.x));
  const minY = Math.min(...graph.nodes.map((n) => n.y));
  writeFileSync(
    join(out, 'graph.json'),
    JSON.stringify({
      nodes: graph.nodes.map((n) => ({ id: n.id, position: { x: n.x, y: n.y }, data: { label: graph.titles.get(n.id) }, style: { width: NODE_SIZE[n.kind].width } })),
      edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
      viewport: { x: 24 - minX * 0.3, y: 24 - minY * 0.3, zoom: 0.3 },
    }),
  );
  return serveFolder(out);
}

/** Milliseconds from navigation start until every node is on screen and a frame has been drawn. */
async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  return page.evaluate(
    (count) =>
      new Promise<number>((done) => {
        const check = () => {
          if (document.querySelectorAll('.react-flow__node').length >= count) requestAnimationFrame(() => done(performance.now()));
          else requestAnimationFrame(check);
        };
        check();
      }),
    NODES,
  );
}

/** Frame intervals (ms) while a visible node is dragged 240 px in 60 pointer moves. */
async function dragFrames(page: Page): Promise<number[]> {
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
  await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; recording: boolean };
    w.frames = [];
    w.recording = true;
    const tick = (t: number) => {
      w.frames.push(t);
      if (w.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(start.x + i * 4, start.y + i * 2);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; recording: boolean };
    w.recording = false;
    return w.frames;
  });
  return frames.slice(1).map((t, i) => t - frames[i]!);
}

it.skipIf(!chromiumAvailable)('a 500-node plan in Chromium: first render and frame times while dragging, against a bare React Flow page', async () => {
  const root = resolve(__dirname, '../..');
  if (!existsSync(join(root, 'out/main/browser-host.js'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  const tmp = tempDir('planner-bench-');
  const graph = seedPlan(tmp.file('planner.sqlite'));
  const bare = await bareFlowPage(tmp.dir, graph);
  const host = await startHost(tmp.file('planner.sqlite'));
  const chromium = await launchChromium();
  let page: Page | null = null;
  const fresh = async () => {
    await page?.close();
    page = await chromium.browser.newPage({ viewport: { width: 1440, height: 960 } });
    return page;
  };
  const side = (label: string, url: string, measure: 'render' | 'p50' | 'p95'): AsyncSide => ({
    label,
    async prepare() {
      const p = await fresh();
      if (measure !== 'render') {
        await firstRender(p, url);
        await p.waitForTimeout(300);
      }
    },
    run: async () => (measure === 'render' ? firstRender(page!, url) : percentile(await dragFrames(page!), measure === 'p50' ? 0.5 : 0.95)),
  });
  const bareLabel = `bare React Flow, same ${NODES} nodes`;
  const editor = `${host.url}#/paths/${graph.memberId}`;
  try {
    results.push(
      await compareAsync({
        name: `first render, ${NODES}-node plan (ms)`,
        baseline: side(bareLabel, bare.url, 'render'),
        subject: side('plan editor (data from the API)', editor, 'render'),
        rounds: ROUNDS,
      }),
      await compareAsync({
        name: 'frame time while dragging a node (median, ms)',
        baseline: side(bareLabel, bare.url, 'p50'),
        subject: side('plan editor', editor, 'p50'),
        rounds: ROUNDS,
      }),
      await compareAsync({
        name: 'frame time while dragging a node (95th percentile, ms)',
        baseline: side(bareLabel, bare.url, 'p95'),
        subject: side('plan editor', editor, 'p95'),
        rounds: ROUNDS,
      }),
    );
  } finally {
    await chromium.close();
    await host.stop();
    bare.server.close();
    tmp.cleanup();
  }
  expect(results).toHaveLength(3);
});
