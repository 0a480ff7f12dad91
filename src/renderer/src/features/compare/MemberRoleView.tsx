import { useMemo } from 'react';
import { categoryProfile } from '../../../../shared/planning/category-profile';
import { READINESS_IN_WORDS, roleFit } from '../../../../shared/planning/readiness';
import { EmptyState } from '../../components/EmptyState';
import { plural } from '../../components/plural';
import type { TeamModel } from '../team/team-model';
import { FitTable } from './FitTable';
import { gapTable } from '../../../../shared/reports/csv-tables';
import { useNotices } from '../../store/notices';
import { saveCsvTable } from '../imports/files';
import { ReadinessBadge } from './ReadinessBadge';
import { ReadinessRadar } from './LazyReadinessRadar';

/** One member against one role: readiness, the radar by category, and the sortable requirement table. */
export function MemberRoleView({ model, memberId, roleId }: { model: TeamModel; memberId: string; roleId: string }) {
  const member = model.memberById.get(memberId);
  const role = model.roleById.get(roleId);
  const levels = model.levelsOf(memberId);
  const view = useMemo(() => {
    if (!role) return null;
    const fit = roleFit(role.requirements, levels);
    const categoryOf = (id: string) => model.skillById.get(id)?.category;
    return { fit, profile: categoryProfile(fit, categoryOf, model.snapshot.categories) };
  }, [role, levels, model]);

  if (!member || !role || !view) return null;
  const { fit, profile } = view;
  if (fit.requirements.length === 0) {
    return (
      <EmptyState title={`${role.name} has no required skills`}>
        <p>Add requirements to the role in the Catalog to measure anyone against it.</p>
      </EmptyState>
    );
  }
  const stale = fit.requirements.filter((r) => r.stale).length;
  const unrated = fit.requirements.filter((r) => r.level === null).length;
  return (
    <section className="member-role" aria-label={`${member.name} against ${role.name}`}>
      <div className="member-role__top">
        <div>
          <div className="member-role__summary">
            <div className="stat" data-testid="readiness">
              <span className="stat__label">Readiness for {role.name}</span>
              <ReadinessBadge readiness={fit.readiness} thresholds={model.thresholds} />
            </div>
            <div className="stat">
              <span className="stat__label">Requirements met</span>
              <span className="stat__value">
                {fit.metCount} of {fit.requirements.length}
              </span>
            </div>
            <div className="stat">
              <span className="stat__label">Levels short</span>
              <span className="stat__value">{fit.levelsShort}</span>
            </div>
            <div className="stat">
              <span className="stat__label">Not rated / stale</span>
              <span className="stat__value">
                {unrated} / {stale}
              </span>
            </div>
          </div>
          <p className="hint member-role__hint">
            {READINESS_IN_WORDS} {unrated > 0 && `${member.name} has ${plural(unrated, 'required skill')} not rated yet.`}
          </p>
        </div>
        <ReadinessRadar series={[{ name: member.name, points: profile }]} />
      </div>
      <div className="toolbar member-role__export">
        <button
          type="button"
          className="button"
          onClick={() => {
            const table = gapTable(fit, model.skillName, (id) => model.categoryName(model.skillById.get(id)?.category ?? ''));
            saveCsvTable(`${member.name} gaps for ${role.name}`, table.headers, table.rows).catch((error: unknown) =>
              useNotices.getState().report('Exporting the gap table', error),
            );
          }}
        >
          Export gap table (CSV)
        </button>
      </div>
      <FitTable fit={fit} model={model} caption={`${member.name} against ${role.name}, per required skill`} />
    </section>
  );
}
