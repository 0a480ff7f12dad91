import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApi, type Api } from '../../src/main/api';
import { coursesRepository } from '../../src/main/db/repositories/courses';
import { skillsRepository } from '../../src/main/db/repositories/skills';
import { openPlannerStore, type PlannerStore } from '../../src/main/planner-store';
import { COURSE_FORMATS, COURSE_KINDS, COURSE_LEVELS, type Course, type Skill } from '../../src/shared/domain/catalog';
import { chromiumAvailable, launchChromium } from '../e2e/support/chromium';
import { startHost } from '../e2e/support/host';
import { tempDir } from '../support/temp-dir';
import { compare, compareAsync, printTable, type ComparisonResult } from './support/compare';

/**
 * A large catalog — 2,000 skills and 5,000 courses on top of the embedded one — listed and filtered through
 * the API against loading the whole list and filtering it in JavaScript (the real alternative), and first rendered
 * in Chromium, in one run.
 */
const SKILLS = 2_000;
const COURSES = 5_000;
const CATEGORIES = ['ai-ml-foundations', 'adversarial-ml', 'llm-agent-security', 'mlops-supply-chain', 'cloud-platform-security'];

const results: ComparisonResult[] = [];
let tmp: ReturnType<typeof tempDir>;
let store: PlannerStore;
let api: Api;

function syntheticSkills(): Skill[] {
  return Array.from({ length: SKILLS }, (_, i) => ({
    id: `bench-skill-${i}`,
    name: `Bench skill ${i}: ${['robustness', 'guardrails', 'pipelines', 'forensics', 'governance'][i % 5]}`,
    category: CATEGORIES[i % CATEGORIES.length]!,
    description: `A synthetic skill number ${i} for the benchmark.`,
    refs: [],
    // A layered DAG: each skill after the first fifty needs one or two earlier ones.
    prerequisites:
      i < 50
        ? []
        : [
            { skill: `bench-skill-${i - 50}`, level: 2 },
            ...(i % 3 === 0 ? [{ skill: `bench-skill-${i - 49}`, level: 1 } as const] : []),
          ],
  }));
}

function syntheticCourses(): Course[] {
  return Array.from({ length: COURSES }, (_, i) => ({
    id: `bench-course-${i}`,
    title: `Course ${i}: ${['adversarial robustness', 'LLM red teaming', 'secure MLOps', 'AI governance'][i % 4]} in practice`,
    provider: `Provider ${i % 60}`,
    kind: COURSE_KINDS[i % COURSE_KINDS.length]!,
    format: COURSE_FORMATS[i % COURSE_FORMATS.length]!,
    hours: 2 + (i % 40),
    hoursNote: '',
    examHours: null,
    sessions: [],
    cost: i % 5 === 0 ? 0 : i % 7 === 0 ? null : 50 + (i % 30) * 60,
    currency: i % 5 === 0 || i % 7 === 0 ? null : 'USD',
    url: `https://courses.example.org/${i}`,
    level: COURSE_LEVELS[i % COURSE_LEVELS.length]!,
    teaches: [0, 1, 2].map((k) => ({ skill: `bench-skill-${(i * 3 + k * 677) % SKILLS}`, level: 3 as const })),
    requires: [{ skill: `bench-skill-${(i * 7) % SKILLS}`, level: 1 as const }].filter((r) => !r.skill.endsWith(`-${(i * 3) % SKILLS}`)),
  }));
}

/** The filters a manager would set: a kind, a level and a budget. */
const COURSE_FILTERS = { kind: 'course', level: 'intermediate', costMin: 100, costMax: 1500 } as const;
const COURSE_FILTERS_HASH = 'kind=course&level=intermediate&costMin=100&costMax=1500';

beforeAll(() => {
  tmp = tempDir('planner-bench-');
  store = openPlannerStore(tmp.file('planner.sqlite'));
  const skills = skillsRepository(store.db);
  const courses = coursesRepository(store.db);
  const synthetic = syntheticSkills();
  store.db.transaction(() => {
    for (const s of synthetic) skills.insert(s, 'user');
    for (const s of synthetic) skills.insertPrerequisites(s);
    courses.insertMany(syntheticCourses(), 'user');
  })();
  api = createApi({ db: store.db, file: store.file });
});

afterAll(() => {
  printTable(results);
  if (store?.db.open) store.db.close();
  tmp?.cleanup();
});

/** What the host does for one call: run it and encode the answer. */
const listed = (name: 'courses.list' | 'skills.list', input: object) => () => {
  const result = api.call(name, input);
  if (!result.ok) throw new Error(result.error.message);
  JSON.stringify(result.value);
};

type Listed = { id: string; title: string; provider: string; kind: string; level: string; cost: number | null; teaches: { skill: string }[] };
type ListedSkill = { id: string; name: string; category: string };

