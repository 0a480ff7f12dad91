import './help.css';
import manifest from '../../../../../resources/catalog/manifest.json';
import { COURSE_SOURCE, DATA_SOURCES, PROFICIENCY_SOURCE } from '../../../../shared/domain/data-sources';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../data';

const facts = new Map(DATA_SOURCES.map((s) => [s.code, s]));

/** Every source the planner's data comes from, with versions: the frameworks the catalog cites and the course providers. */
export function AboutDataPage() {
  const info = useApiQuery('app.info', {}, { action: 'Loading the app’s versions' });
  const facets = useApiQuery('courses.facets', {}, { action: 'Loading the course providers' });
  return (
    <>
      <PageHeader title="About the data" subtitle="Where the catalog’s roles, skills and courses come from, and which versions." />
      <section className="panel about" aria-labelledby="about-catalog">
        <h2 id="about-catalog" className="panel__title">
          The catalog
        </h2>
        <dl className="facts">
          <dt>Catalog shipped with the app</dt>
          <dd>{manifest.catalogVersion}</dd>
          <dt>Catalog in your data file</dt>
          <dd>{info.data ? (info.data.catalogVersion ?? 'not from an embedded catalog') : '…'}</dd>
          <dt>Proficiency scale</dt>
          <dd>{PROFICIENCY_SOURCE}</dd>
        </dl>
      </section>
      <section className="panel about" aria-labelledby="about-frameworks">
        <h2 id="about-frameworks" className="panel__title">
          Frameworks cited
        </h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Version</th>
              <th scope="col">Publisher</th>
              <th scope="col">What the planner takes from it</th>
            </tr>
          </thead>
          <tbody>
            {manifest.frameworks.map((f) => {
              const s = facts.get(f.code);
              return (
                <tr key={f.code} data-source={f.code}>
                  <td className="table__primary">
                    {f.name}
                    {s && <div className="table__refs">{s.where}</div>}
                  </td>
                  <td>{s?.version ?? '—'}</td>
                  <td>{s?.publisher ?? '—'}</td>
                  <td>{s?.use ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section className="panel about" aria-labelledby="about-providers">
        <h2 id="about-providers" className="panel__title">
          Course providers
        </h2>
        <p className="hint about__first">{COURSE_SOURCE}</p>
        {facets.isPending ? (
          <Loading what="the providers" />
        ) : (
          <ul className="about__providers" data-testid="providers">
            {facets.data?.providers.map((p) => (
              <li key={p.name}>
                {/* Each provider opens its courses in the catalog (and gives the page something to reach by keyboard). */}
                <a href={`#/catalog/courses?${new URLSearchParams({ provider: p.name }).toString()}`}>{p.name}</a> <span className="table__secondary">({p.count === 1 ? '1 course' : `${p.count} courses`})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
