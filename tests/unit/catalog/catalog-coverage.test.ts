import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

/**
 * What a manager relies on when a plan is generated from the shipped catalog: every skill can be learnt from
 * some course, every important or critical role level can be reached, certifications count preparation time
 * (their exam is its own part), and governance roles are not routed through engineering skills.
 */
const CATALOG = path.resolve(__dirname, '../../../resources/catalog');
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(CATALOG, file), 'utf8')) as T;

type SkillLevel = { skill: string; level: number };
type Skill = { id: string; prerequisites: SkillLevel[] };
type Role = { id: string; employers: string[]; requirements: (SkillLevel & { importance: number })[] };
type Course = {
  id: string; kind: string; format: string; hours: number; hoursNote: string; examHours?: number | null;
  cost: number | null; currency: string | null; url: string; teaches: SkillLevel[]; requires: SkillLevel[];
};

const { skills } = read<{ skills: Skill[] }>('skills.json');
const { roles } = read<{ roles: Role[] }>('roles.json');
const { courses } = read<{ courses: Course[] }>('courses.json');
const manifest = read<{ catalogVersion: string }>('manifest.json');
const skillById = new Map(skills.map((s) => [s.id, s]));

/** The highest level any course teaches each skill to. */
const bestTaught = new Map<string, number>();
for (const c of courses) for (const t of c.teaches) bestTaught.set(t.skill, Math.max(bestTaught.get(t.skill) ?? 0, t.level));

/** Every skill a set of requirements needs, prerequisites followed transitively, at the highest level asked. */
function prerequisiteClosure(start: SkillLevel[]): Map<string, number> {
  const need = new Map<string, number>();
  const queue = [...start];
  while (queue.length > 0) {
    const { skill, level } = queue.pop()!;
    if ((need.get(skill) ?? 0) >= level) continue;
    need.set(skill, level);
    queue.push(...(skillById.get(skill)?.prerequisites ?? []));
  }
  return need;
}

describe('catalog coverage', () => {
  it('is version 2026.12.1 or later', () => {
    const [y, m] = manifest.catalogVersion.split('.').map(Number);
    expect(y! * 100 + m!).toBeGreaterThanOrEqual(202612);
  });

  it('teaches every skill in at least one course', () => {
    expect(skills.filter((s) => !bestTaught.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('reaches every important or critical role level with some course', () => {
    const unreachable = roles.flatMap((r) =>
      r.requirements
        .filter((q) => q.importance >= 2 && (bestTaught.get(q.skill) ?? 0) < q.level)
        .map((q) => `${r.id}: ${q.skill}@${q.level} (best course level ${bestTaught.get(q.skill) ?? 0})`),
    );
    expect(unreachable).toEqual([]);
  });

  it('closes the gaps the November review listed, with the courses that teach them', () => {
    // Hand-checked against courses.json: skill -> level a named course teaches.
    const expected: [string, string, number][] = [
      ['cloud-security-fundamentals', 'csa-ccsk', 3],
      ['container-k8s-security', 'cncf-cks', 4],
      ['gpu-workload-isolation', 'nvidia-mig-user-guide', 2],
      ['network-isolation-ai', 'cncf-cks', 3],
      ['risk-management-fundamentals', 'nist-sp-800-30', 3],
      ['ai-forensics', 'owasp-genai-ir-guide', 3],
      ['incident-response-fundamentals', 'sans-for508', 4],
      ['secure-coding', 'sans-sec522', 3],
      ['adversarial-robustness', 'owasp-ai-exchange', 3],
      ['ai-ml-literacy', 'iapp-aigp', 3],
    ];
    for (const [skill, courseId, level] of expected) {
      const course = courses.find((c) => c.id === courseId);
      expect(course?.teaches, `${courseId} teaches ${skill}`).toContainEqual({ skill, level });
    }
  });

  it('counts preparation, not exam sitting time, for certifications: at least 8 h, exam as its own part', () => {
    const certifications = courses.filter((c) => c.kind === 'certification');
    expect(certifications.length).toBeGreaterThanOrEqual(10);
    for (const c of certifications) {
      expect(c.hours, c.id).toBeGreaterThanOrEqual(8);
      expect(c, `${c.id} states its exam length (null when unknown)`).toHaveProperty('examHours');
      if (c.examHours != null) expect(c.examHours, c.id).toBeLessThan(c.hours);
      expect(c.hoursNote.length, `${c.id} explains its hours`).toBeGreaterThan(20);
    }
    // The exams the review named: SecAI+ 1 h exam, 30 h preparation; AAISM 2.5 h exam, price incl. the US$50 fee.
    const secai = courses.find((c) => c.id === 'comptia-secai')!;
    expect([secai.hours, secai.examHours]).toEqual([30, 1]);
    const aaism = courses.find((c) => c.id === 'isaca-aaism')!;
    expect([aaism.hours, aaism.examHours, aaism.cost]).toEqual([30, 2.5, 599 + 50]);
  });

  it('does not label exam-only certifications as blended classes', () => {
    const examOnly = ['comptia-secai', 'isaca-aaism', 'isaca-aaia', 'iapp-aigp', 'aws-aip-c01'];
    for (const id of examOnly) expect(courses.find((c) => c.id === id)?.format, id).toBe('self-paced');
  });

  it('links every course to its own page and gives a currency only with a price', () => {
    for (const c of courses) {
      expect(c.url, c.id).toMatch(/^https?:\/\/\S+$/);
      if (c.cost === null || c.cost === 0) expect(c.currency, c.id).toBeNull();
      else expect(c.currency, c.id).toMatch(/^[A-Z]{3}$/);
    }
    const nvidia = courses.filter((c) => c.id.startsWith('nvidia-dli-') && c.id !== 'nvidia-dli-flare');
    expect(nvidia.length).toBe(5);
    for (const c of nvidia) expect(c.url, c.id).toMatch(/course_id=course-v1:DLI\+/);
  });

  it('routes the AI Governance Specialist through ML literacy, not Python, CI/CD or MLOps', () => {
    const governance = roles.find((r) => r.id === 'ai-governance-specialist')!;
    const need = prerequisiteClosure(governance.requirements);
    const engineering = ['python-for-ml', 'secure-coding', 'devsecops-cicd', 'mlops-pipelines', 'data-science-statistics',
      'model-evaluation', 'ml-fundamentals', 'ai-incident-response', 'incident-response-fundamentals'];
    expect(engineering.filter((s) => need.has(s))).toEqual([]);
    expect(need.get('ai-ml-literacy')).toBe(3);
  });

  it('never asks, through prerequisites, for more than a role itself requires of a skill', () => {
    const above = roles.flatMap((r) => {
      const own = new Map(r.requirements.map((q) => [q.skill, q.level]));
      return [...prerequisiteClosure(r.requirements)]
        .filter(([skill, level]) => own.has(skill) && level > own.get(skill)!)
        .map(([skill, level]) => `${r.id}: ${skill}@${level} > ${own.get(skill)}`);
    });
    expect(above).toEqual([]);
  });

  it('names the example employers of the workforce report for each role', () => {
    const employers = Object.fromEntries(roles.map((r) => [r.id, r.employers]));
    expect(employers).toEqual({
      'ai-security-engineer': ['Amazon / AWS', 'Vectra AI'],
      'mlsecops-engineer': ['Tech start-ups', 'Consultancies'],
      'ai-governance-specialist': ['Large enterprises', 'Consultancies'],
      'ai-incident-response-specialist': ['Security service providers'],
      'appsec-engineer-genai': ['Amazon / AWS'],
    });
  });
});
