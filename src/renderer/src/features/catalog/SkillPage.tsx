import { lazy, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { LoadBoundary } from '../../components/LoadBoundary';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { routeHref } from '../../router';
import { useSkills } from '../../data';
import { Breadcrumbs } from './Breadcrumbs';
import { DeleteSkillDialog } from './DeleteSkillDialog';
import { importanceLabel, levelLabel, originLabel } from './format';
import { PrerequisitesEditor } from './PrerequisitesEditor';
import { SkillDialog } from './SkillDialog';
import { usePageData } from './usePageData';
import './detail-pages.css';

// The graph library comes with the first skill page that draws a graph, not with the Catalog's start.
const PrerequisiteGraph = lazy(() => import('./PrerequisiteGraph').then((m) => ({ default: m.PrerequisiteGraph })));

/** One skill: which roles require it, which courses teach it, what it requires and unlocks. */
export function SkillPage({ id }: { id: string }) {
  const skills = useSkills().rows;
  const [skill, setSkill] = usePageData('skills.get', id, 'Loading the skill');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (skill === undefined) return <Loading what="the skill" />;
  if (skill === null) {
    return (
      <>
        <Breadcrumbs section="skills" />
        <EmptyState title="This skill is not in the catalog">
          <p>It may have been deleted. Go back to the skills to pick another.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <Breadcrumbs section="skills" current={skill.name} />
      <PageHeader
        title={skill.name}
        subtitle={`${skill.categoryName} · ${originLabel(skill)}`}
        actions={
          <>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="button button--danger-quiet" onClick={() => setDeleting(true)}>
              Delete…
            </button>
          </>
        }
      />
      {skill.description && <p className="lead">{skill.description}</p>}
      {skill.refs.length > 0 && (
        <ul className="chips" aria-label="Framework references">
          {skill.refs.map((r) => (
            <li key={`${r.framework}:${r.id}`} className="chip">
              <span className="chip__framework">{r.framework}</span> {r.id}
            </li>
          ))}
        </ul>
      )}
      <div className="skill-layout">
        <section className="panel skill-layout__graph" aria-labelledby="graph-heading">
          <h2 id="graph-heading" className="panel__title">
            Where it sits
          </h2>
          {skill.graph.nodes.length === 1 ? (
            <p className="muted">No prerequisites and nothing builds on it yet.</p>
          ) : (
            <LoadBoundary what="the graph">
              <PrerequisiteGraph skill={skill} />
            </LoadBoundary>
          )}
          <p className="hint">
            Left: what it requires, and what those require. Right: what it unlocks. Click a skill to open it.
            {skill.graph.truncated && ' Only the nearest skills are drawn.'}
          </p>
        </section>
        <PrerequisitesEditor skill={skill} skills={skills} />
        <section className="panel" aria-labelledby="unlocks-heading">
          <h2 id="unlocks-heading" className="panel__title">
            Unlocks
          </h2>
          {skill.unlocks.length === 0 ? (
            <p className="muted">No skill requires this one.</p>
          ) : (
            <ul className="link-list">
              {skill.unlocks.map((u) => (
                <li key={u.skill} className="link-list__row">
                  <a href={routeHref('catalog', 'skills', u.skill)}>{u.name}</a>
                  <span className="muted">needs {levelLabel(u.level)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="roles-heading">
          <h2 id="roles-heading" className="panel__title">
            Required by roles
          </h2>
          {skill.roles.length === 0 ? (
            <p className="muted">No role requires it. Add it to a role’s requirement profile on the role’s page.</p>
          ) : (
            <ul className="link-list">
              {skill.roles.map((r) => (
                <li key={r.id} className="link-list__row">
                  <a href={routeHref('catalog', 'roles', r.id)}>{r.name}</a>
                  <span className="muted">
                    {levelLabel(r.level)} · {importanceLabel(r.importance)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="courses-heading">
          <h2 id="courses-heading" className="panel__title">
            Taught by courses
          </h2>
          {skill.taughtBy.length === 0 ? (
            <p className="muted">No course teaches it yet. Add one under Courses and list this skill as taught.</p>
          ) : (
            <ul className="link-list">
              {skill.taughtBy.map((c) => (
                <li key={c.id} className="link-list__row">
                  <span>
                    {c.title} <span className="muted">· {c.provider}</span>
                  </span>
                  <span className="muted">to {levelLabel(c.level)}</span>
                </li>
              ))}
            </ul>
          )}
          {skill.neededBy.length > 0 && (
            <>
              <h3 className="card__subhead">Needed to enter</h3>
              <ul className="link-list">
                {skill.neededBy.map((c) => (
                  <li key={c.id} className="link-list__row">
                    <span>
                      {c.title} <span className="muted">· {c.provider}</span>
                    </span>
                    <span className="muted">at {levelLabel(c.level)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
      <SkillDialog open={editing} onOpenChange={setEditing} skill={skill} onSaved={setSkill} />
      <DeleteSkillDialog
        skill={deleting ? skill : null}
        onOpenChange={setDeleting}
        onDeleted={() => {
          setDeleting(false);
          window.location.hash = routeHref('catalog', 'skills');
        }}
      />
    </>
  );
}
