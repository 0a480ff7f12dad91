import type { TeamOverview } from '../../../../shared/overview/overview';
import { routeHref } from '../../router';

interface Step {
  done: boolean;
  title: string;
  how: string;
  href: string;
  link: string;
}

function steps(setup: TeamOverview['setup']): Step[] {
  return [
    { done: setup.members > 0, title: 'Add the people on your team', how: 'Name, title, and the hours a week each can learn.', href: routeHref('team'), link: 'Open Team' },
    { done: setup.rated > 0, title: 'Rate their skills', how: 'Open a member and fill in their skill sheet (0 None to 5 Expert).', href: routeHref('team'), link: 'Rate skills' },
    { done: setup.withTarget > 0, title: 'Pick a target role for each', how: 'The role each should grow into; readiness is measured against it.', href: routeHref('team'), link: 'Set target roles' },
    { done: setup.withPlan > 0, title: 'Generate their learning plans', how: 'Courses and milestones that close the gaps, scheduled from their hours.', href: routeHref('paths'), link: 'Open Learning paths' },
  ];
}

/** A first run's four steps; the done ones are ticked, so the list also says what is left. */
export function StartHere({ setup, compact }: { setup: TeamOverview['setup']; compact?: boolean }) {
  // Once the team exists, only what is left is listed (the overview below shows the rest).
  const list = compact ? steps(setup).filter((s) => !s.done) : steps(setup);
  return (
    <section className={`panel start-here${compact ? ' start-here--compact' : ''}`} aria-labelledby="start-here-title">
      <h2 id="start-here-title" className="panel__title">
        {compact ? 'Still to do' : 'Start here'}
      </h2>
      <ol className="start-here__steps">
        {list.map((s) => (
          <li key={s.title} className={s.done ? 'start-here__step start-here__step--done' : 'start-here__step'}>
            <span className="start-here__mark" aria-hidden="true">
              {s.done ? '✓' : ''}
            </span>
            <div>
              <strong>{s.title}</strong>
              {s.done ? <span className="visually-hidden"> (done)</span> : null}
              <p className="start-here__how">{s.how}</p>
            </div>
            {!s.done && (
              <a className="button" href={s.href}>
                {s.link}
              </a>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
