import { create } from 'zustand';
import type { OperationInput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import type { ProficiencyLevel } from '../../../shared/domain/proficiency';
import type { Member, Rating, RatingSource } from '../../../shared/domain/team';
import { ApiFailure } from '../api';
import { onStoreReplaced } from '../data/client';
import { write } from '../data/write';
import { useNotices } from './notices';

/** Levels typed into a member's skill sheet and not saved yet; kept while the user moves around the app. */
export interface SheetDraft {
  levels: Record<string, ProficiencyLevel>;
  /** Skills added to the sheet by hand (beyond the target role's and the already rated ones). */
  added: string[];
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface RatingBatch {
  source: RatingSource;
  ratedOn: string;
  evidence: string;
}

/**
 * What the user has typed on the team's screens and not saved yet, and the team's changes. The team itself (the
 * snapshot the screens compute from) is server data, read through the data layer (`useTeamSnapshot`); every
 * change here goes through `write`, which invalidates what it touched, so every comparison follows at once.
 */
interface TeamState {
  drafts: Record<string, SheetDraft>;
  /** Adds a member, or (with id and the version the form was opened from) replaces one's details. */
  saveMember(input: OperationInput<'members.create'> & { id?: string; version?: number }): Promise<Outcome<Member>>;
  deleteMember(id: string): Promise<boolean>;
  removeDemoTeam(): Promise<number | null>;
  addRatings(ratings: OperationInput<'ratings.add'>['ratings'], action?: string): Promise<Outcome<Rating[]>>;
  deleteRating(id: number): Promise<boolean>;
  setDraftLevel(memberId: string, skillId: string, level: ProficiencyLevel | null): void;
  addSheetSkill(memberId: string, skillId: string): void;
  discardDraft(memberId: string): void;
  saveDraft(memberId: string, batch: RatingBatch): Promise<number | null>;
}

const EMPTY_DRAFT: SheetDraft = { levels: {}, added: [] };

/** Runs an API call; a refusal comes back as an outcome for the caller to show (a form shows its fields). */
async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, error: error.error };
    return { ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } };
  }
}

function report(action: string, error: ApiError) {
  useNotices.getState().report(action, new ApiFailure(error));
}

export const useTeam = create<TeamState>()((set, get) => {
  function draftOf(memberId: string): SheetDraft {
    return get().drafts[memberId] ?? EMPTY_DRAFT;
  }
  function setDraft(memberId: string, draft: SheetDraft) {
    set((s) => ({ drafts: { ...s.drafts, [memberId]: draft } }));
  }

  return {
    drafts: {},
    async saveMember({ id, version, ...draft }) {
      // Changed elsewhere since the form opened: `write` reads the team afresh, so reopening the form shows it.
      return attempt(() => (id ? write('members.update', { ...draft, id, version: version ?? 0 }) : write('members.create', draft)));
    },
    async deleteMember(id) {
      const result = await attempt(() => write('members.delete', { id }));
      if (!result.ok) {
        report('Deleting the member', result.error);
        return false;
      }
      set((s) => {
        const { [id]: _dropped, ...drafts } = s.drafts;
        return { drafts };
      });
      return true;
    },
    async removeDemoTeam() {
      const result = await attempt(() => write('members.removeDemo', {}));
      if (!result.ok) {
        report('Removing the demo team', result.error);
        return null;
      }
      return result.value.removed;
    },
    async addRatings(ratings, action = 'Saving ratings') {
      const result = await attempt(() => write('ratings.add', { ratings }));
      if (!result.ok) report(action, result.error);
      return result;
    },
    async deleteRating(id) {
      const result = await attempt(() => write('ratings.delete', { id }));
      if (!result.ok) {
        report('Deleting the rating', result.error);
        return false;
      }
      return true;
    },
    setDraftLevel(memberId, skillId, level) {
      const draft = draftOf(memberId);
      const levels = { ...draft.levels };
      if (level === null) delete levels[skillId];
      else levels[skillId] = level;
      setDraft(memberId, { ...draft, levels });
    },
    addSheetSkill(memberId, skillId) {
      const draft = draftOf(memberId);
      if (!draft.added.includes(skillId)) setDraft(memberId, { ...draft, added: [...draft.added, skillId] });
    },
    discardDraft(memberId) {
      set((s) => {
        const { [memberId]: _dropped, ...drafts } = s.drafts;
        return { drafts };
      });
    },
    async saveDraft(memberId, { source, ratedOn, evidence }) {
      const entries = Object.entries(draftOf(memberId).levels);
      if (entries.length === 0) return 0;
      const result = await get().addRatings(
        entries.map(([skillId, level]) => ({ memberId, skillId, level, source, ratedOn, evidence })),
      );
      if (!result.ok) return null;
      get().discardDraft(memberId);
      return result.value.length;
    },
  };
});

// A restored backup replaced the team: levels typed against the old one are dropped.
onStoreReplaced(() => useTeam.setState({ drafts: {} }));
