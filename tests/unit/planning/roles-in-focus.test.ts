import { describe, expect, it } from 'vitest';
import { rolesInFocus, skillsInFocus, unarchivedRoles } from '../../../src/shared/planning/roles-in-focus';

const roles = [{ id: 'a' }, { id: 'nice-1' }, { id: 'b' }, { id: 'nice-2' }];

describe('roles in focus', () => {
  it('are the roles someone targets, in catalog order, with how many are left out', () => {
    const members = [{ targetRoleId: 'b' }, { targetRoleId: 'a' }, { targetRoleId: 'b' }, { targetRoleId: null }];
    expect(rolesInFocus(roles, members, false)).toEqual({ shown: [{ id: 'a' }, { id: 'b' }], hidden: 2 });
  });

  it('are every role on demand, or when nobody targets any', () => {
    expect(rolesInFocus(roles, [{ targetRoleId: 'a' }], true)).toEqual({ shown: roles, hidden: 0 });
    expect(rolesInFocus(roles, [{ targetRoleId: null }], false)).toEqual({ shown: roles, hidden: 0 });
    expect(rolesInFocus(roles, [], false)).toEqual({ shown: roles, hidden: 0 });
  });
});

describe('archived roles', () => {
  const withArchived = [{ id: 'a' }, { id: 'nice-1', archived: true }, { id: 'b' }, { id: 'nice-2' }];

  it('are left out of the focus and of "show all"; a targeted or chosen one stays', () => {
    expect(rolesInFocus(withArchived, [{ targetRoleId: 'a' }], false)).toEqual({ shown: [{ id: 'a' }], hidden: 2 });
    expect(rolesInFocus(withArchived, [{ targetRoleId: 'a' }], true).shown.map((r) => r.id)).toEqual(['a', 'b', 'nice-2']);
    expect(rolesInFocus(withArchived, [], false).shown.map((r) => r.id)).toEqual(['a', 'b', 'nice-2']);
    expect(rolesInFocus(withArchived, [{ targetRoleId: 'nice-1' }], false).shown.map((r) => r.id)).toEqual(['nice-1']);
    // The role a picker already shows is kept in its list.
    expect(rolesInFocus(withArchived, [{ targetRoleId: 'a' }], false, ['nice-2'])).toEqual({ shown: [{ id: 'a' }, { id: 'nice-2' }], hidden: 1 });
  });

  it('come back in a free choice of role only when asked for, or when already chosen', () => {
    expect(unarchivedRoles(withArchived, false)).toEqual({ shown: [{ id: 'a' }, { id: 'b' }, { id: 'nice-2' }], hidden: 1 });
    expect(unarchivedRoles(withArchived, false, ['nice-1', null]).shown.map((r) => r.id)).toEqual(['a', 'nice-1', 'b', 'nice-2']);
    expect(unarchivedRoles(withArchived, true)).toEqual({ shown: withArchived, hidden: 0 });
  });
});

describe('skills in focus', () => {
  it('are the skills the roles in focus require and those no role requires; the others are counted', () => {
    const skills = [
      { id: 'python', requiredBy: ['a', 'nice-1'] },
      { id: 'nice-K1', requiredBy: ['nice-1'] },
      { id: 'nice-S2', requiredBy: ['nice-1', 'nice-2'] },
      { id: 'own', requiredBy: [] },
    ];
    expect(skillsInFocus(skills, [{ id: 'a' }])).toEqual({ shown: [skills[0], skills[3]], hidden: 2 });
    expect(skillsInFocus(skills, [{ id: 'a' }, { id: 'nice-2' }]).shown.map((s) => s.id)).toEqual(['python', 'nice-S2', 'own']);
  });
});
