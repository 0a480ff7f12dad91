import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { referenceAvailable, REFERENCE_DIR } from '../../support/reference-data';

const CATALOG = path.resolve(__dirname, '../../../resources/catalog');
const REFERENCE = REFERENCE_DIR;

type Ref = { framework: string; id: string };
type SkillLevel = { skill: string; level: number };
type Skill = { id: string; name: string; category: string; description: string; refs: Ref[]; prerequisites: SkillLevel[] };
type Requirement = SkillLevel & { importance: number };
type Role = { id: string; name: string; summary: string; responsibilities: string[]; employers: string[]; refs: Ref[]; requirements: Requirement[] };
type Course = {
  id: string; title: string; provider: string; kind: string; format: string; hours: number; hoursNote: string;
  cost: number | null; currency: string | null; url: string; level: string; teaches: SkillLevel[]; requires: SkillLevel[];
};

const load = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(CATALOG, file), 'utf8')) as T;
const manifest = load<{ catalogVersion: string; frameworks: { code: string; name: string }[] }>('manifest.json');
const { categories, skills } = load<{ categories: { id: string; name: string; description: string }[]; skills: Skill[] }>('skills.json');
const { roles } = load<{ roles: Role[] }>('roles.json');
const { courses } = load<{ courses: Course[] }>('courses.json');

