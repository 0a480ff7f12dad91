import { useCompare, TARGET_ROLES } from '../../../src/renderer/src/store/compare';
import { useNotices } from '../../../src/renderer/src/store/notices';
import { useTeam } from '../../../src/renderer/src/store/team';

/** Radix Select and Popover use pointer capture and scrollIntoView, which jsdom lacks. */
export function stubPointerApis(): void {
  const proto = window.HTMLElement.prototype as unknown as Record<string, unknown>;
  proto.hasPointerCapture ??= () => false;
  proto.releasePointerCapture ??= () => {};
  proto.scrollIntoView ??= () => {};
}

/** The stores outlive a test: start each from nothing. */
export function resetTeamStores(): void {
  useTeam.setState({ drafts: {} });
  useCompare.setState({ memberId: null, otherMemberId: null, roleId: null, heatmapRoleId: TARGET_ROLES, rowSort: { by: 'name' }, rowDirection: 'asc', columnSort: 'catalog' });
  useNotices.setState({ notices: [] });
}
