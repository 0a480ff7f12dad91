import { futureRatingProblem, ratingDraft, RATING_SOURCES, type RatingDraft } from '../../../../shared/domain/team';
import { ratingsRepository, type NewRating } from '../../../db/repositories/ratings';
import { localToday } from '../../team/clock';
import type { Db } from '../../../db/open';
import { readDate } from '../../../../shared/imports/cell-formats';
import { choiceCell, levelCell } from './cells';
import type { EntityImporter, ReadContext } from './entity-importer';

interface RatingPlan {
  rating: Required<RatingDraft>;
  memberName: string;
  skillName: string;
  /** The same rating is already in the history: importing it again adds nothing. */
  alreadyRecorded: boolean;
}

const FIELD_OF: Record<string, string> = { ratedOn: 'rated_on', memberId: 'member', skillId: 'skill' };
const keyOf = (r: { memberId: string; skillId: string; source: string; ratedOn: string }) =>
  [r.memberId, r.skillId, r.source, r.ratedOn].join('\u0000');

/** Ratings join each member's history; a rating already recorded (same member, skill, source, day, level) is skipped. */
export function ratingsImporter(db: Db, ctx: ReadContext, today: () => string = localToday): EntityImporter<RatingPlan> {
  const ratings = ratingsRepository(db);
  const recorded = new Set<string>();
  for (const r of ratings.all()) recorded.add(`${keyOf(r)}\u0000${r.level}\u0000${r.evidence}`);
  const now = today();

  /** A member or skill the cell names; an unknown one is reported by the resolver (an empty result here). */
  function entryCell(row: Parameters<EntityImporter<RatingPlan>['read']>[0], field: string, kind: 'member' | 'skill', text: string) {
    const found = ctx.values.entry(row, field, kind, text);
    return found ? { ok: true as const, value: found } : { ok: true as const, value: undefined };
  }

  return {
    read(row) {
      const member = row.required('member', 'Member is required.', (t) => entryCell(row, 'member', 'member', t));
      const skill = row.required('skill', 'Skill is required.', (t) => entryCell(row, 'skill', 'skill', t));
      const level = row.required('level', 'Level is required (0 to 5).', (t) => levelCell(t, 0));
      const source = row.has('source') ? row.value('source', choiceCell(row.text('source'), RATING_SOURCES, 'Source')) : 'self';
      const ratedOn = row.required('rated_on', 'The date of the rating is required (YYYY-MM-DD).', (t) => {
        const date = readDate(t, ctx.options.dateOrder);
        return date.ok ? { ok: true, value: date.iso } : { ok: false, message: date.message };
      });
      const parsed = ratingDraft.safeParse({
        memberId: member?.id ?? 'unknown',
        skillId: skill?.id ?? 'unknown',
        level: level ?? 0,
        source: source ?? 'self',
        ratedOn: ratedOn ?? '2000-01-01',
        evidence: row.text('evidence'),
      });
      if (!parsed.success) row.schemaProblems(parsed.error, FIELD_OF);
      if (!parsed.success || row.problemCount > 0 || !member || !skill) return null;
      const rating = parsed.data as Required<RatingDraft>;
      // The API's rule: a rating dated after today would become the effective level and never go stale.
      const future = futureRatingProblem(rating.ratedOn, now);
      if (future) {
        row.problem('rated_on', future);
        return null;
      }
      return {
        rating,
        memberName: member.name,
        skillName: skill.name,
        alreadyRecorded: recorded.has(`${keyOf(rating)}\u0000${rating.level}\u0000${rating.evidence}`),
      };
    },
    key: (p) => keyOf(p.rating),
    describe: (p) => `a ${p.rating.source} rating of ${p.memberName} on “${p.skillName}” for ${p.rating.ratedOn}`,
    isNew: (p) => !p.alreadyRecorded,
    notes: () => [],
    write(plans) {
      const tally = { added: 0, updated: 0, unchanged: 0 };
      for (const p of plans) {
        if (p.alreadyRecorded) tally.unchanged++;
        else {
          ratings.insert(p.rating as NewRating);
          tally.added++;
        }
      }
      return tally;
    },
  };
}
