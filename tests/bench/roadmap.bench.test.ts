import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, expect, it } from 'vitest';
import { createApi } from '../../src/main/api';
import { openPlannerStore } from '../../src/main/planner-store';
import type { OperationName, OperationOutput } from '../../src/shared/api/contract';
import type { PlanEdge, PlanNodeDraft } from '../../src/shared/domain/plan';
import { layoutPlan } from '../../src/shared/planning/layout';
import { layoutRoadmap, roadmapCatalog, SMALLEST_NODE_FONT, storedDates, type RoadmapInput } from '../../src/shared/roadmap';
import { chromiumAvailable, launchChromium } from '../e2e/support/chromium';
import { startHost } from '../e2e/support/host';
import { tempDir } from '../support/temp-dir';
import { compare, compareAsync, printTable, type ComparisonResult } from './support/compare';
import { serveFolder } from './support/static-server';

/** BENCH_ROUNDS=2 for a quick look while working; the recorded table uses 5. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZE = 500;
/** The roadmap opens at the zoom where its smallest text reads 11.5 px (RoadmapCanvas.tsx). */
const OPENING_ZOOM = Math.min(1, 11.5 / SMALLEST_NODE_FONT);
const results: ComparisonResult[] = [];
afterAll(() => printTable(results));

/**
 * A 500-node plan in a data file: 300 courses, 150 skills, 50 mentoring milestones, each step after the one 25
 * before it; saved through the API, which stores each step's scheduled dates. Returns what the roadmap is laid
 * out from, read back through the API as the PDF would.
 */
