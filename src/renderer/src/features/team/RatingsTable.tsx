import { useState } from 'react';
import { PROFICIENCY_LABELS } from '../../../../shared/domain/proficiency';
import type { Rating } from '../../../../shared/domain/team';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable, type Column } from '../../components/table/DataTable';
import { useTeam } from '../../store/team';
import { SOURCE_LABELS } from '../compare/format';
import type { TeamModel } from './team-model';

/** Beyond this many ratings the list has a search field. */
const SEARCH_FROM = 8;

/** Ratings newest first with source, date and evidence; the one in effect is marked; a mistaken one can be deleted. */
export function RatingsTable({
  model,
  ratings,
  effectiveIds,
  showSkill,
  caption,
  listId,
}: {
  model: TeamModel;
  ratings: Rating[];
  effectiveIds: ReadonlySet<number>;
  showSkill: boolean;
  caption: string;
  /** Where the list's sort is remembered: the member's ratings and one skill's history are sorted apart. */
  listId: string;
}) {
  const deleteRating = useTeam((s) => s.deleteRating);
  const [deleting, setDeleting] = useState<Rating | null>(null);
  // Equal dates keep the newest entry first, whichever way the list is sorted.
  const rows = [...ratings].sort((a, b) => b.id - a.id);
  const columns: Column<Rating>[] = [
    { id: 'ratedOn', header: 'Rated on', width: '120px', className: 'ratings-table__date', sortValue: (r) => r.ratedOn, cell: (r) => r.ratedOn },
    ...(showSkill
      ? [{ id: 'skill', header: 'Skill', sortValue: (r: Rating) => model.skillName(r.skillId), cell: (r: Rating) => model.skillName(r.skillId) }]
      : []),
    {
      id: 'level',
      header: 'Level',
      firstDirection: 'desc',
      sortValue: (r) => r.level,
      cell: (r) => (
        <>
          {r.level} · {PROFICIENCY_LABELS[r.level]}
          {effectiveIds.has(r.id) && <span className="badge ratings-table__badge">In effect</span>}
        </>
      ),
    },
    { id: 'source', header: 'Source', width: '120px', sortValue: (r) => SOURCE_LABELS[r.source], cell: (r) => SOURCE_LABELS[r.source] },
    {
      id: 'evidence',
      header: 'Evidence',
      className: 'ratings-table__evidence',
      sortValue: (r) => r.evidence,
      cell: (r) => r.evidence || <span className="table__secondary">—</span>,
    },
    {
      id: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      width: '100px',
      cell: (r) => (
        <button type="button" className="button button--small button--danger-quiet" onClick={() => setDeleting(r)}>
          Delete<span className="visually-hidden"> the rating of {r.ratedOn}</span>
        </button>
      ),
    },
  ];
  return (
    <>
      <DataTable
        listId={listId}
        label={caption}
        rows={rows}
        columns={columns}
        rowKey={(r) => String(r.id)}
        defaultSort={{ column: 'ratedOn', direction: 'desc' }}
        search={rows.length > SEARCH_FROM ? { label: 'Search ratings', text: (r) => [model.skillName(r.skillId), SOURCE_LABELS[r.source], r.evidence, r.ratedOn] } : undefined}
        rowProps={(r) => ({ className: effectiveIds.has(r.id) ? 'ratings-table__effective' : undefined })}
        className="ratings-table"
      />
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
