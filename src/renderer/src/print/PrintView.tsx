import { MemberPlanPrint } from './MemberPlanPrint';
import type { PrintRoute } from './print-route';
import { TeamPlanPrint } from './TeamPlanPrint';
import { TeamReportPrint } from './TeamReportPrint';

export function PrintView({ route }: { route: PrintRoute }) {
  if (route.view === 'team-plan') return <TeamPlanPrint request={route} />;
  return route.view === 'member' ? (
    <MemberPlanPrint memberId={route.memberId} graphAppendix={route.graphAppendix ?? false} />
  ) : (
    <TeamReportPrint roleId={route.roleId} />
  );
}
