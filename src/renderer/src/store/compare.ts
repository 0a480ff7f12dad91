import { create } from 'zustand';
import { onStoreReplaced } from '../data/client';
import type { ColumnSort, RowSort, SortDirection } from '../../../shared/planning/heatmap';

/** In the heatmap, instead of one role: every member measured against their own target role. */
export const TARGET_ROLES = 'target-roles';

/** What the Compare area is looking at; kept while the user moves between its tabs and the rest of the app. */
interface CompareState {
  memberId: string | null;
  otherMemberId: string | null;
  roleId: string | null;
  heatmapRoleId: string;
  rowSort: RowSort;
  rowDirection: SortDirection;
  columnSort: ColumnSort;
  choose(patch: Partial<Omit<CompareState, 'choose' | 'sortRows'>>): void;
  /** Sorts by this key; choosing the current key again flips the direction. */
  sortRows(sort: RowSort): void;
}

const sameSort = (a: RowSort, b: RowSort) =>
  a.by === b.by && (a.by !== 'skill' || (b.by === 'skill' && a.skillId === b.skillId));

export const useCompare = create<CompareState>()((set) => ({
  memberId: null,
  otherMemberId: null,
  roleId: null,
  heatmapRoleId: TARGET_ROLES,
  rowSort: { by: 'name' },
  rowDirection: 'asc',
  columnSort: 'catalog',
  choose: (patch) => set(patch),
  sortRows: (sort) =>
    set((s) =>
      sameSort(s.rowSort, sort)
        ? { rowDirection: s.rowDirection === 'asc' ? 'desc' : 'asc' }
        : { rowSort: sort, rowDirection: sort.by === 'name' ? 'asc' : 'desc' },
    ),
}));

// A restored backup replaced the team and catalog: the chosen people and roles may not exist any more.
onStoreReplaced(() => useCompare.setState({ memberId: null, otherMemberId: null, roleId: null, heatmapRoleId: TARGET_ROLES }));
