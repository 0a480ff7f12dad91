import { useState } from 'react';
import { PROFICIENCY_LABELS } from '../../../../shared/domain/proficiency';
import type { Rating } from '../../../../shared/domain/team';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useTeam } from '../../store/team';
import { SOURCE_LABELS } from '../compare/format';
import type { TeamModel } from './team-model';

/** Ratings newest first with source, date and evidence; the one in effect is marked; a mistaken one can be deleted. */
export function RatingsTable({
  model,
  ratings,
  effectiveIds,
  showSkill,
  caption,
}: {
  model: TeamModel;
  ratings: Rating[];
  effectiveIds: ReadonlySet<number>;
  showSkill: boolean;
  caption: string;
}) {
  const deleteRating = useTeam((s) => s.deleteRating);
  const [deleting, setDeleting] = useState<Rating | null>(null);
  const sorted = [...ratings].sort((a, b) => b.ratedOn.localeCompare(a.ratedOn) || b.id - a.id);
  return (
    <>
      <table className="table ratings-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rated on</th>
            {showSkill && <th scope="col">Skill</th>}
            <th scope="col">Level</th>
            <th scope="col">Source</th>
            <th scope="col">Evidence</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id} className={effectiveIds.has(r.id) ? 'ratings-table__effective' : undefined}>
              <td className="ratings-table__date">{r.ratedOn}</td>
              {showSkill && <td>{model.skillName(r.skillId)}</td>}
              <td>
                {r.level} · {PROFICIENCY_LABELS[r.level]}
                {effectiveIds.has(r.id) && <span className="badge ratings-table__badge">In effect</span>}
              </td>
              <td>{SOURCE_LABELS[r.source]}</td>
              <td className="ratings-table__evidence">{r.evidence || <span className="table__secondary">—</span>}</td>
              <td>
                <button type="button" className="button button--small button--danger-quiet" onClick={() => setDeleting(r)}>
                  Delete<span className="visually-hidden"> the rating of {r.ratedOn}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete this rating?"
        confirmLabel="Delete rating"
        destructive
        onConfirm={() => {
          if (deleting) void deleteRating(deleting.id);
          setDeleting(null);
        }}
      >
        {deleting && (
          <p>
            The {SOURCE_LABELS[deleting.source].toLowerCase()} rating of {deleting.level} for {model.skillName(deleting.skillId)} on{' '}
            {deleting.ratedOn} will be removed from the history. Delete a rating only when it was entered by mistake; to record
            a change, add a new rating.
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
