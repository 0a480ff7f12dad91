import { Tabs } from 'radix-ui';
import { PageHeader } from '../../components/PageHeader';
import { routeHref } from '../../router';
import { CoursesTable } from './CoursesTable';
import { RolesList } from './RolesList';
import { SkillsTable } from './SkillsTable';

const TABS = [
  { id: 'roles', label: 'Roles' },
  { id: 'skills', label: 'Skills' },
  { id: 'courses', label: 'Courses' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function CatalogScreen({ tab }: { tab: string | undefined }) {
  const current: TabId = TABS.find((t) => t.id === tab)?.id ?? 'roles';
  return (
    <>
      <PageHeader
        title="Catalog"
        subtitle="The roles your people grow into, the skills they need, and the courses that teach them."
      />
      <Tabs.Root
        value={current}
        onValueChange={(value) => {
          window.location.hash = routeHref('catalog', value);
        }}
      >
        <Tabs.List className="tabs" aria-label="Catalog sections">
          {TABS.map((t) => (
            <Tabs.Trigger key={t.id} value={t.id} className="tabs__trigger">
              {t.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="roles" className="tabs__panel">
          <RolesList />
        </Tabs.Content>
        <Tabs.Content value="skills" className="tabs__panel">
          <SkillsTable />
        </Tabs.Content>
        <Tabs.Content value="courses" className="tabs__panel">
          <CoursesTable />
        </Tabs.Content>
      </Tabs.Root>
    </>
  );
}
