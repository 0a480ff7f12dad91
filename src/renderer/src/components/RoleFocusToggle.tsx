import './role-focus.css';

/**
 * “Show the N roles nobody targets” beside a comparison or a role picker (imported framework roles stay out until
 * asked for), or “Show the N archived roles” beside a free choice of role. Nothing when nothing is left out.
 */
export function RoleFocusToggle({
  hidden,
  showAll,
  onChange,
  left = 'untargeted',
}: {
  hidden: number;
  showAll: boolean;
  onChange: (showAll: boolean) => void;
  /** What was left out: the roles nobody targets, or the archived ones. */
  left?: 'untargeted' | 'archived';
}) {
  if (hidden === 0 && !showAll) return null;
  const roles = `role${hidden === 1 ? '' : 's'}`;
  const label =
    left === 'archived'
      ? showAll
        ? 'Showing archived roles too'
        : `Show the ${hidden} archived ${roles}`
      : showAll
        ? 'Showing every role, also those nobody targets'
        : `Show the ${hidden} ${roles} nobody targets`;
  return (
    <label className="role-focus">
      <input type="checkbox" checked={showAll} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}
