import { describe, expect, it } from 'vitest';
import { rolesInFocus } from '../../../src/shared/planning/roles-in-focus';

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
