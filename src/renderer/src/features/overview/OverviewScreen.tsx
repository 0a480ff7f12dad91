import './overview.css';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../data';
import { dateText } from './format';
import { BudgetPanel, PlansPanel, ReadinessPanel, StalePanel, UpcomingPanel } from './Panels';
import { StartHere } from './StartHere';

/** The first screen: how the team stands today, each item a link to where it is handled. */
export function OverviewScreen() {
  const { data: overview, isPending, isError } = useApiQuery('overview.team', {}, { action: 'Loading the overview' });
  if (isPending) return <Loading what="the overview" />;
  if (isError || !overview) return <EmptyState title="The overview could not be loaded">The message above says why.</EmptyState>;
  const { setup } = overview;
  const header = <PageHeader title="Overview" subtitle={`How the team stands on ${dateText(overview.today)}.`} />;
  if (setup.members === 0) {
    return (
      <>
        {header}
        <StartHere setup={setup} />
      </>
    );
  }
  const unfinished = setup.rated === 0 || setup.withTarget === 0 || setup.withPlan === 0;
  return (
    <>
      {header}
      {unfinished && <StartHere setup={setup} compact />}
      <div className="overview">
        <ReadinessPanel rows={overview.readiness} />
        <PlansPanel rows={overview.plans} />
        <UpcomingPanel rows={overview.upcoming} />
        <BudgetPanel quarter={overview.quarter} year={overview.year} />
        <StalePanel rows={overview.stale} months={overview.staleAfterMonths} />
      </div>
    </>
  );
}
