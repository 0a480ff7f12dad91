import { useId, useMemo, useState } from 'react';
import type { RoleRequirement } from '../../../../shared/domain/catalog';
import { IMPORTANCE_LABELS, proficiencyLabel, type Importance, type TargetLevel } from '../../../../shared/domain/proficiency';
import {
  requirementsToChange,
  selects,
  STATEMENT_TYPE_LABELS,
  STATEMENT_TYPES,
  type RequirementSelection,
} from '../../../../shared/domain/requirement-levels';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural } from '../../components/plural';
import { write } from '../../data';
import type { RoleDetail } from '../../store/catalog';
import { levelLabel } from './format';

const KEEP = '';

/** One choice of what to change: a NICE statement type or a skill category, with how many requirements it holds. */
interface Group {
  value: string;
  label: string;
  selection: RequirementSelection;
}

function groupsOf(role: RoleDetail, categoryName: (id: string) => string): Group[] {
  const count = (selection: RequirementSelection) => role.requirements.filter((q) => selects(selection, q)).length;
  const out: Group[] = [];
  for (const statementType of STATEMENT_TYPES) {
    const selection: RequirementSelection = { by: 'statementType', statementType };
    const n = count(selection);
    if (n > 0) out.push({ value: `type:${statementType}`, label: `${STATEMENT_TYPE_LABELS[statementType]} (${n})`, selection });
  }
  const categories = [...new Set(role.requirements.map((q) => q.skillCategory))].sort((a, b) => categoryName(a).localeCompare(categoryName(b)));
  for (const category of categories) {
    const selection: RequirementSelection = { by: 'category', category };
    out.push({ value: `category:${category}`, label: `${categoryName(category)} (${count(selection)})`, selection });
  }
  return out;
}

/**
 * Sets the level and/or importance of many requirements at once: an imported NICE work role asks “level 3,
 * important” of every statement, tuned here by statement type or by skill category. The count is shown before,
 * the change is confirmed, saved in one transaction, and can be undone (the profile before is put back).
 */
export function BulkRequirementLevels({ role, categoryName }: { role: RoleDetail; categoryName: (id: string) => string }) {
  const groups = useMemo(() => groupsOf(role, categoryName), [role, categoryName]);
  const [groupValue, setGroupValue] = useState('');
  const [level, setLevel] = useState<string>(KEEP);
  const [importance, setImportance] = useState<string>(KEEP);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ text: string; before: RoleRequirement[] | null; failed?: boolean } | null>(null);
  const ids = { group: useId(), level: useId(), importance: useId() };

  const group = groups.find((g) => g.value === groupValue) ?? groups[0];
  const set = {
    level: level === KEEP ? undefined : (Number(level) as TargetLevel),
    importance: importance === KEEP ? undefined : (Number(importance) as Importance),
  };
  const selected = group ? role.requirements.filter((q) => selects(group.selection, q)).length : 0;
  const changing = group ? requirementsToChange(role.requirements, group.selection, set).length : 0;
  const nothingSet = set.level === undefined && set.importance === undefined;
  const what = [set.level !== undefined ? `level ${set.level} (${proficiencyLabel(set.level)})` : null, set.importance !== undefined ? IMPORTANCE_LABELS[set.importance] : null]
    .filter(Boolean)
    .join(', ');
  const groupName = group?.label.replace(/ \(\d+\)$/, '') ?? '';

  async function apply() {
    if (!group) return;
    setConfirming(false);
    try {
      const done = await write('roles.setRequirementLevels', { id: role.id, select: group.selection, ...set });
      setResult({ text: `Set ${plural(done.changed, 'requirement')} of ${groupName} to ${what}.`, before: done.before });
    } catch (error) {
      setResult({ text: error instanceof Error ? error.message : String(error), before: null, failed: true });
    }
  }

  async function undo(before: RoleRequirement[]) {
    try {
      await write('roles.setRequirements', { id: role.id, requirements: before });
      setResult({ text: 'Put the levels back as they were.', before: null });
    } catch (error) {
      setResult({ text: error instanceof Error ? error.message : String(error), before: null, failed: true });
    }
  }

  if (groups.length === 0) return null;
  return (
    <details className="panel bulk-levels" open={role.origin === 'nice'}>
      <summary className="panel__title">Set levels in bulk</summary>
      <p className="hint">Set the level or importance of every requirement of one NICE statement type or one skill category at once.</p>
      <div className="bulk-levels__form">
        <label htmlFor={ids.group}>Requirements</label>
        <select id={ids.group} className="input" value={group?.value} onChange={(e) => setGroupValue(e.target.value)}>
          {groups.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
        <label htmlFor={ids.level}>Level</label>
        <select id={ids.level} className="input input--level" value={level} onChange={(e) => setLevel(e.target.value)}>
          <option value={KEEP}>Keep as is</option>
          {[1, 2, 3, 4, 5].map((l) => (
            <option key={l} value={l}>
              {levelLabel(l)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.importance}>Importance</label>
        <select id={ids.importance} className="input input--level" value={importance} onChange={(e) => setImportance(e.target.value)}>
          <option value={KEEP}>Keep as is</option>
          {([3, 2, 1] as const).map((i) => (
            <option key={i} value={i}>
              {IMPORTANCE_LABELS[i]}
            </option>
          ))}
        </select>
      </div>
      <p className="bulk-levels__preview" aria-live="polite">
        {nothingSet
          ? `${plural(selected, 'requirement')} selected. Choose a level or an importance to set.`
          : `${plural(changing, 'requirement')} of ${selected} would change to ${what}.`}
      </p>
      <button type="button" className="button button--primary" disabled={nothingSet || changing === 0} onClick={() => setConfirming(true)}>
        Set {plural(changing, 'requirement')}…
      </button>
      {result && (
        <p className={result.failed ? 'field__error' : 'bulk-levels__done'} role={result.failed ? 'alert' : 'status'}>
          {result.text}{' '}
          {result.before && (
            <button type="button" className="button button--quiet" onClick={() => void undo(result.before!)}>
              Undo
            </button>
          )}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Set ${plural(changing, 'requirement')} of “${role.name}”?`}
        confirmLabel={`Set ${plural(changing, 'requirement')}`}
        onConfirm={() => void apply()}
      >
        <p>
          {plural(changing, 'requirement')} of {groupName} will ask for {what}. You can undo this right after.
        </p>
      </ConfirmDialog>
    </details>
  );
}
