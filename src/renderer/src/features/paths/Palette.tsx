import { useReactFlow } from '@xyflow/react';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { formatCoursePrice } from '../../../../shared/reports/money';
import { matchesSearch } from '../../../../shared/domain/search';
import { SearchField } from '../../components/SearchField';
import { usePaths } from '../../store/paths';
import { formatHours } from '../catalog/format';
import { levelName } from './format';
import { addPaletteItem, centredOn, PALETTE_MIME, type PaletteItem } from './palette-actions';
import { usePlanFacts } from './plan-facts';
import { Choice } from '../../components/Choice';

const SHOWN = 150;
type Kind = 'skill' | 'course' | 'milestone';

interface Row {
  key: string;
  item: PaletteItem;
  title: string;
  detail: string;
  gap: string | null;
  onPlan: boolean;
}

/**
 * Skills and courses to drag onto the canvas, with search and filters. Keyboard: arrows move through the list,
 * Enter adds the selected item in the middle of the canvas.
 */
export function Palette() {
  const facts = usePlanFacts();
  const catalog = usePaths((s) => s.catalog)!;
  const structure = usePaths((s) => s.structure);
  const [kind, setKind] = useState<Kind>('course');
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState('all');
  const [provider, setProvider] = useState('all');
  const [freeOnly, setFreeOnly] = useState(false);
  const [gapsOnly, setGapsOnly] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const { screenToFlowPosition } = useReactFlow();

  const providers = useMemo(() => [...new Set(catalog.courses.map((c) => c.provider))].sort((a, b) => a.localeCompare(b)), [catalog]);
  const onPlan = useMemo(() => {
    void structure;
    const nodes = usePaths.getState().nodes;
    return new Set(nodes.map((n) => n.data.skillId ?? n.data.courseId).filter(Boolean) as string[]);
  }, [structure]);

  const rows: Row[] = useMemo(() => {
    const gapOf = (skill: string) => {
      const required = facts.required.get(skill);
      const current = facts.current.get(skill) ?? 0;
      return required !== undefined && current < required ? { current, required } : null;
    };
    if (kind === 'milestone') {
      return [{ key: 'milestone', item: { kind: 'milestone' }, title: 'Milestone', detail: 'Mentoring, a project, a talk: anything no course covers', gap: null, onPlan: false }];
    }
    if (kind === 'skill') {
      return catalog.skills
        .filter((s) => (category === 'all' || s.category === category) && (!gapsOnly || gapOf(s.id)) && matchesSearch(search, s.name, s.categoryName))
        .map((s) => {
          const gap = gapOf(s.id);
          return {
            key: s.id,
            item: { kind: 'skill', id: s.id },
            title: s.name,
            detail: s.categoryName,
            gap: gap ? `${levelName(gap.current)} → ${levelName(gap.required)}` : null,
            onPlan: onPlan.has(s.id),
          };
        });
    }
    return catalog.courses
      .filter((c) => {
        if (provider !== 'all' && c.provider !== provider) return false;
        if (freeOnly && c.cost !== 0) return false;
        if (category !== 'all' && !c.teaches.some((t) => facts.skills.get(t.skill)?.category === category)) return false;
        if (gapsOnly && !c.teaches.some((t) => gapOf(t.skill) && t.level >= gapOf(t.skill)!.required)) return false;
        return matchesSearch(search, c.title, c.provider);
      })
      .map((c) => {
        const closes = c.teaches.filter((t) => gapOf(t.skill) && t.level >= gapOf(t.skill)!.required).length;
        return {
          key: c.id,
          item: { kind: 'course', id: c.id },
          title: c.title,
          detail: `${c.provider} · ${formatHours(c.hours)} · ${formatCoursePrice(c.cost, c.currency)}`,
          gap: closes > 0 ? `Closes ${closes} gap${closes === 1 ? '' : 's'}` : null,
          onPlan: onPlan.has(c.id),
        };
      });
  }, [kind, search, category, provider, freeOnly, gapsOnly, catalog, facts, onPlan]);

  const shown = rows.slice(0, SHOWN);
  const current = Math.min(active, Math.max(0, shown.length - 1));

  function addAtCentre(row: Row) {
    const canvas = document.querySelector('.plan-canvas')?.getBoundingClientRect();
    if (!canvas) return;
    // Successive additions step down and right a little, so they do not hide each other.
    const step = (usePaths.getState().nodes.length % 6) * 24;
    const middle = centredOn(row.item, screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 }));
    addPaletteItem(row.item, { x: middle.x + step, y: middle.y + step });
    usePaths.getState().say(`Added “${row.title}” to the plan.`);
  }

  function onKeyDown(event: KeyboardEvent) {
    const last = shown.length - 1;
    const move = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: last }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      const next = Math.max(0, Math.min(last, move));
      setActive(next);
      document.getElementById(`${listId}-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' && shown[current]) {
      event.preventDefault();
      addAtCentre(shown[current]);
    }
  }

  const categories = [{ value: 'all', label: 'All categories' }, ...catalog.categories.map((c) => ({ value: c.id, label: c.name }))];
  return (
    <section className="palette" aria-label="Palette">
      <div className="palette__kinds" role="radiogroup" aria-label="Show">
        {(['course', 'skill', 'milestone'] as const).map((k) => (
          <button key={k} type="button" role="radio" aria-checked={kind === k} className="palette__kind" onClick={() => { setKind(k); setActive(0); }}>
            {k === 'course' ? 'Courses' : k === 'skill' ? 'Skills' : 'Milestone'}
          </button>
        ))}
      </div>
      {kind !== 'milestone' && (
        <div className="palette__filters">
          <SearchField label={kind === 'course' ? 'Search courses' : 'Search skills'} value={search} onChange={(v) => { setSearch(v); setActive(0); }} />
          <Choice label="Category" hideLabel value={category} options={categories} onChange={setCategory} />
          {kind === 'course' && (
            <Choice label="Provider" hideLabel value={provider} options={[{ value: 'all', label: 'All providers' }, ...providers.map((p) => ({ value: p, label: p }))]} onChange={setProvider} />
          )}
          <div className="palette__checks">
            {kind === 'course' && (
              <label>
                <input type="checkbox" checked={freeOnly} onChange={(e) => setFreeOnly(e.target.checked)} /> Free only
              </label>
            )}
            <label>
              <input type="checkbox" checked={gapsOnly} onChange={(e) => setGapsOnly(e.target.checked)} /> Closes a gap of this member
            </label>
          </div>
        </div>
      )}
      <p className="palette__count" aria-live="polite">
        {rows.length === 0 ? 'Nothing matches: clear the search or a filter.' : rows.length > SHOWN ? `Showing ${SHOWN} of ${rows.length}; refine the search.` : `${rows.length} to drag onto the plan`}
      </p>
      <ul
        className="palette__list"
        role="listbox"
        aria-label={kind === 'course' ? 'Courses' : kind === 'skill' ? 'Skills' : 'Milestone'}
        aria-describedby={`${listId}-hint`}
        tabIndex={0}
        aria-activedescendant={shown[current] ? `${listId}-${current}` : undefined}
        onKeyDown={onKeyDown}
      >
        {shown.map((row, i) => (
          <li
            key={row.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            className="palette__item"
            draggable
            onDragStart={(e) => {
              e.dataTransfer.setData(PALETTE_MIME, JSON.stringify(row.item));
              e.dataTransfer.effectAllowed = 'copy';
            }}
            onClick={() => setActive(i)}
            onDoubleClick={() => addAtCentre(row)}
          >
            <span className="palette__title">{row.title}</span>
            <span className="palette__detail">{row.detail}</span>
            <span className="palette__tags">
              {row.gap && <span className="gap-chip gap-chip--far">{row.gap}</span>}
              {row.onPlan && <span className="palette__on-plan">On the plan</span>}
            </span>
          </li>
        ))}
      </ul>
      <p id={`${listId}-hint`} className="palette__hint">
        Drag onto the canvas, or select with the arrow keys and press Enter.
      </p>
    </section>
  );
}
