import type { GenerationLimits } from '../../domain/plan';
import { chooseCourses, chooseCoursesForTeam, type PathChoice } from '../path-generation';
import type { CourseFacts, SkillFacts } from '../path-needs';
import type { TeamRequirement } from './model';

/** Larger than any budget: the cap that makes path generation leave out courses whose price cannot be counted. */
const NO_CAP = 1e12;

/** The limits candidates are generated under: lowest cost, a cap in the team budget's currency larger than any budget. */
function candidateLimits(currency: string): GenerationLimits {
  return { objective: 'cost', budgetCap: NO_CAP, budgetCurrency: currency, freeOnly: false, excludedProviders: [], assumedPrices: {} };
}

/**
 * A member's candidate courses: their own best plan from path generation (lowest cost, then fewest hours),
 * under a cap in the team budget's currency, so courses without a published price and courses priced in
 * another currency are left out and named (never counted as free). The team solver chooses among these.
 */
export function memberCandidates(
  requirements: readonly TeamRequirement[],
  levels: ReadonlyMap<string, number>,
  skills: readonly SkillFacts[],
  courses: readonly CourseFacts[],
  currency: string,
): PathChoice {
  return chooseCourses({ roleNeeds: requirements, current: levels, skills, courses, limits: candidateLimits(currency) });
}

/** A member as candidates read them: their target role's requirements and their levels. */
export interface CandidateMember {
  requirements: readonly TeamRequirement[];
  levels: ReadonlyMap<string, number>;
}

/**
 * Every member's candidates (each the same as `memberCandidates` for that member alone), from the cache where
 * it has them; the rest generated together by `chooseCoursesForTeam` on one index of the catalog.
 */
export function teamCandidates(
  cache: CandidateCache,
  members: readonly CandidateMember[],
  skills: readonly SkillFacts[],
  courses: readonly CourseFacts[],
  currency: string,
): PathChoice[] {
  const fingerprint = catalogFingerprint(skills, courses);
  const keys = members.map((m) => candidateKey(m.requirements, m.levels, currency));
  const missing = new Map<string, CandidateMember>();
  for (const [i, key] of keys.entries()) if (!cache.has(fingerprint, key) && !missing.has(key)) missing.set(key, members[i]!);
  const made = chooseCoursesForTeam(
    { skills, courses, limits: candidateLimits(currency) },
    [...missing.values()].map((m) => ({ roleNeeds: m.requirements, current: m.levels })),
  );
  const madeByKey = new Map([...missing.keys()].map((key, i) => [key, made[i]!]));
  return keys.map((key) => cache.get(fingerprint, key, () => madeByKey.get(key)!));
}

/** What a member's candidates depend on, as a key for caching them between what-ifs. */
export function candidateKey(requirements: readonly TeamRequirement[], levels: ReadonlyMap<string, number>, currency: string): string {
  const reqs = requirements.map((r) => `${r.skill}:${r.level}:${r.importance}`).join(',');
  const have = [...levels].sort(([a], [b]) => a.localeCompare(b)).map(([s, l]) => `${s}:${l}`).join(',');
  return `${currency}|${reqs}|${have}`;
}

/** A cache of members' candidates for one catalog (dropped when the catalog's fingerprint changes). */
export class CandidateCache {
  private catalog = '';
  private readonly entries = new Map<string, PathChoice>();
  hits = 0;
  misses = 0;

  /** Whether the cache holds the key for this catalog (counts neither a hit nor a miss). */
  has(catalogFingerprint: string, key: string): boolean {
    return catalogFingerprint === this.catalog && this.entries.has(key);
  }

  get(catalogFingerprint: string, key: string, compute: () => PathChoice): PathChoice {
    if (catalogFingerprint !== this.catalog) {
      this.entries.clear();
      this.catalog = catalogFingerprint;
    }
    const found = this.entries.get(key);
    if (found) {
      this.hits++;
      return found;
    }
    this.misses++;
    const made = compute();
    if (this.entries.size > 500) this.entries.clear();
    this.entries.set(key, made);
    return made;
  }
}

/** A cheap fingerprint (FNV-1a) of the catalog facts the candidates read. */
export function catalogFingerprint(skills: readonly SkillFacts[], courses: readonly CourseFacts[]): string {
  const text = JSON.stringify([skills, courses]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(16)}`;
}
