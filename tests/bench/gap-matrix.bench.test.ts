import { afterAll, expect, it } from 'vitest';
import type { RoleRequirement } from '../../src/shared/domain/catalog';
import type { ProficiencyLevel } from '../../src/shared/domain/proficiency';
import { buildHeatmap, heatmapOf, skillsOfRoles, type Heatmap } from '../../src/shared/planning/heatmap';
import { levelMatrix, type LevelMatrix } from '../../src/shared/planning/level-matrix';
import type { KnownLevel } from '../../src/shared/planning/readiness';
import type { RoleProfile } from '../../src/shared/planning/role-fit';
import { compare, printTable, type ComparisonResult } from './support/compare';
import { between, seeded } from './support/random';

const results: ComparisonResult[] = [];
afterAll(() => printTable(results));

const MEMBERS = 1_000;
const SKILLS = 300;
const ROLES = 10;
const REQUIREMENTS_PER_ROLE = 60;

function team() {
  const random = seeded(42);
  const skills = Array.from({ length: SKILLS }, (_, i) => `skill-${i}`);
  const members = Array.from({ length: MEMBERS }, (_, m) => {
    const levels = new Map<string, KnownLevel>();
    for (const skill of skills) {
      if (random() < 0.6) levels.set(skill, { level: between(random, 0, 5) as ProficiencyLevel, stale: random() < 0.1 });
    }
    return { id: `member-${m}`, levels };
  });
  const roles: RoleProfile[] = Array.from({ length: ROLES }, (_, r) => {
    const picked = new Set<number>();
    while (picked.size < REQUIREMENTS_PER_ROLE) picked.add(between(random, 0, SKILLS - 1));
    return {
      id: `role-${r}`,
      name: `Role ${r}`,
      requirements: [...picked].map((i) => ({ skill: skills[i]!, level: between(random, 1, 5), importance: between(random, 1, 3) }) as RoleRequirement),
    };
  });
  return { skills, members, roles };
}

/** The same work written as plain nested loops over the same arrays: gaps, row and column totals, readiness. */
function nestedLoops(members: ReturnType<typeof team>['members'], roles: RoleProfile[]) {
  return roles.map((role) => {
    const reqs = role.requirements;
    const gaps: number[][] = [];
    const rowShort: number[] = [];
    const columnShort = new Array<number>(reqs.length).fill(0);
    const readiness: number[] = [];
    for (const m of members) {
      const row: number[] = [];
      let short = 0;
      let weight = 0;
      let earned = 0;
      for (let c = 0; c < reqs.length; c++) {
        const q = reqs[c]!;
        const have = m.levels.get(q.skill)?.level ?? 0;
        const gap = q.level > have ? q.level - have : 0;
        row.push(gap);
        short += gap;
        columnShort[c]! += gap;
        weight += q.importance;
        earned += (q.importance * Math.min(have, q.level)) / q.level;
      }
      gaps.push(row);
      rowShort.push(short);
      readiness.push(earned / weight);
    }
    return { gaps, rowShort, columnShort, readiness };
  });
}

/** The team's levels as the baseline keeps them: Int8Arrays members × skills (-1: never rated), written here on its own. */
function encodeLevels(skills: string[], members: ReturnType<typeof team>['members']) {
  const width = skills.length;
  const column = new Map(skills.map((s, i) => [s, i]));
  const levels = new Int8Array(members.length * width).fill(-1);
  const stales = new Uint8Array(members.length * width);
  members.forEach((m, r) => {
    for (const [skill, known] of m.levels) {
      levels[r * width + column.get(skill)!] = known.level;
      stales[r * width + column.get(skill)!] = known.stale ? 1 : 0;
    }
  });
  return { width, column, rows: members.length, levels, stales };
}
type Encoded = ReturnType<typeof encodeLevels>;

/**
 * The goal's baseline: the same work as a straightforward typed-array kernel, written here on its own over the
 * levels encoded above. Per role (its skills in catalog order, as the heatmap shows them), member and required
 * skill the same outputs as the heatmap's: level, staleness, requirement and gap per cell, row and column totals,
 * members short per column, readiness.
 */
