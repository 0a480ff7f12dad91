import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState, type CSSProperties } from 'react';
import { buildHeatmap, NOT_RATED, orderColumns, orderRows, skillsOfRoles, type Heatmap, type RowSort } from '../../../../shared/planning/heatmap';
import { EmptyState } from '../../components/EmptyState';
import { routeHref } from '../../router';
import { TARGET_ROLES, useCompare } from '../../store/compare';
import type { TeamModel } from '../team/team-model';
import { Choice } from '../../components/Choice';
import { heatmapTable } from '../../../../shared/reports/csv-tables';
import { useNotices } from '../../store/notices';
import { saveCsvTable } from '../imports/files';
import { percent } from './format';
import { heatClass, heatTitle } from './heat-cell';
import { HeatmapLegend } from './HeatmapLegend';
import { RoleFocusToggle } from '../../components/RoleFocusToggle';
import { rolesInFocus } from '../../../../shared/planning/roles-in-focus';
import './heatmap.css';

const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 200;
/** Up to this many members every row is in the page; beyond it only the rows in view are (virtualised). */
const VIRTUALISE_ABOVE = 60;

const COLUMN_ORDERS = [
  { value: 'catalog', label: 'Skills in catalog order' },
  { value: 'short', label: 'Most levels short first' },
  { value: 'name', label: 'Skills by name' },
];

function ariaSort(active: boolean, direction: 'asc' | 'desc') {
  return active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;
}

interface RowProps {
  map: Heatmap;
  row: number;
  columns: number[];
  model: TeamModel;
  ariaRowIndex: number;
  targetRole: string | null;
}

const HeatmapRow = memo(function HeatmapRow({ map, row, columns, model, ariaRowIndex, targetRole }: RowProps) {
  const memberId = map.memberIds[row]!;
  const name = model.memberName(memberId);
  const width = map.skillIds.length;
  return (
    <div role="row" className="heatmap__row" aria-rowindex={ariaRowIndex} data-member={name}>
      <div role="rowheader" className="heatmap__name" title={targetRole ? `${name} · target role: ${targetRole}` : name}>
        <a href={routeHref('team', 'member', memberId)}>{name}</a>
      </div>
      <div role="cell" className="heatmap__total" data-total="row">
        {map.rowShort[row]}
      </div>
      <div role="cell" className="heatmap__readiness">
        {percent(map.readiness[row]!)}
      </div>
      {columns.map((c) => {
        const i = row * width + c;
        const level = map.level[i]!;
        const gap = map.gap[i]!;
        const skillId = map.skillIds[c]!;
        return (
          <div
            key={skillId}
            role="cell"
            className={`heat heat--${heatClass(gap)}${map.stale[i] ? ' heat--stale' : ''}`}
            title={heatTitle(map, i, name, model.skillName(skillId))}
            data-skill={skillId}
            data-gap={gap}
          >
            {level === NOT_RATED ? '–' : level}
          </div>
        );
      })}
    </div>
  );
});

