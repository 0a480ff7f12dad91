import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../src/renderer/src/api';
import { clearDataCache, fetchApiQuery } from '../../../src/renderer/src/data';
import { useBackups } from '../../../src/renderer/src/store/backups';
import { useCompare } from '../../../src/renderer/src/store/compare';
import { usePaths } from '../../../src/renderer/src/store/paths';
import { useTeam } from '../../../src/renderer/src/store/team';
import { useRealApi } from '../../support/real-api';
import { resetTeamStores } from '../team/support';

let real: ReturnType<typeof useRealApi>;
beforeEach(() => {
  resetTeamStores();
  clearDataCache();
  real = useRealApi();
});
afterEach(() => real.close());

const memberNames = () => (real.store.db.prepare('SELECT name FROM members ORDER BY name').all() as { name: string }[]).map((r) => r.name);

describe('restoring a backup in place (no reload)', () => {
  it('reads the restored data afresh and drops what the editors held from the replaced data', async () => {
    const copy = await call('backups.create', {});
    const before = memberNames();
    const added = await call('members.create', { name: 'Added after the copy' });
    // The renderer has the team cached, and editor state built on it.
    expect((await fetchApiQuery('members.list', {})).map((m) => m.name)).toContain('Added after the copy');
    useTeam.getState().setDraftLevel(added.id, 'some-skill', 3);
    useCompare.setState({ memberId: added.id, roleId: 'some-role' });
    usePaths.setState({ memberId: added.id, loadStatus: 'ready' });

    await useBackups.getState().restore({ name: copy.name });

    // The store holds the copy's team, and the renderer's cache answers with it (not the cached old list).
    expect(memberNames()).toEqual(before);
    expect((await fetchApiQuery('members.list', {})).map((m) => m.name).sort()).toEqual([...before].sort());
    // The editors forgot the replaced data.
    expect(useTeam.getState().drafts).toEqual({});
    expect(useCompare.getState().memberId).toBeNull();
    expect(useCompare.getState().roleId).toBeNull();
    expect(usePaths.getState().memberId).toBeNull();
    expect(usePaths.getState().loadStatus).toBe('idle');
    // The Backups screen has the message to show in place.
    expect(useBackups.getState().restored).toMatch(new RegExp(`^Restored from ${copy.name}: .*What you had before is kept as planner-before-restore-`));
  });
});
