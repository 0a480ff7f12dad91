import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';

const PENDING = {
  team: {
    title: 'Team',
    what: 'Team members, their skill ratings with history, and staleness tracking',
  },
  paths: {
    title: 'Learning paths',
    what: 'The visual learning graph per member, generated from gaps and edited by drag and drop, with schedules',
  },
  compare: {
    title: 'Compare',
    what: 'Readiness against target roles, best-fit ranking, side-by-side comparison and the team heatmap',
  },
  reports: {
    title: 'Reports',
    what: 'PDF export of a member’s plan and of the team report',
  },
} as const;

/** An area whose feature is not built yet: it says so plainly and shows no invented data. */
export function PendingArea({ area }: { area: keyof typeof PENDING }) {
  const { title, what } = PENDING[area];
  return (
    <>
      <PageHeader title={title} />
      <EmptyState title="Not built yet">
        <p>{what} will appear here in a coming version of the planner.</p>
        <p>
          Until then, the <a href="#/catalog">Catalog</a> shows the roles, skills and courses in your data file.
        </p>
      </EmptyState>
    </>
  );
}