/** RFC 4180 CSV: quoted fields may contain commas, newlines and doubled quotes. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  const [header = [], ...body] = rows.filter((r) => r.some((f) => f !== ''));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const readCsv = (file: string) => parseCsv(fs.readFileSync(path.join(REFERENCE, file), 'utf8'));
const expectUniqueIds = (items: { id: string }[]) => {
  const ids = items.map((x) => x.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
};
const skillIds = new Set(skills.map((s) => s.id));

describe('embedded catalog: shape', () => {
  it('has a version and unique framework codes', () => {
    expect(manifest.catalogVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
    expectUniqueIds(manifest.frameworks.map((f) => ({ id: f.code })));
  });

  it('has the five product roles with 12-25 valid requirements each', () => {
    expect(roles.map((r) => r.name).sort()).toEqual([
      'AI Governance Specialist', 'AI Incident Response Specialist', 'AI Security Engineer',
      'Application Security Engineer (Gen AI)', 'MLSecOps Engineer',
    ]);
    expectUniqueIds(roles);
    for (const role of roles) {
      expect(role.requirements.length, role.id).toBeGreaterThanOrEqual(12);
      expect(role.requirements.length, role.id).toBeLessThanOrEqual(25);
      expect(role.responsibilities.length, role.id).toBeGreaterThanOrEqual(5);
      expectUniqueIds(role.requirements.map((r) => ({ id: r.skill })));
      for (const r of role.requirements) {
        expect([1, 2, 3, 4, 5], `${role.id}/${r.skill}`).toContain(r.level);
        expect([1, 2, 3], `${role.id}/${r.skill}`).toContain(r.importance);
      }
    }
  });

  it('has >= 60 skills in known categories with unique ids', () => {
    expect(skills.length).toBeGreaterThanOrEqual(60);
    expectUniqueIds(categories);
    expectUniqueIds(skills);
    const categoryIds = new Set(categories.map((c) => c.id));
    for (const s of skills) expect(categoryIds.has(s.category), `${s.id} -> ${s.category}`).toBe(true);
  });

  it('has >= 40 courses with sane hours, cost and url, and >= 5 free ones', () => {
    expect(courses.length).toBeGreaterThanOrEqual(40);
    expectUniqueIds(courses);
    for (const c of courses) {
      expect(c.hours, c.id).toBeGreaterThanOrEqual(0);
      if (c.cost !== null) expect(c.cost, c.id).toBeGreaterThanOrEqual(0);
      expect(c.url, c.id).toMatch(/^https?:\/\//);
      expect(c.teaches.length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.teaches.length, c.id).toBeLessThanOrEqual(8);
    }
    expect(courses.filter((c) => c.cost === 0).length).toBeGreaterThanOrEqual(5);
  });
});

describe('embedded catalog: integrity', () => {
  it('resolves every skill id referenced anywhere, at levels 1-5', () => {
    const uses: [string, SkillLevel][] = [
      ...skills.flatMap((s) => s.prerequisites.map((p) => [`skill ${s.id}`, p] as [string, SkillLevel])),
      ...roles.flatMap((r) => r.requirements.map((q) => [`role ${r.id}`, q] as [string, SkillLevel])),
      ...courses.flatMap((c) => [...c.teaches, ...c.requires].map((t) => [`course ${c.id}`, t] as [string, SkillLevel])),
    ];
    for (const [where, use] of uses) {
      expect(skillIds.has(use.skill), `${where} -> ${use.skill}`).toBe(true);
      expect(use.level >= 1 && use.level <= 5, `${where} -> ${use.skill}@${use.level}`).toBe(true);
    }
  });

  it('has an acyclic prerequisite graph', () => {
    const edges = new Map(skills.map((s) => [s.id, s.prerequisites.map((p) => p.skill)]));
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (id: string, trail: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') throw new Error(`prerequisite cycle: ${[...trail, id].join(' -> ')}`);
      state.set(id, 'visiting');
      for (const next of edges.get(id) ?? []) visit(next, [...trail, id]);
      state.set(id, 'done');
    };
    expect(() => skills.forEach((s) => visit(s.id, []))).not.toThrow();
  });

  it('teaches every critical requirement to at least the required level', () => {
    const best = new Map<string, number>();
    for (const c of courses) for (const t of c.teaches) best.set(t.skill, Math.max(best.get(t.skill) ?? 0, t.level));
    const gaps = roles.flatMap((r) => r.requirements
      .filter((q) => q.importance === 3 && (best.get(q.skill) ?? 0) < q.level)
      .map((q) => `${r.id}: ${q.skill}@${q.level} (best course level ${best.get(q.skill) ?? 0})`));
    expect(gaps).toEqual([]);
  });
});

// Manifest code -> the `framework` column prefix in ai_security_knowledge_areas.csv
const KNOWLEDGE_AREA_FRAMEWORKS: Record<string, string> = {
  'OWASP-LLM-2025': 'OWASP Top 10 for LLM Applications 2025',
  'OWASP-LLM-2026': 'OWASP Top 10 for LLM Applications 2026',
  'OWASP-AGENTIC-2026': 'OWASP Top 10 for Agentic Applications 2026',
  'OWASP-ML-2023': 'OWASP Machine Learning Security Top 10',
  'NIST-AI-RMF': 'NIST AI RMF 1.0 core functions',
  'NIST-AI-600-1': 'NIST AI 600-1',
  'NIST-AI-100-2': 'NIST AI 100-2',
  'EU-AI-ACT': 'EU AI Act',
  'ISO-42001': 'ISO/IEC 42001',
  SAIF: 'Google SAIF',
};

const HAS_REFERENCE = referenceAvailable('Embedded catalog: refs resolve in ../shared/reference');

describe.skipIf(!HAS_REFERENCE)(
  HAS_REFERENCE ? 'embedded catalog: refs resolve in ../shared/reference' : 'embedded catalog: refs (SKIPPED, ../shared/reference not found)',
  () => {
    it('resolves every skill and role ref', () => {
      const cprt = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'nice/cprt_SP_800_181_2_1_0.json'), 'utf8'));
      const nice = new Set<string>(cprt.response.elements.elements.map((e: { element_identifier: string }) => e.element_identifier));
      const dcwf = new Set(readCsv('dcwf/dcwf_v5.1_work_roles.csv').map((r) => r.dcwf_code));
      const atlas = new Set(readCsv('mitre_atlas_v5.6.0_tactics.csv').map((r) => r.tactic_id));
      const areas = readCsv('ai_security_knowledge_areas.csv');
      const codes = new Set(manifest.frameworks.map((f) => f.code));

      const resolves = ({ framework, id }: Ref): boolean => {
        if (framework === 'NICE') return nice.has(id);
        if (framework === 'DCWF') return dcwf.has(id);
        if (framework === 'MITRE-ATLAS') return atlas.has(id);
        const prefix = KNOWLEDGE_AREA_FRAMEWORKS[framework];
        return prefix !== undefined && areas.some((a) => a.item_id === id && (a.framework ?? '').startsWith(prefix));
      };
      const refs = [
        ...skills.flatMap((s) => s.refs.map((ref) => [`skill ${s.id}`, ref] as [string, Ref])),
        ...roles.flatMap((r) => r.refs.map((ref) => [`role ${r.id}`, ref] as [string, Ref])),
      ];
      expect(refs.length).toBeGreaterThan(0);
      const unknownCodes = refs.filter(([, ref]) => !codes.has(ref.framework)).map(([w, r]) => `${w}: ${r.framework}`);
      const unresolved = refs.filter(([, ref]) => !resolves(ref)).map(([w, r]) => `${w}: ${r.framework} ${r.id}`);
      expect(unknownCodes).toEqual([]);
      expect(unresolved).toEqual([]);
    });

    it('uses course ids from ai_security_courses.csv, or kebab ids from providers\' pages that are free or unpriced', () => {
      const known = new Set(readCsv('ai_security_courses.csv').map((r) => r.id));
      const fromCsv = courses.filter((c) => known.has(c.id));
      expect(fromCsv.length).toBeGreaterThanOrEqual(40);
      for (const c of courses.filter((x) => !known.has(x.id))) {
        expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect([0, null], c.id).toContain(c.cost);
      }
    });

    it('gives a price only where the reference publishes one: free as 0, a figure as a number, else null', () => {
      const csv = new Map(readCsv('ai_security_courses.csv').map((r) => [r.id, r.cost]));
      const wrong = courses
        .filter((c) => csv.has(c.id) && c.cost !== null)
        .filter((c) => {
          const published = csv.get(c.id)!;
          if (/not (stated|found)/i.test(published) || published.trim() === '') return true;
          return c.cost === 0 ? !/free/i.test(published) : !/\d/.test(published);
        })
        .map((c) => `${c.id}: ${c.cost} from "${csv.get(c.id)}"`);
      expect(wrong).toEqual([]);
    });
  },
);
