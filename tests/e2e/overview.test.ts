import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../src/shared/api/contract';
import { tempDir } from '../support/temp-dir';
import { api } from './support/api';
import { seriousViolations } from './support/axe';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

/** The app's date for this run: the demo team's ratings are dated back from it, so every number below is fixed. */
const TODAY = '2026-11-30';
/** Six months back: the trend's first point. 18 months back: ratings before it are stale (the default setting). */
const TREND_START = '2026-05-30';
const STALE_BEFORE = '2025-05-30';
const IN_30_DAYS = '2026-12-30';

type Snapshot = OperationOutput<'team.snapshot'>;
type Rating = Snapshot['ratings'][number];

/** Effective levels, written again here from the rule in words: the newest validated rating, else the newest self one. */
function levelsOn(ratings: readonly Rating[], memberId: string, on: string): Map<string, Rating> {
  const newest = (a: Rating | undefined, b: Rating) => (!a || b.ratedOn > a.ratedOn || (b.ratedOn === a.ratedOn && b.id > a.id) ? b : a);
  const validated = new Map<string, Rating>();
  const self = new Map<string, Rating>();
  for (const r of ratings) {
    if (r.memberId !== memberId || r.ratedOn > on) continue;
    const into = r.source === 'self' ? self : validated;
    into.set(r.skillId, newest(into.get(r.skillId), r));
  }
  return new Map([...self, ...validated]);
}

/** Whole percent, rounded down: Σ importance × min(level, required) / required ÷ Σ importance. */
function readinessPercent(snapshot: Snapshot, memberId: string, roleId: string, on: string): number {
  const levels = levelsOn(snapshot.ratings, memberId, on);
  const role = snapshot.roles.find((r) => r.id === roleId)!;
  let earned = 0;
  let weight = 0;
  for (const q of role.requirements) {
    earned += (q.importance * Math.min(levels.get(q.skill)?.level ?? 0, q.level)) / q.level;
    weight += q.importance;
  }
  return Math.floor((earned / weight) * 100 + 1e-9);
}

const numberIn = (text: string) => Number(text.replace(/[^0-9.]/g, ''));

