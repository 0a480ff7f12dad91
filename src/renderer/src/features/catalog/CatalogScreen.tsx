import { Tabs } from 'radix-ui';
import { PageHeader } from '../../components/PageHeader';
import { RouteTabs } from '../../components/RouteTabs';
import { plural } from '../../components/plural';
import { routeHref } from '../../router';
import { useCatalogSummary } from '../../data';
import type { CatalogSummary } from '../../store/catalog';
import './catalog.css';
import { CoursesTable } from './CoursesTable';
import { RolePage } from './RolePage';
import { RolesList } from './RolesList';
import { SkillPage } from './SkillPage';
import { SkillsTable } from './SkillsTable';

const TABS = [
  { id: 'roles', label: 'Roles' },
  { id: 'skills', label: 'Skills' },
  { id: 'courses', label: 'Courses' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** A route segment without the filters a list may keep after “?”. */
const segment = (text: string | undefined) => text?.split('?')[0] || undefined;

function SummaryLine({ summary, error }: { summary: CatalogSummary | null; error: string | null }) {
  if (error) return <span className="catalog-summary">The catalog version could not be read: {error}</span>;
  if (!summary) return null;
  const { edited, added, deleted } = summary.changes;
  const changes = [
    edited && `${plural(edited, 'entry', 'entries')} edited`,
    added && `${added} added`,
    deleted && `${deleted} deleted`,
  ].filter(Boolean);
  return (
    <span className="catalog-summary">
      Catalog {summary.catalogVersion ?? '(no version)'}
      {changes.length > 0 ? ` · your changes: ${changes.join(', ')}` : ' · as shipped'}
    </span>
  );
}

export function CatalogScreen({ tab, id }: { tab: string | undefined; id?: string }) {
  const summaryRead = useCatalogSummary();
  const summary = summaryRead.data ?? null;
  const summaryError = summaryRead.error ? summaryRead.error.message : null;
  const current: TabId = TABS.find((t) => t.id === segment(tab))?.id ?? 'roles';
  const detail = segment(id);

  if (detail && current === 'roles') return <RolePage id={detail} />;
  if (detail && current === 'skills') return <SkillPage id={detail} />;

  return (
    <>
      <PageHeader
        title="Catalog"
        subtitle={
          <>
            The roles your people grow into, the skills they need, and the courses that teach them.
            <br />
            <SummaryLine summary={summary} error={summaryError} />
          </>
        }
      />
      <RouteTabs label="Catalog sections" tabs={TABS} current={current} hrefOf={(id) => routeHref('catalog', id)}>
        <Tabs.Content value="roles" className="tabs__panel">
          <RolesList />
        </Tabs.Content>
        <Tabs.Content value="skills" className="tabs__panel">
          <SkillsTable />
        </Tabs.Content>
        <Tabs.Content value="courses" className="tabs__panel">
          <CoursesTable />
        </Tabs.Content>
      </RouteTabs>
    </>
  );
}
