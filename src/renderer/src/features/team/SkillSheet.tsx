import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { PROFICIENCY_LABELS, type ProficiencyLevel } from '../../../../shared/domain/proficiency';
import type { Member } from '../../../../shared/domain/team';
import { EmptyState } from '../../components/EmptyState';
import { useTeam, type SheetDraft } from '../../store/team';
import { importanceText, SOURCE_LABELS } from '../compare/format';
import { AddSkillPicker } from './AddSkillPicker';
import { RatingHistoryDialog } from './RatingHistoryDialog';
import { sheetRows, type SheetRow } from './sheet-rows';
import { SheetToolbar } from './SheetToolbar';
import type { TeamModel } from './team-model';
import { useUnsavedChanges } from '../../unsaved';

const LEVELS: ProficiencyLevel[] = [0, 1, 2, 3, 4, 5];
const NO_DRAFT: SheetDraft = { levels: {}, added: [] };

/**
 * The fast rating sheet: one keyboard stop; ↑/↓ move between skills, a digit 0–5 sets the new level and moves
 * on, ←/→ nudge it, Delete clears it, H opens the skill's history, Ctrl+Enter saves every new level at once.
 */
export function SkillSheet({ model, member }: { model: TeamModel; member: Member }) {
  const draft = useTeam((s) => s.drafts[member.id] ?? NO_DRAFT);
  const setDraftLevel = useTeam((s) => s.setDraftLevel);
  const addSheetSkill = useTeam((s) => s.addSheetSkill);
  const levels = model.levelsOf(member.id);
  const role = member.targetRoleId ? model.roleById.get(member.targetRoleId) : undefined;
  const rows = useMemo(
    () => sheetRows(role, levels.keys(), draft.added, model.snapshot.skills.map((s) => s.id)),
    [role, levels, draft.added, model],
  );
  const [active, setActive] = useState(0);
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const cells = useRef<(HTMLTableCellElement | null)[]>([]);
  const focusOnRender = useRef<number | null>(null);
  const saveRef = useRef<() => void>(() => {});

  const current = Math.min(active, Math.max(rows.length - 1, 0));
  useEffect(() => {
    if (focusOnRender.current !== null) {
      cells.current[focusOnRender.current]?.focus();
      focusOnRender.current = null;
    }
  });

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    focusOnRender.current = next;
  }

  function levelNow(row: SheetRow): ProficiencyLevel | null {
    return draft.levels[row.skillId] ?? levels.get(row.skillId)?.level ?? null;
  }

  function onKeyDown(event: KeyboardEvent, index: number) {
    const row = rows[index]!;
    const key = event.key;
    if ((event.ctrlKey || event.metaKey) && (key === 'Enter' || key === 's')) {
      event.preventDefault();
      saveRef.current();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (/^[0-5]$/.test(key)) {
      setDraftLevel(member.id, row.skillId, Number(key) as ProficiencyLevel);
      moveTo(index + 1);
    } else if (key === 'ArrowDown') moveTo(index + 1);
    else if (key === 'ArrowUp') moveTo(index - 1);
    else if (key === 'PageDown') moveTo(index + 10);
    else if (key === 'PageUp') moveTo(index - 10);
    else if (key === 'Home') moveTo(0);
    else if (key === 'End') moveTo(rows.length - 1);
    else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      const base = levelNow(row) ?? (key === 'ArrowRight' ? -1 : 0);
      const next = Math.max(0, Math.min(5, base + (key === 'ArrowRight' ? 1 : -1))) as ProficiencyLevel;
      setDraftLevel(member.id, row.skillId, next);
    } else if (key === 'Delete' || key === 'Backspace') setDraftLevel(member.id, row.skillId, null);
    else if (key === 'h' || key === 'H') setHistoryOf(row.skillId);
    else return;
    event.preventDefault();
  }

  const changed = Object.keys(draft.levels).length;
  const discardDraft = useTeam((s) => s.discardDraft);
  const discardSheet = useCallback(() => discardDraft(member.id), [discardDraft, member.id]);
  useUnsavedChanges(changed > 0 ? `${changed} new rating${changed === 1 ? '' : 's'} for ${member.name} on the skill sheet` : null, discardSheet);
  const firstOther = rows.findIndex((r) => r.section === 'other');

  return (
    <section className="sheet" aria-label={`Skill sheet for ${member.name}`}>
      <SheetToolbar model={model} member={member} role={role} draft={draft} onSaveRef={saveRef} />
      {rows.length === 0 ? (
        <EmptyState title="No skills on the sheet yet">
          <p>Choose a target role for {member.name} to list its skills here, or add any skill below.</p>
        </EmptyState>
      ) : (
        <table className="table sheet__grid" role="grid" aria-label={`Skills of ${member.name}`} aria-describedby="sheet-keys">
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col" className="table__num">
                Required
              </th>
              <th scope="col">Current</th>
              <th scope="col">New level</th>
              <th scope="col">
                <span className="visually-hidden">History</span>
              </th>
            </tr>
          </thead>
          {[rows.slice(0, firstOther < 0 ? rows.length : firstOther), firstOther < 0 ? [] : rows.slice(firstOther)].map((group, g) => {
            if (group.length === 0) return null;
            const offset = g === 0 ? 0 : firstOther;
            const heading = g === 0 && group[0]!.section === 'role' ? `Skills for ${role!.name}` : 'Other skills';
            return (
              <tbody key={heading}>
                <tr className="sheet__section">
                  <th scope="colgroup" colSpan={5}>
                    {heading}
                  </th>
                </tr>
                {group.map((row, i) => {
                  const index = offset + i;
                  const effective = levels.get(row.skillId);
                  const pending = draft.levels[row.skillId];
                  const skill = model.skillById.get(row.skillId);
                  const name = skill?.name ?? row.skillId;
                  const shown = pending ?? effective?.level ?? null;
                  return (
                    <tr key={row.skillId} className={pending !== undefined ? 'sheet__row sheet__row--changed' : 'sheet__row'} data-skill={row.skillId}>
                      <th scope="row" className="sheet__skill">
                        <span className="table__primary">{name}</span>
                        <span className="table__secondary">{model.categoryName(skill?.category ?? '')}</span>
                      </th>
                      <td className="table__num">
                        {row.required ?? '—'}
                        {row.importance && <span className={`importance importance--${row.importance} sheet__importance`}>{importanceText(row.importance)}</span>}
                      </td>
                      <td className="sheet__current">
                        {effective ? (
                          <>
                            <span>
                              {effective.level} · {PROFICIENCY_LABELS[effective.level]}
                            </span>
                            <span className="table__secondary">
                              {SOURCE_LABELS[effective.source]}, {effective.ratedOn}
                            </span>
                            {effective.stale && <span className="stale-badge">stale</span>}
                          </>
                        ) : (
                          <span className="table__secondary">Not rated</span>
                        )}
                      </td>
                      <td
                        ref={(el) => {
                          cells.current[index] = el;
                        }}
                        role="gridcell"
                        className="sheet__entry"
                        tabIndex={index === current ? 0 : -1}
                        onKeyDown={(e) => onKeyDown(e, index)}
                        onFocus={() => setActive(index)}
                        data-level={pending ?? ''}
                      >
                        {/* The cell's name, read out as the focus moves; the pips are for the eye and the mouse. */}
                        <span className="visually-hidden">
                          {`${name}: new level ${pending === undefined ? 'not set' : `${pending}, ${PROFICIENCY_LABELS[pending]}`}${row.required ? `; required ${row.required}` : ''}`}
                        </span>
                        <span className="pips" aria-hidden="true">
                          {LEVELS.map((l) => (
                            <button
                              key={l}
                              type="button"
                              tabIndex={-1}
                              className={`pip${shown !== null && l <= shown && l > 0 ? ' pip--on' : ''}${pending === l ? ' pip--pending' : ''}${row.required === l ? ' pip--required' : ''}`}
                              title={`${l} · ${PROFICIENCY_LABELS[l]}`}
                              onClick={() => {
                                setDraftLevel(member.id, row.skillId, l);
                                moveTo(index);
                              }}
                            >
                              {l}
                            </button>
                          ))}
                        </span>
                        <span className="sheet__pending" aria-hidden="true">
                          {pending !== undefined ? `→ ${pending}` : ''}
                        </span>
                      </td>
                      <td>
                        <button type="button" className="button button--small button--quiet-border" tabIndex={-1} onClick={() => setHistoryOf(row.skillId)}>
                          History
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      )}
      <p id="sheet-keys" className="hint sheet__keys">
        Keys in the sheet: <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>0</kbd>–<kbd>5</kbd> set the new level and go to the next
        skill · <kbd>←</kbd> <kbd>→</kbd> lower or raise it · <kbd>Delete</kbd> clears it · <kbd>H</kbd> history ·{' '}
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves {changed > 0 ? `the ${changed} new levels` : 'new levels'}.
      </p>
      <AddSkillPicker
        model={model}
        exclude={rows.map((r) => r.skillId)}
        onPick={(skillId) => {
          addSheetSkill(member.id, skillId);
          focusOnRender.current = rows.length;
          setActive(rows.length);
        }}
      />
      {historyOf && <RatingHistoryDialog model={model} member={member} skillId={historyOf} onClose={() => setHistoryOf(null)} />}
    </section>
  );
}