describe.skipIf(!chromiumAvailable)('the overview, the first screen, on the demo team with a fixed date', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  let snapshot: Snapshot;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'), { today: TODAY });
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(15_000);
    watchPage(page, { consoleErrors });
    await page.goto(host.url);
    snapshot = await api(page, 'team.snapshot', {});
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  it('opens on the overview, dated today', async () => {
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByText('How the team stands on 30 Nov 2026.').waitFor();
    expect(snapshot.today).toBe(TODAY);
  });

  it('shows each member’s readiness for their target role and its change over six months, as worked out from the ratings', async () => {
    const table = page.getByTestId('overview-readiness');
    await table.waitFor();
    const withTarget = snapshot.members.filter((m) => m.targetRoleId);
    expect(withTarget.length).toBe(7);
    for (const m of withTarget) {
      const row = table.locator(`tr[data-member="${m.id}"]`);
      const now = readinessPercent(snapshot, m.id, m.targetRoleId!, TODAY);
      const then = readinessPercent(snapshot, m.id, m.targetRoleId!, TREND_START);
      expect(await row.getByTestId('readiness').textContent(), m.name).toBe(`${now}%`);
      const points = now - then;
      const change = points === 0 ? 'no change' : `${points > 0 ? '+' : '−'}${Math.abs(points)} point${Math.abs(points) === 1 ? '' : 's'}`;
      expect(await row.getByTestId('change').textContent(), m.name).toBe(change);
    }
  });

  it('lists the stale ratings to re-assess per member, each a link to that member’s skill sheet', async () => {
    const list = page.getByTestId('overview-stale');
    for (const m of snapshot.members) {
      const stale = [...levelsOn(snapshot.ratings, m.id, TODAY).values()].filter((r) => r.ratedOn < STALE_BEFORE).length;
      const item = list.locator(`li[data-member="${m.id}"]`);
      if (stale === 0) expect(await item.count(), m.name).toBe(0);
      else expect(await item.getByTestId('stale-count').textContent(), m.name).toBe(String(stale));
    }
    const first = list.getByRole('listitem').first();
    const memberId = await first.getAttribute('data-member');
    await first.getByRole('link').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/team/member/${memberId}/sheet`);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  });

  it('with plans and a budget: the plans behind, the next 30 days, and this quarter’s hours and spend against the budget', async () => {
    // Priya started learning in September: her generated plan's first courses should have begun already.
    const priya = snapshot.members.find((m) => m.name === 'Priya Raman')!;
    const { id, version, isDemo: _isDemo, ...draft } = priya;
    await api(page, 'members.update', { ...draft, id, version, startDate: '2026-09-01' });
    await api(page, 'plans.generate', { memberId: priya.id, limits: {} });
    const hannah = snapshot.members.find((m) => m.name === 'Hannah Lindqvist')!;
    await api(page, 'plans.generate', { memberId: hannah.id, limits: {} });
    await api(page, 'settings.update', { budget: { currency: 'USD', quarterAmount: 2000, yearAmount: null, quarterHours: 100, yearHours: null } });
    const paths = await api(page, 'plans.team', {});
    await page.reload();

    // Behind: Priya's steps scheduled to start before today that are still only planned.
    const priyaPlan = paths.members.find((m) => m.memberId === priya.id)!;
    const steps = [...priyaPlan.bars, ...priyaPlan.milestones];
    const late = steps.filter((s) => s.status === 'planned' && s.start !== null && s.start < TODAY);
    expect(late.length).toBeGreaterThan(0);
    const plans = page.getByTestId('overview-plans');
    await plans.waitFor();
    const priyaRow = plans.locator(`li[data-member="${priya.id}"]`);
    expect(await priyaRow.getAttribute('data-state')).toBe('behind');
    expect(await priyaRow.locator('.overview__late li').count()).toBe(late.length);
    expect(await plans.locator(`li[data-member="${hannah.id}"]`).getAttribute('data-state')).toBe('on-track');
    expect(await plans.locator('> li[data-state="no-plan"]').count()).toBe(5);

    // The next 30 days: every planned start and every end from today to 30 days on.
    const within = (d: string | null) => d !== null && d >= TODAY && d <= IN_30_DAYS;
    const expected = paths.members
      .flatMap((m) => [...m.bars, ...m.milestones])
      .reduce((n, s) => n + (within(s.start) ? 1 : 0) + (within(s.end) ? 1 : 0), 0);
    expect(expected).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('overview-upcoming').getByRole('listitem').count()).toBe(expected);

    // This quarter (October to December): hours scheduled and dollars of courses starting, against the budget.
    const quarter = paths.months.filter((m) => m.month >= '2026-10' && m.month <= '2026-12');
    const hours = quarter.reduce((n, m) => n + m.hours, 0);
    const dollars = quarter.reduce((n, m) => n + (m.money.published.find((a) => a.currency === 'USD')?.amount ?? 0), 0);
    const budget = page.getByTestId('budget-quarter');
    expect(numberIn((await budget.getByTestId('hours').textContent())!)).toBeCloseTo(hours, 1);
    expect(numberIn((await budget.getByTestId('spend').textContent())!)).toBeCloseTo(dollars, 0);
    expect(await budget.textContent()).toContain(`${Math.round((hours / 100) * 100)}% of 100 h`);
    expect(await budget.textContent()).toContain(`of $2,000`);
    const unpriced = [...new Set(quarter.flatMap((m) => m.money.unpricedTitles))];
    if (unpriced.length > 0) {
      const named = (await budget.getByTestId('unpriced').textContent())!;
      for (const title of unpriced) expect(named).toContain(title);
    } else expect(await budget.getByTestId('unpriced').count()).toBe(0);
  });

  it('with plans behind and a budget, is clean for axe-core in the light and the dark scheme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.getByTestId('overview-plans').waitFor();
      const violations = await seriousViolations(page);
      expect(violations.map((v) => `${colorScheme}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('links each plan to its editor', async () => {
    const priya = snapshot.members.find((m) => m.name === 'Priya Raman')!;
    await page.getByTestId('overview-plans').locator(`li[data-member="${priya.id}"]`).getByRole('link', { name: 'Priya Raman' }).first().click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(new RegExp(`^#/paths/${priya.id}/`));
  });

  it('starts an empty store with “start here”', async () => {
    await api(page, 'members.removeDemo', {});
    await page.goto(`${host.baseUrl}#/overview`);
    await page.reload();
    const start = page.getByRole('region', { name: 'Start here' });
    await start.waitFor();
    expect(await start.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Add the people on your team'),
      expect.stringContaining('Rate their skills'),
      expect.stringContaining('Pick a target role for each'),
      expect.stringContaining('Generate their learning plans'),
    ]);
    expect(consoleErrors).toEqual([]);
  });
});
