import { useMemo } from 'react';
import { categoryProfile } from '../../../../shared/planning/category-profile';
import { roleFit, type RequirementFit } from '../../../../shared/planning/readiness';
import { EmptyState } from '../../components/EmptyState';
import type { TeamModel } from '../team/team-model';
import { importanceText, levelText } from './format';
import { ReadinessBadge } from './ReadinessBadge';
import { ReadinessRadar } from './LazyReadinessRadar';

function LevelCell({ row }: { row: RequirementFit }) {
  return (
    <td className="table__num">
      <span className="side__level">{levelText(row.level)}</span>
      {row.stale && <span className="stale-badge">stale</span>}{' '}
      <span className={`gap-chip gap-chip--${Math.min(row.gap, 3)}`}>{row.gap === 0 ? 'Met' : `−${row.gap}`}</span>
    </td>
  );
}

/** Two members side by side against one role. */
export function SideBySide({ model, firstId, secondId, roleId }: { model: TeamModel; firstId: string; secondId: string; roleId: string }) {
  const role = model.roleById.get(roleId);
  const people = [model.memberById.get(firstId), model.memberById.get(secondId)];
  const levelsA = model.levelsOf(firstId);
  const levelsB = model.levelsOf(secondId);
  const fits = useMemo(() => (role ? [roleFit(role.requirements, levelsA), roleFit(role.requirements, levelsB)] : null), [role, levelsA, levelsB]);
  if (!role || !fits || !people[0] || !people[1]) return null;
  if (role.requirements.length === 0) {
    return <EmptyState title={`${role.name} has no required skills`}>Add requirements to the role in the Catalog to compare people against it.</EmptyState>;
  }
  const names = people.map((p) => p!.name);
  const categoryOf = (id: string) => model.skillById.get(id)?.category;
  return (
    <section className="side" aria-label={`${names[0]} and ${names[1]} against ${role.name}`}>
      <div className="member-role__top">
        <div className="member-role__summary">
          {fits.map((fit, i) => (
            <div className="stat" key={i} data-testid={`readiness-${i}`}>
              <span className="stat__label">{names[i]}</span>
              <ReadinessBadge readiness={fit.readiness} thresholds={model.thresholds} />
              <span className="stat__note">
                {fit.metCount} of {fit.requirements.length} met · {fit.levelsShort} levels short
              </span>
            </div>
          ))}
        </div>
        <ReadinessRadar
          series={fits.map((fit, i) => ({ name: names[i]!, points: categoryProfile(fit, categoryOf, model.snapshot.categories) }))}
        />
      </div>
      <table className="table">
        <caption className="visually-hidden">
          {names[0]} and {names[1]} against {role.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Importance</th>
            <th scope="col" className="table__num">
              Required
            </th>
            <th scope="col" className="table__num">
              {names[0]}
            </th>
            <th scope="col" className="table__num">
              {names[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {fits[0]!.requirements.map((row, i) => (
            <tr key={row.skillId}>
              <th scope="row" className="table__primary side__skill">
                {model.skillName(row.skillId)}
              </th>
              <td>
                <span className={`importance importance--${row.importance}`}>{importanceText(row.importance)}</span>
              </td>
              <td className="table__num">{row.required}</td>
              <LevelCell row={row} />
              <LevelCell row={fits[1]!.requirements[i]!} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
