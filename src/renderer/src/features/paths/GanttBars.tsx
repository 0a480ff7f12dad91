import { addMonths, differenceInCalendarDays, format, parseISO, startOfMonth } from 'date-fns';
import type { ReactNode } from 'react';
import { STATUS_LABELS, type PlanNodeStatus } from '../../../../shared/domain/plan';
import { formatSpan } from './format';
import './timeline.css';

export interface GanttBar {
  id: string;
  label: string;
  start: string;
  end: string;
  status: PlanNodeStatus;
  detail?: string;
}

export interface GanttRow {
  id: string;
  label: ReactNode;
  bars: GanttBar[];
  /** Periods without learning in this row only (a member's, on the team timeline). */
  blackouts?: readonly GanttBlackout[];
}

export interface GanttBlackout {
  startsOn: string;
  endsOn: string;
  label: string;
}

/** Month starts from the first start to the last end (at least one month). */
function monthsBetween(first: string, last: string): Date[] {
  const months: Date[] = [];
  for (let m = startOfMonth(parseISO(first)); m <= parseISO(last); m = addMonths(m, 1)) months.push(m);
  return months;
}

/** Ticks that stay readable: every month up to a year and a half, then quarters, then years. */
function ticksOf(months: Date[]): { date: Date; label: string }[] {
  if (months.length <= 18) return months.map((m) => ({ date: m, label: format(m, months.length > 12 ? 'MMM yy' : 'MMM yyyy') }));
  if (months.length <= 48) {
    return months.filter((m) => m.getMonth() % 3 === 0).map((m) => ({ date: m, label: `Q${m.getMonth() / 3 + 1} ${format(m, 'yyyy')}` }));
  }
  return months.filter((m) => m.getMonth() === 0).map((m) => ({ date: m, label: format(m, 'yyyy') }));
}

/**
 * A Gantt chart on one time axis: a row per item (a course, or a member), bars placed by their dates, month
 * ticks on top. Each bar carries its dates and status as text for screen readers.
 */
export function GanttBars({ rows, caption, blackouts = [] }: { rows: readonly GanttRow[]; caption: string; blackouts?: readonly GanttBlackout[] }) {
  const all = rows.flatMap((r) => r.bars);
  if (all.length === 0) return null;
  const first = all.map((b) => b.start).sort()[0]!;
  const last = all.map((b) => b.end).sort().at(-1)!;
  const months = monthsBetween(first, last);
  const axisStart = months[0]!;
  const axisEnd = addMonths(months.at(-1)!, 1);
  const span = differenceInCalendarDays(axisEnd, axisStart);
  const at = (iso: string) => (differenceInCalendarDays(parseISO(iso), axisStart) / span) * 100;
  const ticks = ticksOf(months).map((t) => ({ ...t, left: `${(differenceInCalendarDays(t.date, axisStart) / span) * 100}%` }));
  // A blackout as a band over the days it covers, clipped to the axis (a period outside it is not drawn).
  const band = (b: GanttBlackout, className: string) => {
    const left = Math.max(0, at(b.startsOn));
    const right = Math.min(100, at(b.endsOn) + 100 / span);
    if (right <= 0 || left >= 100) return null;
    const text = `${b.label || 'Blackout'}: no learning ${formatSpan(b.startsOn, b.endsOn)}`;
    return (
      <span key={`${b.startsOn}-${b.endsOn}`} className={className} style={{ left: `${left}%`, width: `${Math.max(0.4, right - left)}%` }} title={text}>
        <span className="visually-hidden">{text}</span>
      </span>
    );
  };
  return (
    <figure className="gantt" aria-label={caption}>
      <div className="gantt__row gantt__row--axis" aria-hidden="true">
        <div className="gantt__label" />
        <div className="gantt__track">
          {ticks.map((t) => (
            <span key={t.left} className="gantt__tick" style={{ left: t.left }}>
              {t.label}
            </span>
          ))}
        </div>
      </div>
      <div className="gantt__body">
        {/* One layer of grid lines behind every row, rather than lines per row. */}
        <div className="gantt__grid-layer" aria-hidden="true">
          {ticks.map((t) => (
            <span key={t.left} className="gantt__grid" style={{ left: t.left }} />
          ))}
        </div>
        {blackouts.length > 0 && (
          <div className="gantt__blackout-layer">
            {blackouts.map((b) => band(b, 'gantt__blackout'))}
          </div>
        )}
        <ul className="gantt__rows">
          {rows.map((row) => (
            <li key={row.id} className="gantt__row">
              <div className="gantt__label">{row.label}</div>
              <div className="gantt__track">
                {row.blackouts?.map((b) => band(b, 'gantt__blackout gantt__blackout--row'))}
                {row.bars.map((b) => {
                  const left = at(b.start);
                  const width = Math.max(0.6, at(b.end) + (100 / span) - left);
                  return (
                    <span
                      key={b.id}
                      className={`gantt__bar gantt__bar--${b.status}`}
                      style={{ left: `${left}%`, width: `${width}%` }}
                      title={`${b.label}: ${formatSpan(b.start, b.end)} · ${STATUS_LABELS[b.status]}${b.detail ? ` · ${b.detail}` : ''}`}
                    >
                      <span className="visually-hidden">
                        {b.label}: {formatSpan(b.start, b.end)}, {STATUS_LABELS[b.status]}
                      </span>
                    </span>
                  );
                })}
              </div>
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