function typedKernel({ width, column, rows, levels, stales }: Encoded, roles: RoleProfile[]) {
  return roles.map((role) => {
    const reqs = [...role.requirements].sort((a, b) => column.get(a.skill)! - column.get(b.skill)!);
    const n = reqs.length;
    const at = Int32Array.from(reqs, (q) => column.get(q.skill)!);
    const need = Int8Array.from(reqs, (q) => q.level);
    const weight = Int8Array.from(reqs, (q) => q.importance);
    const size = rows * n;
    const [level, required, gap, stale] = [new Int8Array(size), new Int8Array(size), new Int8Array(size), new Uint8Array(size)];
    const rowShort = new Int32Array(rows);
    const columnShort = new Int32Array(n);
    const columnMembersShort = new Int32Array(n);
    const readiness = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      let short = 0;
      let total = 0;
      let earned = 0;
      for (let c = 0; c < n; c++) {
        const i = r * n + c;
        const rated = levels[r * width + at[c]!]!;
        const have = rated < 0 ? 0 : rated;
        const q = need[c]!;
        const g = q > have ? q - have : 0;
        level[i] = rated;
        stale[i] = stales[r * width + at[c]!]!;
        required[i] = q;
        gap[i] = g;
        short += g;
        columnShort[c]! += g;
        if (g > 0) columnMembersShort[c]!++;
        total += weight[c]!;
        earned += (weight[c]! * (have < q ? have : q)) / q;
      }
      rowShort[r] = short;
      readiness[r] = earned / total;
    }
    return { level, required, gap, stale, rowShort, columnShort, columnMembersShort, readiness };
  });
}

/** Less than the product does, as a floor: only the gaps and the row and column totals, no levels, staleness or readiness. */
function gapsAndTotalsKernel({ width, column, rows, levels }: Encoded, roles: RoleProfile[]) {
  return roles.map((role) => {
    const reqs = [...role.requirements].sort((a, b) => column.get(a.skill)! - column.get(b.skill)!);
    const n = reqs.length;
    const at = Int32Array.from(reqs, (q) => column.get(q.skill)!);
    const need = Int8Array.from(reqs, (q) => q.level);
    const gap = new Int8Array(rows * n);
    const rowShort = new Int32Array(rows);
    const columnShort = new Int32Array(n);
    for (let r = 0; r < rows; r++) {
      let short = 0;
      for (let c = 0; c < n; c++) {
        const rated = levels[r * width + at[c]!]!;
        const q = need[c]!;
        const g = q > rated ? q - (rated < 0 ? 0 : rated) : 0;
        gap[r * n + c] = g;
        short += g;
        columnShort[c]! += g;
      }
      rowShort[r] = short;
    }
    return { gap, rowShort, columnShort };
  });
}

/** What the product does for the same question: the gap kernel per role over the team's level matrix. */
function productKernel(matrix: LevelMatrix, skills: string[], memberIds: string[], roles: RoleProfile[]): Heatmap[] {
  return roles.map((role) => heatmapOf(matrix, skillsOfRoles([role], skills), memberIds, memberIds.map(() => role)));
}

const teamMatrix = (skills: string[], members: ReturnType<typeof team>['members']) => levelMatrix(skills, members.map((m) => m.levels));