/** Members × skills, coloured by gap, with totals; sortable by member, by any skill, by total or readiness. */
export function TeamHeatmap({ model }: { model: TeamModel }) {
  const { heatmapRoleId, rowSort, rowDirection, columnSort, choose, sortRows } = useCompare();
  const scrollRef = useRef<HTMLDivElement>(null);
  const targetMode = heatmapRoleId === TARGET_ROLES || !model.roleById.has(heatmapRoleId);
  const chosenRole = targetMode ? null : model.roleById.get(heatmapRoleId)!;

  const [showAll, setShowAll] = useState(false);
  const focus = useMemo(() => rolesInFocus(model.roles, model.members, showAll), [model, showAll]);

  const map = useMemo(() => {
    const catalogOrder = model.snapshot.skills.map((s) => s.id);
    const columns = skillsOfRoles(chosenRole ? [chosenRole] : focus.shown, catalogOrder);
    return buildHeatmap(
      columns,
      model.members.map((m) => ({
        memberId: m.id,
        levels: model.levelsOf(m.id),
        role: chosenRole ?? (m.targetRoleId ? (model.roleById.get(m.targetRoleId) ?? null) : null),
      })),
    );
  }, [model, chosenRole, focus]);
  const rows = useMemo(() => orderRows(map, rowSort, rowDirection, model.memberName), [map, rowSort, rowDirection, model]);
  const columns = useMemo(() => orderColumns(map, columnSort, model.skillName), [map, columnSort, model]);

  const virtualised = rows.length > VIRTUALISE_ABOVE;
  // The virtualizer hands back fresh functions each render by design; this component only reads them while rendering.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    enabled: virtualised,
  });

  const roleChoices = [
    { value: TARGET_ROLES, label: showAll ? 'Each member’s target role (every role’s skills)' : 'Each member’s target role (their roles’ skills)' },
    ...(chosenRole && !focus.shown.includes(chosenRole) ? [chosenRole, ...focus.shown] : focus.shown).map((r) => ({ value: r.id, label: r.name })),
  ];
  const toolbar = (
    <div className="toolbar heatmap__toolbar">
      <Choice label="Measure against" value={targetMode ? TARGET_ROLES : heatmapRoleId} options={roleChoices} onChange={(v) => choose({ heatmapRoleId: v })} />
      <Choice label="Column order" value={columnSort} options={COLUMN_ORDERS} onChange={(v) => choose({ columnSort: v as typeof columnSort })} />
      <RoleFocusToggle hidden={focus.hidden} showAll={showAll} onChange={setShowAll} />
      <span className="toolbar__count">
        {map.memberIds.length} members × {map.skillIds.length} skills
      </span>
      <button
        type="button"
        className="button"
        disabled={map.memberIds.length === 0 || map.skillIds.length === 0}
        onClick={() => {
          const table = heatmapTable(map, rows, columns, model.memberName, model.skillName);
          saveCsvTable('team heatmap', table.headers, table.rows).catch((error: unknown) =>
            useNotices.getState().report('Exporting the heatmap', error),
          );
        }}
      >
        Export CSV
      </button>
    </div>
  );

  if (model.members.length === 0) {
    return (
      <>
        {toolbar}
        <EmptyState title="No one on the team yet">
          <p>
            Add members in <a href={routeHref('team')}>Team</a> and rate their skills; the heatmap shows their gaps here.
          </p>
        </EmptyState>
      </>
    );
  }
  if (map.skillIds.length === 0) {
    return (
      <>
        {toolbar}
        <EmptyState title={chosenRole ? `${chosenRole.name} has no required skills` : 'No role requires any skill yet'}>
          <p>Add requirements to roles in the Catalog to see the team’s gaps against them.</p>
        </EmptyState>
      </>
    );
  }

  const style = { '--heat-columns': map.skillIds.length } as CSSProperties;
  const sortHeader = (label: string, sort: RowSort, className: string) => {
    const active = rowSort.by === sort.by && (sort.by !== 'skill' || (rowSort.by === 'skill' && rowSort.skillId === sort.skillId));
    return (
      <div role="columnheader" className={className} aria-sort={ariaSort(active, rowDirection)}>
        <button type="button" className="heatmap__sort" onClick={() => sortRows(sort)}>
          {label}
          <span aria-hidden="true">{active ? (rowDirection === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </div>
    );
  };
  const items = virtualised ? virtualizer.getVirtualItems() : [];
  const shown = virtualised ? items.map((v) => v.index) : rows.map((_, i) => i);
  const padTop = virtualised && items.length ? items[0]!.start - HEADER_HEIGHT : 0;
  const padBottom = virtualised && items.length ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - HEADER_HEIGHT) : 0;
  const grandTotal = map.rowShort.reduce((a, b) => a + b, 0);

  return (
    <>
      {toolbar}
      <HeatmapLegend targetMode={targetMode} />
      <div
        ref={scrollRef}
        className="heatmap"
        style={style}
        role="table"
        tabIndex={0}
        aria-label={`Team heatmap: ${map.memberIds.length} members by ${map.skillIds.length} skills, ${chosenRole ? `against ${chosenRole.name}` : 'each against their target role'}`}
        aria-rowcount={rows.length + 2}
        aria-colcount={map.skillIds.length + 3}
        data-testid="heatmap"
      >
        <div role="rowgroup" className="heatmap__head">
          <div role="row" className="heatmap__row heatmap__row--head" aria-rowindex={1}>
            {sortHeader('Member', { by: 'name' }, 'heatmap__name heatmap__corner')}
            {sortHeader('Short', { by: 'short' }, 'heatmap__total heatmap__total--head')}
            {sortHeader('Ready', { by: 'readiness' }, 'heatmap__readiness heatmap__readiness--head')}
            {columns.map((c) => {
              const skillId = map.skillIds[c]!;
              const skill = model.skillById.get(skillId);
              const active = rowSort.by === 'skill' && rowSort.skillId === skillId;
              return (
                <div key={skillId} role="columnheader" className="heatmap__skill" aria-sort={ariaSort(active, rowDirection)}>
                  <button
                    type="button"
                    className="heatmap__skill-button"
                    onClick={() => sortRows({ by: 'skill', skillId })}
                    title={`${skill?.name ?? skillId} (${model.categoryName(skill?.category ?? '')}) · ${map.columnShort[c]} levels short, ${map.columnMembersShort[c]} members short · click to sort members by this gap`}
                  >
                    <span className="heatmap__skill-name">{skill?.name ?? skillId}</span>
                    {active && <span aria-hidden="true">{rowDirection === 'asc' ? '▲' : '▼'}</span>}
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup">
          {padTop > 0 && <div aria-hidden="true" style={{ height: padTop }} />}
          {shown.map((position) => {
            const row = rows[position]!;
            const target = model.memberById.get(map.memberIds[row]!)?.targetRoleId;
            return (
              <HeatmapRow
                key={map.memberIds[row]}
                map={map}
                row={row}
                columns={columns}
                model={model}
                ariaRowIndex={position + 2}
                targetRole={targetMode && target ? (model.roleById.get(target)?.name ?? null) : null}
              />
            );
          })}
          {padBottom > 0 && <div aria-hidden="true" style={{ height: padBottom }} />}
        </div>
        <div role="rowgroup" className="heatmap__foot">
          <div role="row" className="heatmap__row heatmap__row--foot" aria-rowindex={rows.length + 2}>
            <div role="rowheader" className="heatmap__name">
              Levels short
            </div>
            <div role="cell" className="heatmap__total" data-total="all">
              {grandTotal}
            </div>
            <div role="cell" className="heatmap__readiness" />
            {columns.map((c) => (
              <div key={map.skillIds[c]} role="cell" className="heatmap__column-total" data-skill={map.skillIds[c]} title={`${map.columnMembersShort[c]} members short`}>
                {map.columnShort[c]}
              </div>
            ))}
          </div>
        </div>
      </div>
    </>
  );
}
