import { routeHref } from '../../router';

const SECTIONS = { roles: 'Roles', skills: 'Skills', courses: 'Courses' } as const;

/** Where a detail page sits: Catalog › Skills › Prompt injection defence. */
export function Breadcrumbs({ section, current }: { section: keyof typeof SECTIONS; current?: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        <li>
          <a href={routeHref('catalog', 'roles')}>Catalog</a>
        </li>
        <li>
          <a href={routeHref('catalog', section)}>{SECTIONS[section]}</a>
        </li>
        {current && <li aria-current="page">{current}</li>}
      </ol>
    </nav>
  );
}
