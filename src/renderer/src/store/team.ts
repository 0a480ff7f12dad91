import { create } from 'zustand';
import type { OperationInput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import type { TeamSnapshot } from '../../../shared/api/operations/team';
import type { ProficiencyLevel } from '../../../shared/domain/proficiency';
import type { Member, Rating, RatingSource } from '../../../shared/domain/team';
import { ApiFailure, call } from '../api';
import type { LoadStatus } from './catalog';
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

interface TeamState {
  snapshot: TeamSnapshot | null;
  status: LoadStatus;
  drafts: Record<string, SheetDraft>;
  load(): Promise<void>;
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

/**
 * The team: members, their whole rating history and the role profiles, as one snapshot the screens compute
 * from. Every change updates the snapshot in place from the API's answer, so every comparison follows at once.
 */
export const useTeam = create<TeamState>()((set, get) => {
  function patch(change: (s: TeamSnapshot) => Partial<TeamSnapshot>) {
    const snapshot = get().snapshot;
    if (snapshot) set({ snapshot: { ...snapshot, ...change(snapshot) } });
  }
  function draftOf(memberId: string): SheetDraft {
    return get().drafts[memberId] ?? EMPTY_DRAFT;
  }
  function setDraft(memberId: string, draft: SheetDraft) {
    set((s) => ({ drafts: { ...s.drafts, [memberId]: draft } }));
  }

  return {
    snapshot: null,
    status: 'idle',
    drafts: {},
    async load() {
      set({ status: 'loading' });
      const result = await attempt(() => call('team.snapshot', {}));
      if (result.ok) set({ snapshot: result.value, status: 'ready' });
      else {
        set({ status: 'failed' });
        report('Loading the team', result.error);
      }
    },
    async saveMember({ id, version, ...draft }) {
      const result = await attempt(() =>
        id ? call('members.update', { ...draft, id, version: version ?? 0 }) : call('members.create', draft),
      );
      // Changed elsewhere since the form opened: take the current details, so reopening the form shows them.
      if (!result.ok && result.error.details?.changedElsewhere) await get().load();
      if (result.ok) {
        const saved = result.value;
        patch((s) => ({
          members: [...s.members.filter((m) => m.id !== saved.id), saved].sort((a, b) => a.name.localeCompare(b.name)),
        }));
      }
      return result;
    },
    async deleteMember(id) {
      const result = await attempt(() => call('members.delete', { id }));
      if (!result.ok) {
        report('Deleting the member', result.error);
        return false;
      }
      patch((s) => ({ members: s.members.filter((m) => m.id !== id), ratings: s.ratings.filter((r) => r.memberId !== id) }));
      set((s) => {
        const { [id]: _dropped, ...drafts } = s.drafts;
        return { drafts };
      });
      return true;
    },
    async removeDemoTeam() {
      const result = await attempt(() => call('members.removeDemo', {}));
      if (!result.ok) {
        report('Removing the demo team', result.error);
        return null;
      }
      const demo = new Set(get().snapshot?.members.filter((m) => m.isDemo).map((m) => m.id));
      patch((s) => ({ members: s.members.filter((m) => !demo.has(m.id)), ratings: s.ratings.filter((r) => !demo.has(r.memberId)) }));
      return result.value.removed;
    },
    async addRatings(ratings, action = 'Saving ratings') {
      const result = await attempt(() => call('ratings.add', { ratings }));
      if (result.ok) patch((s) => ({ ratings: [...s.ratings, ...result.value] }));
      else report(action, result.error);
      return result;
    },
    async deleteRating(id) {
      const result = await attempt(() => call('ratings.delete', { id }));
      if (!result.ok) {
        report('Deleting the rating', result.error);
        return false;
      }
      patch((s) => ({ ratings: s.ratings.filter((r) => r.id !== id) }));
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