function seedPlan(file: string): { memberId: string; input: RoadmapInput; nodes: PlanNodeDraft[]; edges: PlanEdge[] } {
  const store = openPlannerStore(file);
  const api = createApi({ db: store.db, file });
  const call = <N extends OperationName>(name: N, input: unknown): OperationOutput<N> => {
    const r = api.call(name, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as OperationOutput<N>;
  };
  const courses = call('courses.list', {});
  const skills = call('skills.list', {});
  const categories = call('categories.list', {});
  const member = call('members.create', { name: 'Bench Roadmap', targetRoleId: 'ai-security-engineer', weeklyHours: 40, startDate: '2027-01-04' });
  const plan = call('plans.create', { memberId: member.id, name: 'Big plan' });
  call('plans.update', { planId: plan.id, maxParallel: 4 });
  const nodes: PlanNodeDraft[] = Array.from({ length: SIZE }, (_, i) => {
    const kind = i % 10 < 6 ? 'course' : i % 10 < 9 ? 'skill' : 'milestone';
    const skill = skills[i % skills.length]!;
    return {
      id: `node-${i}`,
      kind,
      skillId: kind === 'skill' ? skill.id : null,
      courseId: kind === 'course' ? courses[i % courses.length]!.id : null,
      milestoneSkillId: kind === 'milestone' ? skill.id : null,
      label: kind === 'milestone' ? `Mentoring or on-the-job work: ${skill.name}` : '',
      x: 0,
      y: 0,
      status: 'planned',
      targetLevel: kind === 'course' ? null : 3,
      note: '',
      origin: 'generated',
    };
  });
  const edges: PlanEdge[] = nodes.slice(25).map((n, i) => ({ id: `edge-${i}`, source: `node-${i}`, target: n.id, kind: 'order' as const }));
  const positions = layoutPlan(nodes, edges);
  for (const n of nodes) Object.assign(n, positions.get(n.id));
  call('plans.save', { planId: plan.id, stamp: 1, upsertNodes: nodes, upsertEdges: edges });
  const workspace = call('plans.workspace', { memberId: member.id, planId: plan.id });
  store.db.close();
  const saved = workspace.plan!;
  return {
    memberId: member.id,
    nodes,
    edges,
    input: {
      nodes: saved.nodes,
      edges: saved.edges,
      dates: storedDates(saved.nodes),
      startDate: '2027-01-04',
      current: new Map(workspace.levels.map((l) => [l.skillId, l.level])),
      catalog: roadmapCatalog(skills, categories, courses),
      blackouts: workspace.blackouts,
    },
  };
}

/** Milliseconds from navigation start until `count` nodes are on screen (measured, so visible) and a frame is drawn. */
async function firstRender(page: Page, url: string, count: number): Promise<number> {
  await page.goto(url);
  return page.evaluate(
    (wanted) =>
      new Promise<number>((done, fail) => {
        const gaveUp = performance.now() + 120_000;
        const check = () => {
          if (performance.now() > gaveUp) return fail(new Error(`Fewer than ${wanted} nodes were shown within two minutes.`));
          const shown = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter((el) => el.style.visibility !== 'hidden');
          if (shown.length >= wanted) requestAnimationFrame(() => done(performance.now()));
          else requestAnimationFrame(check);
        };
        check();
      }),
    count,
  );
}

it('roadmap layout of a 500-node plan, against dagre laying out the same plan', () => {
  const tmp = tempDir('planner-bench-');
  try {
    const { input, nodes, edges } = seedPlan(tmp.file('planner.sqlite'));
    const roadmap = layoutRoadmap(input);
    expect(roadmap.nodes.length).toBeGreaterThan(300);
    results.push(
      compare({
        name: `roadmap layout, ${SIZE}-node plan (ms)`,
        baseline: { label: `dagre (layoutPlan), the same ${SIZE} nodes and edges`, prepare: () => () => void layoutPlan(nodes, edges) },
        subject: { label: 'layoutRoadmap (columns, lanes, chips, edges)', prepare: () => () => void layoutRoadmap(input) },
        rounds: ROUNDS * 2,
      }),
    );
  } finally {
    tmp.cleanup();
  }
}, 600_000);

it.skipIf(!chromiumAvailable)('first render of the roadmap of a 500-node plan, against bare React Flow with the same nodes', async () => {
  const root = resolve(__dirname, '../..');
  if (!existsSync(join(root, 'out/main/browser-host.js'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  const tmp = tempDir('planner-bench-');
  const { memberId, input } = seedPlan(tmp.file('planner.sqlite'));
  const roadmap = layoutRoadmap(input);
  // The baseline: React Flow's default nodes at the roadmap's positions and sizes, labelled with the titles.
  const out = join(tmp.dir, 'bare');
  await build({ root: resolve(__dirname, 'bare-flow'), base: './', plugins: [react()], logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  writeFileSync(
    join(out, 'roadmap.json'),
    JSON.stringify({
      nodes: roadmap.nodes.map((n) => ({ id: n.id, position: { x: n.x, y: n.y }, data: { label: n.title }, style: { width: n.width, height: n.height } })),
      edges: roadmap.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
      viewport: { x: 0, y: 0, zoom: OPENING_ZOOM },
    }),
  );
  const bare = await serveFolder(out);
  const host = await startHost(tmp.file('planner.sqlite'));
  const chromium = await launchChromium();
  const fresh = () => chromium.browser.newPage({ viewport: { width: 1440, height: 960 } });
  try {
    const probe = await fresh();
    await probe.goto(`${host.url}#/paths/${memberId}`);
    await probe.waitForSelector('.roadmap-canvas .react-flow__node');
    const pane = await probe.evaluate(() => {
      const b = document.querySelector('.roadmap-canvas .react-flow')!.getBoundingClientRect();
      return { width: Math.round(b.width), height: Math.round(b.height) };
    });
    await probe.close();
    // Nodes whose top-left corner is in the pane at the opening view: both pages must show at least these.
    const visible = roadmap.nodes.filter((n) => n.x * OPENING_ZOOM < pane.width && n.y * OPENING_ZOOM < pane.height).length;
    expect(visible).toBeGreaterThan(0);
    let page: Page | null = null;
    const side = (label: string, url: string) => ({
      label,
      prepare: async () => {
        await page?.close();
        page = await fresh();
      },
      run: () => firstRender(page!, url, visible),
    });
    results.push(
      await compareAsync({
        name: `first render, roadmap of a ${SIZE}-node plan (ms)`,
        baseline: side(`bare React Flow, the same ${roadmap.nodes.length} roadmap nodes, same pane`, `${bare.url}?graph=roadmap.json&w=${pane.width}&h=${pane.height}`),
        subject: side('plan editor, roadmap view (data from the API)', `${host.url}#/paths/${memberId}`),
        rounds: ROUNDS,
      }),
    );
    await (page as Page | null)?.close();
  } finally {
    await chromium.close();
    await host.stop();
    bare.server.close();
    tmp.cleanup();
  }
}, 1_800_000);