it('gap matrix, 1,000 members × 300 skills × 10 roles: the product’s gap kernel against a plain typed-array kernel', () => {
  const { skills, members, roles } = team();
  const memberIds = members.map((m) => m.id);
  let ours: Heatmap[] = [];
  let typed: ReturnType<typeof typedKernel> = [];
  let floor: ReturnType<typeof gapsAndTotalsKernel> = [];
  let plain: ReturnType<typeof nestedLoops> = [];
  // The goal's row: both kernels over levels already encoded (each side encodes untimed, in its own way).
  let encoded = encodeLevels(skills, members);
  let matrix = teamMatrix(skills, members);
  results.push(
    compare({
      name: 'gap matrix 1,000 × 300 × 10 roles, levels encoded',
      baseline: { label: 'typed-array kernel, the same outputs', prepare: () => ((encoded = encodeLevels(skills, members)), () => (typed = typedKernel(encoded, roles))) },
      subject: { label: 'heatmapOf per role', prepare: () => ((matrix = teamMatrix(skills, members)), () => (ours = productKernel(matrix, skills, memberIds, roles))) },
      rounds: 25,
    }),
    compare({
      name: 'the same, against less work',
      baseline: { label: 'typed-array kernel, gaps and totals only', prepare: () => ((encoded = encodeLevels(skills, members)), () => (floor = gapsAndTotalsKernel(encoded, roles))) },
      subject: { label: 'heatmapOf per role', prepare: () => ((matrix = teamMatrix(skills, members)), () => (ours = productKernel(matrix, skills, memberIds, roles))) },
      rounds: 25,
    }),
    compare({
      name: 'the same from the members’ rating maps (encoding timed)',
      baseline: { label: 'encode + typed-array kernel', prepare: () => () => (typed = typedKernel(encodeLevels(skills, members), roles)) },
      subject: { label: 'levelMatrix + heatmapOf per role', prepare: () => () => (ours = productKernel(teamMatrix(skills, members), skills, memberIds, roles)) },
      rounds: 15,
    }),
    compare({
      name: 'the same (old way as baseline)',
      baseline: { label: 'nested loops over the same Maps', prepare: () => () => (plain = nestedLoops(members, roles)) },
      subject: { label: 'levelMatrix + heatmapOf per role', prepare: () => () => (ours = productKernel(teamMatrix(skills, members), skills, memberIds, roles)) },
    }),
  );
  // All did the same work: the same totals and readiness for every role.
  for (let r = 0; r < ROLES; r++) {
    expect([...ours[r]!.rowShort]).toEqual(plain[r]!.rowShort);
    for (const key of ['level', 'required', 'gap', 'stale', 'rowShort', 'columnShort', 'columnMembersShort'] as const) {
      expect([...ours[r]![key]], key).toEqual([...typed[r]![key]]);
    }
    for (const key of ['gap', 'rowShort', 'columnShort'] as const) expect([...ours[r]![key]], key).toEqual([...floor[r]![key]]);
    expect(ours[r]!.readiness.map((x) => x!.toFixed(9))).toEqual(plain[r]!.readiness.map((x) => x.toFixed(9)));
    expect([...typed[r]!.readiness].map((x) => x.toFixed(9))).toEqual(plain[r]!.readiness.map((x) => x.toFixed(9)));
    expect([...ours[r]!.columnShort].reduce((a, b) => a + b, 0)).toBe(plain[r]!.columnShort.reduce((a, b) => a + b, 0));
  }
});

it('the “each member against their target role” map over all 300 skills', () => {
  const { skills, members, roles } = team();
  const rows = members.map((m, i) => ({ memberId: m.id, levels: m.levels, role: roles[i % ROLES]! }));
  const columns = skillsOfRoles(roles, skills); // every skill some role requires (most of the 300)
  let ours: Heatmap | null = null;
  let plain: { short: number; readiness: number | null; gaps: number[] }[] = [];
  const result = compare({
    name: 'target-role map 1,000 × 300',
    baseline: {
      label: 'nested loops over the same Maps',
      prepare: () => () => {
        const byRole = new Map(roles.map((r) => [r, new Map(r.requirements.map((q) => [q.skill, q]))]));
        const columnShort = new Array<number>(columns.length).fill(0);
        plain = rows.map((row) => {
          let short = 0;
          let weight = 0;
          let earned = 0;
          const required = byRole.get(row.role)!;
          const gaps: number[] = [];
          columns.forEach((skill, c) => {
            const q = required.get(skill);
            const have = row.levels.get(skill)?.level ?? 0;
            if (!q) {
              gaps.push(-1);
              return;
            }
            const gap = q.level > have ? q.level - have : 0;
            gaps.push(gap);
            short += gap;
            columnShort[c]! += gap;
            weight += q.importance;
            earned += (q.importance * Math.min(have, q.level)) / q.level;
          });
          return { short, readiness: weight === 0 ? null : earned / weight, gaps };
        });
      },
    },
    subject: {
      label: 'buildHeatmap over every role’s skills',
      prepare: () => () => {
        ours = buildHeatmap(columns, rows);
      },
    },
  });
  results.push(result);
  expect([...ours!.rowShort]).toEqual(plain.map((p) => p.short));
  expect(ours!.readiness.map((x) => x?.toFixed(9))).toEqual(plain.map((p) => p.readiness?.toFixed(9)));
  expect([...ours!.gap.slice(0, columns.length)]).toEqual(plain[0]!.gaps);
});
