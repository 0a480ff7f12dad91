/** “Show the N roles nobody targets”: imported framework roles stay out of the comparisons until asked for. */
export function RoleFocusToggle({ hidden, showAll, onChange }: { hidden: number; showAll: boolean; onChange: (showAll: boolean) => void }) {
  if (hidden === 0 && !showAll) return null;
  return (
    <label className="role-focus">
      <input type="checkbox" checked={showAll} onChange={(e) => onChange(e.target.checked)} />{' '}
      {showAll ? 'Showing every role, also those nobody targets' : `Show the ${hidden} role${hidden === 1 ? '' : 's'} nobody targets`}
    </label>
  );
}