/** The real alternative to a filtered query: load the whole list once per request and filter it in JavaScript. */
function filteredInJs<T>(name: 'courses.list' | 'skills.list', keep: (row: T) => boolean) {
  return () => {
    const result = api.call(name, {});
    if (!result.ok) throw new Error(result.error.message);
    JSON.stringify((result.value as T[]).filter(keep));
  };
}
const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
const hasWords = (search: string, ...fields: string[]) => words(search).every((w) => fields.some((f) => f.toLowerCase().includes(w)));

it('lists and filters 5,000 courses and 2,000 skills through the API, against loading the whole list and filtering it in JavaScript', () => {
  const cases = [
    {
      name: 'courses: kind + level + cost range',
      input: COURSE_FILTERS,
      keep: (c: Listed) => c.kind === 'course' && c.level === 'intermediate' && c.cost !== null && c.cost >= 100 && c.cost <= 1500,
    },
    { name: 'courses: skill taught', input: { skill: 'bench-skill-7' }, keep: (c: Listed) => c.teaches.some((t) => t.skill === 'bench-skill-7') },
    { name: 'courses: search text', input: { search: 'red teaming' }, keep: (c: Listed) => hasWords('red teaming', c.title, c.provider) },
  ];
  for (const c of cases) {
    const ids = (input: object) => (api.call('courses.list', input) as { value: Listed[] }).value.map((x) => x.id).sort();
    // A fair baseline: the JavaScript filter finds exactly the courses the query does.
    const inJs = (api.call('courses.list', {}) as { value: Listed[] }).value.filter(c.keep).map((x) => x.id).sort();
    expect(inJs.length).toBeGreaterThan(0);
    expect(ids(c.input)).toEqual(inJs);
    results.push(
      compare({
        name: c.name,
        baseline: { label: 'courses.list, whole list filtered in JS', prepare: () => filteredInJs('courses.list', c.keep) },
        subject: { label: 'courses.list with the filter', prepare: () => listed('courses.list', c.input) },
      }),
    );
  }
  const keepSkill = (x: ListedSkill) => x.category === 'adversarial-ml' && hasWords('robustness', x.name);
  const skillIds = (api.call('skills.list', { category: 'adversarial-ml', search: 'robustness' }) as { value: ListedSkill[] }).value.map((x) => x.id).sort();
  expect(skillIds).toEqual((api.call('skills.list', {}) as { value: ListedSkill[] }).value.filter(keepSkill).map((x) => x.id).sort());
  results.push(
    compare({
      name: 'skills: category + search',
      baseline: { label: 'skills.list, whole list filtered in JS', prepare: () => filteredInJs('skills.list', keepSkill) },
      subject: { label: 'skills.list, filtered', prepare: () => listed('skills.list', { category: 'adversarial-ml', search: 'robustness' }) },
    }),
  );
});

const HOST_BUILT = existsSync(resolve(__dirname, '../../out/main/browser-host.js'));
if (!HOST_BUILT) console.warn('\n!!! Chromium part of the catalog benchmark skipped: run `npm run bench` (it builds first).\n');

it.skipIf(!chromiumAvailable || !HOST_BUILT)('first renders the courses list in Chromium, filtered against unfiltered', async () => {
  const total = api.call('courses.facets', {}) as { ok: true; value: { total: number } };
  // The host holds the data file for itself alone (one writer): this process lets go of it first, as a second
  // window of the app would have to. Nothing after this test uses the store.
  store.db.close();
  const host = await startHost(store.file);
  const browser = await launchChromium();
  try {
    const page = await browser.browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(30_000);

    /** From navigation to the first course row on screen, with the count shown. */
    const firstRender = (label: string, query: string) => ({
      label,
      prepare: async () => {
        await page.goto('about:blank');
      },
      run: async () => {
        const start = performance.now();
        await page.goto(`${host.url}#/catalog/courses${query}`);
        await page.locator('tbody tr[data-index="0"]').waitFor();
        await page.getByText(new RegExp(`^\\d+ of ${total.value.total} courses$`)).waitFor();
        return performance.now() - start;
      },
    });
    results.push(
      await compareAsync({
        name: 'Chromium: first render of the courses list',
        baseline: firstRender('no filters', ''),
        subject: firstRender('kind + level + cost range', `?${COURSE_FILTERS_HASH}`),
        rounds: 5,
      }),
    );

    // Stays interactive: only the rows on screen are in the page, and the last course is reached by scrolling.
    await page.goto('about:blank');
    await page.goto(`${host.url}#/catalog/courses`);
    await page.locator('tbody tr[data-index="0"]').waitFor();
    const rowsInPage = await page.locator('tbody tr[data-index]').count();
    console.log(`Courses list: ${rowsInPage} of ${total.value.total} rows in the page at once.`);
    expect(rowsInPage).toBeLessThan(100);
    // Rows are measured as they appear, so the end moves a little while scrolling: keep going, as a user would.
    const last = page.locator(`tbody tr[data-index="${total.value.total - 1}"]`);
    for (let i = 0; i < 20 && (await last.count()) === 0; i++) {
      await page.locator('#main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
      await page.waitForTimeout(100);
    }
    await last.waitFor();
  } finally {
    await browser.close();
    await host.stop();
  }
});
