import { describe, expect, it } from 'vitest';
import { courseDraft, formatRefLines, parseRefLines, roleDraft, skillDraft } from '../../../src/shared/domain/catalog-edits';
import { courseFilters, skillFilters, skillMatches } from '../../../src/shared/domain/catalog-filters';
import { skillNeighbourhood, type PrerequisiteLink } from '../../../src/shared/planning/skill-neighbourhood';
import { filtersFromHash, hashWithFilters } from '../../../src/renderer/src/features/catalog/course-filter-url';
import { layoutPrerequisites, SKILL_NODE } from '../../../src/renderer/src/features/catalog/prerequisite-layout';

const problems = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

const course = {
  title: 'Lab',
  provider: 'Acme',
  kind: 'lab',
  format: 'self-paced',
  hours: 2,
  cost: 0,
  currency: null,
  url: 'https://example.org',
  level: 'beginner',
};

describe('what the user sends to edit the catalog', () => {
  it('refuses the same skill twice in a prerequisite list, a profile, or what a course teaches', () => {
    const twice = [
      { skill: 'a', level: 1 },
      { skill: 'a', level: 2 },
    ];
    expect(problems(skillDraft.safeParse({ name: 'X', category: 'c', prerequisites: twice }))).toEqual([
      'prerequisites.1.skill: This skill is already in the prerequisites.',
    ]);
    expect(problems(roleDraft.safeParse({ name: 'R', requirements: twice.map((t) => ({ ...t, importance: 2 })) }))).toEqual([
      'requirements.1.skill: This skill is already in the requirement profile.',
    ]);
    expect(problems(courseDraft.safeParse({ ...course, teaches: twice }))).toEqual(['teaches.1.skill: This skill is already in what this course teaches.']);
  });

  it('asks for a currency only when a course has a price, and an entry level below the level taught', () => {
    expect(problems(courseDraft.safeParse({ ...course, cost: 0 }))).toEqual([]);
    expect(problems(courseDraft.safeParse({ ...course, cost: null }))).toEqual([]);
    expect(problems(courseDraft.safeParse({ ...course, cost: 10 }))).toEqual(['currency: Pick the currency of the cost.']);
    expect(
      problems(courseDraft.safeParse({ ...course, teaches: [{ skill: 's', level: 2 }], requires: [{ skill: 's', level: 2 }] })),
    ).toEqual(['requires.0.level: The entry level must be below the level the course brings this skill to (2).']);
    expect(problems(courseDraft.safeParse({ ...course, teaches: [{ skill: 's', level: 3 }], requires: [{ skill: 's', level: 2 }] }))).toEqual([]);
  });

  it('reads framework references one per line, and writes them back the same way', () => {
    expect(parseRefLines('OWASP-LLM-2025 LLM01:2025\n\n  NICE K1324  \nnonsense')).toEqual({
      refs: [
        { framework: 'OWASP-LLM-2025', id: 'LLM01:2025' },
        { framework: 'NICE', id: 'K1324' },
      ],
      badLines: [4],
    });
    const refs = [
      { framework: 'DCWF', id: '623' },
      { framework: 'EU-AI-ACT', id: 'Art. 15' },
    ];
    expect(parseRefLines(formatRefLines(refs)).refs).toEqual(refs);
  });
});

describe('filters', () => {
  const skill = {
    name: 'Prompt injection defence',
    description: 'Defends LLM apps.',
    category: 'llm',
    categoryName: 'LLM & agent security',
    refs: [{ framework: 'OWASP-LLM-2025', id: 'LLM01:2025' }],
    requiredBy: ['ai-security-engineer'],
    taughtBy: 0,
  };
  const matches = (f: object) => skillMatches(skill, skillFilters.parse(f));

  it('keeps a skill only when every given filter holds', () => {
    expect(matches({})).toBe(true);
    expect(matches({ search: 'défence llm01' })).toBe(true);
    expect(matches({ category: 'llm', role: 'ai-security-engineer', coverage: 'untaught' })).toBe(true);
    expect(matches({ coverage: 'taught' })).toBe(false);
    expect(matches({ role: 'mlsecops-engineer' })).toBe(false);
    expect(matches({ category: 'cloud' })).toBe(false);
  });

  it('refuses a cost range upside down, and unknown filters', () => {
    expect(problems(courseFilters.safeParse({ costMin: 10, costMax: 5 }))).toEqual(['costMax: The highest cost must not be below the lowest.']);
    expect(courseFilters.safeParse({ colour: 'red' }).success).toBe(false);
  });

  it('keeps course filters in the route and reads them back', () => {
    const filters = { kind: 'lab', costMax: 0, search: 'red team' } as const;
    const hash = hashWithFilters('#/catalog/courses?level=advanced', filters);
    expect(hash).toBe('#/catalog/courses?kind=lab&costMax=0&search=red+team');
    expect(filtersFromHash(hash)).toEqual(filters);
    expect(filtersFromHash('#/catalog/courses')).toBeNull();
    expect(filtersFromHash('#/catalog/courses?costMax=-3')).toEqual({});
  });
});

describe('the neighbourhood of a skill in the prerequisite graph', () => {
  // python → ml → llm → {prompt, rag}; rag → agents
  const links: PrerequisiteLink[] = [
    { skill: 'ml', requires: 'python', level: 2 },
    { skill: 'llm', requires: 'ml', level: 2 },
    { skill: 'prompt', requires: 'llm', level: 2 },
    { skill: 'rag', requires: 'llm', level: 3 },
    { skill: 'agents', requires: 'rag', level: 2 },
  ];

  it('takes everything the skill needs, and what it unlocks directly', () => {
    const n = skillNeighbourhood('llm', links);
    expect(n.nodes).toEqual(['llm', 'ml', 'python', 'prompt', 'rag']);
    expect(n.links).toHaveLength(4);
    expect(n.truncated).toBe(false);
    expect(skillNeighbourhood('llm', links, { unlockDepth: 2 }).nodes).toContain('agents');
  });

  it('stops at a size limit and says so', () => {
    const n = skillNeighbourhood('llm', links, { limit: 1 });
    expect(n.nodes).toEqual(['llm', 'ml', 'prompt']);
    expect(n.truncated).toBe(true);
  });
});

describe('the prerequisite graph’s layout', () => {
  it('places what is needed first to the left of what needs it, the same way every time', () => {
    const nodes = ['llm', 'ml', 'python', 'prompt'];
    const edges = [
      { from: 'python', to: 'ml' },
      { from: 'ml', to: 'llm' },
      { from: 'llm', to: 'prompt' },
    ];
    const positions = layoutPrerequisites(nodes, edges);
    const x = (id: string) => positions.get(id)!.x;
    expect(x('python')).toBeLessThan(x('ml'));
    expect(x('ml')).toBeLessThan(x('llm'));
    expect(x('llm') - x('ml')).toBeGreaterThanOrEqual(SKILL_NODE.width);
    expect(layoutPrerequisites(nodes, edges)).toEqual(positions);
  });
});
